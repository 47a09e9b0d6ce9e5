using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GroupCrm.Core.Visits.Plans;

/// <summary>
/// An account manager's two-week plans: start a draft, add and remove planned visits, submit (which locks
/// it), revise (a new draft copied from the latest submitted revision), or discard a draft. Everything is
/// refused once the period has begun. Each change names the plan's version as the form showed it.
/// </summary>
public sealed class VisitPlans(CrmDbContext db, OrganisationCalendar calendar, TimeProvider clock)
{
    /// <summary>Opens the viewer's draft for the period, creating revision 1 when there is no plan yet.</summary>
    public async Task<RecordResult> StartAsync(Viewer viewer, DateOnly periodStart, CancellationToken ct = default)
    {
        if (viewer.Role != Roles.AccountManager) return RecordResult.NotAllowed;
        if (PlanCalendar.RefuseAsPeriod(periodStart, calendar.Today) is { } refused) return refused;
        var plans = await db.VisitPlans.Where(p => p.UserId == viewer.UserId && p.PeriodStart == periodStart)
            .Select(p => new { p.Id, p.State }).ToListAsync(ct);
        if (plans.FirstOrDefault(p => p.State == VisitPlanState.Draft) is { } draft) return RecordResult.Done(draft.Id);
        if (plans.Count > 0) return RecordResult.Refused("", PlanMessages.SubmittedUseRevise);
        var plan = new VisitPlan
        {
            UserId = viewer.UserId, PeriodStart = periodStart, Revision = 1, State = VisitPlanState.Draft, CreatedAt = clock.GetUtcNow(),
        };
        return await InsertAsync(plan, ct);
    }

    public async Task<RecordResult> AddAsync(Viewer viewer, int planId, PlannedVisitInput input, uint expectedVersion, CancellationToken ct = default)
    {
        var (plan, refused) = await LoadDraftAsync(viewer, planId, expectedVersion, ct);
        if (plan is null) return refused!;
        if (await PlanEntryRules.CheckAsync(db, plan, input, ct) is { } error) return RecordAccess.Forget(db, RecordResult.Refused([error]));
        plan.Visits.Add(new PlannedVisit { Day = input.Day, Kind = input.Kind, AccountId = input.AccountId, StoreId = input.StoreId });
        try
        {
            return await SaveTouchedAsync(plan, expectedVersion, ct);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            return RecordAccess.Forget(db, RecordResult.Refused("", PlanMessages.AlreadyPlanned));
        }
    }

    public async Task<RecordResult> RemoveAsync(Viewer viewer, int planId, int plannedVisitId, uint expectedVersion, CancellationToken ct = default)
    {
        var (plan, refused) = await LoadDraftAsync(viewer, planId, expectedVersion, ct);
        if (plan is null) return refused!;
        var visit = plan.Visits.SingleOrDefault(v => v.Id == plannedVisitId);
        if (visit is null) return RecordAccess.Forget(db, RecordResult.Refused("", PlanMessages.NoSuchPlannedVisit));
        db.PlannedVisits.Remove(visit);
        return await SaveTouchedAsync(plan, expectedVersion, ct);
    }

    /// <summary>Locks the draft: from now on it is the plan in force, and a change is a new revision.</summary>
    public async Task<RecordResult> SubmitAsync(Viewer viewer, int planId, uint expectedVersion, CancellationToken ct = default)
    {
        var (plan, refused) = await LoadDraftAsync(viewer, planId, expectedVersion, ct);
        if (plan is null) return refused!;
        if (plan.Visits.Count == 0) return RecordAccess.Forget(db, RecordResult.Refused("", PlanMessages.EmptyPlan));
        if ((await PlanEntryRules.NoLongerPossibleAsync(db, plan.UserId, plan.Visits, ct)).Count > 0)
            return RecordAccess.Forget(db, RecordResult.Refused("", PlanMessages.NoLongerPossible));
        plan.State = VisitPlanState.Submitted;
        plan.SubmittedAt = clock.GetUtcNow();
        return await db.SaveVersionedAsync(plan, p => p.Version, expectedVersion, p => p.Id, ct);
    }

    /// <summary>Starts the next revision as a draft holding the same visits as the latest submitted one.</summary>
    public async Task<RecordResult> ReviseAsync(Viewer viewer, int planId, uint expectedVersion, CancellationToken ct = default)
    {
        var (plan, refused) = await LoadAsync(viewer, planId, ct);
        if (plan is null) return refused!;
        if (plan.State != VisitPlanState.Submitted) return Refuse(PlanMessages.NotLatestRevision);
        var revisions = await db.VisitPlans.Where(p => p.UserId == plan.UserId && p.PeriodStart == plan.PeriodStart)
            .Select(p => new { p.Revision, p.State }).ToListAsync(ct);
        if (revisions.Any(r => r.State == VisitPlanState.Draft)) return Refuse(PlanMessages.RevisionInDraft);
        if (revisions.Any(r => r.Revision > plan.Revision)) return Refuse(PlanMessages.NotLatestRevision);
        if (plan.Version != expectedVersion) return RecordAccess.Forget(db, RecordResult.Conflict());
        var draft = new VisitPlan
        {
            UserId = plan.UserId, PeriodStart = plan.PeriodStart, Revision = plan.Revision + 1, State = VisitPlanState.Draft,
            CreatedAt = clock.GetUtcNow(),
            Visits = [.. plan.Visits.Select(v => new PlannedVisit { Day = v.Day, Kind = v.Kind, AccountId = v.AccountId, StoreId = v.StoreId })],
        };
        return await InsertAsync(draft, ct);
    }

    /// <summary>Throws a draft away; the submitted revisions before it stay as they were.</summary>
    public async Task<RecordResult> DiscardAsync(Viewer viewer, int planId, uint expectedVersion, CancellationToken ct = default)
    {
        var (plan, refused) = await LoadDraftAsync(viewer, planId, expectedVersion, ct);
        if (plan is null) return refused!;
        db.VisitPlans.Remove(plan);
        return await db.SaveVersionedAsync(plan, p => p.Version, expectedVersion, p => p.Id, ct);
    }

    /// <summary>The plan, if the viewer sees it, may change it, and its period has not begun; otherwise the refusal.</summary>
    private async Task<(VisitPlan? Plan, RecordResult? Refused)> LoadAsync(Viewer viewer, int planId, CancellationToken ct)
    {
        var plan = await db.VisitPlans.VisibleTo(db, viewer).Include(p => p.Visits).SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return (null, RecordResult.NoSuchRecord);
        if (!viewer.CanChangePlansOf(plan.UserId)) return (null, RecordAccess.Forget(db, RecordResult.NotAllowed));
        if (plan.PeriodStart <= calendar.Today) return (null, Refuse(PlanMessages.AlreadyStarted));
        return (plan, null);
    }

    /// <summary>The draft as the form showed it: a submitted plan is locked, and a changed one is refused before anything is judged.</summary>
    private async Task<(VisitPlan? Plan, RecordResult? Refused)> LoadDraftAsync(Viewer viewer, int planId, uint expectedVersion, CancellationToken ct)
    {
        var (plan, refused) = await LoadAsync(viewer, planId, ct);
        if (plan is null) return (null, refused);
        if (plan.State != VisitPlanState.Draft) return (null, Refuse(PlanMessages.Locked));
        return plan.Version == expectedVersion ? (plan, null) : (null, RecordAccess.Forget(db, RecordResult.Conflict()));
    }

    /// <summary>
    /// Adding or removing a planned visit leaves the plan's own row as it was, so its xmin would not move and a
    /// form showing the old list could still save. Rewriting the row gives it a new xmin.
    /// </summary>
    private Task<RecordResult> SaveTouchedAsync(VisitPlan plan, uint expectedVersion, CancellationToken ct)
    {
        db.Entry(plan).Property(p => p.CreatedAt).IsModified = true;
        return db.SaveVersionedAsync(plan, p => p.Version, expectedVersion, p => p.Id, ct);
    }

    /// <summary>The one-draft and one-revision-number indexes stop a second draft started at the same moment.</summary>
    private async Task<RecordResult> InsertAsync(VisitPlan plan, CancellationToken ct)
    {
        db.VisitPlans.Add(plan);
        try
        {
            await db.SaveChangesAsync(ct);
            return RecordResult.Done(plan.Id);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            return RecordAccess.Forget(db, RecordResult.Conflict());
        }
    }

    private RecordResult Refuse(string message) => RecordAccess.Forget(db, RecordResult.Refused("", message));

    private static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
