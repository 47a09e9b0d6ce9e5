using System.Globalization;
using System.Text.RegularExpressions;
using GroupCrm.Core.Letters;
using GroupCrm.Core.Mail;
using GroupCrm.Web.Infrastructure;

namespace GroupCrm.Web.Pages.Letters;

/// <summary>How the letter pages name months, states and delivery, and the colours of their badges (the word always says it too).</summary>
public static partial class LetterDisplay
{
    public static string Month(DateOnly month) => DistrictChoices.InChinese
        ? month.ToString("yyyy年M月", CultureInfo.InvariantCulture)
        : month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en"));

    public static string MonthValue(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The English name of a state (a localization key).</summary>
    public static string State(LetterState state) => state switch
    {
        LetterState.Draft => "Draft",
        LetterState.SentBack => "Sent back",
        _ => "Approved",
    };

    public static string StateColour(LetterState state) => state switch
    {
        LetterState.Draft => "text-bg-light border",
        LetterState.SentBack => "text-bg-warning",
        _ => "text-bg-success",
    };

    /// <summary>The English name of a delivery state (a localization key).</summary>
    public static string Delivery(MailState state) => state switch
    {
        MailState.Pending => "Waiting to be sent",
        MailState.Sending => "Sending",
        MailState.Sent => "Sent",
        MailState.Failed => "Failed",
        MailState.Held => "Held",
        _ => "Delivery unknown",
    };

    public static string DeliveryColour(MailState state) => state switch
    {
        MailState.Sent => "text-bg-success",
        MailState.Failed => "text-bg-danger",
        MailState.Held or MailState.Unknown => "text-bg-warning",
        _ => "text-bg-info",
    };

    public static string LanguageName(string language) => language == "en" ? "English" : "Chinese";

    /// <summary>An outbox address ("Name" &lt;a@b.c&gt;) as a name and an address to show apart; one that cannot be read is its whole text.</summary>
    public static (string? Name, string Address) Mailbox(string text)
    {
        if (System.Net.Mail.MailAddress.TryCreate(text, out var parsed))
            return (string.IsNullOrWhiteSpace(parsed.DisplayName) ? null : parsed.DisplayName, parsed.Address);
        return Named().Match(text) is { Success: true } named ? (named.Groups["name"].Value, named.Groups["address"].Value) : (null, text);
    }

    /// <summary>
    /// Why the outbox holds or failed a message, in the reader's language where the outbox's words are known (the
    /// address stays as written); a mail server's own words are shown as they came.
    /// </summary>
    public static string Problem(string? text, Func<string, object[], string> localize)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text == OutboxDelivery.InterruptedMessage) return localize(text, []);
        if (text == "The message has no recipient.") return localize(text, []);
        var bad = BadAddress().Match(text);
        if (!bad.Success) return text;
        var message = bad.Groups["kind"].Value switch
        {
            "sender" => "The sender address \"{0}\" is not a valid e-mail address.",
            "recipient" => "The recipient address \"{0}\" is not a valid e-mail address.",
            _ => "The copy address \"{0}\" is not a valid e-mail address.",
        };
        // A buyer's address is written "Name" <address>: shown without the quotes, which the message puts around it already.
        var address = Named().Match(bad.Groups["address"].Value) is { Success: true } named
            ? $"{named.Groups["name"].Value} <{named.Groups["address"].Value}>"
            : bad.Groups["address"].Value;
        return localize(message, [address]);
    }

    [GeneratedRegex("^\"(?<name>[^\"]*)\" <(?<address>[^>]*)>$")]
    private static partial Regex Named();

    [GeneratedRegex("^The (?<kind>sender|recipient|copy) address \"(?<address>.*)\" is not a valid e-mail address\\.$", RegexOptions.Singleline)]
    private static partial Regex BadAddress();
}
