namespace GroupCrm.Core.Mail;

/// <summary>
/// The outcome of a person's action on one message. <see cref="Error"/> is English text that is also
/// the localization key; <see cref="Arguments"/> fill its placeholders.
/// </summary>
public sealed record OutboxActionResult(bool Succeeded, bool NotFound, string? Error, params object[] Arguments)
{
    public const string ConflictMessage = "The message changed in the meantime. Reload the page and try again.";

    public static readonly OutboxActionResult Done = new(true, false, null);
    public static readonly OutboxActionResult NoSuchMessage = new(false, true, null);

    public static OutboxActionResult Refused(string error, params object[] arguments) => new(false, false, error, arguments);
}
