using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Allocation.Rounds;

// One account's line of a draft: its own caps, and an override a person fixes with a reason. Each change computes
// the whole round again, so the other lines re-balance around it, or the change is refused and nothing moves.
public sealed partial class AllocationRounds
{
    public const string PacksField = "Packs";
    public const string ReasonField = "Reason";
    public const string NoteField = "Note";
    public const int MinReasonLength = 3;
    public const int MaxReasonLength = 500;

    /// <summary>Sets one account's minimum and maximum packs (null for none) and computes the round again.</summary>
    public async Task<RecordResult> SetCapsAsync(
        Viewer viewer, int roundId, int accountId, int? minimumPacks, int? maximumPacks, uint version, CancellationToken ct = default)
    {
        var (round, refusal) = await LoadDraftAsync(viewer, roundId, version, ct);
        if (round is null) return refusal!;
        var line = round.Lines.SingleOrDefault(l => l.AccountId == accountId);
        if (line is null) return RecordAccess.Forget(db, RecordResult.Refused("", RoundMessages.AccountNotInRound));

        List<RecordError> errors = [];
        RoundRules.CheckCaps(errors, minimumPacks, maximumPacks, nameof(RoundLine.MinimumPacks), nameof(RoundLine.MaximumPacks));
        if (errors.Count == 0 && line.OverrideReason is not null && (line.FinalPacks < (minimumPacks ?? 0) || line.FinalPacks > maximumPacks))
            errors.Add(new("", RoundMessages.CapsBreakOverride, RoundRules.Number(line.FinalPacks)));
        if (errors.Count > 0) return RecordAccess.Forget(db, RecordResult.Refused(errors));

        (line.MinimumPacks, line.MaximumPacks) = (minimumPacks, maximumPacks);
        return await RecomputeAndSaveAsync(round, viewer, version, ct);
    }

    /// <summary>Fixes one account's packs by hand, with the reason; the lines nobody fixed share the rest.</summary>
    public async Task<RecordResult> OverrideAsync(
        Viewer viewer, int roundId, int accountId, long packs, string? reason, uint version, CancellationToken ct = default)
    {
        var (round, refusal) = await LoadDraftAsync(viewer, roundId, version, ct);
        if (round is null) return refusal!;
        var line = round.Lines.SingleOrDefault(l => l.AccountId == accountId);
        if (line is null) return RecordAccess.Forget(db, RecordResult.Refused("", RoundMessages.AccountNotInRound));

        reason = RecordText.Optional(reason);
        List<RecordError> errors = [];
        if (reason is null || reason.Length is < MinReasonLength or > MaxReasonLength) errors.Add(new(ReasonField, RoundMessages.ReasonLength));
        if (packs < 0) errors.Add(new(PacksField, RoundMessages.PacksNegative));
        else if (packs < (line.MinimumPacks ?? 0))
            errors.Add(new(PacksField, RoundMessages.OverrideBelowMinimum, RoundRules.Number(packs), RoundRules.Number(line.MinimumPacks!.Value)));
        else if (packs > line.MaximumPacks)
            errors.Add(new(PacksField, RoundMessages.OverrideAboveMaximum, RoundRules.Number(packs), RoundRules.Number(line.MaximumPacks.Value)));
        if (errors.Count > 0) return RecordAccess.Forget(db, RecordResult.Refused(errors));

        var before = line.FinalPacks;
        (line.FinalPacks, line.OverrideReason, line.OverriddenById, line.OverriddenAt) = (packs, reason, viewer.UserId, clock.GetUtcNow());
        AddEvent(round, RoundEventKind.Overridden, viewer, accountId, before, packs, reason);
        return await RecomputeAndSaveAsync(round, viewer, version, ct);
    }

    /// <summary>Gives the line back to the engine; the round is computed again.</summary>
    public async Task<RecordResult> RemoveOverrideAsync(Viewer viewer, int roundId, int accountId, uint version, CancellationToken ct = default)
    {
        var (round, refusal) = await LoadDraftAsync(viewer, roundId, version, ct);
        if (round is null) return refusal!;
        var line = round.Lines.SingleOrDefault(l => l.AccountId == accountId);
        if (line is null) return RecordAccess.Forget(db, RecordResult.Refused("", RoundMessages.AccountNotInRound));
        if (line.OverrideReason is null) return RecordAccess.Forget(db, RecordResult.Refused("", RoundMessages.NotOverridden));

        var (before, reason) = (line.FinalPacks, line.OverrideReason);
        (line.OverrideReason, line.OverriddenById, line.OverriddenAt) = (null, null, null);
        var errors = await ComputeAsync(round, viewer, ct);
        if (errors.Count > 0) return RecordAccess.Forget(db, RecordResult.Refused(errors));
        AddEvent(round, RoundEventKind.OverrideRemoved, viewer, accountId, before, line.FinalPacks, reason);
        return await SaveAsync(round, version, ct);
    }

    private async Task<RecordResult> RecomputeAndSaveAsync(AllocationRound round, Viewer viewer, uint version, CancellationToken ct)
    {
        var errors = await ComputeAsync(round, viewer, ct);
        if (errors.Count > 0) return RecordAccess.Forget(db, RecordResult.Refused(errors));
        return await SaveAsync(round, version, ct);
    }
}
