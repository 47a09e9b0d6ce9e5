using GroupCrm.Core.Letters;
using GroupCrm.Core.Mail;

namespace GroupCrm.Core.Tests.Letters.Review;

/// <summary>The list of a month: the month just closed by default, those still to review first, counts of the whole month.</summary>
public sealed class ReviewListTests : IAsyncLifetime
{
    private ReviewWorld _w = null!;

    public async Task InitializeAsync() => _w = await ReviewWorld.CreateAsync();

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task The_month_just_closed_is_listed_with_the_letters_to_review_first_and_the_counts_of_every_state()
    {
        var approved = await _w.DraftAsync("A 已批准", "A Approved");
        var sentBack = await _w.DraftAsync("B 已退回", "B Sent back");
        var draft = await _w.DraftAsync("C 草稿", "C Draft");
        await _w.ApproveAsync(_w.People.Manager, approved);
        await _w.SendBackAsync(_w.People.Manager, sentBack, "Figures look wrong");

        var list = await _w.ListAsync(_w.People.Manager);

        list.Month.ShouldBe(ReviewWorld.May);
        list.Rows.Select(r => r.Id).ShouldBe([sentBack, draft, approved]);
        list.Counts.ShouldBe(new Dictionary<LetterState, int> { [LetterState.Draft] = 1, [LetterState.SentBack] = 1, [LetterState.Approved] = 1 });
        list.Total.ShouldBe(3);
        var row = list.Rows.Single(r => r.Id == approved);
        (row.AccountName, row.AccountNameEn, row.ManagerId, row.Delivery, row.ApprovedAt)
            .ShouldBe(("A 已批准", "A Approved", _w.People.Manager.UserId, (MailState?)MailState.Pending, (DateTimeOffset?)ReviewWorld.Now));
        list.Rows.Single(r => r.Id == draft).Delivery.ShouldBeNull();

        var drafts = await _w.ListAsync(_w.People.Manager, state: LetterState.Draft);
        drafts.Rows.ShouldHaveSingleItem().Id.ShouldBe(draft);
        drafts.Total.ShouldBe(3);
        (await _w.ReviewAsync(r => r.CountsAsync(_w.People.Manager))).ShouldBe(list.Counts);
    }

    [Fact]
    public async Task Another_month_has_its_own_letters()
    {
        await _w.DraftAsync();

        var april = await _w.ListAsync(_w.People.Manager, new DateOnly(2026, 4, 1));

        (april.Month, april.Rows.Count, april.Total).ShouldBe((new DateOnly(2026, 4, 1), 0, 0));
        april.Counts.Values.ShouldAllBe(c => c == 0);
    }
}
