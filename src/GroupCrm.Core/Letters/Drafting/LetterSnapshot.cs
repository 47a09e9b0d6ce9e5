namespace GroupCrm.Core.Letters.Drafting;

/// <summary>
/// The facts one letter is written from, as they were when it was drafted. Stored as JSON in
/// sales_letters.snapshot (<see cref="LetterSnapshotJson"/>), so a letter reads the same whatever is
/// imported or edited later. Words are not stored here: the template and the suggestion wording of the
/// letter's language turn these facts into text.
/// </summary>
public sealed record LetterSnapshot
{
    public required DateOnly Month { get; init; }
    public required SnapshotAccount Account { get; init; }

    /// <summary>Section 1: the district's bulletin for the month; null when its market manager wrote none.</summary>
    public SnapshotBulletin? Bulletin { get; init; }

    /// <summary>Section 1: each brand's quantity across the district in the month and the same month last year, most sold first.</summary>
    public IReadOnlyList<SnapshotBrandTrend> DistrictBrands { get; init; } = [];

    /// <summary>Section 1: products launched and price changes taking effect in the month.</summary>
    public IReadOnlyList<SnapshotProductNews> ProductNews { get; init; } = [];

    /// <summary>
    /// Section 2: false when no sales of the month had been imported for the account's stores when the letter
    /// was drafted. The letter then says so instead of showing zeros as facts.
    /// </summary>
    public bool HasSales { get; init; }

    /// <summary>Section 2: the account's total (zeros when <see cref="HasSales"/> is false).</summary>
    public SnapshotTotals Sales { get; init; } = new();

    /// <summary>Section 2: by brand, the month against the month before, most sold first.</summary>
    public IReadOnlyList<SnapshotBrand> Brands { get; init; } = [];

    /// <summary>Section 2: up to three best and three worst stores of the month by quantity.</summary>
    public IReadOnlyList<SnapshotStore> BestStores { get; init; } = [];

    public IReadOnlyList<SnapshotStore> WorstStores { get; init; } = [];

    /// <summary>Section 2: the account's forecast accuracy for the month; null when nothing was forecast for it.</summary>
    public SnapshotAccuracy? ForecastAccuracy { get; init; }

    /// <summary>Section 3: the computed suggestions, as facts.</summary>
    public SnapshotSuggestions Suggestions { get; init; } = new();
}

public sealed record SnapshotAccount(
    int Id, string Name, string NameEn, string DistrictName, string DistrictNameEn, string ManagerName, string? ManagerEmail);

/// <summary>The bulletin's three parts as written (plain text or Markdown).</summary>
public sealed record SnapshotBulletin(string MarketSituation, string BrandTrends, string ProductNews);

public sealed record SnapshotBrandTrend(string Brand, long Quantity, long LastYearQuantity);

/// <summary>Kind is "NewProduct" or "PriceChange"; OldPrice is null for a new product.</summary>
public sealed record SnapshotProductNews(string Kind, DateOnly On, string Code, string Brand, string Name, string NameEn, decimal? OldPrice, decimal NewPrice);

/// <summary>The month's totals with the plan (null when none was set), the month before and the same month last year.</summary>
public sealed record SnapshotTotals
{
    public long Quantity { get; init; }
    public decimal Amount { get; init; }
    public long? PlannedQuantity { get; init; }
    public long PreviousQuantity { get; init; }
    public decimal PreviousAmount { get; init; }
    public long LastYearQuantity { get; init; }
    public decimal LastYearAmount { get; init; }
}

public sealed record SnapshotBrand(string Brand, long Quantity, decimal Amount, long PreviousQuantity);

public sealed record SnapshotStore(int StoreId, string Name, long Quantity, long PreviousQuantity);

/// <summary>Weighted accuracy (0–1) over the forecast lines of the month, with how many lines and how many products sold unforecast.</summary>
public sealed record SnapshotAccuracy(decimal? Accuracy, int ForecastLines, int UnforecastProducts);

public sealed record SnapshotSuggestions
{
    /// <summary>Brands growing across the district (month against the same month last year) that none of the account's stores sold in the month.</summary>
    public IReadOnlyList<SnapshotBrandTrend> GrowingBrandsNotListed { get; init; } = [];

    /// <summary>Stores whose quantity fell by more than 20 % against the month before.</summary>
    public IReadOnlyList<SnapshotStore> StoresDown { get; init; } = [];

    /// <summary>Products seen out of stock (zero stock on hand) on the month's store visits.</summary>
    public IReadOnlyList<SnapshotOutOfStock> OutOfStocks { get; init; } = [];
}

public sealed record SnapshotOutOfStock(string StoreName, string ProductCode, string ProductName, string ProductNameEn, DateOnly SeenOn);
