using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Targets;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Forecasts;

/// <summary>
/// Forecast accuracy of the last six closed months that have actual sales, per account and per account
/// manager (a manager's score covers the accounts they manage now). Everyone sees the scores of the
/// accounts they see: an account manager their own accounts and their own score, a market manager their
/// district's accounts and managers, the marketing centre and administrators everything.
/// </summary>
public sealed class ForecastScores(CrmDbContext db, OrganisationCalendar calendar)
{
    public const int Months = 6;

    /// <summary>The last six closed months, oldest first, that have their sales imported.</summary>
    public Task<List<DateOnly>> ScoredMonthsAsync(CancellationToken ct = default)
    {
        var current = SalesMonth.Current(calendar);
        return ForecastActuals.WithActualsAsync(db, Enumerable.Range(0, Months).Select(i => current.AddMonths(i - Months)), ct);
    }

    public async Task<AccuracyTable> TableAsync(Viewer viewer, CancellationToken ct = default)
    {
        var months = await ScoredMonthsAsync(ct);
        if (months.Count == 0) return new AccuracyTable(months, [], []);
        var visible = db.Accounts.VisibleTo(viewer);
        var forecasts = await db.DemandForecasts.AsNoTracking()
            .Where(f => months.Contains(f.Month) && visible.Any(a => a.Id == f.AccountId))
            .Select(f => new { f.AccountId, f.ProductId, f.Month, f.Quantity }).ToListAsync(ct);
        var accountIds = forecasts.Select(f => f.AccountId).Distinct().ToList();
        var actuals = await ForecastActuals.ByProductAsync(db, accountIds, months[0], months[^1].AddMonths(1), ct);
        var facts = ForecastScoring.Facts(forecasts.Select(f => (f.AccountId, f.ProductId, f.Month, f.Quantity)), actuals);

        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Name, a.AccountManagerId, Manager = a.AccountManager!.DisplayName }).ToListAsync(ct);
        var managerOf = accounts.ToDictionary(a => a.Id, a => a.AccountManagerId);
        return new AccuracyTable(months,
            ForecastScoring.Rows(facts, months, f => f.AccountId, accounts.ToDictionary(a => a.Id, a => a.Name)),
            ForecastScoring.Rows(facts, months, f => managerOf[f.AccountId], accounts.DistinctBy(a => a.AccountManagerId).ToDictionary(a => a.AccountManagerId, a => a.Manager)));
    }

    /// <summary>One account's scored month in detail (the latest when <paramref name="month"/> is not one of them); null when the viewer does not see the account.</summary>
    public async Task<AccountAccuracy?> AccountAsync(Viewer viewer, int accountId, DateOnly? month, CancellationToken ct = default)
    {
        var account = await db.FindVisibleAsync(viewer, accountId, ct);
        if (account is null) return null;
        var months = await ScoredMonthsAsync(ct);
        if (months.Count == 0) return new AccountAccuracy(account.Id, account.Name, months, null, [], []);
        var chosen = month is { } m && months.Contains(m) ? m : months[^1];
        var forecasts = await db.DemandForecasts.AsNoTracking().Where(f => f.AccountId == accountId && f.Month == chosen)
            .Select(f => new { f.AccountId, f.ProductId, f.Month, f.Quantity }).ToListAsync(ct);
        var actuals = await ForecastActuals.ByProductAsync(db, [accountId], chosen, chosen.AddMonths(1), ct);
        var facts = ForecastScoring.Facts(forecasts.Select(f => (f.AccountId, f.ProductId, f.Month, f.Quantity)), actuals);
        var ids = facts.Select(f => f.ProductId).ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => new { p.Code, p.Name, p.NameEn }, ct);
        var lines = facts.OrderBy(f => products[f.ProductId].Code, StringComparer.Ordinal)
            .Select(f => (f.Forecast, Line: new AccuracyLine(products[f.ProductId].Code, products[f.ProductId].Name, products[f.ProductId].NameEn, f.Forecast ?? 0, f.Actual)))
            .ToList();
        return new AccountAccuracy(account.Id, account.Name, months, chosen,
            [.. lines.Where(l => l.Forecast is not null).Select(l => l.Line)], [.. lines.Where(l => l.Forecast is null).Select(l => l.Line)]);
    }
}
