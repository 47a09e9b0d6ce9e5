using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Allocation.Notices;

/// <summary>
/// What the public acknowledgement page shows: the notice and a form with the buyer's name filled in, or
/// why the link is refused. <see cref="Language"/> is the notice's language (the default when the notice is
/// unknown), so the page can be worded like the notice. A refused page shows the notice only when the token
/// was genuine (already acknowledged); an invalid token shows nothing of it.
/// </summary>
public sealed record AckPage(AckRefusal Refusal, string Language, NoticeDocument? Notice, string? ContactName)
{
    public bool CanAcknowledge => Refusal == AckRefusal.None && Notice is { Status.Acknowledged: false };

    /// <summary>The refusal's message in English (a localization key); empty when the link is valid.</summary>
    public string RefusalMessage => AckRefusals.Message(Refusal);

    public static AckPage Refused(AckRefusal refusal, string language, NoticeDocument? notice = null) => new(refusal, language, notice, null);
}

/// <summary>
/// The outcome of the acknowledgement form: recorded, or not with either a refusal (<see cref="AckPage.Refusal"/>)
/// or a problem with the name typed (<see cref="Errors"/>, shown on the form). Nothing is recorded unless <see cref="Recorded"/>.
/// </summary>
public sealed record AckOutcome(bool Recorded, AckPage Page, IReadOnlyList<RecordError> Errors)
{
    public static AckOutcome Done(AckPage page) => new(true, page, []);

    public static AckOutcome Refused(AckPage page) => new(false, page, []);

    public static AckOutcome Invalid(AckPage page, IReadOnlyList<RecordError> errors) => new(false, page, errors);
}
