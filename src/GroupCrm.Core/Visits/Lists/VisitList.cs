using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Lists;

/// <summary>The visit list: visits the viewer sees, filtered, newest first, a page at a time.</summary>
public sealed class VisitList(CrmDbContext db, OrganisationCalendar calendar)
{
    public const int PageSize = 50;

    /// <summary>Everyone who makes visits starts on their own; the marketing centre and administrators on all.</summary>
    public static VisitScope DefaultScope(Viewer viewer) =>
        viewer.Role is Roles.AccountManager or Roles.MarketManager ? VisitScope.Mine : VisitScope.District;

    public async Task<VisitListPage> QueryAsync(Viewer viewer, VisitListFilter filter, CancellationToken ct = default)
    {
        var query = db.Visits.AsNoTracking().VisibleTo(db, viewer);
        if (filter.Scope == VisitScope.Mine) query = query.Where(v => v.VisitorId == viewer.UserId);
        if (filter.Month is { } month)
        {
            var (first, next) = (new DateOnly(month.Year, month.Month, 1), new DateOnly(month.Year, month.Month, 1).AddMonths(1));
            query = query.Where(v => v.VisitedOn >= first && v.VisitedOn < next);
        }
        if (filter.AccountId is { } account) query = query.Where(v => v.AccountId == account);
        if (filter.StoreId is { } store) query = query.Where(v => v.StoreId == store);
        if (filter.Kind is { } kind) query = query.Where(v => v.Kind == kind);
        if (filter.VisitorId is { } visitor) query = query.Where(v => v.VisitorId == visitor);

        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await query.OrderByDescending(v => v.VisitedAt).ThenByDescending(v => v.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(v => new
            {
                v.Id, v.VisitedAt, v.Kind, v.AccountId,
                Account = db.Accounts.Where(a => a.Id == v.AccountId).Select(a => a.Name).FirstOrDefault(),
                Store = db.Stores.Where(s => s.Id == v.StoreId).Select(s => s.Name).FirstOrDefault(),
                Visitor = db.Users.Where(u => u.Id == v.VisitorId).Select(u => u.DisplayName).FirstOrDefault(),
                Checks = v.ProductChecks.Count,
                SpotCheck = v.SpotCheckOfUserId != null,
                v.ComplianceConcern,
            })
            .ToListAsync(ct);
        return new VisitListPage(
            [.. rows.Select(r => new VisitListRow(r.Id, TimeZoneInfo.ConvertTime(r.VisitedAt, calendar.TimeZone), r.Kind, r.AccountId,
                r.Account ?? "", r.Store, r.Visitor ?? "", r.Checks, r.SpotCheck, r.ComplianceConcern))],
            total, page, pageCount);
    }
}
