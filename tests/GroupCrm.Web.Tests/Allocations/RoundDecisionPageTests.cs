using System.Globalization;
using System.Net;
using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Allocations.RoundPages;

namespace GroupCrm.Web.Tests.Allocations;

/// <summary>
/// A round's way to approval over HTTP: the market manager submits; only MarketingCenter approves or sends back
/// (an administrator or the market manager is refused with a 403 and nothing changes); an approved round refuses
/// every change; a revision is a new draft linked both ways with the round it corrects.
/// </summary>
public sealed class RoundDecisionPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private static Dictionary<string, string> Version(uint version, string? note = null)
    {
        var fields = new Dictionary<string, string> { ["version"] = version.ToString(CultureInfo.InvariantCulture) };
        if (note is not null) fields["note"] = note;
        return fields;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, int round, string handler, Dictionary<string, string> fields) =>
        client.PostFormAsync($"/Allocations/{round}?handler={handler}", fields, formPage: "/Allocations");

    private async Task<(HttpClient Manager, int Round)> SubmittedAsync()
    {
        var mm = await factory.SignedInClientAsync("mm.east");
        var id = await CreateAsync(mm, NewRound(await DistrictOfAsync(factory, "mm.east"), await ScarceProductAsync(factory), NextMonth));
        (await PostAsync(mm, id, "Submit", Version((await LoadAsync(factory, id)).Version))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (mm, id);
    }

    [Fact]
    public async Task Only_MarketingCenter_approves_and_approval_issues_the_notices()
    {
        var (mm, id) = await SubmittedAsync();
        var admin = await factory.SignedInClientAsync("admin");
        var approver = await factory.SignedInClientAsync("approver");
        var version = (await LoadAsync(factory, id)).Version;

        (await admin.GetStringAsync($"/Allocations/{id}")).ShouldNotContain("data-testid=\"approve-round\"");
        (await PostAsync(admin, id, "Approve", Version(version))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PostAsync(mm, id, "Approve", Version(version))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PostAsync(mm, id, "SendBack", Version(version, "Not yours to send back"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await LoadAsync(factory, id)).State.ShouldBe(RoundState.Submitted);

        var page = await approver.GetStringAsync($"/Allocations/{id}");
        page.ShouldContain("data-testid=\"approve-round\"");
        var approved = await PostAsync(approver, id, "Approve", Version(version));

        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await LoadAsync(factory, id)).State.ShouldBe(RoundState.Approved);
        var html = await approver.GetStringAsync($"/Allocations/{id}");
        html.ShouldContain("The round was approved and its notices were issued.");
        html.ShouldContain("data-testid=\"round-tracking\"");
        await using var db = factory.CreateDbContext();
        var hqNotices = await db.AllocationNotices.Where(n => n.RoundId == id && n.StoreId == null).Select(n => n.Id).ToListAsync();
        hqNotices.Count.ShouldBe((await LoadAsync(factory, id)).Lines.Count);
        foreach (var notice in hqNotices) html.ShouldContain($"href=\"/Allocations/Notices/{notice}\"");
    }

    [Fact]
    public async Task An_approved_round_refuses_every_change_and_its_edit_page_says_why()
    {
        var (mm, id) = await SubmittedAsync();
        var approver = await factory.SignedInClientAsync("approver");
        (await PostAsync(approver, id, "Approve", Version((await LoadAsync(factory, id)).Version))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var before = await LoadAsync(factory, id);
        var line = before.Lines.OrderBy(l => l.AccountId).First();
        var fields = new Dictionary<string, string>
        {
            ["Line.AccountId"] = line.AccountId.ToString(CultureInfo.InvariantCulture), ["Line.Version"] = before.Version.ToString(CultureInfo.InvariantCulture),
            ["Line.Packs"] = "1", ["Line.Reason"] = "After approval",
        };

        var overridden = await mm.PostFormAsync($"/Allocations/{id}?handler=Override", fields, formPage: $"/Allocations/{id}");
        var submitted = await PostAsync(mm, id, "Submit", Version(before.Version));
        var edit = await mm.GetAsync($"/Allocations/{id}/Edit");
        var editPost = await mm.PostFormAsync($"/Allocations/{id}/Edit",
            NewRound(before.DistrictId, before.ProductId, NextMonth, available: "99").With("Input.Version", before.Version.ToString(CultureInfo.InvariantCulture)),
            formPage: $"/Allocations/{id}");
        var page = await mm.GetStringAsync($"/Allocations/{id}");

        Errors(await overridden.Content.ReadAsStringAsync()).ShouldContain("This round is approved and can no longer be changed; a correction is a new revision.");
        Errors(await submitted.Content.ReadAsStringAsync()).ShouldContain("This round is approved and can no longer be changed; a correction is a new revision.");
        edit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        editPost.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.ShouldContain("This round is approved and can no longer be changed; a correction is a new revision.");
        page.ShouldNotContain("data-testid=\"override-form\"");
        page.ShouldNotContain("data-testid=\"submit-round\"");
        var after = await LoadAsync(factory, id);
        (after.Version, after.AvailableUnits).ShouldBe((before.Version, before.AvailableUnits));
        after.Lines.OrderBy(l => l.AccountId).Select(l => l.FinalPacks).ShouldBe(before.Lines.OrderBy(l => l.AccountId).Select(l => l.FinalPacks));
    }

    [Fact]
    public async Task Sending_back_needs_a_note_which_the_draft_then_shows()
    {
        var (mm, id) = await SubmittedAsync();
        var approver = await factory.SignedInClientAsync("approver");
        var version = (await LoadAsync(factory, id)).Version;

        var empty = await PostAsync(approver, id, "SendBack", Version(version, "   "));
        Errors(await empty.Content.ReadAsStringAsync()).ShouldContain("Say why the round is sent back (up to 1,000 characters).");
        (await LoadAsync(factory, id)).State.ShouldBe(RoundState.Submitted);

        var sent = await PostAsync(approver, id, "SendBack", Version(version, "Use planned volume: <i>sales</i> were distorted by the holiday."));
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var round = await LoadAsync(factory, id);
        (round.State, round.ReturnNote).ShouldBe((RoundState.Draft, "Use planned volume: <i>sales</i> were distorted by the holiday."));
        var page = await mm.GetStringAsync($"/Allocations/{id}");
        page.ShouldContain("data-testid=\"return-note\"");
        page.ShouldContain("&lt;i&gt;sales&lt;/i&gt;");
        page.ShouldContain("data-testid=\"submit-round\"");
    }

    [Fact]
    public async Task A_stale_approval_is_a_conflict_and_approves_nothing()
    {
        var (mm, id) = await SubmittedAsync();
        var approver = await factory.SignedInClientAsync("approver");
        var stale = (await LoadAsync(factory, id)).Version;
        (await PostAsync(approver, id, "SendBack", Version(stale, "Check the reserve"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(mm, id, "Submit", Version((await LoadAsync(factory, id)).Version))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var approve = await PostAsync(approver, id, "Approve", Version(stale));

        Errors(await approve.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this record in the meantime. Reload the page and try again.");
        (await LoadAsync(factory, id)).State.ShouldBe(RoundState.Submitted);
    }

    [Fact]
    public async Task A_revision_of_an_approved_round_is_a_draft_and_both_link_to_each_other()
    {
        var (mm, id) = await SubmittedAsync();
        var approver = await factory.SignedInClientAsync("approver");
        (await PostAsync(approver, id, "Approve", Version((await LoadAsync(factory, id)).Version))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var revised = await PostAsync(mm, id, "Revise", []);
        var twice = await PostAsync(mm, id, "Revise", []);

        revised.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = factory.CreateDbContext();
        var revision = await db.AllocationRounds.Where(r => r.SupersedesId == id).SingleAsync();
        (revision.State, revision.Revision).ShouldBe((RoundState.Draft, 2));
        revised.Headers.Location!.OriginalString.ShouldBe($"/Allocations/{revision.Id}");
        Errors(await twice.Content.ReadAsStringAsync()).ShouldContain($"This round already has a revision: round {revision.Id}.");
        (await mm.GetStringAsync($"/Allocations/{revision.Id}")).ShouldContain($"href=\"/Allocations/{id}\"");
        var original = await mm.GetStringAsync($"/Allocations/{id}");
        original.ShouldContain($"href=\"/Allocations/{revision.Id}\"");
        original.ShouldContain("A revision of this round is being prepared.");
    }
}
