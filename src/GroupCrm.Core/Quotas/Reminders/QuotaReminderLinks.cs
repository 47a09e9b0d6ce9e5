using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Quotas.Reminders;

/// <summary>Links in reminder e-mails, on the app's public address.</summary>
public sealed class QuotaReminderLinks(PublicAddress address)
{
    /// <summary>A person's quota drill-down for a month.</summary>
    public string PersonPage(int userId, DateOnly month) =>
        address.Link(FormattableString.Invariant($"Quotas/Person/{userId}?month={month:yyyy-MM}"));
}
