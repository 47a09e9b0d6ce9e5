using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Allocation.Notices;

/// <summary>Notices as documents, worded in each notice's own language: for the printable page and the acknowledgement page.</summary>
public sealed class NoticeDocuments(CrmDbContext db, OrganisationCalendar calendar)
{
    /// <returns>The notice, or null when it does not exist or the viewer may not read it (a 404 either way).</returns>
    public async Task<NoticeDocument?> ForViewerAsync(Viewer viewer, int noticeId, CancellationToken ct = default)
    {
        var visible = await db.AllocationNotices.AsNoTracking().VisibleTo(db, viewer).AnyAsync(n => n.Id == noticeId, ct);
        return visible ? await ForNoticeAsync(noticeId, ct) : null;
    }

    /// <summary>Without a viewer: only for a caller that has checked a right to it already (the acknowledgement token).</summary>
    public async Task<NoticeDocument?> ForNoticeAsync(int noticeId, CancellationToken ct = default)
    {
        var facts = await NoticeFactsQuery.LoadAsync(db, noticeId, ct);
        return facts is null ? null : NoticeWriter.Write(facts, calendar.TimeZone);
    }
}
