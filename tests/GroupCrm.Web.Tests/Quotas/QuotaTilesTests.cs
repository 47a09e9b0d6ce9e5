using System.Text.RegularExpressions;
using GroupCrm.Core.Quotas;
using GroupCrm.Web.Tests.Infrastructure;
using static GroupCrm.Web.Tests.Quotas.QuotaPages;

namespace GroupCrm.Web.Tests.Quotas;

/// <summary>
/// The dashboard's quota tiles hold the figures of the current month as the app judges it: a manager's own open gaps
/// (leading to their own page), the people of the district behind, and for the marketing centre and the
/// administrator everyone behind.
/// </summary>
public sealed partial class QuotaTilesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private static bool Behind(PersonCompliance p) => p.Overall is QuotaStatus.AtRisk or QuotaStatus.Missed;

    private async Task<Dictionary<string, (int Figure, string Href)>> TilesAsync(string userName)
    {
        var client = await factory.SignedInClientAsync(userName);
        var html = await HtmlAsync(await client.GetAsync("/"));
        return TilePattern().Matches(html).ToDictionary(m => m.Groups["caption"].Value, m => (int.Parse(m.Groups["figure"].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture), m.Groups["href"].Value));
    }

    [Theory]
    [InlineData("am.west3")]
    [InlineData("am.north2")]
    public async Task An_account_manager_sees_their_open_gaps_and_the_tile_leads_to_their_month(string userName)
    {
        var own = await JudgedAsync(factory, userName, userName, CurrentMonth(factory));

        var tiles = await TilesAsync(userName);

        tiles["Open quota gaps this month"].ShouldBe((own.OpenGaps, $"/Quotas/Person/{own.Person.UserId}"));
        tiles.ShouldNotContainKey("People at risk in the district");
        tiles.ShouldNotContainKey("People at risk");
    }

    [Fact]
    public async Task A_market_manager_sees_their_own_gaps_and_the_district_behind()
    {
        var district = await JudgedAsync(factory, "mm.east", CurrentMonth(factory));
        var own = district.Single(p => p.Person.Role == "MarketManager");

        var tiles = await TilesAsync("mm.east");

        tiles["Open quota gaps this month"].ShouldBe((own.OpenGaps, $"/Quotas/Person/{own.Person.UserId}"));
        tiles["People at risk in the district"].ShouldBe((district.Count(Behind), "/Quotas"));
    }

    [Theory]
    [InlineData("approver")]
    [InlineData("admin")]
    public async Task The_marketing_centre_and_the_administrator_see_everyone_behind(string userName)
    {
        var everyone = await JudgedAsync(factory, userName, CurrentMonth(factory));

        var tiles = await TilesAsync(userName);

        everyone.Count.ShouldBe(12);
        tiles["People at risk"].ShouldBe((everyone.Count(Behind), "/Quotas"));
        tiles.ShouldNotContainKey("Open quota gaps this month");
    }

    [GeneratedRegex("""<div class="figure">(?<figure>[\d,]+)</div>\s*<div class="caption">\s*<a href="(?<href>[^"]*)">(?<caption>[^<]*)</a>""")]
    private static partial Regex TilePattern();
}
