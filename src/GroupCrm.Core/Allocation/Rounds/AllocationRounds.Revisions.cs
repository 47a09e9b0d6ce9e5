using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GroupCrm.Core.Allocation.Rounds;

// A correction of an approved round: a new draft with the same input and caps (not the overrides: whoever corrects
// the round decides them again), computed from the data as it is now. The approved round stays in force, its
// notices valid, until the revision is approved; then it is superseded. A round has one revision at most.
public sealed partial class AllocationRounds
{
    /// <returns>Done with the new round's id.</returns>
    public async Task<RecordResult> ReviseAsync(Viewer viewer, int roundId, CancellationToken ct = default)
    {
        var (approved, refusal) = await LoadAsync(viewer, roundId, ct);
        if (approved is null) return refusal!;
        if (!viewer.CanRun(approved.DistrictId)) return RecordAccess.Forget(db, RecordResult.NotAllowed);
        if (approved.State != RoundState.Approved) return RecordAccess.Forget(db, RecordResult.Refused("", RoundMessages.OnlyApprovedRevised));
        if (await RevisionOfAsync(roundId, ct) is { } existing) return RecordAccess.Forget(db, AlreadyRevised(existing));
        if (RoundRules.CheckMonth(approved.Month, calendar.Today, RoundMessages.RevisionMonthClosed) is { } closed)
            return RecordAccess.Forget(db, RecordResult.Refused([closed with { Field = "" }]));

        var revision = new AllocationRound
        {
            Revision = approved.Revision + 1, SupersedesId = approved.Id, State = RoundState.Draft,
            CreatedById = viewer.UserId, CreatedAt = clock.GetUtcNow(),
        };
        SetInput(revision, Input(approved));
        revision.Lines = [.. approved.Lines.Select(l => new RoundLine { AccountId = l.AccountId, MinimumPacks = l.MinimumPacks, MaximumPacks = l.MaximumPacks })];
        var errors = await ComputeAsync(revision, viewer, ct);
        if (errors.Count > 0) return RecordAccess.Forget(db, RecordResult.Refused(errors));

        db.AllocationRounds.Add(revision);
        return await InTransactionAsync(async () =>
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Someone else revised the same round between our check and our save.
                return RecordResult.Refused("", RoundMessages.RevisedMeanwhile);
            }
            AddEvent(revision, RoundEventKind.Created, viewer);
            await db.SaveChangesAsync(ct);
            return RecordResult.Done(revision.Id);
        }, ct);
    }

    private Task<int?> RevisionOfAsync(int roundId, CancellationToken ct) =>
        db.AllocationRounds.Where(r => r.SupersedesId == roundId).Select(r => (int?)r.Id).SingleOrDefaultAsync(ct);

    private static RecordResult AlreadyRevised(int revisionId) => RecordResult.Refused("", RoundMessages.AlreadyRevised, revisionId);

    private static RoundInput Input(AllocationRound r) =>
        new(r.DistrictId, r.ProductId, r.Month, r.AvailableUnits, r.PackSize, r.ReserveUnits, r.Basis, r.BasisMonths, r.MinimumPacks, r.MaximumPacks);
}
