using System.Net.Mail;

namespace GroupCrm.Core.Mail;

/// <summary>
/// Whether a message can be handed to a mail server at all. A bad address is found here, before any
/// attempt, so the message is held with a reason a person can act on instead of failing eight times.
/// </summary>
public static class MailAddressCheck
{
    /// <returns>Null when every address is usable; otherwise the reason, naming the first bad address.</returns>
    public static string? Problem(string from, IReadOnlyList<string> to, IReadOnlyList<string> cc)
    {
        if (!IsValid(from)) return $"The sender address \"{from}\" is not a valid e-mail address.";
        if (to.Count == 0) return "The message has no recipient.";
        if (to.FirstOrDefault(a => !IsValid(a)) is { } badTo) return $"The recipient address \"{badTo}\" is not a valid e-mail address.";
        if (cc.FirstOrDefault(a => !IsValid(a)) is { } badCc) return $"The copy address \"{badCc}\" is not a valid e-mail address.";
        return null;
    }

    /// <summary>What System.Net.Mail will accept when it builds the message: "a@b.c" or "Name &lt;a@b.c&gt;".</summary>
    public static bool IsValid(string address) =>
        !string.IsNullOrWhiteSpace(address) && MailAddress.TryCreate(address, out var parsed) && parsed.Host.Length > 0;
}
