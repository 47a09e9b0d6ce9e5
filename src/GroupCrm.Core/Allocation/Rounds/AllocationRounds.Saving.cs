using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Allocation.Rounds;

// Loading a round for a change, and saving it whole: the checks every write starts and ends with.
public sealed partial class AllocationRounds
{
    /// <returns>The round with its lines, tracked; or null and the refusal to return.</returns>
    private async Task<(AllocationRound? Round, RecordResult? Refusal)> LoadAsync(Viewer viewer, int roundId, CancellationToken ct)
    {
        var round = await db.AllocationRounds.VisibleTo(db, viewer).Include(r => r.Lines).SingleOrDefaultAsync(r => r.Id == roundId, ct);
        return round is null ? (null, RecordResult.NoSuchRecord) : (round, null);
    }

    /// <summary>
    /// A draft the viewer runs, as the person saw it: anything else is refused with the reason it cannot change, and
    /// a version that is no longer the round's is a conflict before any other check.
    /// </summary>
    private async Task<(AllocationRound? Round, RecordResult? Refusal)> LoadDraftAsync(Viewer viewer, int roundId, uint version, CancellationToken ct)
    {
        var (round, refusal) = await LoadAsync(viewer, roundId, ct);
        if (round is null) return (null, refusal);
        if (!viewer.CanRun(round.DistrictId)) return (null, RecordAccess.Forget(db, RecordResult.NotAllowed));
        if (round.State != RoundState.Draft) return (null, RecordAccess.Forget(db, NotEditable(round.State)));
        return round.Version == version ? (round, null) : (null, RecordAccess.Forget(db, RecordResult.Conflict()));
    }

    internal static RecordResult NotEditable(RoundState state) => RecordResult.Refused("", state switch
    {
        RoundState.Submitted => RoundMessages.Submitted,
        RoundState.Approved => RoundMessages.Immutable,
        RoundState.Superseded => RoundMessages.SupersededImmutable,
        _ => RoundMessages.NotDraft,
    });

    /// <summary>
    /// Saves a change of a round the person saw at <paramref name="version"/>. The round's row is always written,
    /// even when only its lines changed, so that its xmin moves on and a change made from the same old version
    /// afterwards is refused as a conflict instead of silently computing over this one.
    /// </summary>
    private async Task<RecordResult> SaveAsync(AllocationRound round, uint version, CancellationToken ct)
    {
        if (round.Version != version) return RecordAccess.Forget(db, RecordResult.Conflict());
        var entry = db.Entry(round);
        entry.Property(r => r.Version).OriginalValue = version;
        entry.Property(r => r.State).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
            return RecordResult.Done(round.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RecordAccess.Forget(db, RecordResult.Conflict());
        }
    }

    /// <summary>
    /// Runs the work in a transaction that is committed only when it succeeds. Inside a caller's transaction (the
    /// demo seed's) a savepoint does the same job.
    /// </summary>
    private async Task<RecordResult> InTransactionAsync(Func<Task<RecordResult>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is { } outer)
        {
            const string savepoint = "allocation_round";
            await outer.CreateSavepointAsync(savepoint, ct);
            var inner = await RunAsync(work);
            if (inner.Succeeded) await outer.ReleaseSavepointAsync(savepoint, ct);
            else await outer.RollbackToSavepointAsync(savepoint, ct);
            return inner;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await RunAsync(work);
        if (result.Succeeded) await transaction.CommitAsync(ct);
        return result;
    }

    private async Task<RecordResult> RunAsync(Func<Task<RecordResult>> work)
    {
        var result = await work();
        return result.Succeeded ? result : RecordAccess.Forget(db, result);
    }

    private void AddEvent(AllocationRound round, RoundEventKind kind, Viewer viewer,
        int? accountId = null, long? fromPacks = null, long? toPacks = null, string? note = null) =>
        db.RoundEvents.Add(new RoundEvent
        {
            RoundId = round.Id, Kind = kind, ById = viewer.UserId, At = clock.GetUtcNow(),
            AccountId = accountId, FromPacks = fromPacks, ToPacks = toPacks, Note = note,
        });
}
