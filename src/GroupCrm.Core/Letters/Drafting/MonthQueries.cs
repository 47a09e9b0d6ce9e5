using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Sales.Forecasts;
using GroupCrm.Core.Sales.Products;
using GroupCrm.Core.Visits;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Letters.Drafting;

/// <summary>
/// The reads behind a month's letters: a fixed handful of grouped queries whatever the number of accounts, so
/// PostgreSQL adds up the rows and only totals travel back. The sums are those of the account and district
/// pages (<see cref="Sales.Analytics.SalesQueries"/>): every store of an account counts, active or not.
/// </summary>
internal static class MonthQueries
{
    public static async Task<MonthRows> LoadAsync(
        CrmDbContext db, ProductNews news, DateOnly month, IReadOnlyCollection<int>? accountIds, CancellationToken ct)
    {
        var accounts = await AccountsAsync(db, accountIds, ct);
        var ids = accounts.Select(a => a.Id).ToArray();
        var districts = accounts.Select(a => a.DistrictId).Distinct().ToArray();
        if (ids.Length == 0) return new MonthRows(month, [], [], [], new Dictionary<int, int>(), new Dictionary<int, SnapshotAccuracy>(), [], new Dictionary<int, SnapshotBulletin>(), []);
        return new MonthRows(
            month,
            accounts,
            await BrandsAsync(db, month, districts, ct),
            await StoresAsync(db, month, ids, ct),
            await db.SalesTargets.Where(t => t.Month == month && t.ProductId == null && ids.Contains(t.AccountId))
                .Select(t => new { t.AccountId, t.Quantity }).ToDictionaryAsync(t => t.AccountId, t => t.Quantity, ct),
            await AccuracyAsync(db, month, ids, ct),
            await OutOfStocksAsync(db, month, ids, ct),
            await db.MarketBulletins.Where(b => b.Month == month && districts.Contains(b.DistrictId))
                .Select(b => new { b.DistrictId, Bulletin = new SnapshotBulletin(b.MarketSituation, b.BrandTrends, b.ProductNews) })
                .ToDictionaryAsync(b => b.DistrictId, b => b.Bulletin, ct),
            [.. (await news.ForMonthAsync(month, ct)).Select(i =>
                new SnapshotProductNews(i.Kind.ToString(), i.On, i.Code, i.Brand, i.Name, i.NameEn, i.OldPrice, i.NewPrice))]);
    }

    /// <summary>The active accounts, or the ones asked for whatever their state, by id.</summary>
    private static Task<List<LetterAccount>> AccountsAsync(CrmDbContext db, IReadOnlyCollection<int>? accountIds, CancellationToken ct)
    {
        var accounts = db.Accounts.AsNoTracking();
        if (accountIds is null) accounts = accounts.Where(a => a.State == AccountState.Active);
        else
        {
            var asked = accountIds.Distinct().ToArray();
            accounts = accounts.Where(a => asked.Contains(a.Id));
        }
        return accounts.OrderBy(a => a.Id)
            .Select(a => new LetterAccount(a.Id, a.Name, a.NameEn, a.DistrictId, a.District!.Name, a.District.NameEn,
                a.AccountManager!.DisplayName, a.AccountManager.Email, a.NoticeLanguage))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Brand sums of the month, the month before and the same month last year for every account of the districts
    /// (every state, as on the district page): the district's trends are summed from them, and each account's own figures.
    /// </summary>
    private static Task<List<BrandSum>> BrandsAsync(CrmDbContext db, DateOnly month, int[] districts, CancellationToken ct)
    {
        DateOnly[] months = [month, month.AddMonths(-1), month.AddMonths(-12)];
        return (from s in db.MonthlySales
                where months.Contains(s.Month)
                join st in db.Stores on s.StoreId equals st.Id
                join a in db.Accounts on st.AccountId equals a.Id
                where districts.Contains(a.DistrictId)
                join p in db.Products on s.ProductId equals p.Id
                group new { s.Quantity, s.Amount } by new { AccountId = a.Id, a.DistrictId, s.Month, p.Brand } into g
                select new BrandSum(g.Key.AccountId, g.Key.DistrictId, g.Key.Month, g.Key.Brand, g.Sum(x => (long)x.Quantity), g.Sum(x => x.Amount)))
            .ToListAsync(ct);
    }

    /// <summary>Each store's quantity in the month and the month before, for the stores (any state) that sold in either.</summary>
    private static Task<List<StoreSum>> StoresAsync(CrmDbContext db, DateOnly month, int[] ids, CancellationToken ct)
    {
        DateOnly[] months = [month, month.AddMonths(-1)];
        return (from s in db.MonthlySales
                where months.Contains(s.Month)
                join st in db.Stores on s.StoreId equals st.Id
                where ids.Contains(st.AccountId)
                group s.Quantity by new { st.Id, st.AccountId, st.Name, st.IsActive, s.Month } into g
                select new StoreSum(g.Key.Id, g.Key.AccountId, g.Key.Name, g.Key.IsActive, g.Key.Month, g.Sum(q => (long)q)))
            .ToListAsync(ct);
    }

    /// <summary>Forecast accuracy of the month per account, scored as the forecast pages score it (<see cref="ForecastScoring"/>).</summary>
    private static async Task<Dictionary<int, SnapshotAccuracy>> AccuracyAsync(CrmDbContext db, DateOnly month, int[] ids, CancellationToken ct)
    {
        var forecasts = await db.DemandForecasts.AsNoTracking().Where(f => f.Month == month && ids.Contains(f.AccountId))
            .Select(f => new { f.AccountId, f.ProductId, f.Month, f.Quantity }).ToListAsync(ct);
        if (forecasts.Count == 0) return [];
        var forecasting = forecasts.Select(f => f.AccountId).Distinct().ToList();
        var actuals = await ForecastActuals.ByProductAsync(db, forecasting, month, month.AddMonths(1), ct);
        var facts = ForecastScoring.Facts(forecasts.Select(f => (f.AccountId, f.ProductId, f.Month, f.Quantity)), actuals);
        return facts.GroupBy(f => f.AccountId).ToDictionary(g => g.Key, g =>
        {
            var cell = ForecastScoring.Score(g);
            return new SnapshotAccuracy(cell.Accuracy is { } a ? Math.Round((decimal)a, 4) : null, cell.Lines, cell.NotForecast);
        });
    }

    /// <summary>Every product found with zero stock on hand on a store visit of the month.</summary>
    private static Task<List<OutOfStockSighting>> OutOfStocksAsync(CrmDbContext db, DateOnly month, int[] ids, CancellationToken ct)
    {
        var next = month.AddMonths(1);
        return (from v in db.Visits
                where v.Kind == VisitKind.Store && v.VisitedOn >= month && v.VisitedOn < next && ids.Contains(v.AccountId)
                from c in v.ProductChecks
                where c.StockOnHand == 0
                from st in db.Stores
                where st.Id == v.StoreId
                join p in db.Products on c.ProductId equals p.Id
                select new OutOfStockSighting(v.AccountId, st.Id, st.Name, p.Id, p.Code, p.Name, p.NameEn, v.VisitedOn, v.VisitedAt))
            .ToListAsync(ct);
    }
}
