using System.Globalization;
using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using static GroupCrm.Web.Tests.Allocations.RoundPages;

namespace GroupCrm.Web.Tests.Allocations;

/// <summary>
/// A line's override and limits on the preview: the override re-balances the others and keeps the total, is
/// explained with its reason, and can be removed; bad or hostile input is refused next to the line with nothing
/// changed; a form from a page that is no longer current is a conflict.
/// </summary>
public sealed class RoundLinePageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private async Task<(HttpClient Client, int Round)> DraftAsync(string available = "1000", string maximum = "")
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var id = await CreateAsync(client, NewRound(await DistrictOfAsync(factory, "mm.east"), await ScarceProductAsync(factory), NextMonth,
            available: available, maximum: maximum));
        return (client, id);
    }

    private static Dictionary<string, string> Line(int account, uint version, string? packs = null, string? reason = null, string? min = null, string? max = null)
    {
        var fields = new Dictionary<string, string> { ["Line.AccountId"] = account.ToString(CultureInfo.InvariantCulture), ["Line.Version"] = version.ToString(CultureInfo.InvariantCulture) };
        if (packs is not null) fields["Line.Packs"] = packs;
        if (reason is not null) fields["Line.Reason"] = reason;
        if (min is not null) fields["Line.MinimumPacks"] = min;
        if (max is not null) fields["Line.MaximumPacks"] = max;
        return fields;
    }

    private Task<HttpResponseMessage> PostAsync(HttpClient client, int round, string handler, Dictionary<string, string> fields) =>
        client.PostFormAsync($"/Allocations/{round}?handler={handler}", fields, formPage: $"/Allocations/{round}");

    [Fact]
    public async Task An_override_re_balances_the_others_keeps_the_total_and_is_explained_until_it_is_removed()
    {
        var (client, id) = await DraftAsync();
        var before = await LoadAsync(factory, id);
        var line = before.Lines.OrderBy(l => l.AccountId).First();
        const string reason = "New flagship store <b>opens</b> on the 3rd";

        var response = await PostAsync(client, id, "Override", Line(line.AccountId, before.Version, (line.FinalPacks + 7).ToString(CultureInfo.InvariantCulture), reason));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/Allocations/{id}#line-{line.AccountId}");
        var after = await LoadAsync(factory, id);
        after.Lines.Sum(l => l.FinalPacks).ShouldBe(before.Lines.Sum(l => l.FinalPacks));
        after.Lines.Single(l => l.AccountId == line.AccountId).FinalPacks.ShouldBe(line.FinalPacks + 7);
        var html = await client.GetStringAsync($"/Allocations/{id}");
        html.ShouldContain("The override was saved and the other lines were re-balanced.");
        html.ShouldContain("New flagship store &lt;b&gt;opens&lt;/b&gt; on the 3rd");
        html.ShouldNotContain("<b>opens</b>");
        html.ShouldContain("data-testid=\"overridden-badge\"");
        html.ShouldContain("data-testid=\"rebalanced-badge\"");
        html.ShouldContain("data-testid=\"overrides-note\"");

        var removed = await PostAsync(client, id, "RemoveOverride", Line(line.AccountId, after.Version));
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var restored = await LoadAsync(factory, id);
        restored.Lines.OrderBy(l => l.AccountId).Select(l => l.FinalPacks).ShouldBe(before.Lines.OrderBy(l => l.AccountId).Select(l => l.FinalPacks));
        (await client.GetStringAsync($"/Allocations/{id}")).ShouldNotContain("data-testid=\"overridden-badge\"");
    }

    [Theory]
    [InlineData("12", "", "Give the reason for the override (3 to 500 characters).")]
    [InlineData("12", "ok", "Give the reason for the override (3 to 500 characters).")]
    [InlineData("", "Launch display", "Enter the packs this account should receive.")]
    [InlineData("twelve", "Launch display", "The packs must be a whole number.")]
    [InlineData("1.5", "Launch display", "The packs must be a whole number.")]
    [InlineData("-3", "Launch display", "The packs cannot be negative.")]
    [InlineData("100000", "Launch display", "The overrides add up to 100,000 packs, more than the 100 packs this round hands out.")]
    public async Task A_bad_override_is_refused_next_to_its_line_and_nothing_changes(string packs, string reason, string message)
    {
        var (client, id) = await DraftAsync();
        var before = await LoadAsync(factory, id);
        var line = before.Lines.OrderBy(l => l.AccountId).Skip(1).First();

        var response = await PostAsync(client, id, "Override", Line(line.AccountId, before.Version, packs, reason));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        Errors(html).ShouldContain(message);
        // The refused line's form is open again, with what was typed.
        if (packs.Length > 0) html.ShouldContain($"id=\"packs-{line.AccountId}\" name=\"Line.Packs\" value=\"{packs}\"");
        html.ShouldContain("<details class=\"round-change\" open=\"open\"");
        var after = await LoadAsync(factory, id);
        after.Version.ShouldBe(before.Version);
        after.Lines.OrderBy(l => l.AccountId).Select(l => l.FinalPacks).ShouldBe(before.Lines.OrderBy(l => l.AccountId).Select(l => l.FinalPacks));
        after.Lines.ShouldAllBe(l => l.OverrideReason == null);
    }

    [Fact]
    public async Task An_override_above_the_line_maximum_or_for_an_account_not_in_the_round_is_refused()
    {
        var (client, id) = await DraftAsync(maximum: "20");
        var before = await LoadAsync(factory, id);
        var line = before.Lines.OrderBy(l => l.AccountId).First();
        var west = await LineAsync(factory, await CreateAsync(await factory.SignedInClientAsync("mm.west"),
            NewRound(await DistrictOfAsync(factory, "mm.west"), await ScarceProductAsync(factory), NextMonth)));

        var above = await PostAsync(client, id, "Override", Line(line.AccountId, before.Version, "25", "Launch display"));
        var foreign = await PostAsync(client, id, "Override", Line(west.AccountId, before.Version, "5", "Launch display"));
        var garbage = await client.PostFormAsync($"/Allocations/{id}?handler=Override",
            new() { ["Line.AccountId"] = "'; drop table", ["Line.Version"] = before.Version.ToString(CultureInfo.InvariantCulture), ["Line.Packs"] = "5", ["Line.Reason"] = "Launch display" },
            formPage: $"/Allocations/{id}");
        var noVersion = await client.PostFormAsync($"/Allocations/{id}?handler=Override",
            new() { ["Line.AccountId"] = line.AccountId.ToString(CultureInfo.InvariantCulture), ["Line.Version"] = "x", ["Line.Packs"] = "5", ["Line.Reason"] = "Launch display" },
            formPage: $"/Allocations/{id}");

        Errors(await above.Content.ReadAsStringAsync()).ShouldContain("25 packs is above this account's maximum of 20; change its maximum first.");
        Errors(await foreign.Content.ReadAsStringAsync()).ShouldContain("This account is not in the round: only the district's active accounts are.");
        Errors(await garbage.Content.ReadAsStringAsync()).ShouldContain("This account is not in the round: only the district's active accounts are.");
        Errors(await noVersion.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this record in the meantime. Reload the page and try again.");
        (await LoadAsync(factory, id)).Version.ShouldBe(before.Version);
    }

    [Fact]
    public async Task A_line_gets_its_own_limits_and_bad_limits_are_refused()
    {
        var (client, id) = await DraftAsync();
        var before = await LoadAsync(factory, id);
        var line = before.Lines.OrderBy(l => l.AccountId).First();

        var inverted = await PostAsync(client, id, "Caps", Line(line.AccountId, before.Version, min: "9", max: "3"));
        var words = await PostAsync(client, id, "Caps", Line(line.AccountId, before.Version, min: "nine", max: ""));
        Errors(await inverted.Content.ReadAsStringAsync()).ShouldContain("The maximum cannot be below the minimum.");
        Errors(await words.Content.ReadAsStringAsync()).ShouldContain("The minimum must be a whole number of packs.");
        (await LoadAsync(factory, id)).Version.ShouldBe(before.Version);

        var saved = await PostAsync(client, id, "Caps", Line(line.AccountId, before.Version, min: "", max: "2"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await LoadAsync(factory, id);
        var capped = after.Lines.Single(l => l.AccountId == line.AccountId);
        (capped.MaximumPacks, capped.FinalPacks <= 2, after.Lines.Sum(l => l.FinalPacks)).ShouldBe(((int?)2, true, 100L));
        var html = await client.GetStringAsync($"/Allocations/{id}");
        html.ShouldContain("data-testid=\"own-limits\"");
    }

    [Fact]
    public async Task Two_changes_from_the_same_page_the_second_is_a_conflict_and_changes_nothing()
    {
        var (client, id) = await DraftAsync();
        var page = await LoadAsync(factory, id);
        var lines = page.Lines.OrderBy(l => l.AccountId).ToList();

        var first = await PostAsync(client, id, "Override", Line(lines[0].AccountId, page.Version, "3", "Store refit this month"));
        var afterFirst = await LoadAsync(factory, id);
        var second = await PostAsync(client, id, "Override", Line(lines[1].AccountId, page.Version, "4", "Second thoughts"));

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Errors(await second.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this record in the meantime. Reload the page and try again.");
        var after = await LoadAsync(factory, id);
        after.Version.ShouldBe(afterFirst.Version);
        after.Lines.Single(l => l.AccountId == lines[1].AccountId).OverrideReason.ShouldBeNull();
    }
}
