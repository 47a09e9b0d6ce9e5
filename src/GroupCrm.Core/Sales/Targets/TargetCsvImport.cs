using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Targets;

/// <summary>
/// Target CSV import in two steps that share no state, like the store import: <see cref="PreviewAsync"/>
/// reads and checks a file and writes nothing; <see cref="CommitAsync"/> is given the same file again,
/// checks it again against the database as it is now, and upserts every row in one transaction — or writes
/// nothing when any row is wrong. Importing the same file twice leaves the same targets (updated in place).
/// </summary>
public sealed class TargetCsvImport(CrmDbContext db, OrganisationCalendar calendar, TimeProvider clock)
{
    public const int MaxBytes = TargetCsvReader.MaxBytes;
    public const int MaxRows = TargetCsvReader.MaxRows;
    public static IReadOnlyList<string> Columns => TargetCsvReader.Columns;

    private static readonly RecordError ChangedMeanwhile =
        new("", "Someone changed these targets while the file was being imported. Nothing was imported; try again.");

    public async Task<TargetImportResult> PreviewAsync(Viewer viewer, Stream file, CancellationToken ct = default)
    {
        if (!viewer.SetsTargets()) return TargetImportResult.NotAllowed;
        var (preview, _) = await Planner.PlanAsync(viewer, SalesMonth.Current(calendar), await TargetCsvReader.ReadAsync(file, ct), ct);
        return TargetImportResult.Previewed(preview);
    }

    public async Task<TargetImportResult> CommitAsync(Viewer viewer, Stream file, CancellationToken ct = default)
    {
        if (!viewer.SetsTargets()) return TargetImportResult.NotAllowed;
        var csv = await TargetCsvReader.ReadAsync(file, ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var (preview, plan) = await Planner.PlanAsync(viewer, SalesMonth.Current(calendar), csv, ct);
            if (preview.HasErrors) return TargetImportResult.Previewed(preview);
            await UpsertAsync(viewer, plan, ct);
            await transaction.CommitAsync(ct);
            return TargetImportResult.Written(preview);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || SalesTargets.IsDuplicate(e))
        {
            // Someone set or removed one of these targets after our checks: nothing was written.
            db.ChangeTracker.Clear();
            var (again, _) = await Planner.PlanAsync(viewer, SalesMonth.Current(calendar), csv, ct);
            return TargetImportResult.Previewed(again.HasErrors ? again : new TargetImportPreview([ChangedMeanwhile], again.Rows));
        }
    }

    private TargetImportPlanner Planner => new(db);

    private async Task UpsertAsync(Viewer viewer, List<PlannedTarget> plan, CancellationToken ct)
    {
        var accountIds = plan.Select(p => p.AccountId).Distinct().ToList();
        var months = plan.Select(p => p.Month).Distinct().ToList();
        var existing = (await db.SalesTargets.Where(t => accountIds.Contains(t.AccountId) && months.Contains(t.Month)).ToListAsync(ct))
            .ToDictionary(t => (t.AccountId, t.Month, t.ProductId));
        var now = clock.GetUtcNow();
        foreach (var row in plan)
        {
            if (!existing.TryGetValue((row.AccountId, row.Month, row.ProductId), out var target))
            {
                target = new SalesTarget { AccountId = row.AccountId, Month = row.Month, ProductId = row.ProductId };
                db.SalesTargets.Add(target);
            }
            (target.Quantity, target.SetById, target.SetAt) = (row.Quantity, viewer.UserId, now);
        }
        await db.SaveChangesAsync(ct);
    }
}
