using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Sales;
using GroupCrm.Core.Sales.Forecasts;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// Forecasts of the last six closed months for the active chains of five of the nine account managers (the
/// others have entered none, so the pages show both). Each was entered a few days before its month began,
/// half from the form's suggestion (the trend of the six closed months before the month in which it was
/// entered) and half from the same month of last year, then adjusted by the manager's own habit (some
/// forecast high, some low), noise of ±17 %, and now and then a gross over-forecast. About one product in twelve was left out, and products the
/// chain had not bought before were never forecast: both show as "not forecast".
/// </summary>
internal static class DemoForecasts
{
    public static readonly string[] Forecasters = ["am.east1", "am.east2", "am.west1", "am.west2", "am.north1"];
    private const int ForecastMonths = 6;

    public static async Task AddAsync(CrmDbContext db, IReadOnlyList<AccountSeed> accounts, DemoCalendar calendar, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(
            "SELECT setval(pg_get_serial_sequence('demand_forecasts', 'id'), coalesce(max(id), 0) + 1, false) FROM demand_forecasts", ct);
        var managers = await db.Users.Where(u => Forecasters.Contains(u.UserName!)).Select(u => u.Id).ToListAsync(ct);
        var chains = accounts.Where(a => a.Account.State == AccountState.Active && a.HasSales && managers.Contains(a.Account.AccountManagerId))
            .OrderBy(a => a.Account.Id).ToList();
        var ids = chains.Select(c => c.Account.Id).ToList();
        var actuals = (await ForecastActuals.ByProductAsync(db, ids, calendar.Month(0), calendar.Month(DemoCalendar.Months), ct))
            .ToDictionary(a => (a.AccountId, a.ProductId, a.Month), a => a.Quantity);
        var activeProducts = await db.Products.Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);

        var forecasts = new List<DemandForecast>();
        foreach (var chain in chains)
        {
            var (id, manager) = (chain.Account.Id, chain.Account.AccountManagerId);
            var habit = -0.06 + 0.14 * DemoHash.Unit(52, manager);
            for (var m = DemoCalendar.Months - ForecastMonths; m < DemoCalendar.Months; m++)
            {
                // Entered during month m − 1, from the six closed months before it.
                var enteredAt = calendar.Before(m, 2 + (int)(6 * DemoHash.Unit(55, id, m)));
                foreach (var product in activeProducts)
                {
                    int Sold(int k) => k < 0 ? 0 : actuals.GetValueOrDefault((id, product, calendar.Month(k)));
                    var past = Enumerable.Range(m - 7, ForecastTrend.HistoryMonths).Select(Sold).ToArray();
                    if (past.All(q => q == 0) || DemoHash.Unit(51, id, product, m) < 0.08) continue;
                    var noise = 0.35 * (DemoHash.Unit(53, id, product, m) - 0.5);
                    var blunder = DemoHash.Unit(54, id, product, m) < 0.03 ? 2.2 : 1.0;
                    forecasts.Add(new DemandForecast
                    {
                        AccountId = id, ProductId = product, Month = calendar.Month(m),
                        Quantity = (int)Math.Round(Basis(past, Sold, m) * (1 + habit + noise) * blunder, MidpointRounding.AwayFromZero),
                        EnteredById = manager, EnteredAt = enteredAt,
                    });
                }
            }
        }
        db.DemandForecasts.AddRange(forecasts);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Half the form's suggestion, half the same month of last year grown by the year-on-year change of the
    /// last known three months: managers know that the Spring Festival or the summer dip comes back.
    /// </summary>
    private static double Basis(int[] past, Func<int, int> sold, int m)
    {
        var trend = ForecastTrend.Suggest(past);
        var recent = sold(m - 4) + sold(m - 3) + sold(m - 2);
        var yearBefore = sold(m - 16) + sold(m - 15) + sold(m - 14);
        if (sold(m - 12) == 0 || yearBefore == 0) return trend;
        return 0.5 * trend + 0.5 * sold(m - 12) * Math.Clamp(recent / (double)yearBefore, 0.5, 1.5);
    }
}
