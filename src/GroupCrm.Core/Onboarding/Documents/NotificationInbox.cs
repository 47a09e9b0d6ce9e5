using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Onboarding.Documents;

/// <summary>
/// An unread notification as the dashboard lists it. For a document reminder the document's type and
/// expiry come along, so the page can word it in the reader's language rather than show the stored text.
/// </summary>
public sealed record InboxItem(
    long Id, string Kind, string Text, int? AccountId, string? AccountName, DateTimeOffset CreatedAt,
    string? TypeName, string? TypeNameEn, DateOnly? ExpiresOn);

/// <summary>A user's own in-app notifications: the newest unread ones, and marking one as read.</summary>
public sealed class NotificationInbox(CrmDbContext db, TimeProvider clock)
{
    /// <summary>Newest first; notifications about accounts the user no longer sees are left out.</summary>
    public Task<List<InboxItem>> UnreadAsync(Viewer viewer, int take = 10, CancellationToken ct = default)
    {
        var visible = db.Accounts.VisibleTo(viewer);
        return db.Notifications.AsNoTracking()
            .Where(n => n.UserId == viewer.UserId && n.ReadAt == null && (n.AccountId == null || visible.Any(a => a.Id == n.AccountId)))
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(take)
            .Select(n => new InboxItem(n.Id, n.Kind, n.Text, n.AccountId,
                db.Accounts.Where(a => a.Id == n.AccountId).Select(a => a.Name).FirstOrDefault(), n.CreatedAt,
                n.Kind == ExpiryReminders.Kind ? db.AccountDocuments.Where(d => d.Id == n.SubjectId).Select(d => d.DocumentType!.Name).FirstOrDefault() : null,
                n.Kind == ExpiryReminders.Kind ? db.AccountDocuments.Where(d => d.Id == n.SubjectId).Select(d => d.DocumentType!.NameEn).FirstOrDefault() : null,
                n.Kind == ExpiryReminders.Kind ? db.AccountDocuments.Where(d => d.Id == n.SubjectId).Select(d => d.ExpiresOn).FirstOrDefault() : null))
            .ToListAsync(ct);
    }

    /// <returns>false when there is no such unread notification of this user (someone else's id changes nothing).</returns>
    public async Task<bool> MarkReadAsync(Viewer viewer, long notificationId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return await db.Notifications.Where(n => n.Id == notificationId && n.UserId == viewer.UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct) == 1;
    }
}
