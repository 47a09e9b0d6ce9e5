using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Sales;
using GroupCrm.Core.Sales.Forecasts;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// Targets set by the district's market manager: a total for every active chain for each month it sold
/// in the sales window, and for the current and the next month; and, for every fourth active chain, product
/// targets of its five best-selling products for those two open months. A past month's target is the
/// actual figure with a planner's error of −8 % to +12 % (targets tend to be ambitious), rounded to tens;
/// an open month's is the same month of last year scaled by the chain's growth since, with the same error.
/// </summary>
internal static class DemoTargets
{
    public static async Task AddAsync(CrmDbContext db, IReadOnlyList<AccountSeed> accounts, DemoCalendar calendar, CancellationToken ct)
    {
        // As in DemoSeeder: ids start after the last row, whatever a failed earlier seed drew.
        await db.Database.ExecuteSqlRawAsync(
            "SELECT setval(pg_get_serial_sequence('sales_targets', 'id'), coalesce(max(id), 0) + 1, false) FROM sales_targets", ct);
        var active = accounts.Where(a => a.Account.State == AccountState.Active).OrderBy(a => a.Account.Id).ToList();
        var actuals = await ForecastActuals.ByProductAsync(db, [.. active.Select(a => a.Account.Id)], calendar.Month(0), calendar.Month(DemoCalendar.Months), ct);
        var activeProducts = (await db.Products.Where(p => p.IsActive).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var totals = actuals.GroupBy(a => (a.AccountId, a.Month)).ToDictionary(g => g.Key, g => g.Sum(a => a.Quantity));

        var targets = new List<SalesTarget>();
        foreach (var (chain, index) in active.Select((c, i) => (c, i)))
        {
            var id = chain.Account.Id;
            int Total(int offset) => totals.GetValueOrDefault((id, calendar.Month(offset)));
            for (var m = 0; m < DemoCalendar.Months; m++)
                if (Total(m) > 0) targets.Add(Target(chain, null, m, Total(m), calendar));
            // Last year's month times the growth of the last three months over the same three a year before.
            var growth = Ratio(Total(21) + Total(22) + Total(23), Total(9) + Total(10) + Total(11));
            for (var m = DemoCalendar.Months; m < DemoCalendar.Months + 2; m++)
            {
                var basis = growth is { } g && Total(m - 12) > 0 ? Total(m - 12) * g : (Total(21) + Total(22) + Total(23)) / 3.0;
                targets.Add(Target(chain, null, m, basis, calendar));
            }
            if (index % 4 != 0) continue;
            var best = actuals.Where(a => a.AccountId == id && a.Month >= calendar.Month(21) && activeProducts.Contains(a.ProductId))
                .GroupBy(a => a.ProductId).Select(g => (Product: g.Key, Quantity: g.Sum(a => a.Quantity)))
                .OrderByDescending(p => p.Quantity).ThenBy(p => p.Product).Take(5).ToList();
            for (var m = DemoCalendar.Months; m < DemoCalendar.Months + 2; m++)
                targets.AddRange(best.OrderBy(p => p.Product).Select(p => Target(chain, p.Product, m, p.Quantity / 3.0, calendar)));
        }
        db.SalesTargets.AddRange(targets);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static double? Ratio(int recent, int earlier) => earlier > 0 ? recent / (double)earlier : null;

    private static SalesTarget Target(AccountSeed chain, int? productId, int offset, double basis, DemoCalendar calendar)
    {
        var error = -0.08 + 0.20 * DemoHash.Unit(41, chain.Account.Id, productId ?? 0, offset);
        // The open months' targets were set together, before the current month began.
        var setAt = calendar.Before(Math.Min(offset, DemoCalendar.Months), 3 + (int)(8 * DemoHash.Unit(42, chain.Account.Id, offset)));
        return new SalesTarget
        {
            AccountId = chain.Account.Id,
            Month = calendar.Month(offset),
            ProductId = productId,
            Quantity = Math.Max(10, (int)Math.Round(basis * (1 + error) / 10, MidpointRounding.AwayFromZero) * 10),
            SetById = chain.Account.MarketManagerId ?? chain.District.MarketManager.Id,
            SetAt = setAt,
        };
    }
}
