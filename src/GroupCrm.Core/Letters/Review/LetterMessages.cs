namespace GroupCrm.Core.Letters.Review;

/// <summary>The refusals of the review, in English; each is also its localization key.</summary>
public static class LetterMessages
{
    public const string NoteField = "PersonalNote";
    public const string SuggestionsField = "Suggestions";
    public const string ReasonField = "Reason";

    public const string Approved = "This letter is approved: it can no longer be changed.";
    public const string SentBack = "This letter was sent back. Regenerate it, then review and approve the new draft.";
    public const string AlreadySentBack = "This letter was sent back already. It is redrafted by the next drafting run, or now with \"Regenerate\".";
    public const string NoteTooLong = "The note can be at most {0} characters.";
    public const string SuggestionsTooLong = "The suggestions can be at most {0} characters.";
    public const string ReasonMissing = "Say why the letter is sent back.";
    public const string ReasonTooLong = "The reason can be at most {0} characters.";
    public const string NoBuyer = "This account has no buyer contact, so there is nobody to send the letter to. Add a buyer contact to the account, then approve.";
    public const string NotApproved = "Only an approved letter can be sent again.";
    public const string NotQueued = "This letter has no message in the outbox.";
    public const string OnItsWay = "The letter is on its way already. Wait for the delivery to finish.";
    public const string StillHeld = "The letter is still held: {0}";
    public const string NotUnknown = "Only a letter whose delivery is unknown can be marked as arrived.";
}
