using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Allocation.Rounds;

/// <summary>
/// Submitted rounds wait for MarketingCenter, who alone approves or sends them back. Approval fixes the store split
/// and issues the notices in one go; after it the round never changes.
/// </summary>
public sealed class ApprovalTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private RoundWorld _world = null!;
    private int _a, _b;

    public async Task InitializeAsync()
    {
        _world = await RoundWorld.CreateAsync(fixture);
        _a = await _world.SellingAccountAsync("甲连锁", 60);
        _b = await _world.AccountAsync("乙连锁");
        var (b1, b2) = (await _world.StoreAsync(_b, "乙一店"), await _world.StoreAsync(_b, "乙二店"));
        await _world.SaleAsync(b1, RoundWorld.June.AddMonths(-1), 30);
        await _world.SaleAsync(b2, RoundWorld.June.AddMonths(-2), 10);
        await _world.StoreAsync(_b, "乙三店(已关)", active: false);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Approval_saves_the_store_split_and_issues_a_notice_per_account_and_per_store()
    {
        var id = await _world.CreateAsync();
        (await _world.SubmitAsync(id)).Succeeded.ShouldBeTrue();

        var result = await _world.ApproveAsync(id);

        result.ShouldSatisfyAllConditions(() => result.Succeeded.ShouldBeTrue(), () => result.Id.ShouldBe(id));
        var view = await _world.ViewAsync(id);
        (view.State, view.ApprovedByName, view.ApprovedAt, view.SubmittedByName).ShouldBe(
            (RoundState.Approved, $"mc {_world.People.Tag}", RoundWorld.Now, $"mm {_world.People.Tag}"));
        view.Events.Select(e => e.Kind).ShouldBe([RoundEventKind.Created, RoundEventKind.Submitted, RoundEventKind.Approved]);
        var b = view.Lines.Single(l => l.AccountId == _b);
        b.FinalPacks.ShouldBe(40);
        b.Stores.Select(s => (s.StoreName, s.Basis, s.SharePercent, s.FinalPacks, s.FinalUnits)).ShouldBe([("乙一店", 30m, 75m, 30L, 300L), ("乙二店", 10m, 25m, 10L, 100L)]);

        (await _world.CountsAsync()).StoreLines.ShouldBe(3);
        await using var db = _world.Db();
        var notices = (await db.AllocationNotices.Where(n => n.RoundId == id).ToListAsync()).OrderBy(n => n.AccountId).ThenBy(n => n.StoreId).ToList();
        notices.Select(n => (n.AccountId, n.StoreId is null, n.Packs, n.Units)).ShouldBe(
            [(_a, true, 60L, 600L), (_a, false, 60L, 600L), (_b, true, 40L, 400L), (_b, false, 30L, 300L), (_b, false, 10L, 100L)]);
    }

    [Fact]
    public async Task The_preview_shows_the_store_split_before_approval_and_equal_shares_when_no_store_sold()
    {
        var c = await _world.AccountAsync("丙连锁", plannedVolume: 10m);
        await _world.StoreAsync(c, "丙一店");
        await _world.StoreAsync(c, "丙二店");
        await _world.StoreAsync(c, "丙三店");
        var noStores = await _world.AccountAsync("丁连锁", plannedVolume: 10m);

        var id = await _world.CreateAsync(_world.Input(RoundBasis.PlannedVolume));

        var lines = (await _world.ViewAsync(id)).Lines.ToDictionary(l => l.AccountId);
        lines[c].FinalPacks.ShouldBe(50);
        lines[c].Stores.Select(s => (s.Basis, s.FinalPacks, s.RoundingAdjustment)).ShouldBe([(1m, 17L, 1), (1m, 17L, 1), (1m, 16L, 0)]);
        lines[noStores].Stores.ShouldBeEmpty();
        (await _world.CountsAsync()).StoreLines.ShouldBe(0);
    }

    [Fact]
    public async Task Only_marketing_center_approves_or_sends_back()
    {
        var id = await _world.CreateAsync();
        await _world.SubmitAsync(id);

        foreach (var who in new[] { _world.People.Administrator, _world.People.MarketManager })
        {
            (await _world.ApproveAsync(id, who)).Forbidden.ShouldBeTrue();
            (await _world.Rounds(async r => await r.SendBackAsync(who, id, "请调整", await _world.VersionAsync(id)))).Forbidden.ShouldBeTrue();
        }
        (await _world.ApproveAsync(id, _world.People.Manager)).Forbidden.ShouldBeTrue();
        (await _world.ApproveAsync(id, _world.People.AwayMarketManager)).NotFound.ShouldBeTrue();
        (await _world.ViewAsync(id)).State.ShouldBe(RoundState.Submitted);
        (await _world.CountsAsync()).Notices.ShouldBe(0);
    }

    [Fact]
    public async Task Sending_back_needs_a_note_and_returns_the_draft_with_it_until_it_is_submitted_again()
    {
        var id = await _world.CreateAsync();
        await _world.SubmitAsync(id);

        var noNote = await _world.Rounds(async r => await r.SendBackAsync(_world.People.Approver, id, "  ", await _world.VersionAsync(id)));
        var tooLong = await _world.Rounds(async r => await r.SendBackAsync(_world.People.Approver, id, new string('x', 1001), await _world.VersionAsync(id)));
        var sent = await _world.Rounds(async r => await r.SendBackAsync(_world.People.Approver, id, " 请按计划量重新分配 ", await _world.VersionAsync(id)));

        noNote.Errors.ShouldBe([new RecordError(AllocationRounds.NoteField, RoundMessages.NoteRequired)]);
        tooLong.Errors.Single().Message.ShouldBe(RoundMessages.NoteRequired);
        sent.Succeeded.ShouldBeTrue();
        var draft = await _world.ViewAsync(id);
        (draft.State, draft.ReturnNote, draft.Events.Last().Kind, draft.Events.Last().Note).ShouldBe(
            (RoundState.Draft, "请按计划量重新分配", RoundEventKind.SentBack, "请按计划量重新分配"));
        (await _world.OverrideAsync(id, _a, 55)).Succeeded.ShouldBeTrue();

        (await _world.SubmitAsync(id)).Succeeded.ShouldBeTrue();
        (await _world.ViewAsync(id)).ReturnNote.ShouldBeNull();
    }

    [Fact]
    public async Task A_submitted_round_cannot_be_edited_and_a_draft_cannot_be_approved()
    {
        var id = await _world.CreateAsync();

        (await _world.ApproveAsync(id)).Errors.Single().Message.ShouldBe(RoundMessages.NotSubmitted);
        await _world.SubmitAsync(id);
        (await _world.OverrideAsync(id, _a, 50)).Errors.Single().Message.ShouldBe(RoundMessages.Submitted);
        (await _world.SubmitAsync(id)).Errors.Single().Message.ShouldBe(RoundMessages.Submitted);
    }

    [Fact]
    public async Task An_approved_round_refuses_every_write()
    {
        var id = await _world.ApprovedAsync();
        var before = await _world.CountsAsync();
        var version = await _world.VersionAsync(id);
        var mm = _world.People.MarketManager;

        RecordResult[] results =
        [
            await _world.Rounds(r => r.UpdateAsync(mm, id, _world.Input(available: 500), version)),
            await _world.Rounds(r => r.SetCapsAsync(mm, id, _a, 1, 10, version)),
            await _world.Rounds(r => r.OverrideAsync(mm, id, _a, 10, "调整", version)),
            await _world.Rounds(r => r.RemoveOverrideAsync(mm, id, _a, version)),
            await _world.Rounds(r => r.SubmitAsync(mm, id, version)),
            await _world.Rounds(r => r.SendBackAsync(_world.People.Approver, id, "退回", version)),
            await _world.Rounds(r => r.ApproveAsync(_world.People.Approver, id, version)),
        ];

        results.ShouldAllBe(r => r.Errors.Count == 1 && r.Errors[0].Message == RoundMessages.Immutable);
        (await _world.CountsAsync()).ShouldBe(before);
        (await _world.VersionAsync(id)).ShouldBe(version);
    }

    [Fact]
    public async Task An_account_that_left_business_since_the_round_was_computed_stops_the_submission_and_the_approval()
    {
        var id = await _world.CreateAsync();
        await _world.SetStateAsync(_b, AccountState.Suspended);

        var submit = await _world.SubmitAsync(id);
        await _world.SetStateAsync(_b, AccountState.Active);
        await _world.SubmitAsync(id);
        await _world.SetStateAsync(_b, AccountState.Closed);
        var approve = await _world.ApproveAsync(id);

        submit.Errors.Single().Message.ShouldBe(RoundMessages.AccountNoLongerActiveInDraft);
        approve.Errors.Single().Arguments.ShouldBe(["乙连锁"]);
        approve.Errors.Single().Message.ShouldBe(RoundMessages.AccountNoLongerActive);
        (await _world.CountsAsync()).Notices.ShouldBe(0);
    }
}
