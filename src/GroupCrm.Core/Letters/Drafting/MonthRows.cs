namespace GroupCrm.Core.Letters.Drafting;

/// <summary>An account a letter is drafted for, with the language it is written in.</summary>
internal sealed record LetterAccount(
    int Id, string Name, string NameEn, int DistrictId, string DistrictName, string DistrictNameEn,
    string ManagerName, string? ManagerEmail, string NoticeLanguage);

/// <summary>An account's quantity and amount of one brand in one month (every account of the districts concerned).</summary>
internal sealed record BrandSum(int AccountId, int DistrictId, DateOnly Month, string Brand, long Quantity, decimal Amount);

/// <summary>A store's quantity in one month (the month or the one before; stores of the letters' accounts).</summary>
internal sealed record StoreSum(int StoreId, int AccountId, string Name, bool IsActive, DateOnly Month, long Quantity);

/// <summary>A product found with no stock on a store visit.</summary>
internal sealed record OutOfStockSighting(
    int AccountId, int StoreId, string StoreName, int ProductId, string Code, string Name, string NameEn, DateOnly SeenOn, DateTimeOffset VisitedAt);

/// <summary>
/// Everything the letters of a month are written from, each read with one grouped query for all the accounts
/// at once (see <see cref="MonthQueries"/>); <see cref="LetterSections"/> cuts it into one snapshot per account.
/// </summary>
internal sealed record MonthRows(
    DateOnly Month,
    IReadOnlyList<LetterAccount> Accounts,
    IReadOnlyList<BrandSum> Brands,
    IReadOnlyList<StoreSum> Stores,
    IReadOnlyDictionary<int, int> Plans,
    IReadOnlyDictionary<int, SnapshotAccuracy> Accuracy,
    IReadOnlyList<OutOfStockSighting> OutOfStocks,
    IReadOnlyDictionary<int, SnapshotBulletin> Bulletins,
    IReadOnlyList<SnapshotProductNews> News);
