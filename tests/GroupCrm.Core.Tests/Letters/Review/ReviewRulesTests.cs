using GroupCrm.Core.Letters;
using GroupCrm.Core.Letters.Review;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Tests.Letters.Review;

/// <summary>The account manager's review: the note and suggestions, approving, sending back, and what each refuses.</summary>
public sealed class ReviewRulesTests : IAsyncLifetime
{
    private ReviewWorld _w = null!;

    public async Task InitializeAsync() => _w = await ReviewWorld.CreateAsync();

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task A_draft_shows_the_computed_suggestions_and_renders_with_its_own_template()
    {
        var id = await _w.DraftAsync();

        var letter = (await _w.GetAsync(_w.People.Manager, id)).ShouldNotBeNull();

        (letter.State, letter.Generation, letter.HasSales, letter.SuggestionsEdited).ShouldBe((LetterState.Draft, 1, true, false));
        letter.Suggestions.Split('\n').Length.ShouldBe(3); // one growing brand, one store down, one out-of-stock
        letter.Rendered.Subject.ShouldBe("Hualian Supermarkets: sales review for May 2026"); // an English letter names the chain in English
        letter.Rendered.TextBody.ShouldContain(letter.Suggestions.Split('\n')[0]);
        letter.TemplateNumber.ShouldBe(1);
        letter.Delivery.ShouldBeNull();
        letter.Buyers.ShouldHaveSingleItem().ShouldBe(new LetterBuyer(letter.Buyers[0].ContactId, "Wang Fang", "buyer@hualian.example", true));
        letter.Can.ShouldBe(new LetterActions(Edit: true, Approve: true, SendBack: true, Regenerate: true, SendAgain: false, MarkArrived: false));
    }

    [Fact]
    public async Task A_chinese_letter_is_rendered_and_approved_in_chinese()
    {
        var account = await _w.AccountAsync("华联超市", "Hualian Supermarkets", GroupCrm.Core.Allocation.Notices.NoticeLanguages.Chinese);
        await _w.BuyerAsync(account, "王芳", "wang@hualian.example");
        var id = await _w.LetterAsync(account);
        await _w.SaveNoteAsync(_w.People.Manager, id, "王经理：感谢五月的支持！", null);

        var letter = (await _w.GetAsync(_w.People.Manager, id))!;
        (await _w.ApproveAsync(_w.People.Manager, id)).Succeeded.ShouldBeTrue();

        letter.Language.ShouldBe("zh-Hans");
        letter.Rendered.Subject.ShouldContain("华联超市");
        letter.Rendered.TextBody.ShouldContain("王经理：感谢五月的支持！");
        (await _w.MessageAsync(id))!.Subject.ShouldBe(letter.Rendered.Subject);
    }

    [Fact]
    public async Task The_note_is_saved_tidied_and_shown_in_the_letter()
    {
        var id = await _w.DraftAsync();

        var saved = await _w.SaveNoteAsync(_w.People.Manager, id, "  Thank you for a strong May.\r\nSee you at the forum.\u0007  ", null);

        saved.Succeeded.ShouldBeTrue();
        var row = await _w.LetterRowAsync(id);
        row.PersonalNote.ShouldBe("Thank you for a strong May.\nSee you at the forum.");
        row.Suggestions.ShouldBeNull();
        var letter = (await _w.GetAsync(_w.People.Manager, id))!;
        letter.PersonalNote.ShouldBe(row.PersonalNote);
        letter.Rendered.TextBody.ShouldContain("See you at the forum.");
        letter.Rendered.HtmlBody.ShouldContain("See you at the forum.");
    }

    [Fact]
    public async Task Suggestions_the_same_as_the_computed_ones_stay_computed_and_edited_ones_are_kept_one_a_line()
    {
        var id = await _w.DraftAsync();
        var computed = (await _w.GetAsync(_w.People.Manager, id))!.Suggestions;

        (await _w.SaveNoteAsync(_w.People.Manager, id, null, "\r\n" + computed.Replace("\n", "\r\n\r\n") + "\n  ")).Succeeded.ShouldBeTrue();
        (await _w.LetterRowAsync(id)).Suggestions.ShouldBeNull();

        (await _w.SaveNoteAsync(_w.People.Manager, id, null, "  List Furongwang in the new stores \n\n\tCall the Chuansha store manager  ")).Succeeded.ShouldBeTrue();
        (await _w.LetterRowAsync(id)).Suggestions.ShouldBe("List Furongwang in the new stores\nCall the Chuansha store manager");
        var letter = (await _w.GetAsync(_w.People.Manager, id))!;
        letter.SuggestionsEdited.ShouldBeTrue();
        letter.Rendered.TextBody.ShouldContain("- Call the Chuansha store manager");

        (await _w.SaveNoteAsync(_w.People.Manager, id, "", "   \n ")).Succeeded.ShouldBeTrue();
        var cleared = await _w.LetterRowAsync(id);
        (cleared.PersonalNote, cleared.Suggestions).ShouldBe((null, null));
    }

    [Fact]
    public async Task Approval_freezes_the_rendered_letter_and_queues_its_message_in_the_same_transaction()
    {
        var id = await _w.DraftAsync();
        await _w.SaveNoteAsync(_w.People.Manager, id, "Well done.", null);
        var before = (await _w.GetAsync(_w.People.Manager, id))!;

        var approved = await _w.ApproveAsync(_w.People.Manager, id);

        approved.Succeeded.ShouldBeTrue();
        var row = await _w.LetterRowAsync(id);
        (row.State, row.ApprovedById, row.ApprovedAt).ShouldBe((LetterState.Approved, (int?)_w.People.Manager.UserId, (DateTimeOffset?)ReviewWorld.Now));
        (row.Subject, row.HtmlBody, row.TextBody).ShouldBe((before.Rendered.Subject, before.Rendered.HtmlBody, before.Rendered.TextBody));
        var message = (await _w.MessageAsync(id)).ShouldNotBeNull();
        row.OutgoingMessageId.ShouldBe(message.Id);
        (message.State, message.MessageId, message.Subject, message.TextBody, message.HtmlBody)
            .ShouldBe((MailState.Pending, $"<letter.{id}@groupcrm>", row.Subject, row.TextBody, row.HtmlBody));
        message.ToAddresses.ShouldBe(["\"Wang Fang\" <buyer@hualian.example>"]);
        message.CcAddresses.ShouldBe([$"\"am {_w.People.Tag}\" <{_w.ManagerEmail}>"]);

        var after = (await _w.GetAsync(_w.People.Manager, id))!;
        after.Can.ShouldBe(new LetterActions(false, false, false, false, false, false)); // on its way: nothing to do
        after.Delivery.ShouldNotBeNull().State.ShouldBe(MailState.Pending);
    }

    [Fact]
    public async Task An_approved_letter_no_longer_changes()
    {
        var id = await _w.DraftAsync();
        await _w.ApproveAsync(_w.People.Manager, id);
        var frozen = await _w.LetterRowAsync(id);

        (await _w.SaveNoteAsync(_w.People.Manager, id, "Late words", null)).Errors.ShouldHaveSingleItem().Message.ShouldBe(LetterMessages.Approved);
        (await _w.ApproveAsync(_w.People.Manager, id)).Errors.ShouldHaveSingleItem().Message.ShouldBe(LetterMessages.Approved);
        (await _w.SendBackAsync(_w.People.Manager, id, "Wrong figures")).Errors.ShouldHaveSingleItem().Message.ShouldBe(LetterMessages.Approved);
        (await _w.RegenerateAsync(_w.People.Manager, id)).Succeeded.ShouldBeFalse();

        var row = await _w.LetterRowAsync(id);
        (row.Version, row.PersonalNote, row.Generation, row.TextBody).ShouldBe((frozen.Version, frozen.PersonalNote, frozen.Generation, frozen.TextBody));
    }

    [Fact]
    public async Task A_letter_whose_account_has_no_buyer_is_not_approved_and_nothing_is_queued()
    {
        var id = await _w.DraftAsync(buyerEmail: null);

        var refused = await _w.ApproveAsync(_w.People.Manager, id);

        refused.Errors.ShouldHaveSingleItem().Message.ShouldBe(LetterMessages.NoBuyer);
        (await _w.LetterRowAsync(id)).State.ShouldBe(LetterState.Draft);
        (await _w.MessageAsync(id)).ShouldBeNull();
    }

    [Fact]
    public async Task A_sent_back_letter_keeps_its_reason_is_not_approved_and_is_a_draft_again_once_regenerated()
    {
        var id = await _w.DraftAsync();
        await _w.SaveNoteAsync(_w.People.Manager, id, "Keep me", null);

        (await _w.SendBackAsync(_w.People.Manager, id, "  The May import was incomplete.\u0000 ")).Succeeded.ShouldBeTrue();
        var sentBack = await _w.LetterRowAsync(id);
        (sentBack.State, sentBack.SentBackReason, sentBack.SentBackById).ShouldBe((LetterState.SentBack, "The May import was incomplete.", (int?)_w.People.Manager.UserId));
        (await _w.ApproveAsync(_w.People.Manager, id)).Errors.ShouldHaveSingleItem().Message.ShouldBe(LetterMessages.SentBack);
        (await _w.SendBackAsync(_w.People.Manager, id, "Again")).Errors.ShouldHaveSingleItem().Message.ShouldBe(LetterMessages.AlreadySentBack);
        var shown = (await _w.GetAsync(_w.People.Manager, id))!;
        shown.Can.ShouldBe(new LetterActions(Edit: true, Approve: false, SendBack: false, Regenerate: true, SendAgain: false, MarkArrived: false));

        (await _w.RegenerateAsync(_w.People.Manager, id)).Succeeded.ShouldBeTrue();
        var redrafted = await _w.LetterRowAsync(id);
        (redrafted.State, redrafted.Generation, redrafted.PersonalNote, redrafted.SentBackReason).ShouldBe((LetterState.Draft, 2, "Keep me", null));
        (await _w.ApproveAsync(_w.People.Manager, id)).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("\u0001\u0002\t")]
    public async Task Sending_back_needs_a_reason(string? reason)
    {
        var id = await _w.DraftAsync();

        var refused = await _w.SendBackAsync(_w.People.Manager, id, reason);

        refused.Errors.ShouldHaveSingleItem().ShouldBe(new RecordError(LetterMessages.ReasonField, LetterMessages.ReasonMissing));
        (await _w.LetterRowAsync(id)).State.ShouldBe(LetterState.Draft);
    }

    [Fact]
    public async Task Text_that_is_too_long_is_refused_whole_and_nothing_is_written()
    {
        var id = await _w.DraftAsync();
        var before = await _w.LetterRowAsync(id);

        var note = await _w.SaveNoteAsync(_w.People.Manager, id, new string('n', 4001), new string('s', 4001));
        var reason = await _w.SendBackAsync(_w.People.Manager, id, new string('r', 1001));

        note.Errors.Select(e => (e.Field, e.Message)).ShouldBe(
            [(LetterMessages.NoteField, LetterMessages.NoteTooLong), (LetterMessages.SuggestionsField, LetterMessages.SuggestionsTooLong)]);
        reason.Errors.ShouldHaveSingleItem().Message.ShouldBe(LetterMessages.ReasonTooLong);
        var after = await _w.LetterRowAsync(id);
        (after.Version, after.PersonalNote, after.State).ShouldBe((before.Version, null, LetterState.Draft));
        (await _w.SaveNoteAsync(_w.People.Manager, id, new string('n', 4000), null)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Script_and_invisible_characters_are_stored_as_text_and_escaped_in_the_letter()
    {
        var id = await _w.DraftAsync();
        const string note = "<script>alert('note')</script> \u202Edesrever\u202C & <b>bold</b>";
        const string suggestion = "<img src=x onerror=alert(1)>";

        (await _w.SaveNoteAsync(_w.People.Manager, id, note, suggestion)).Succeeded.ShouldBeTrue();

        var row = await _w.LetterRowAsync(id);
        row.PersonalNote.ShouldBe("<script>alert('note')</script> desrever & <b>bold</b>");
        row.Suggestions.ShouldBe(suggestion);
        var html = (await _w.GetAsync(_w.People.Manager, id))!.Rendered.HtmlBody;
        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("<img src=x");
        html.ShouldNotContain("<b>bold</b>");
        html.ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public async Task A_change_from_a_stale_page_is_a_conflict_and_writes_nothing()
    {
        var id = await _w.DraftAsync();
        var seen = (await _w.LetterRowAsync(id)).Version;
        (await _w.SaveNoteAsync(_w.People.Manager, id, "First", null, seen)).Succeeded.ShouldBeTrue();

        (await _w.SaveNoteAsync(_w.People.Manager, id, "Second", null, seen)).IsConflict.ShouldBeTrue();
        (await _w.ApproveAsync(_w.People.Manager, id, seen)).IsConflict.ShouldBeTrue();
        (await _w.SendBackAsync(_w.People.Manager, id, "Why", seen)).IsConflict.ShouldBeTrue();

        var row = await _w.LetterRowAsync(id);
        (row.PersonalNote, row.State).ShouldBe(("First", LetterState.Draft));
        (await _w.MessageAsync(id)).ShouldBeNull();
    }

    [Fact]
    public async Task A_regeneration_between_reading_and_approving_makes_the_approval_a_conflict()
    {
        var id = await _w.DraftAsync();
        var seen = (await _w.LetterRowAsync(id)).Version;
        (await _w.RegenerateAsync(_w.People.MarketManager, id)).Succeeded.ShouldBeTrue();

        (await _w.ApproveAsync(_w.People.Manager, id, seen)).IsConflict.ShouldBeTrue();

        (await _w.LetterRowAsync(id)).State.ShouldBe(LetterState.Draft);
        (await _w.MessageAsync(id)).ShouldBeNull();
    }
}
