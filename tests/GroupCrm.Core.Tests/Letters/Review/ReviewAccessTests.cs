using GroupCrm.Core.Letters;
using GroupCrm.Core.Letters.Review;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Tests.Letters.Review;

/// <summary>
/// Who sees and who acts: the account's manager reviews; the district's market manager, the marketing centre and
/// the administrator read (403 on the review's writes); anyone who does not see the account gets a 404 for
/// everything, the letter's HTML included. Sending again is the account manager's or the administrator's.
/// </summary>
public sealed class ReviewAccessTests : IAsyncLifetime
{
    private ReviewWorld _w = null!;
    private int _letter;

    public async Task InitializeAsync()
    {
        _w = await ReviewWorld.CreateAsync();
        _letter = await _w.DraftAsync();
    }

    public async Task DisposeAsync() => await _w.DisposeAsync();

    private Viewer Person(string who) => who switch
    {
        "Manager" => _w.People.Manager,
        "OtherManager" => _w.People.OtherManager,
        "MarketManager" => _w.People.MarketManager,
        "AwayManager" => _w.People.AwayManager,
        "AwayMarketManager" => _w.People.AwayMarketManager,
        "Administrator" => _w.People.Administrator,
        _ => _w.People.Approver,
    };

    [Theory]
    [InlineData("OtherManager")]
    [InlineData("AwayManager")]
    [InlineData("AwayMarketManager")]
    public async Task Someone_who_does_not_see_the_account_finds_no_letter(string who)
    {
        var viewer = Person(who);

        (await _w.GetAsync(viewer, _letter)).ShouldBeNull();
        (await _w.ReviewAsync(r => r.RenderedAsync(viewer, _letter))).ShouldBeNull();
        (await _w.ListAsync(viewer)).Rows.ShouldBeEmpty();
        (await _w.SaveNoteAsync(viewer, _letter, "Mine now", null)).NotFound.ShouldBeTrue();
        (await _w.ApproveAsync(viewer, _letter)).NotFound.ShouldBeTrue();
        (await _w.SendBackAsync(viewer, _letter, "No")).NotFound.ShouldBeTrue();
        (await _w.ResendAsync(viewer, _letter)).NotFound.ShouldBeTrue();
        (await _w.MarkArrivedAsync(viewer, _letter)).NotFound.ShouldBeTrue();
        (await _w.RegenerateAsync(viewer, _letter)).NotFound.ShouldBeTrue();
        await NothingChangedAsync();
    }

    [Theory]
    [InlineData("MarketManager")]
    [InlineData("Approver")]
    [InlineData("Administrator")]
    public async Task Those_who_read_the_letter_cannot_review_it(string who)
    {
        var viewer = Person(who);

        var letter = (await _w.GetAsync(viewer, _letter)).ShouldNotBeNull();
        (letter.Can.Edit, letter.Can.Approve, letter.Can.SendBack).ShouldBe((false, false, false));
        (await _w.ListAsync(viewer)).Rows.ShouldHaveSingleItem().Id.ShouldBe(_letter);
        (await _w.SaveNoteAsync(viewer, _letter, "Not mine", null)).Forbidden.ShouldBeTrue();
        (await _w.ApproveAsync(viewer, _letter)).Forbidden.ShouldBeTrue();
        (await _w.SendBackAsync(viewer, _letter, "Not mine")).Forbidden.ShouldBeTrue();
        await NothingChangedAsync();
    }

    [Fact]
    public async Task The_market_manager_and_the_administrator_may_regenerate_but_the_marketing_centre_may_not()
    {
        (await _w.GetAsync(_w.People.MarketManager, _letter))!.Can.Regenerate.ShouldBeTrue();
        (await _w.GetAsync(_w.People.Administrator, _letter))!.Can.Regenerate.ShouldBeTrue();
        (await _w.GetAsync(_w.People.Approver, _letter))!.Can.Regenerate.ShouldBeFalse();

        (await _w.RegenerateAsync(_w.People.Approver, _letter)).Forbidden.ShouldBeTrue();
        (await _w.RegenerateAsync(_w.People.MarketManager, _letter)).Succeeded.ShouldBeTrue();
        (await _w.RegenerateAsync(_w.People.Administrator, _letter)).Succeeded.ShouldBeTrue();
        (await _w.LetterRowAsync(_letter)).Generation.ShouldBe(3);
    }

    [Theory]
    [InlineData("MarketManager", true)]
    [InlineData("Approver", true)]
    [InlineData("Administrator", false)]
    [InlineData("Manager", false)]
    public async Task Sending_an_approved_letter_again_is_for_its_account_manager_and_the_administrator(string who, bool forbidden)
    {
        await _w.ApproveAsync(_w.People.Manager, _letter);
        await _w.LeaveMessageAsync(_letter, GroupCrm.Core.Mail.MailState.Unknown, TimeSpan.FromMinutes(30));

        var letter = (await _w.GetAsync(Person(who), _letter))!;
        var resent = await _w.ResendAsync(Person(who), _letter);

        (letter.Can.SendAgain, letter.Can.MarkArrived).ShouldBe((!forbidden, !forbidden));
        resent.Forbidden.ShouldBe(forbidden);
        resent.Succeeded.ShouldBe(!forbidden);
        (await _w.MarkArrivedAsync(Person(who), _letter)).Forbidden.ShouldBe(forbidden);
    }

    [Fact]
    public async Task The_list_shows_each_person_the_letters_of_the_accounts_they_see()
    {
        var other = await _w.LetterAsync(await _w.AccountAsync("同区另一家", manager: _w.People.OtherManager));
        var away = await _w.LetterAsync(await _w.AccountAsync("西区连锁", manager: _w.People.AwayManager));

        async Task<int[]> Ids(Viewer viewer, int? district = null) => [.. (await _w.ListAsync(viewer, district: district)).Rows.Select(r => r.Id).Order()];

        (await Ids(_w.People.Manager)).ShouldBe([_letter]);
        (await Ids(_w.People.OtherManager)).ShouldBe([other]);
        (await Ids(_w.People.MarketManager)).ShouldBe(new[] { _letter, other }.Order().ToArray());
        (await Ids(_w.People.MarketManager, _w.People.Away.Id)).ShouldBeEmpty(); // a market manager's list is their district, whatever is asked
        (await Ids(_w.People.AwayMarketManager)).ShouldBe([away]);
        (await Ids(_w.People.Approver)).ShouldBe(new[] { _letter, other, away }.Order().ToArray());
        (await Ids(_w.People.Administrator, _w.People.Away.Id)).ShouldBe([away]);
    }

    private async Task NothingChangedAsync()
    {
        var row = await _w.LetterRowAsync(_letter);
        (row.State, row.PersonalNote, row.Generation, row.OutgoingMessageId).ShouldBe((LetterState.Draft, null, 1, null));
    }
}
