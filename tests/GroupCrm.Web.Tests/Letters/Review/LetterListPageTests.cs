using System.Net;
using GroupCrm.Core.Letters;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Letters.Review.LetterPages;

namespace GroupCrm.Web.Tests.Letters.Review;

/// <summary>The list of the month's letters for each role, its filters (hostile ones too), the dashboard's letter figures, and drafting by hand.</summary>
public sealed class LetterListPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task An_account_manager_sees_the_letters_of_their_own_accounts_only()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var own = await DraftsOfAsync(factory, "am.east1");
        var others = await DraftsOfAsync(factory, "am.east2");

        var html = await am.GetStringAsync("/Letters");

        own.ShouldNotBeEmpty();
        foreach (var letter in own) html.ShouldContain($"href=\"/Letters/{letter.Id}\"");
        foreach (var letter in others) html.ShouldNotContain($"href=\"/Letters/{letter.Id}\"");
        html.ShouldContain("data-testid=\"letter-list\"");
        html.ShouldContain("The letters of your accounts.");
        html.ShouldNotContain("data-testid=\"draft-letters\"");
    }

    [Fact]
    public async Task A_market_manager_sees_the_districts_letters_and_an_administrator_every_districts_with_a_district_filter()
    {
        var east = await DraftsOfAsync(factory, "am.east2");
        var west = await DraftsOfAsync(factory, "am.west1");
        var mm = await factory.SignedInClientAsync("mm.east");
        var admin = await factory.SignedInClientAsync("admin");
        int westId;
        await using (var db = factory.CreateDbContext()) westId = await db.Districts.Where(d => d.Code == "W").Select(d => d.Id).SingleAsync();

        var district = await mm.GetStringAsync("/Letters");
        var everything = await admin.GetStringAsync("/Letters");
        var westOnly = await admin.GetStringAsync($"/Letters?District={westId}");

        district.ShouldContain($"href=\"/Letters/{east[0].Id}\"");
        district.ShouldNotContain($"href=\"/Letters/{west[0].Id}\"");
        everything.ShouldContain($"href=\"/Letters/{east[0].Id}\"");
        everything.ShouldContain($"href=\"/Letters/{west[0].Id}\"");
        westOnly.ShouldNotContain($"href=\"/Letters/{east[0].Id}\"");
        westOnly.ShouldContain($"href=\"/Letters/{west[0].Id}\"");
        everything.ShouldContain("data-testid=\"draft-letters\"");
    }

    [Theory]
    [InlineData("?Month=2026-13&State=Lost", 2)]
    [InlineData("?Month=%3Cscript%3Ealert(1)%3C%2Fscript%3E&State=%00", 2)]
    [InlineData("?Month=9999-01&District=-5", 0)]
    [InlineData("?State=approved", 0)]
    public async Task A_filter_that_cannot_be_read_is_named_and_the_list_still_shows(string query, int notices)
    {
        var am = await factory.SignedInClientAsync("am.east1");

        var response = await am.GetAsync("/Letters" + query);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Split("data-testid=\"filter-notice\"").Length.ShouldBe(notices + 1);
        html.ShouldNotContain("<script>alert(1)");
    }

    [Fact]
    public async Task A_month_without_letters_says_so()
    {
        var am = await factory.SignedInClientAsync("am.east1");

        var html = await am.GetStringAsync("/Letters?Month=2019-01");

        html.ShouldContain("data-testid=\"no-letters\"");
        html.ShouldContain("There are no letters for January 2019 yet.");
    }

    [Fact]
    public async Task The_list_reads_in_Chinese()
    {
        var am = await factory.SignedInClientAsync("am.east1");

        var html = await GetChineseAsync(am, "/Letters");

        html.ShouldContain("月度销售回顾函");
        html.ShouldContain("草稿");
    }

    [Fact]
    public async Task The_dashboard_counts_the_letters_to_review_and_shows_the_districts_letter_states()
    {
        var am = await factory.SignedInClientAsync("am.east3");
        var mm = await factory.SignedInClientAsync("mm.west");
        int drafts, westDrafts;
        await using (var db = factory.CreateDbContext())
        {
            var userId = await db.Users.Where(u => u.UserName == "am.east3").Select(u => u.Id).SingleAsync();
            var west = await db.Districts.Where(d => d.Code == "W").Select(d => d.Id).SingleAsync();
            drafts = await db.SalesLetters.CountAsync(l => l.State != LetterState.Approved && db.Accounts.Any(a => a.Id == l.AccountId && a.AccountManagerId == userId));
            westDrafts = await db.SalesLetters.CountAsync(l => l.State == LetterState.Draft && db.Accounts.Any(a => a.Id == l.AccountId && a.DistrictId == west));
        }

        var own = await am.GetStringAsync("/");
        var district = await mm.GetStringAsync("/");

        drafts.ShouldBeGreaterThan(0);
        own.ShouldMatch($"<div class=\"figure\">{drafts}</div>\\s*<div class=\"caption\">\\s*<a href=\"/Letters\">Letters to review</a>");
        own.ShouldNotContain("Coming next");
        district.ShouldContain($"data-testid=\"letters-Draft\">{westDrafts}<");
        district.ShouldContain("data-testid=\"letter-states\"");
    }

    [Fact]
    public async Task Only_an_administrator_drafts_a_month_by_hand_and_a_month_that_has_not_ended_is_refused()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var admin = await factory.SignedInClientAsync("admin");
        var nextMonth = DateTime.UtcNow.AddMonths(2).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        (await am.PostFormAsync("/Letters?handler=Draft", new() { ["draftMonth"] = "2026-01" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var future = await admin.PostFormAsync("/Letters?handler=Draft", new() { ["draftMonth"] = nextMonth });
        future.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Errors(await admin.GetStringAsync(future.Headers.Location!.OriginalString)).ShouldHaveSingleItem().ShouldBe("Letters are drafted only for a month that has ended.");
        var garbage = await admin.PostFormAsync("/Letters?handler=Draft", new() { ["draftMonth"] = "<script>" });
        garbage.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await admin.GetStringAsync(garbage.Headers.Location!.OriginalString);
        Errors(page).ShouldHaveSingleItem().ShouldStartWith("\"<script>\" is not a month.");
        page.ShouldContain("&quot;&lt;script&gt;&quot;");
    }
}
