using System.Net;
using GroupCrm.Core.Letters;
using GroupCrm.Core.Letters.Review;
using GroupCrm.Core.Mail;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Letters.Review.LetterPages;

namespace GroupCrm.Web.Tests.Letters.Review;

/// <summary>
/// The letter page of an account manager's draft: the letter in its sandboxed frame, the note form with hostile and
/// stale input, approve, send back and regenerate; and who gets a 404 or a 403. Each test takes a letter of its own.
/// </summary>
public sealed class LetterReviewPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private async Task<Pick> LetterAsync(int index, string manager = "am.east1") => (await DraftsOfAsync(factory, manager))[index];

    [Fact]
    public async Task The_letter_is_shown_in_a_sandboxed_frame_whose_HTML_comes_with_a_strict_policy()
    {
        var letter = await LetterAsync(0);
        var am = await factory.SignedInClientAsync("am.east1");

        var html = await am.GetStringAsync($"/Letters/{letter.Id}");
        var frame = await am.GetAsync($"/Letters/{letter.Id}/Html");

        html.ShouldContain($"<iframe sandbox src=\"/Letters/{letter.Id}/Html\"");
        html.ShouldContain("data-testid=\"letter-text\"");
        html.ShouldContain("data-testid=\"letter-edit\"");
        html.ShouldContain("data-testid=\"approve-confirm\"");
        html.ShouldContain("data-testid=\"pickup-notice\""); // the tests' app has no SMTP server
        html.ShouldNotContain(".data/mail"); // the folder is named to administrators only
        frame.StatusCode.ShouldBe(HttpStatusCode.OK);
        frame.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        frame.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem()
            .ShouldBe("sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'");
        frame.Headers.GetValues("X-Frame-Options").ShouldHaveSingleItem().ShouldBe("SAMEORIGIN");
        var body = await frame.Content.ReadAsStringAsync();
        body.ShouldStartWith("<!DOCTYPE html>", Case.Insensitive);
        body.ShouldNotContain("<script");
        (await am.GetAsync($"/Letters/{letter.Id}?handler=Html")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("am.east2")]
    [InlineData("am.west1")]
    [InlineData("mm.west")]
    public async Task Someone_who_does_not_see_the_account_gets_a_404_for_the_page_its_HTML_and_every_form(string user)
    {
        var letter = await LetterAsync(0);
        var before = await LoadAsync(factory, letter.Id);
        var client = await factory.SignedInClientAsync(user);

        (await client.GetAsync($"/Letters/{letter.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Letters/{letter.Id}/Html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var handler in new[] { "Save", "Approve", "SendBack", "Regenerate", "Resend", "Arrived" })
        {
            var fields = Note("Taken over", "", before.Version);
            fields["version"] = V(before.Version);
            fields["reason"] = "Not mine";
            (await client.PostFormAsync($"/Letters/{letter.Id}/{handler}", fields, formPage: "/Letters")).StatusCode.ShouldBe(HttpStatusCode.NotFound, handler);
        }
        var after = await LoadAsync(factory, letter.Id);
        (after.Version, after.State, after.PersonalNote).ShouldBe((before.Version, before.State, before.PersonalNote));
    }

    [Theory]
    [InlineData("mm.east")]
    [InlineData("approver")]
    [InlineData("admin")]
    public async Task Those_who_read_the_letter_get_a_403_for_the_review_forms(string user)
    {
        var letter = await LetterAsync(0);
        var before = await LoadAsync(factory, letter.Id);
        var client = await factory.SignedInClientAsync(user);

        var html = await client.GetStringAsync($"/Letters/{letter.Id}");

        html.ShouldContain("data-testid=\"read-only\"");
        html.ShouldNotContain("data-testid=\"letter-edit\"");
        html.ShouldNotContain("data-testid=\"approve\"");
        foreach (var handler in new[] { "Save", "Approve", "SendBack" })
        {
            var fields = Note("Overruled", "", before.Version);
            fields["version"] = V(before.Version);
            fields["reason"] = "Overruled";
            (await client.PostFormAsync($"/Letters/{letter.Id}/{handler}", fields, formPage: "/Letters")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, handler);
        }
        (await LoadAsync(factory, letter.Id)).Version.ShouldBe(before.Version);
    }

    [Fact]
    public async Task The_account_manager_saves_a_note_and_suggestions_and_the_letter_shows_them()
    {
        var letter = await LetterAsync(1);
        var am = await factory.SignedInClientAsync("am.east1");
        var version = (await LoadAsync(factory, letter.Id)).Version;

        var saved = await am.PostFormAsync($"/Letters/{letter.Id}/Save", Note("感谢五月的支持！\r\n六月见。", "推荐新品上架\r\n\r\n关注川沙店", version));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.OriginalString.ShouldBe($"/Letters/{letter.Id}#edit");
        var row = await LoadAsync(factory, letter.Id);
        (row.PersonalNote, row.Suggestions).ShouldBe(("感谢五月的支持！\n六月见。", "推荐新品上架\n关注川沙店"));
        var page = await am.GetStringAsync($"/Letters/{letter.Id}");
        Status(page).ShouldBe("Your note and suggestions were saved.");
        page.ShouldContain("六月见。</textarea>");
        (await am.GetStringAsync($"/Letters/{letter.Id}/Html")).ShouldContain("关注川沙店");
    }

    [Fact]
    public async Task Hostile_input_is_refused_or_stored_as_text_and_never_runs()
    {
        var letter = await LetterAsync(2);
        var am = await factory.SignedInClientAsync("am.east1");
        var version = (await LoadAsync(factory, letter.Id)).Version;

        var tooLong = await am.PostFormAsync($"/Letters/{letter.Id}/Save", Note(new string('长', 4001), "ok", version));
        tooLong.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await tooLong.Content.ReadAsStringAsync();
        Errors(refused).ShouldBe(["The note can be at most 4000 characters."]);
        refused.ShouldContain(new string('长', 4001) + "</textarea>"); // what was typed is still there to shorten
        (await LoadAsync(factory, letter.Id)).Version.ShouldBe(version);

        // A NUL anywhere in a form is refused by the app as a whole (400) before any page sees it.
        (await am.PostFormAsync($"/Letters/{letter.Id}/Save", Note("nul\u0000", "", version))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await LoadAsync(factory, letter.Id)).Version.ShouldBe(version);

        var script = await am.PostFormAsync($"/Letters/{letter.Id}/Save",
            Note("<script>alert('x')</script>\u0001\u001b\u202E", "<img src=x onerror=alert(1)>\n</textarea><script>alert(2)</script>", version));
        script.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var row = await LoadAsync(factory, letter.Id);
        row.PersonalNote.ShouldBe("<script>alert('x')</script>");
        var page = await am.GetStringAsync($"/Letters/{letter.Id}");
        page.ShouldNotContain("<script>alert");
        page.ShouldNotContain("<img src=x");
        page.ShouldContain("&lt;script&gt;alert(");
        var frame = await am.GetStringAsync($"/Letters/{letter.Id}/Html");
        frame.ShouldNotContain("<script>alert");
        frame.ShouldNotContain("<img src=x");
    }

    [Fact]
    public async Task A_save_from_a_stale_page_is_a_conflict_that_changes_nothing()
    {
        var letter = await LetterAsync(3);
        var am = await factory.SignedInClientAsync("am.east1");
        var stale = (await LoadAsync(factory, letter.Id)).Version;
        (await am.PostFormAsync($"/Letters/{letter.Id}/Save", Note("First", "", stale))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var second = await am.PostFormAsync($"/Letters/{letter.Id}/Save", Note("Second", "", stale));
        var approve = await am.PostFormAsync($"/Letters/{letter.Id}/Approve", new() { ["version"] = V(stale) });

        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await second.Content.ReadAsStringAsync()).ShouldBe(["Someone else changed this record in the meantime. Reload the page and try again."]);
        approve.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await approve.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this record in the meantime. Reload the page and try again.");
        var row = await LoadAsync(factory, letter.Id);
        (row.PersonalNote, row.State).ShouldBe(("First", LetterState.Draft));
    }

    [Fact]
    public async Task Sending_back_needs_a_reason_and_a_sent_back_letter_is_regenerated_into_a_draft()
    {
        var letter = await LetterAsync(4);
        var am = await factory.SignedInClientAsync("am.east1");
        var version = (await LoadAsync(factory, letter.Id)).Version;

        var empty = await am.PostFormAsync($"/Letters/{letter.Id}/SendBack", new() { ["reason"] = " \u0007\u202E ", ["version"] = V(version) });
        var long1001 = await am.PostFormAsync($"/Letters/{letter.Id}/SendBack", new() { ["reason"] = new string('x', 1001), ["version"] = V(version) });
        Errors(await empty.Content.ReadAsStringAsync()).ShouldBe(["Say why the letter is sent back."]);
        Errors(await long1001.Content.ReadAsStringAsync()).ShouldBe(["The reason can be at most 1000 characters."]);

        var sent = await am.PostFormAsync($"/Letters/{letter.Id}/SendBack", new() { ["reason"] = "The May import was incomplete <b>here</b>", ["version"] = V(version) });
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await am.GetStringAsync($"/Letters/{letter.Id}");
        page.ShouldContain("data-testid=\"sent-back\"");
        page.ShouldContain("The May import was incomplete &lt;b&gt;here&lt;/b&gt;");
        page.ShouldNotContain("data-testid=\"approve\"");

        var regenerated = await am.PostFormAsync($"/Letters/{letter.Id}/Regenerate", new() { ["version"] = V((await LoadAsync(factory, letter.Id)).Version) });
        regenerated.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var row = await LoadAsync(factory, letter.Id);
        (row.State, row.Generation, row.SentBackReason).ShouldBe((LetterState.Draft, 2, null));
    }

    [Fact]
    public async Task Approving_hands_the_letter_to_the_outbox_and_the_page_shows_its_delivery()
    {
        var letter = await LetterAsync(0, "am.east3");
        var am = await factory.SignedInClientAsync("am.east3");
        var version = (await LoadAsync(factory, letter.Id)).Version;

        var approved = await am.PostFormAsync($"/Letters/{letter.Id}/Approve", new() { ["version"] = V(version) });

        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var row = await LoadAsync(factory, letter.Id);
        row.State.ShouldBe(LetterState.Approved);
        var message = (await MessageAsync(factory, letter.Id)).ShouldNotBeNull();
        (message.Id, message.MessageId).ShouldBe((row.OutgoingMessageId!.Value, $"<letter.{letter.Id}@groupcrm>"));
        var page = await am.GetStringAsync($"/Letters/{letter.Id}");
        Status(page).ShouldBe("The letter was approved and handed to the outbox for sending.");
        page.ShouldContain("data-testid=\"approved-note\"");
        page.ShouldContain("data-testid=\"delivery-state\"");
        page.ShouldContain($"&lt;letter.{letter.Id}@groupcrm&gt;");
        page.ShouldNotContain("data-testid=\"letter-edit\"");
        var again = await am.PostFormAsync($"/Letters/{letter.Id}/Approve", new() { ["version"] = V(row.Version) }, formPage: "/Letters");
        Errors(await again.Content.ReadAsStringAsync()).ShouldBe(["This letter is approved: it can no longer be changed."]);
    }

    [Fact]
    public async Task A_held_letter_shows_why_and_how_to_fix_it_and_an_interrupted_one_is_settled_by_a_person()
    {
        var held = await LetterAsync(0, "am.west2");
        var doubt = await LetterAsync(1, "am.west2");
        var am = await factory.SignedInClientAsync("am.west2");
        await using (var db = factory.CreateDbContext())
            await db.BuyerContacts.Where(c => c.AccountId == held.AccountId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Email, "buyer.at.nowhere"));
        foreach (var letter in new[] { held, doubt })
            (await am.PostFormAsync($"/Letters/{letter.Id}/Approve", new() { ["version"] = V((await LoadAsync(factory, letter.Id)).Version) })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = factory.CreateDbContext())
        {
            var id = (await MessageAsync(factory, doubt.Id))!.Id;
            await db.OutgoingMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.State, MailState.Unknown).SetProperty(m => m.LastError, OutboxDelivery.InterruptedMessage));
        }

        var heldPage = await am.GetStringAsync($"/Letters/{held.Id}");
        var doubtPage = await GetChineseAsync(am, $"/Letters/{doubt.Id}");
        var list = await am.GetStringAsync("/Letters");

        heldPage.ShouldContain("data-testid=\"delivery-problem\"");
        heldPage.ShouldContain("is not a valid e-mail address.");
        heldPage.ShouldContain("buyer.at.nowhere");
        heldPage.ShouldContain($"href=\"/Accounts/{held.AccountId}/Contacts/");
        heldPage.ShouldContain("data-testid=\"send-again-confirm\"");
        doubtPage.ShouldContain("发送过程中断");
        doubtPage.ShouldContain("data-testid=\"mark-arrived\"");
        list.ShouldContain("data-testid=\"attention\"");

        (await am.PostFormAsync($"/Letters/{doubt.Id}/Arrived", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await MessageAsync(factory, doubt.Id))!.State.ShouldBe(MailState.Sent);
        var stillHeld = await am.PostFormAsync($"/Letters/{held.Id}/Resend", []);
        stillHeld.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await stillHeld.Content.ReadAsStringAsync()).ShouldHaveSingleItem().ShouldStartWith("The letter is still held: The recipient address");
        await using (var db = factory.CreateDbContext())
            await db.BuyerContacts.Where(c => c.AccountId == held.AccountId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Email, "buyer@fixed.example"));
        (await am.PostFormAsync($"/Letters/{held.Id}/Resend", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var requeued = (await MessageAsync(factory, held.Id))!;
        requeued.State.ShouldBe(MailState.Pending);
        requeued.ToAddresses.ShouldAllBe(a => a.EndsWith("<buyer@fixed.example>"));
    }

    [Fact]
    public async Task A_letter_that_does_not_exist_is_a_404()
    {
        var am = await factory.SignedInClientAsync("am.east1");

        (await am.GetAsync("/Letters/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await am.GetAsync("/Letters/999999/Html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await am.GetAsync("/Letters/abc")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
