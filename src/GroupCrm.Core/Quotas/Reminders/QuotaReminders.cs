using System.Net.Mail;
using GroupCrm.Core.Data;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Quotas.Reminders;

/// <summary>What one weekly run did.</summary>
/// <param name="People">Enabled account and market managers with an e-mail address.</param>
/// <param name="WithOpenItems">Those with at least one rule of the month not met yet.</param>
/// <param name="Queued">Reminders this run put in the outbox; the others were already there for the week.</param>
public sealed record QuotaReminderRun(DateOnly Month, int People, int WithOpenItems, int Queued);

/// <summary>
/// The weekly quota reminder (SPEC §3): every enabled account or market manager with an e-mail address and a
/// rule of the current month not met yet gets one message listing what is open. Each message is keyed by the
/// person and the week, so a second run in the same week (a retry, a second instance, a misfire caught up)
/// queues nothing more; the outbox sends each message once. People are judged all at once, set-based.
/// </summary>
public sealed class QuotaReminders(CrmDbContext db, ComplianceEngine engine, MailOutbox outbox, OrganisationCalendar calendar, QuotaReminderLinks links)
{
    /// <summary>The Monday of the week <paramref name="day"/> is in: the week a reminder belongs to.</summary>
    public static DateOnly WeekStartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public async Task<QuotaReminderRun> SendForWeekAsync(DateOnly weekStart, CancellationToken ct = default)
    {
        if (weekStart.DayOfWeek != DayOfWeek.Monday)
            throw new ArgumentException($"A reminder week starts on a Monday, not on {weekStart:yyyy-MM-dd}.", nameof(weekStart));
        var today = calendar.Today;
        var month = new DateOnly(today.Year, today.Month, 1);
        var recipients = await RecipientsAsync(ct);
        if (recipients.Count == 0) return new QuotaReminderRun(month, 0, 0, 0);
        var judged = await engine.ForPeopleAsync([.. recipients.Select(r => r.Person)], month, ct); // in the order given
        var open = recipients.Zip(judged).Where(p => QuotaReminderMail.OpenRules(p.Second).Count > 0).ToList();
        var queued = 0;
        foreach (var (recipient, compliance) in open)
        {
            var mail = QuotaReminderMail.Compose(compliance, recipient.Address, weekStart, today, links.PersonPage(recipient.Person.UserId, month));
            if ((await outbox.EnqueueAsync(mail, ct)).Created) queued++;
        }
        return new QuotaReminderRun(month, recipients.Count, open.Count, queued);
    }

    private sealed record Recipient(QuotaPerson Person, string Address);

    private async Task<IReadOnlyList<Recipient>> RecipientsAsync(CancellationToken ct)
    {
        var people = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && u.Email != null && u.Email != "")
            .SelectMany(u => db.UserRoles.Where(ur => ur.UserId == u.Id)
                .Join(db.Roles.Where(r => r.Name == Roles.AccountManager || r.Name == Roles.MarketManager), ur => ur.RoleId, r => r.Id,
                    (_, r) => new { u.Id, u.DisplayName, Role = r.Name!, u.DistrictId, District = u.District, Email = u.Email! }))
            .OrderBy(p => p.Id)
            .ToListAsync(ct);
        return [.. people.Select(p => new Recipient(
            new QuotaPerson(p.Id, p.DisplayName, p.Role, p.DistrictId, p.District?.Name) { DistrictNameEn = p.District?.NameEn },
            Address(p.Email, p.DisplayName)))];
    }

    /// <summary>"Name &lt;a@b.c&gt;" when the address is usable; otherwise as stored, and the outbox holds the message with the reason.</summary>
    private static string Address(string email, string displayName) =>
        MailAddress.TryCreate(email.Trim(), displayName, out var address) ? address.ToString() : email;
}
