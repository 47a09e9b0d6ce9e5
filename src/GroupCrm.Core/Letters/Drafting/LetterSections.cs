namespace GroupCrm.Core.Letters.Drafting;

/// <summary>
/// Cuts a month's rows into one snapshot per account, with no database. The ordering is fixed everywhere
/// (ties fall to a name or an id), so drafting the same data twice gives the same letter.
/// </summary>
internal static class LetterSections
{
    public const int StoresShown = 3;
    public const int GrowingBrandsShown = 5;
    public const int OutOfStocksShown = 10;

    public static IReadOnlyList<(LetterAccount Account, LetterSnapshot Snapshot)> Build(MonthRows rows)
    {
        var brands = rows.Brands.ToLookup(b => b.AccountId);
        var stores = rows.Stores.ToLookup(s => s.AccountId);
        var outOfStocks = rows.OutOfStocks.ToLookup(o => o.AccountId);
        var districts = rows.Brands.GroupBy(b => b.DistrictId).ToDictionary(g => g.Key, g => DistrictTrends.Of(g, rows.Month));
        return [.. rows.Accounts.Select(a => (a, Snapshot(rows, a,
            [.. brands[a.Id]], [.. stores[a.Id]], outOfStocks[a.Id], districts.GetValueOrDefault(a.DistrictId) ?? [])))];
    }

    private static LetterSnapshot Snapshot(
        MonthRows rows, LetterAccount a, List<BrandSum> brands, List<StoreSum> stores, IEnumerable<OutOfStockSighting> outOfStocks,
        IReadOnlyList<SnapshotBrandTrend> district)
    {
        var month = rows.Month;
        // No sales row of the month for any of the account's stores: its sales are not in yet (or it sold nothing),
        // and the letter says so rather than showing zeros, "down 100 %" stores and "missing" brands as facts.
        var hasSales = brands.Any(b => b.Month == month);
        var ranked = hasSales ? StoreFigures.Rank(stores, month) : [];
        return new LetterSnapshot
        {
            Month = month,
            Account = new SnapshotAccount(a.Id, a.Name, a.NameEn, a.DistrictName, a.DistrictNameEn, a.ManagerName, a.ManagerEmail),
            Bulletin = rows.Bulletins.GetValueOrDefault(a.DistrictId),
            DistrictBrands = district,
            ProductNews = rows.News,
            HasSales = hasSales,
            Sales = hasSales ? Totals(brands, month, rows.Plans.TryGetValue(a.Id, out var plan) ? plan : null) : new SnapshotTotals(),
            Brands = hasSales ? AccountBrands(brands, month) : [],
            BestStores = StoreFigures.Best(ranked, StoresShown),
            WorstStores = StoreFigures.Worst(ranked, StoresShown),
            ForecastAccuracy = hasSales ? rows.Accuracy.GetValueOrDefault(a.Id) : null,
            Suggestions = new SnapshotSuggestions
            {
                GrowingBrandsNotListed = hasSales ? GrowingBrandsNotSold(district, brands, month) : [],
                StoresDown = hasSales ? StoreFigures.Down(ranked) : [],
                OutOfStocks = LatestOutOfStocks(outOfStocks),
            },
        };
    }

    private static SnapshotTotals Totals(List<BrandSum> brands, DateOnly month, int? plan)
    {
        (long Quantity, decimal Amount) Sum(DateOnly m) =>
            (brands.Where(b => b.Month == m).Sum(b => b.Quantity), brands.Where(b => b.Month == m).Sum(b => b.Amount));
        var (current, previous, lastYear) = (Sum(month), Sum(month.AddMonths(-1)), Sum(month.AddMonths(-12)));
        return new SnapshotTotals
        {
            Quantity = current.Quantity, Amount = current.Amount, PlannedQuantity = plan,
            PreviousQuantity = previous.Quantity, PreviousAmount = previous.Amount,
            LastYearQuantity = lastYear.Quantity, LastYearAmount = lastYear.Amount,
        };
    }

    /// <summary>The brands of the month and the month before (one sold only last month shows with zero), most sold first.</summary>
    private static List<SnapshotBrand> AccountBrands(List<BrandSum> brands, DateOnly month)
    {
        var previous = month.AddMonths(-1);
        return [.. brands.Where(b => b.Month == month || b.Month == previous).GroupBy(b => b.Brand)
            .Select(g => new SnapshotBrand(g.Key,
                g.Where(b => b.Month == month).Sum(b => b.Quantity), g.Where(b => b.Month == month).Sum(b => b.Amount),
                g.Where(b => b.Month == previous).Sum(b => b.Quantity)))
            .OrderByDescending(b => b.Quantity).ThenByDescending(b => b.PreviousQuantity).ThenBy(b => b.Brand, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Brands the district sold more than 10 % more of than in the same month last year (and some of last year: a
    /// brand new to the district has no rate) that none of the account's stores sold in the month, most sold first.
    /// </summary>
    private static List<SnapshotBrandTrend> GrowingBrandsNotSold(IReadOnlyList<SnapshotBrandTrend> district, List<BrandSum> brands, DateOnly month)
    {
        var sold = brands.Where(b => b.Month == month && b.Quantity > 0).Select(b => b.Brand).ToHashSet(StringComparer.Ordinal);
        return [.. district.Where(t => t.LastYearQuantity > 0 && t.Quantity * 10 > t.LastYearQuantity * 11 && !sold.Contains(t.Brand))
            .Take(GrowingBrandsShown)];
    }

    /// <summary>The latest sighting of each store's product, newest first.</summary>
    private static List<SnapshotOutOfStock> LatestOutOfStocks(IEnumerable<OutOfStockSighting> sightings) =>
        [.. sightings
            .GroupBy(s => (s.StoreId, s.ProductId))
            .Select(g => g.OrderByDescending(s => s.SeenOn).ThenByDescending(s => s.VisitedAt).First())
            .OrderByDescending(s => s.SeenOn).ThenByDescending(s => s.VisitedAt)
            .ThenBy(s => s.StoreName, StringComparer.Ordinal).ThenBy(s => s.StoreId).ThenBy(s => s.Code, StringComparer.Ordinal)
            .Take(OutOfStocksShown)
            .Select(s => new SnapshotOutOfStock(s.StoreName, s.Code, s.Name, s.NameEn, s.SeenOn))];
}
