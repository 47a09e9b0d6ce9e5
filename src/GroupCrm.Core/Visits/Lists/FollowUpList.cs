using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Lists;

/// <summary>An open follow-up as the list shows it. <see cref="DaysOverdue"/> is 0 when it is not yet due.</summary>
public sealed record FollowUpRow(
    int Id, string Text, DateOnly DueOn, int DaysOverdue, int AccountId, string AccountName, int VisitId, string Owner, bool CanMarkDone);

/// <summary>
/// The viewer's open follow-ups that are overdue or due within <see cref="FollowUpList.SoonDays"/> days,
/// and, for a market manager, the district's overdue follow-ups owned by others (at most
/// <see cref="FollowUpList.DistrictLimit"/>, with the full count).
/// </summary>
public sealed record FollowUpOverview(
    DateOnly Today,
    IReadOnlyList<FollowUpRow> Overdue,
    IReadOnlyList<FollowUpRow> DueSoon,
    IReadOnlyList<FollowUpRow> DistrictOverdue,
    int DistrictOverdueTotal,
    int OpenLater);

public sealed class FollowUpList(CrmDbContext db, OrganisationCalendar calendar)
{
    public const int SoonDays = 7;
    public const int DistrictLimit = 200;

    public async Task<FollowUpOverview> QueryAsync(Viewer viewer, CancellationToken ct = default)
    {
        var today = calendar.Today;
        var soon = today.AddDays(SoonDays);
        var open = db.FollowUps.AsNoTracking().VisibleTo(db, viewer).Where(f => f.DoneAt == null);
        var mine = open.Where(f => f.OwnerId == viewer.UserId);

        var own = await RowsAsync(viewer, mine.Where(f => f.DueOn <= soon), today, int.MaxValue, ct);
        var later = await mine.CountAsync(f => f.DueOn > soon, ct);
        IReadOnlyList<FollowUpRow> district = [];
        var districtTotal = 0;
        if (viewer.Role == Roles.MarketManager)
        {
            var others = open.Where(f => f.OwnerId != viewer.UserId && f.DueOn < today);
            districtTotal = await others.CountAsync(ct);
            district = await RowsAsync(viewer, others, today, DistrictLimit, ct);
        }
        return new FollowUpOverview(today, [.. own.Where(r => r.DueOn < today)], [.. own.Where(r => r.DueOn >= today)], district, districtTotal, later);
    }

    private async Task<IReadOnlyList<FollowUpRow>> RowsAsync(
        Viewer viewer, IQueryable<FollowUp> followUps, DateOnly today, int limit, CancellationToken ct)
    {
        var rows = await followUps.OrderBy(f => f.DueOn).ThenBy(f => f.Id).Take(limit)
            .Join(db.Accounts, f => f.AccountId, a => a.Id, (f, a) => new
            {
                f.Id, f.Text, f.DueOn, f.VisitId, f.OwnerId,
                Account = new AccountScope(a.Id, a.Name, a.DistrictId, a.AccountManagerId, a.State),
                Owner = db.Users.Where(u => u.Id == f.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .OrderBy(r => r.DueOn).ThenBy(r => r.Id)
            .ToListAsync(ct);
        return [.. rows.Select(r => new FollowUpRow(r.Id, r.Text, r.DueOn, Math.Max(0, today.DayNumber - r.DueOn.DayNumber),
            r.Account.Id, r.Account.Name, r.VisitId, r.Owner ?? "", FollowUps.CanMarkDone(viewer, r.OwnerId, r.Account)))];
    }
}
