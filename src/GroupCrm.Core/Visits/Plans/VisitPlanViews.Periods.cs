using Microsoft.EntityFrameworkCore;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Visits.Plans;

public sealed partial class VisitPlanViews
{
    public const int PastPeriods = 6, UpcomingPeriods = 4;

    /// <summary>
    /// The owner's periods around today, latest first: the next four, the current one and the last six, each with
    /// its plan in force (the highest submitted revision), any draft, and plan against actual. Null when the
    /// viewer does not read this person's plans.
    /// </summary>
    public async Task<IReadOnlyList<PlanPeriodRow>?> PeriodsAsync(Viewer viewer, int ownerId, CancellationToken ct = default)
    {
        if (!await ReadsPlansOfAsync(viewer, ownerId, ct)) return null;
        var today = calendar.Today;
        var current = PlanPeriods.StartOf(today);
        var (first, last) = (current.AddDays(-PastPeriods * PlanPeriods.Days), current.AddDays(UpcomingPeriods * PlanPeriods.Days));
        var plans = await db.VisitPlans.AsNoTracking()
            .Where(p => p.UserId == ownerId && p.PeriodStart >= first && p.PeriodStart <= last)
            .Select(p => new
            {
                p.PeriodStart, p.Revision, p.State, p.SubmittedAt,
                Visits = p.Visits.Select(v => new { v.Day, v.Kind, v.AccountId, v.StoreId }).ToList(),
            })
            .ToListAsync(ct);
        var visits = (await OwnVisits(ownerId, first, PlanPeriods.EndOf(last))
                .Select(v => new { v.VisitedOn, v.Kind, v.AccountId, v.StoreId }).ToListAsync(ct))
            .Select(v => (On: v.VisitedOn, Target: new VisitTarget(v.Kind, v.AccountId, v.StoreId))).ToList();

        var rows = new List<PlanPeriodRow>();
        for (var start = last; start >= first; start = start.AddDays(-PlanPeriods.Days))
        {
            var ofPeriod = plans.Where(p => p.PeriodStart == start).ToList();
            var inForce = ofPeriod.Where(p => p.State == VisitPlanState.Submitted).MaxBy(p => p.Revision);
            var draft = ofPeriod.FirstOrDefault(p => p.State == VisitPlanState.Draft);
            var end = PlanPeriods.EndOf(start);
            var planned = inForce?.Visits.Select(v => (v.Day, new VisitTarget(v.Kind, v.AccountId, v.StoreId))).ToList() ?? [];
            var tally = PlanVsActual.Tally(planned, [.. visits.Where(v => v.On >= start && v.On <= end)], today);
            rows.Add(new PlanPeriodRow(start, end, PlanCalendar.TimingOf(start, today), inForce?.Revision, inForce?.SubmittedAt,
                draft?.Revision, draft?.Visits.Count ?? 0, tally));
        }
        return rows;
    }
}
