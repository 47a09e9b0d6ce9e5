using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Plans;

public sealed partial class VisitPlanViews
{
    /// <summary>
    /// One period of one owner. <paramref name="revision"/> picks a revision to show; without it (or when it is
    /// no such revision) the owner sees their draft while the period is ahead, and otherwise the plan in force
    /// is shown (or the draft, when nothing was submitted). Null when the viewer does not read this person's plans.
    /// </summary>
    public async Task<PlanPeriodView?> PeriodAsync(Viewer viewer, int ownerId, DateOnly start, int? revision = null, CancellationToken ct = default)
    {
        var owner = await db.PlanOwnersVisibleTo(viewer).Where(u => u.Id == ownerId)
            .Select(u => new PlanOwner(u.Id, u.DisplayName)).SingleOrDefaultAsync(ct);
        if (owner is null) return null;
        var today = calendar.Today;
        var timing = PlanCalendar.TimingOf(start, today);
        var canChange = viewer.CanChangePlansOf(ownerId) && timing == PeriodTiming.Upcoming;
        var revisions = await db.VisitPlans.AsNoTracking().Where(p => p.UserId == ownerId && p.PeriodStart == start)
            .OrderByDescending(p => p.Revision)
            .Select(p => new PlanRevision(p.Id, p.Revision, p.State, p.CreatedAt, p.SubmittedAt, p.Version, p.Visits.Count))
            .ToListAsync(ct);
        var shown = Choose(revisions, revision, canChange);

        var end = PlanPeriods.EndOf(start);
        var visits = await OwnVisits(ownerId, start, end).OrderBy(v => v.VisitedOn).ThenBy(v => v.VisitedAt)
            .Select(v => new ActualVisit(v.Id, v.VisitedOn, v.Kind, v.AccountId,
                db.Accounts.Where(a => a.Id == v.AccountId).Select(a => a.Name).FirstOrDefault() ?? "",
                v.StoreId, db.Stores.Where(s => s.Id == v.StoreId).Select(s => s.Name).FirstOrDefault()))
            .ToListAsync(ct);
        var items = shown is null ? [] : await ItemsAsync(shown, ownerId, visits, today, ct);
        var planned = items.Select(i => (i.Day, new VisitTarget(i.Kind, i.AccountId, i.StoreId))).ToList();
        var days = Enumerable.Range(0, PlanPeriods.Days).Select(start.AddDays)
            .Select(day => new PlanDay(day, [.. items.Where(i => i.Day == day)])).ToList();
        var targets = planned.Select(p => p.Item2).ToHashSet();
        var unplanned = visits.Where(v => PlanVsActual.IsUnplanned(v.Target, targets)).ToList();
        var tally = PlanVsActual.Tally(planned, [.. visits.Select(v => (v.On, v.Target))], today);
        return new PlanPeriodView(owner, start, timing, canChange, revisions, shown, days, unplanned, tally);
    }

    private static PlanRevision? Choose(List<PlanRevision> revisions, int? revision, bool canChange)
    {
        if (revisions.FirstOrDefault(r => r.Revision == revision) is { } asked) return asked;
        var draft = revisions.FirstOrDefault(r => r.State == VisitPlanState.Draft);
        var inForce = revisions.Where(r => r.State == VisitPlanState.Submitted).MaxBy(r => r.Revision);
        return canChange && draft is not null ? draft : inForce ?? draft;
    }

    private async Task<List<PlanItem>> ItemsAsync(PlanRevision shown, int ownerId, List<ActualVisit> visits, DateOnly today, CancellationToken ct)
    {
        var rows = await db.PlannedVisits.AsNoTracking().Where(v => v.PlanId == shown.PlanId)
            .Select(v => new
            {
                Visit = v,
                AccountName = db.Accounts.Where(a => a.Id == v.AccountId).Select(a => a.Name).FirstOrDefault() ?? "",
                StoreName = db.Stores.Where(s => s.Id == v.StoreId).Select(s => s.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        // Only a draft can still be changed, so only a draft is checked for visits that are no longer possible.
        var impossible = shown.State == VisitPlanState.Draft
            ? await PlanEntryRules.NoLongerPossibleAsync(db, ownerId, [.. rows.Select(r => r.Visit)], ct)
            : [];
        var actual = visits.Select(v => (v.On, v.Target)).ToList();
        return [.. rows
            .Select(r => new PlanItem(r.Visit.Id, r.Visit.Day, r.Visit.Kind, r.Visit.AccountId, r.AccountName, r.Visit.StoreId, r.StoreName,
                !impossible.Contains(r.Visit.Id),
                PlanVsActual.StatusOf(r.Visit.Day, new VisitTarget(r.Visit.Kind, r.Visit.AccountId, r.Visit.StoreId), actual, today)))
            .OrderBy(i => i.Day).ThenBy(i => i.Kind).ThenBy(i => i.AccountName, StringComparer.Ordinal).ThenBy(i => i.StoreName, StringComparer.Ordinal)];
    }
}
