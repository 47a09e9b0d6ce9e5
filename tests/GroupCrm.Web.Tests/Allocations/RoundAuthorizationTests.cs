using System.Globalization;
using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Allocations.RoundPages;

namespace GroupCrm.Web.Tests.Allocations;

/// <summary>
/// Who reads and changes a round: an account manager reads only their own accounts' lines and changes nothing;
/// another district's managers get a 404 for every page and form; the list shows each person only their rounds.
/// </summary>
public sealed class RoundAuthorizationTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>, IAsyncLifetime
{
    private int _round;

    public async Task InitializeAsync()
    {
        var mm = await factory.SignedInClientAsync("mm.east");
        _round = await CreateAsync(mm, NewRound(await DistrictOfAsync(factory, "mm.east"), await ScarceProductAsync(factory, 2), NextMonth));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_account_manager_reads_only_their_own_accounts_lines()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var own = await LineAsync(factory, _round, "am.east1");
        var others = await LineAsync(factory, _round, "am.east1", otherManager: true);

        var html = await am.GetStringAsync($"/Allocations/{_round}");

        html.ShouldContain($"data-account-id=\"{own.AccountId}\"");
        html.ShouldNotContain($"data-account-id=\"{others.AccountId}\"");
        html.ShouldNotContain(await AccountNameAsync(factory, others.AccountId));
        html.ShouldContain("data-testid=\"partial-note\"");
        html.ShouldNotContain("data-testid=\"override-form\"");
        html.ShouldNotContain("data-testid=\"round-actions\"");
        (await am.GetStringAsync("/Allocations")).ShouldContain($"href=\"/Allocations/{_round}\"");
    }

    [Fact]
    public async Task An_account_manager_changes_nothing()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var before = await LoadAsync(factory, _round);
        var own = await LineAsync(factory, _round, "am.east1");
        var line = new Dictionary<string, string>
        {
            ["Line.AccountId"] = own.AccountId.ToString(CultureInfo.InvariantCulture), ["Line.Version"] = before.Version.ToString(CultureInfo.InvariantCulture),
            ["Line.Packs"] = "50", ["Line.Reason"] = "My best customer", ["Line.MaximumPacks"] = "90",
        };
        var version = new Dictionary<string, string> { ["version"] = before.Version.ToString(CultureInfo.InvariantCulture) };

        (await am.PostFormAsync($"/Allocations/{_round}?handler=Override", line, formPage: "/Allocations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await am.PostFormAsync($"/Allocations/{_round}?handler=Caps", line, formPage: "/Allocations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await am.PostFormAsync($"/Allocations/{_round}?handler=Submit", version, formPage: "/Allocations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await am.PostFormAsync($"/Allocations/{_round}?handler=Approve", version, formPage: "/Allocations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await am.GetAsync($"/Allocations/{_round}/Edit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var after = await LoadAsync(factory, _round);
        (after.Version, after.State).ShouldBe((before.Version, before.State));
        after.Lines.ShouldAllBe(l => l.OverrideReason == null);
    }

    [Theory]
    [InlineData("am.west1")]
    [InlineData("mm.west")]
    public async Task Another_districts_managers_get_a_404_for_every_page_and_form(string user)
    {
        var client = await factory.SignedInClientAsync(user);
        var before = await LoadAsync(factory, _round);
        var line = before.Lines.OrderBy(l => l.AccountId).First();
        var fields = new Dictionary<string, string>
        {
            ["Line.AccountId"] = line.AccountId.ToString(CultureInfo.InvariantCulture), ["Line.Version"] = before.Version.ToString(CultureInfo.InvariantCulture),
            ["Line.Packs"] = "5", ["Line.Reason"] = "Not my district", ["version"] = before.Version.ToString(CultureInfo.InvariantCulture),
        };

        (await client.GetAsync($"/Allocations/{_round}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Allocations/{_round}/Edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var handler in new[] { "Override", "RemoveOverride", "Caps", "Submit", "Revise" })
            (await client.PostFormAsync($"/Allocations/{_round}?handler={handler}", fields, formPage: "/Allocations")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetStringAsync("/Allocations")).ShouldNotContain($"href=\"/Allocations/{_round}\"");
        (await client.GetAsync("/Allocations/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await LoadAsync(factory, _round)).Version.ShouldBe(before.Version);
    }

    [Fact]
    public async Task The_list_reads_its_filters_leniently_and_shows_rounds_in_Chinese()
    {
        var mm = await factory.SignedInClientAsync("mm.east");
        await using var db = factory.CreateDbContext();
        var code = await db.AllocationRounds.Where(r => r.Id == _round).Join(db.Products, r => r.ProductId, p => p.Id, (r, p) => p.Code).SingleAsync();

        var filtered = await mm.GetStringAsync($"/Allocations?Month={Month(NextMonth)}&State=Draft");
        var otherMonth = await mm.GetStringAsync($"/Allocations?Month={Month(NextMonth.AddMonths(5))}&State=Draft");
        var broken = await mm.GetStringAsync("/Allocations?Month=next-year&State=%3Cscript%3E");
        var chinese = await GetChineseAsync(mm, "/Allocations");

        filtered.ShouldContain($"href=\"/Allocations/{_round}\"");
        filtered.ShouldContain(code);
        otherMonth.ShouldNotContain($"href=\"/Allocations/{_round}\"");
        broken.ShouldContain("The month must look like 2026-03: showing all months.");
        broken.ShouldContain("Unknown state: showing rounds in every state.");
        broken.ShouldNotContain("<script>");
        broken.ShouldContain($"href=\"/Allocations/{_round}\"");
        chinese.ShouldContain("紧俏货源分配");
        chinese.ShouldContain("新建分配轮次");
    }
}
