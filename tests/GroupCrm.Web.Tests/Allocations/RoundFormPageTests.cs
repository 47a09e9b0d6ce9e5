using System.Net;
using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Allocations.RoundPages;

namespace GroupCrm.Web.Tests.Allocations;

/// <summary>
/// The new-round and edit forms over HTTP: a market manager creates a draft that is computed at once; every bad
/// input gets its own clear message on the form and writes nothing; a draft's inputs change, a stale form does not.
/// </summary>
public sealed class RoundFormPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_market_manager_creates_a_round_and_lands_on_its_preview()
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var district = await DistrictOfAsync(factory, "mm.east");
        var product = await ScarceProductAsync(factory);

        var id = await CreateAsync(client, NewRound(district, product, NextMonth, available: "1,005", packSize: "10", reserve: "3"));
        var html = await client.GetStringAsync($"/Allocations/{id}");

        var round = await LoadAsync(factory, id);
        (round.State, round.DistrictId, round.Month, round.AvailableUnits, round.ReserveUnits).ShouldBe((RoundState.Draft, district, NextMonth, 1005L, 3L));
        round.Lines.Sum(l => l.FinalPacks).ShouldBe(100);
        html.ShouldContain("The round was created as a draft.");
        html.ShouldContain("1,005 available − 3 reserve = 1,002");
        html.ShouldContain("100 whole packs of 10, and 2 ");
        Count(html, "data-testid=\"round-line\"").ShouldBe(round.Lines.Count);
        html.ShouldContain("equal shares: every account counts as 1.");
        html.ShouldContain("data-testid=\"submit-round\"");
    }

    [Theory]
    [InlineData("AvailableUnits", "0", "The available quantity must be more than 0 units.")]
    [InlineData("AvailableUnits", "-500", "The available quantity must be more than 0 units.")]
    [InlineData("AvailableUnits", "", "Enter the available quantity in units.")]
    [InlineData("AvailableUnits", "lots", "The available quantity must be a whole number of units.")]
    [InlineData("AvailableUnits", "12.5", "The available quantity must be a whole number of units.")]
    [InlineData("AvailableUnits", "99999999999999999999999", "The available quantity must be a whole number of units.")]
    [InlineData("AvailableUnits", "2000000000", "The available quantity can be at most 1,000,000,000 units.")]
    [InlineData("PackSize", "0", "The pack size must be at least 1 unit.")]
    [InlineData("PackSize", "-10", "The pack size must be at least 1 unit.")]
    [InlineData("PackSize", "3000000000", "The pack size must be a whole number of units.")]
    [InlineData("ReserveUnits", "-1", "The reserve cannot be negative.")]
    [InlineData("ReserveUnits", "10000", "The reserve must be less than the available quantity.")]
    [InlineData("ReserveUnits", "9995", "After the reserve, 5 units are left: not one whole pack of 10 units.")]
    [InlineData("BasisMonths", "0", "Recent sales are measured over 1 to 24 months.")]
    [InlineData("BasisMonths", "25", "Recent sales are measured over 1 to 24 months.")]
    [InlineData("BasisMonths", "three", "The number of months must be a whole number.")]
    [InlineData("MinimumPacks", "-1", "The minimum cannot be negative.")]
    [InlineData("MaximumPacks", "x", "The maximum must be a whole number of packs.")]
    [InlineData("Basis", "Lottery", "Choose a basis: recent sales, planned volume or equal shares.")]
    [InlineData("ProductId", "", "Choose the scarce product.")]
    [InlineData("ProductId", "abc", "Choose the scarce product.")]
    [InlineData("ProductId", "999999", "There is no such product.")]
    [InlineData("Month", "2026-13", "Choose the month as YYYY-MM.")]
    [InlineData("Month", "<script>", "Choose the month as YYYY-MM.")]
    public async Task Each_bad_input_gets_its_message_and_nothing_is_written(string field, string value, string message)
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var fields = NewRound(await DistrictOfAsync(factory, "mm.east"), await ScarceProductAsync(factory), NextMonth, basis: "RecentSales");
        fields[$"Input.{field}"] = value;
        var before = await RoundCountAsync(factory);

        var response = await client.PostFormAsync("/Allocations/New", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await RoundCountAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task Caps_that_cannot_hold_and_a_product_that_is_not_scarce_are_refused_with_their_reasons()
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var district = await DistrictOfAsync(factory, "mm.east");
        await using var db = factory.CreateDbContext();
        var plain = await db.Products.Where(p => !p.IsScarce && p.IsActive).OrderBy(p => p.Code).Select(p => new { p.Id, p.Code }).FirstAsync();
        var before = await RoundCountAsync(factory);

        var notScarce = await client.PostFormAsync("/Allocations/New", NewRound(district, plain.Id, NextMonth));
        var maxBelowMin = await client.PostFormAsync("/Allocations/New", NewRound(district, await ScarceProductAsync(factory), NextMonth, minimum: "5", maximum: "2"));
        var minimumsTooMany = await client.PostFormAsync("/Allocations/New",
            NewRound(district, await ScarceProductAsync(factory), NextMonth, available: "100", packSize: "10", minimum: "5"));

        Errors(await notScarce.Content.ReadAsStringAsync()).ShouldContain(e => e.StartsWith(plain.Code) && e.EndsWith("is not a scarce product."));
        Errors(await maxBelowMin.Content.ReadAsStringAsync()).ShouldContain("The maximum cannot be below the minimum.");
        Errors(await minimumsTooMany.Content.ReadAsStringAsync()).ShouldContain(e => e.Contains("add up to") && e.Contains("more than the 10 packs available"));
        (await RoundCountAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task A_closed_month_and_one_too_far_ahead_are_refused()
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var district = await DistrictOfAsync(factory, "mm.east");
        var product = await ScarceProductAsync(factory);
        var before = await RoundCountAsync(factory);

        var closed = await client.PostFormAsync("/Allocations/New", NewRound(district, product, ThisMonth.AddMonths(-1)));
        var far = await client.PostFormAsync("/Allocations/New", NewRound(district, product, ThisMonth.AddMonths(13)));

        Errors(await closed.Content.ReadAsStringAsync()).ShouldContain($"{Month(ThisMonth.AddMonths(-1))} is closed: a round is for the current month or a later one.");
        Errors(await far.Content.ReadAsStringAsync()).ShouldContain($"A round can be planned at most 12 months ahead (until {Month(ThisMonth.AddMonths(12))}).");
        (await RoundCountAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task The_form_message_is_in_Chinese_for_a_Chinese_reader()
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var fields = NewRound(await DistrictOfAsync(factory, "mm.east"), await ScarceProductAsync(factory), NextMonth, packSize: "0");
        var token = await client.AntiforgeryTokenAsync("/Allocations/New");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Allocations/New")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }),
        };
        request.Headers.AcceptLanguage.ParseAdd("zh-Hans");

        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Errors(html).ShouldContain("每件数量至少为 1 个单位。");
        html.ShouldContain("新建分配轮次");
    }

    [Fact]
    public async Task Only_market_managers_and_administrators_open_the_form_and_a_manager_only_for_their_district()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var approver = await factory.SignedInClientAsync("approver");
        var mm = await factory.SignedInClientAsync("mm.east");
        var admin = await factory.SignedInClientAsync("admin");
        var west = await DistrictOfAsync(factory, "mm.west");
        var product = await ScarceProductAsync(factory);
        var before = await RoundCountAsync(factory);

        (await am.GetAsync("/Allocations/New")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await approver.GetAsync("/Allocations/New")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await am.PostFormAsync("/Allocations/New", NewRound(west, product, NextMonth), formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await mm.PostFormAsync("/Allocations/New", NewRound(west, product, NextMonth))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await RoundCountAsync(factory)).ShouldBe(before);

        var adminForm = await admin.GetStringAsync("/Allocations/New");
        adminForm.ShouldContain("Choose the district");
        var id = await CreateAsync(admin, NewRound(west, product, NextMonth));
        (await LoadAsync(factory, id)).DistrictId.ShouldBe(west);
    }

    [Fact]
    public async Task A_draft_is_edited_and_computed_again_but_a_stale_form_changes_nothing()
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var district = await DistrictOfAsync(factory, "mm.east");
        var product = await ScarceProductAsync(factory, 1);
        var id = await CreateAsync(client, NewRound(district, product, NextMonth, available: "2000"));
        var stale = (await LoadAsync(factory, id)).Version;
        (await client.GetStringAsync($"/Allocations/{id}/Edit")).ShouldContain("value=\"2000\"");

        var fields = NewRound(district, product, NextMonth, available: "3000");
        fields["Input.Version"] = stale.ToString();
        var saved = await client.PostFormAsync($"/Allocations/{id}/Edit", fields);
        var again = await client.PostFormAsync($"/Allocations/{id}/Edit", NewRound(district, product, NextMonth, available: "9000").With("Input.Version", stale.ToString()));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Errors(await again.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this record in the meantime. Reload the page and try again.");
        var round = await LoadAsync(factory, id);
        (round.AvailableUnits, round.Lines.Sum(l => l.FinalPacks)).ShouldBe((3000L, 300L));
    }

    private static int Count(string html, string marker) => (html.Length - html.Replace(marker, "").Length) / marker.Length;
}
