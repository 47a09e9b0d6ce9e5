using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Allocation.Rounds;

/// <summary>
/// Every change to an allocation round (SPEC §5), each checked, computed and saved whole or not at all: a draft is
/// created and edited by its district's market manager (or an administrator) and computed again by the engine on
/// every change; it is submitted, then approved or sent back by MarketingCenter. An approved round never changes:
/// a correction is a revision. Each write carries the version the person saw, so a concurrent change is refused.
/// </summary>
public sealed partial class AllocationRounds(CrmDbContext db, OrganisationCalendar calendar, TimeProvider clock, NoticeIssuer notices)
{
    public async Task<RecordResult> CreateAsync(Viewer viewer, RoundInput input, CancellationToken ct = default)
    {
        if (!viewer.CanRunRounds()) return RecordResult.NotAllowed;
        input = RoundRules.Tidy(input);
        var errors = RoundRules.Check(input);
        if (!await db.Districts.AnyAsync(d => d.Id == input.DistrictId, ct)) errors.Add(new(nameof(RoundInput.DistrictId), RoundMessages.NoSuchDistrict));
        else if (!viewer.CanRun(input.DistrictId)) return RecordResult.NotAllowed;
        await CheckProductAndMonthAsync(input, errors, ct);
        if (errors.Count > 0) return RecordResult.Refused(errors);

        var round = new AllocationRound { State = RoundState.Draft, CreatedById = viewer.UserId, CreatedAt = clock.GetUtcNow() };
        SetInput(round, input);
        errors = await ComputeAsync(round, viewer, ct);
        if (errors.Count > 0) return RecordAccess.Forget(db, RecordResult.Refused(errors));

        db.AllocationRounds.Add(round);
        return await InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(ct);
            AddEvent(round, RoundEventKind.Created, viewer);
            await db.SaveChangesAsync(ct);
            return RecordResult.Done(round.Id);
        }, ct);
    }

    /// <summary>
    /// Changes a draft's input and computes it again. Lines whose caps were the round's defaults take the new
    /// defaults; caps set for one account and overrides are kept, and must still fit.
    /// </summary>
    public async Task<RecordResult> UpdateAsync(Viewer viewer, int roundId, RoundInput input, uint version, CancellationToken ct = default)
    {
        var (round, refusal) = await LoadDraftAsync(viewer, roundId, version, ct);
        if (round is null) return refusal!;
        input = RoundRules.Tidy(input);
        var errors = RoundRules.Check(input);
        // The district is the round's: a draft does not move to another district.
        if (input.DistrictId != round.DistrictId) input = input with { DistrictId = round.DistrictId };
        await CheckProductAndMonthAsync(input, errors, ct);
        if (errors.Count > 0) return RecordAccess.Forget(db, RecordResult.Refused(errors));

        foreach (var line in round.Lines.Where(l => l.MinimumPacks == round.MinimumPacks && l.MaximumPacks == round.MaximumPacks))
            (line.MinimumPacks, line.MaximumPacks) = (input.MinimumPacks, input.MaximumPacks);
        SetInput(round, input);
        errors = await ComputeAsync(round, viewer, ct);
        if (errors.Count > 0) return RecordAccess.Forget(db, RecordResult.Refused(errors));
        return await SaveAsync(round, version, ct);
    }

    private async Task CheckProductAndMonthAsync(RoundInput input, List<RecordError> errors, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().Where(p => p.Id == input.ProductId)
            .Select(p => new { p.Code, p.Name, p.IsActive, p.IsScarce }).SingleOrDefaultAsync(ct);
        const string field = nameof(RoundInput.ProductId);
        if (product is null) errors.Add(new(field, RoundMessages.NoSuchProduct));
        else if (!product.IsActive) errors.Add(new(field, RoundMessages.ProductInactive, $"{product.Code} {product.Name}"));
        else if (!product.IsScarce) errors.Add(new(field, RoundMessages.ProductNotScarce, $"{product.Code} {product.Name}"));
        if (RoundRules.CheckMonth(input.Month, calendar.Today) is { } month) errors.Add(month);
    }

    private static void SetInput(AllocationRound round, RoundInput input)
    {
        round.DistrictId = input.DistrictId;
        round.ProductId = input.ProductId;
        round.Month = input.Month;
        round.AvailableUnits = input.AvailableUnits;
        round.PackSize = input.PackSize;
        round.ReserveUnits = input.ReserveUnits;
        round.Basis = input.Basis;
        round.BasisMonths = input.BasisMonths;
        round.MinimumPacks = input.MinimumPacks;
        round.MaximumPacks = input.MaximumPacks;
    }

    /// <summary>
    /// Computes the round's lines afresh: the district's accounts active now, their bases from the data as it is now,
    /// each line's own caps and override kept. A line whose account is no longer active leaves the round.
    /// </summary>
    private async Task<List<RecordError>> ComputeAsync(AllocationRound round, Viewer viewer, CancellationToken ct)
    {
        var eligible = await RoundBases.EligibleAsync(db, round, ct);
        if (eligible.Count == 0) return [new(nameof(RoundInput.DistrictId), RoundMessages.NoEligibleAccounts)];

        var existing = round.Lines.ToDictionary(l => l.AccountId);
        List<LineSpec> specs = [.. eligible.Select(a => existing.TryGetValue(a.Id, out var l)
            ? new LineSpec(a.Id, a.Name, a.Basis, l.MinimumPacks, l.MaximumPacks, l.OverrideReason is null ? null : l.FinalPacks)
            : new LineSpec(a.Id, a.Name, a.Basis, round.MinimumPacks, round.MaximumPacks, null))];
        var (figures, errors) = RoundCalculation.Compute(round.AvailableUnits, round.PackSize, round.ReserveUnits, round.Basis, round.BasisMonths, specs);
        if (errors.Count > 0) return errors;

        var stillIn = eligible.Select(a => a.Id).ToHashSet();
        foreach (var gone in round.Lines.Where(l => !stillIn.Contains(l.AccountId)).ToList())
        {
            if (gone.OverrideReason is not null)
                AddEvent(round, RoundEventKind.OverrideRemoved, viewer, gone.AccountId, gone.FinalPacks, null, gone.OverrideReason);
            round.Lines.Remove(gone);
            if (gone.Id != 0) db.RoundLines.Remove(gone);
        }
        foreach (var f in figures)
        {
            if (!existing.TryGetValue(f.AccountId, out var line)) round.Lines.Add(line = new RoundLine { AccountId = f.AccountId });
            Apply(line, f);
        }
        return [];
    }

    private static void Apply(RoundLine line, LineFigures f)
    {
        line.Basis = f.Basis;
        line.MinimumPacks = f.MinimumPacks;
        line.MaximumPacks = f.MaximumPacks;
        line.SharePercent = f.SharePercent;
        line.IdealPacks = f.IdealPacks;
        line.Cap = f.Cap;
        line.WholePacks = f.WholePacks;
        line.RoundingAdjustment = f.RoundingAdjustment;
        line.EnginePacks = f.EnginePacks;
        line.FinalPacks = f.FinalPacks;
        line.FinalUnits = f.FinalUnits;
    }
}
