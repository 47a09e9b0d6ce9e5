namespace GroupCrm.Core.Allocation.Notices;

/// <summary>Why an acknowledgement link is refused. Each has a message (English, also the localization key) in <see cref="AckRefusals"/>.</summary>
public enum AckRefusal
{
    None,

    /// <summary>The token is missing, garbled, tampered with or signed by another key.</summary>
    InvalidToken,

    Expired,

    /// <summary>A genuine token, but issued for a different notice than the one in the address.</summary>
    OtherNotice,

    /// <summary>The notice's round has been corrected and approved again: a later notice replaces it.</summary>
    Superseded,

    /// <summary>The notice was acknowledged already: the page says by whom and when; nothing more is recorded.</summary>
    AlreadyAcknowledged,

    /// <summary>The buyer the link was sent to is no longer one of the account's contacts.</summary>
    ContactRemoved,

    /// <summary>There is no such notice (or it is a store notice, which is acknowledged on a visit, not by link).</summary>
    NoSuchNotice,
}

/// <summary>What the signature and expiry of a token say, before the database is asked anything.</summary>
public sealed record AckTokenCheck(AckRefusal Refusal, int ContactId, DateTimeOffset? ExpiresAt)
{
    public bool IsValid => Refusal == AckRefusal.None;

    public static AckTokenCheck Valid(int contactId, DateTimeOffset expiresAt) => new(AckRefusal.None, contactId, expiresAt);

    public static AckTokenCheck Refused(AckRefusal refusal, DateTimeOffset? expiresAt = null) => new(refusal, 0, expiresAt);
}

/// <summary>The message for each refusal, in English; pages show it through the localizer in the notice's language.</summary>
public static class AckRefusals
{
    public static string Message(AckRefusal refusal) => refusal switch
    {
        AckRefusal.InvalidToken => "This acknowledgement link is not valid. Open the link exactly as it appears in the e-mail, or contact your account manager.",
        AckRefusal.Expired => "This acknowledgement link has expired. Please contact your account manager.",
        AckRefusal.OtherNotice => "This acknowledgement link belongs to a different notice. Use the link in the e-mail about this notice.",
        AckRefusal.Superseded => "This notice has been replaced by a later notice. Please read and acknowledge the later notice instead.",
        AckRefusal.AlreadyAcknowledged => "This notice has already been acknowledged.",
        AckRefusal.ContactRemoved => "This acknowledgement link was sent to a buyer who is no longer on the chain's records. Please contact your account manager.",
        AckRefusal.NoSuchNotice => "There is no such notice.",
        _ => "",
    };
}
