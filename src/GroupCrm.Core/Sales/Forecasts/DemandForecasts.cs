using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Targets;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Forecasts;

/// <summary>
/// Entering next month's demand per account and product (<see cref="ForecastRules"/>). The form starts
/// from <see cref="ForecastTrend"/>; saving upserts every line in one go, and a line someone else saved
/// in the meantime refuses the whole save instead of being overwritten.
/// </summary>
public sealed class DemandForecasts(CrmDbContext db, OrganisationCalendar calendar, TimeProvider clock)
{
    public DateOnly CurrentMonth => SalesMonth.Current(calendar);
    public DateOnly NextMonth => CurrentMonth.AddMonths(1);

    /// <summary>The active accounts the viewer sees, with the state of next month's forecast.</summary>
    public async Task<List<ForecastAccountRow>> AccountsAsync(Viewer viewer, CancellationToken ct = default)
    {
        var next = NextMonth;
        var rows = await db.Accounts.VisibleTo(viewer).AsNoTracking().Where(a => a.State == AccountState.Active)
            .OrderBy(a => a.Name)
            .Select(a => new
            {
                Scope = new AccountScope(a.Id, a.Name, a.DistrictId, a.AccountManagerId, a.State),
                Manager = a.AccountManager!.DisplayName,
                Lines = db.DemandForecasts.Count(f => f.AccountId == a.Id && f.Month == next),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new ForecastAccountRow(r.Scope.Id, r.Scope.Name, r.Manager, r.Lines, viewer.CanForecast(r.Scope)))];
    }

    /// <returns>null when the viewer does not see the account; check <see cref="ForecastRules.CanForecast"/> before showing the form.</returns>
    public async Task<ForecastSheet?> SheetAsync(Viewer viewer, int accountId, CancellationToken ct = default)
    {
        var account = await db.FindVisibleAsync(viewer, accountId, ct);
        if (account is null) return null;
        var (current, next) = (CurrentMonth, NextMonth);
        var months = Enumerable.Range(0, ForecastTrend.HistoryMonths).Select(i => current.AddMonths(i - ForecastTrend.HistoryMonths)).ToList();
        var history = await ForecastActuals.ByProductAsync(db, [accountId], months[0], current, ct);
        var saved = await db.DemandForecasts.AsNoTracking().Where(f => f.AccountId == accountId && f.Month == next)
            .ToDictionaryAsync(f => f.ProductId, f => (f.Quantity, f.Version), ct);
        var savedIds = saved.Keys.ToList();
        var productIds = history.Where(h => h.Quantity > 0).Select(h => h.ProductId).Concat(savedIds).Distinct().ToList();
        // A product that has since been discontinued drops out, unless it was already forecast (it can then be cleared).
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id) && (p.IsActive || savedIds.Contains(p.Id)))
            .OrderBy(p => p.Code).Select(p => new ProductChoice(p.Id, p.Code, p.Name, p.NameEn)).ToListAsync(ct);
        var byCell = history.ToDictionary(h => (h.ProductId, h.Month), h => h.Quantity);

        var lines = products.Select(p =>
        {
            var quantities = months.Select(m => byCell.GetValueOrDefault((p.Id, m))).ToList();
            var (quantity, version) = saved.TryGetValue(p.Id, out var s) ? ((int?)s.Quantity, s.Version) : (null, 0u);
            return new ForecastSheetLine(p.Id, p.Code, p.Name, p.NameEn, quantities, ForecastTrend.Suggest(quantities), quantity, version);
        }).ToList();
        var listed = lines.Select(l => l.ProductId).ToHashSet();
        var others = (await SalesTargets.ActiveProductsAsync(db, ct)).Where(p => !listed.Contains(p.Id)).ToList();
        return new ForecastSheet(account, next, months, lines, others);
    }

    public async Task<RecordResult> SaveAsync(Viewer viewer, int accountId, DateOnly month, IReadOnlyList<ForecastEntry> entries, CancellationToken ct = default)
    {
        var account = await db.FindVisibleAsync(viewer, accountId, ct);
        if (account is null) return RecordResult.NoSuchRecord;
        if (!viewer.CanForecast(account)) return RecordResult.NotAllowed;
        if (month != NextMonth) return RecordResult.Refused("", ForecastRules.OnlyNextMonth, SalesMonth.Format(NextMonth));
        if (account.State != AccountState.Active) return RecordResult.Refused("", ForecastRules.ActiveAccountsOnly);
        var errors = await CheckAsync(entries, ct);
        if (errors.Count > 0) return RecordResult.Refused(errors);

        var existing = await db.DemandForecasts.Where(f => f.AccountId == accountId && f.Month == month).ToDictionaryAsync(f => f.ProductId, ct);
        var now = clock.GetUtcNow();
        foreach (var entry in entries)
        {
            if (!existing.TryGetValue(entry.ProductId, out var forecast))
            {
                // A version means the form showed a saved line, which someone has removed since.
                if (entry.Version != 0) return RecordAccess.Forget(db, RecordResult.Conflict());
                if (entry.Quantity is { } quantity)
                    db.DemandForecasts.Add(new DemandForecast
                    {
                        AccountId = accountId, ProductId = entry.ProductId, Month = month, Quantity = quantity, EnteredById = viewer.UserId, EnteredAt = now,
                    });
                continue;
            }
            if (forecast.Version != entry.Version) return RecordAccess.Forget(db, RecordResult.Conflict());
            db.Entry(forecast).Property(f => f.Version).OriginalValue = entry.Version;
            if (entry.Quantity is not { } changed) db.DemandForecasts.Remove(forecast);
            else if (changed != forecast.Quantity) (forecast.Quantity, forecast.EnteredById, forecast.EnteredAt) = (changed, viewer.UserId, now);
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return RecordResult.Done(accountId);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || SalesTargets.IsDuplicate(e))
        {
            return RecordAccess.Forget(db, RecordResult.Conflict());
        }
    }

    /// <summary>Each error names the entry it is about by its position ("Lines[3].Quantity"), as the form posts them.</summary>
    private async Task<List<RecordError>> CheckAsync(IReadOnlyList<ForecastEntry> entries, CancellationToken ct)
    {
        var ids = entries.Select(e => e.ProductId).Distinct().ToList();
        var active = (await db.Products.Where(p => ids.Contains(p.Id) && p.IsActive).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var errors = new List<RecordError>();
        var seen = new HashSet<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            var (productId, quantity, _) = entries[i];
            var field = $"Lines[{i}].Quantity";
            if (!seen.Add(productId)) errors.Add(new(field, "This product is entered twice."));
            else if (quantity is not null && !active.Contains(productId)) errors.Add(new(field, TargetRules.InactiveProduct));
            else if (quantity is { } q && !SalesQuantity.IsValid(q)) errors.Add(new(field, SalesQuantity.OutOfRange));
        }
        return errors;
    }
}
