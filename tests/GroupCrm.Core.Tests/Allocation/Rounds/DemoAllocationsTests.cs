using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.DemoData;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Allocation.Rounds;

/// <summary>The demo's allocation rounds: every state, a correction, and notices partly acknowledged and handed over.</summary>
public sealed class DemoAllocationsTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task There_are_rounds_in_every_state_for_scarce_products()
    {
        await using var db = fixture.CreateContext();
        var rounds = await db.AllocationRounds.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.State, r.Month, r.SupersedesId, Scarce = db.Products.Any(p => p.Id == r.ProductId && p.IsScarce) }).ToListAsync();

        rounds.Select(r => r.State).Distinct().ShouldBe(Enum.GetValues<RoundState>(), ignoreOrder: true);
        rounds.ShouldAllBe(r => r.Scarce);
        var superseded = rounds.Single(r => r.State == RoundState.Superseded);
        var revision = rounds.Single(r => r.SupersedesId == superseded.Id);
        (revision.State, revision.Month).ShouldBe((RoundState.Approved, superseded.Month));
        rounds.Where(r => r.State == RoundState.Approved).Select(r => r.Month).Distinct().Count().ShouldBe(2);
        var draft = rounds.Single(r => r.State == RoundState.Draft).Id;
        (await db.RoundLines.AnyAsync(l => l.RoundId == draft && l.OverrideReason != null)).ShouldBeTrue();
        (await db.AllocationRounds.Where(r => r.State == RoundState.Draft).Select(r => r.ReturnNote).SingleAsync()).ShouldNotBeNull();
    }

    [Fact]
    public async Task Every_round_adds_up_and_every_line_is_explained()
    {
        await using var db = fixture.CreateContext();
        var rounds = await db.AllocationRounds.AsNoTracking().Include(r => r.Lines).ThenInclude(l => l.Stores).ToListAsync();

        foreach (var round in rounds)
        {
            var packs = (round.AvailableUnits - round.ReserveUnits) / round.PackSize;
            round.Lines.Sum(l => l.FinalPacks).ShouldBe(packs, $"round {round.Id}");
            round.Lines.Where(l => l.OverrideReason == null).ShouldAllBe(l => l.WholePacks + l.RoundingAdjustment == l.FinalPacks);
            if (round.State is RoundState.Approved or RoundState.Superseded)
                round.Lines.Where(l => l.Stores.Count > 0).ShouldAllBe(l => l.Stores.Sum(s => s.FinalPacks) == l.FinalPacks);
        }
    }

    [Fact]
    public async Task Notices_are_partly_acknowledged_and_handed_over_and_some_are_in_english()
    {
        await using var db = fixture.CreateContext();
        var notices = await db.AllocationNotices.AsNoTracking().ToListAsync();
        var hq = notices.Where(n => n.StoreId == null).ToList();
        var stores = notices.Where(n => n.StoreId != null).ToList();

        hq.Count(n => n.AcknowledgedAt != null).ShouldBeInRange(1, hq.Count - 1);
        hq.Where(n => n.AcknowledgedAt != null).ShouldAllBe(n => n.AcknowledgedByContactId != null && n.AcknowledgedByName != null && n.AcknowledgedAt > n.IssuedAt);
        stores.Count(n => n.HandedOverAt != null).ShouldBeInRange(1, stores.Count - 1);
        stores.Where(n => n.HandedOverAt != null).ShouldAllBe(n => n.HandedOverVisitId != null && n.HandedOverTo != null && n.HandedOverAt >= n.IssuedAt);
        notices.Select(n => n.Language).Distinct().ShouldBe(["en", "zh-Hans"], ignoreOrder: true);
        (await db.Accounts.CountAsync(a => a.NoticeLanguage == "en")).ShouldBe(DemoAccounts.Count / 5);
        (await db.OutgoingMessages.CountAsync(m => m.Kind == "allocation-notice" && m.State == GroupCrm.Core.Mail.MailState.Pending)).ShouldBe(0);
    }

    [Fact]
    public async Task The_demo_rounds_read_as_any_round_through_the_queries()
    {
        await using var provider = CoreServices.Build(fixture.ConnectionString, TimeProvider.System);
        await using var scope = provider.CreateAsyncScope();
        await using var db = fixture.CreateContext();
        var approver = await Viewer(db, "approver", Roles.MarketingCenter);
        var queries = scope.ServiceProvider.GetRequiredService<RoundQueries>();

        var list = await queries.ListAsync(approver, null, null);
        var submitted = list.Single(r => r.State == RoundState.Submitted);
        var view = (await queries.FindAsync(approver, submitted.Id)).ShouldNotBeNull();

        view.Permissions.CanDecide.ShouldBeTrue();
        view.Lines.ShouldNotBeEmpty();
        view.Lines.SelectMany(l => l.Stores).ShouldNotBeEmpty();
        view.Events.Select(e => e.Kind).ShouldBe([RoundEventKind.Created, RoundEventKind.Submitted]);
    }

    private static async Task<Viewer> Viewer(GroupCrm.Core.Data.CrmDbContext db, string userName, string role)
    {
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        return new Viewer(user.Id, role, user.DistrictId);
    }
}
