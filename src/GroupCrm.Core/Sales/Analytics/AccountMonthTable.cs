using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Analytics;

/// <summary>
/// The month, the month before and the same month last year for every account of a (visibility-scoped) set,
/// in one grouped query by account and month, plus each account's total plan for the month.
/// </summary>
internal static class AccountMonthTable
{
    public static async Task<AccountsMonthReport> LoadAsync(CrmDbContext db, IQueryable<GroupAccount> accounts, DateOnly month, DateOnly today, CancellationToken ct)
    {
        var previous = month.AddMonths(-1);
        var lastYear = month.AddMonths(-12);
        DateOnly[] months = [month, previous, lastYear];
        var ids = accounts.Select(a => a.Id);
        var sums = await db.MonthlySales.Where(s => months.Contains(s.Month))
            .Join(db.Stores, s => s.StoreId, st => st.Id, (s, st) => new { st.AccountId, s.Month, s.Quantity, s.Amount })
            .Where(x => ids.Contains(x.AccountId))
            .GroupBy(x => new { x.AccountId, x.Month })
            .Select(g => new { g.Key.AccountId, g.Key.Month, Quantity = g.Sum(x => (long)x.Quantity), Amount = g.Sum(x => x.Amount) })
            .ToListAsync(ct);
        var plans = await db.SalesTargets.Where(t => t.Month == month && t.ProductId == null && ids.Contains(t.AccountId))
            .Select(t => new { t.AccountId, t.Quantity }).ToDictionaryAsync(t => t.AccountId, t => t.Quantity, ct);
        var list = await accounts.Select(a => new { a.Id, a.Name, a.NameEn, a.State, Manager = a.AccountManager!.DisplayName }).ToListAsync(ct);

        var totals = sums.ToDictionary(x => (x.AccountId, x.Month), x => new SalesTotals(x.Quantity, x.Amount));
        SalesTotals At(int account, DateOnly m) => totals.GetValueOrDefault((account, m), SalesTotals.Zero);
        var rows = list
            .Select(a =>
            {
                var current = At(a.Id, month);
                var plan = plans.TryGetValue(a.Id, out var planned) ? new PlanFigures(planned, current.Quantity) : null;
                return new AccountMonthRow(a.Id, a.Name, a.NameEn, a.State, a.Manager, new MonthFigures(current, At(a.Id, previous), At(a.Id, lastYear), plan));
            })
            // Chains still being onboarded and long-closed ones would only add rows of zeros.
            .Where(r => r.State == AccountState.Active || r.Figures.HasSales || r.Figures.Plan is not null)
            .OrderByDescending(r => r.Figures.Current.Quantity).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.AccountId)
            .ToList();
        var available = await SalesQueries.MonthsWithDataAsync(db, accounts, today, ct);
        return new AccountsMonthReport(month, rows, Total(rows), available);
    }

    private static MonthFigures Total(IReadOnlyList<AccountMonthRow> rows)
    {
        SalesTotals Sum(Func<MonthFigures, SalesTotals> pick) =>
            new(rows.Sum(r => pick(r.Figures).Quantity), rows.Sum(r => pick(r.Figures).Amount));
        var planned = rows.Select(r => r.Figures.Plan).OfType<PlanFigures>().ToList();
        var plan = planned.Count == 0 ? null : new PlanFigures(planned.Sum(p => p.Planned), planned.Sum(p => p.Actual));
        return new MonthFigures(Sum(f => f.Current), Sum(f => f.Previous), Sum(f => f.LastYear), plan);
    }
}
