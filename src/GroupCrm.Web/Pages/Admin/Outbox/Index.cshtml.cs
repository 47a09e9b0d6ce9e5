using GroupCrm.Core.Data;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Admin.Outbox;

/// <summary>
/// The mail outbox for the administrator: how many messages are in each state, the latest ones, and
/// the two decisions only a person can make: send a failed, held or unknown message again, or settle
/// an unknown one as sent.
/// </summary>
public sealed class IndexModel(CrmDbContext db, MailOutbox outbox, MailSettings settings, OrganisationCalendar calendar, IStringLocalizer<SharedResource> L)
    : PageModel
{
    public const int Shown = 100;

    public sealed record Row(long Id, string Kind, IReadOnlyList<string> To, string Subject, MailState State, int Attempts,
        DateTimeOffset NextAttemptAt, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt)
    {
        public bool CanRetry => State is MailState.Failed or MailState.Held or MailState.Unknown;
        public bool CanMarkSent => State == MailState.Unknown;
    }

    /// <summary>Only the messages in this state, or all when none.</summary>
    [BindProperty(SupportsGet = true)]
    public MailState? State { get; set; }

    public IReadOnlyDictionary<MailState, int> Counts { get; private set; } = new Dictionary<MailState, int>();
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The folder .eml files go to, when no SMTP server is configured.</summary>
    public string? PickupFolder => settings.UsesPickupDirectory ? settings.PickupDirectory : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Counts = await outbox.CountsAsync(ct);
        var query = db.OutgoingMessages.AsNoTracking();
        if (State is { } state) query = query.Where(m => m.State == state);
        Rows = await query.OrderByDescending(m => m.Id).Take(Shown)
            .Select(m => new Row(m.Id, m.Kind, m.ToAddresses, m.Subject, m.State, m.Attempts, m.NextAttemptAt, m.LastError, m.CreatedAt, m.SentAt))
            .ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken ct) =>
        Outcome(await outbox.RetryAsync(id, ct), "The message will be sent again.");

    public async Task<IActionResult> OnPostMarkSentAsync(long id, CancellationToken ct) =>
        Outcome(await outbox.MarkSentAsync(id, ct), "The message was marked as sent.");

    public string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, calendar.TimeZone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private IActionResult Outcome(OutboxActionResult result, string done)
    {
        if (result.NotFound) return NotFound();
        if (result.Succeeded) TempData["Status"] = L[done].Value;
        else TempData["Error"] = L[result.Error!, result.Arguments].Value;
        return RedirectToPage("Index", new { State });
    }
}
