using System.Net;
using System.Text.RegularExpressions;
using GroupCrm.Web.Tests.Infrastructure;

namespace GroupCrm.Web.Tests.Letters.Bulletins;

/// <summary>The bulletin list for each role: which rows, which actions, the district filter.</summary>
public sealed partial class BulletinListPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task The_market_manager_sees_the_districts_bulletins_and_is_offered_this_and_last_month()
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var east = await factory.DistrictAsync("E");

        var html = await client.GetStringAsync("/Bulletins");

        Rows(html).ShouldBe([
            (east, BulletinPages.Month(BulletinPages.LastMonth)), (east, BulletinPages.Month(BulletinPages.LastMonth.AddMonths(-1))),
            (east, BulletinPages.Month(BulletinPages.LastMonth.AddMonths(-2))),
        ]);
        html.ShouldContain("Write this month&#x27;s bulletin");
        html.ShouldContain("Edit last month&#x27;s bulletin");
        html.ShouldContain($"data-testid=\"write-{BulletinPages.Month(BulletinPages.ThisMonth)}\"");
        html.ShouldContain("data-testid=\"edit-bulletin\"");
        html.ShouldNotContain("data-testid=\"bulletin-filter\"");
    }

    [Fact]
    public async Task An_account_manager_reads_the_districts_bulletins_without_writing_them()
    {
        var client = await factory.SignedInClientAsync("am.west2");
        var west = await factory.DistrictAsync("W");

        var html = await client.GetStringAsync("/Bulletins");

        Rows(html).Select(r => r.District).ShouldBe([west, west, west]);
        html.ShouldNotContain("data-testid=\"bulletins-to-write\"");
        html.ShouldNotContain("data-testid=\"edit-bulletin\"");
        html.ShouldContain("data-testid=\"read-bulletin\"");
    }

    [Fact]
    public async Task The_marketing_centre_reads_every_district_and_filters_by_one()
    {
        var client = await factory.SignedInClientAsync("approver");
        var north = await factory.DistrictAsync("N");

        var all = await client.GetStringAsync("/Bulletins");
        var filtered = await client.GetStringAsync($"/Bulletins?district={north}");

        Rows(all).Count.ShouldBe(9);
        Rows(all).Select(r => r.Month).ShouldBe([.. Rows(all).Select(r => r.Month).OrderDescending()]);
        all.ShouldContain("data-testid=\"bulletin-filter\"");
        all.ShouldNotContain("data-testid=\"edit-bulletin\"");
        all.ShouldNotContain("data-testid=\"bulletins-to-write\"");
        Rows(filtered).Select(r => r.District).ShouldBe([north, north, north]);
    }

    [Fact]
    public async Task An_administrator_writes_once_a_district_is_chosen()
    {
        var client = await factory.SignedInClientAsync("admin");
        var north = await factory.DistrictAsync("N");

        var all = await client.GetStringAsync("/Bulletins");
        var filtered = await client.GetStringAsync($"/Bulletins?district={north}");

        all.ShouldContain("data-testid=\"choose-district-to-write\"");
        all.ShouldContain("data-testid=\"edit-bulletin\"");
        filtered.ShouldContain("data-testid=\"bulletins-to-write\"");
        filtered.ShouldContain($"/Bulletins/Edit?district={north}&amp;month={BulletinPages.Month(BulletinPages.ThisMonth)}");
    }

    [Theory]
    [InlineData("mm.east", "W")]
    [InlineData("am.east1", "N")]
    public async Task Filtering_by_a_district_the_user_does_not_read_is_not_found(string user, string district)
    {
        var client = await factory.SignedInClientAsync(user);

        (await client.GetAsync($"/Bulletins?district={await factory.DistrictAsync(district)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("99999999999999")]
    [InlineData("<script>")]
    public async Task A_filter_that_is_no_district_is_not_found(string district)
    {
        var client = await factory.SignedInClientAsync("approver");

        (await client.GetAsync($"/Bulletins?district={Uri.EscapeDataString(district)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_needs_a_signed_in_user()
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync("/Bulletins");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
    }

    [Fact]
    public async Task The_list_speaks_chinese()
    {
        var client = await factory.SignedInClientAsync("mm.north");
        await client.PostFormAsync("/Culture", new() { ["culture"] = "zh-Hans", ["returnUrl"] = "/Bulletins" }, formPage: "/Bulletins");

        var html = await client.GetStringAsync("/Bulletins");

        html.ShouldContain("撰写本月通报");
        html.ShouldContain("市场通报");
        html.ShouldContain($"{BulletinPages.LastMonth.Year}年{BulletinPages.LastMonth.Month}月");
    }

    private static List<(int District, string Month)> Rows(string html) =>
        [.. RowPattern().Matches(html).Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value))];

    [GeneratedRegex("data-testid=\"bulletin-row\" data-district=\"(\\d+)\" data-month=\"([0-9-]+)\"")]
    private static partial Regex RowPattern();
}
