using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Letters.Drafting;

namespace GroupCrm.Core.Letters.Templates;

/// <summary>
/// What a letter template sees: the snapshot's facts with names in the letter's language, the suggestions
/// and the account manager's note. Templates use camelCase names ({{account.name}}, {{sales.quantity}});
/// Handlebars matches them to these members regardless of case. <see cref="TemplateReference"/> lists
/// every field for the people who edit templates: change both together.
/// </summary>
public sealed class LetterModel
{
    public required string Language { get; init; }
    public required DateOnly Month { get; init; }
    public required DateOnly PreviousMonth { get; init; }
    public required DateOnly LastYearMonth { get; init; }
    public required ModelAccount Account { get; init; }
    public ModelBulletin? Bulletin { get; init; }
    public required IReadOnlyList<ModelBrandTrend> DistrictBrands { get; init; }
    public required IReadOnlyList<ModelProductNews> ProductNews { get; init; }
    public required bool HasSales { get; init; }
    public required ModelTotals Sales { get; init; }
    public required IReadOnlyList<ModelBrand> Brands { get; init; }
    public required IReadOnlyList<ModelStore> BestStores { get; init; }
    public required IReadOnlyList<ModelStore> WorstStores { get; init; }
    public ModelForecast? Forecast { get; init; }

    /// <summary>True when the month had forecast lines to measure the accuracy on.</summary>
    public bool HasForecast => Forecast?.Accuracy is not null;

    public required IReadOnlyList<string> Suggestions { get; init; }
    public string? PersonalNote { get; init; }
    public required IReadOnlyList<string> PersonalNoteLines { get; init; }

    /// <param name="suggestions">The account manager's suggestions, one a line; null for the computed ones.</param>
    public static LetterModel From(LetterSnapshot snapshot, string language, string? personalNote, string? suggestions)
    {
        var chinese = language == NoticeLanguages.Chinese;
        string Local(string name, string nameEn) => chinese || string.IsNullOrWhiteSpace(nameEn) ? name : nameEn;
        var account = snapshot.Account;
        var note = string.IsNullOrWhiteSpace(personalNote) ? null : personalNote.Trim();
        return new LetterModel
        {
            Language = language,
            Month = snapshot.Month,
            PreviousMonth = snapshot.Month.AddMonths(-1),
            LastYearMonth = snapshot.Month.AddYears(-1),
            Account = new ModelAccount(Local(account.Name, account.NameEn), Local(account.DistrictName, account.DistrictNameEn),
                account.ManagerName, account.ManagerEmail),
            Bulletin = snapshot.Bulletin is { } b ? new ModelBulletin(b.MarketSituation, b.BrandTrends, b.ProductNews) : null,
            DistrictBrands = [.. snapshot.DistrictBrands.Select(t => new ModelBrandTrend(t.Brand, t.Quantity, t.LastYearQuantity))],
            ProductNews = [.. snapshot.ProductNews.Select(n => new ModelProductNews(
                n.Kind == "NewProduct", n.Kind == "PriceChange", n.On, n.Code, n.Brand, Local(n.Name, n.NameEn), n.OldPrice, n.NewPrice))],
            HasSales = snapshot.HasSales,
            Sales = ModelTotals.From(snapshot.Sales),
            Brands = [.. snapshot.Brands.Select(x => new ModelBrand(x.Brand, x.Quantity, x.Amount, x.PreviousQuantity))],
            BestStores = [.. snapshot.BestStores.Select(ModelStore.From)],
            WorstStores = [.. snapshot.WorstStores.Select(ModelStore.From)],
            Forecast = snapshot.ForecastAccuracy is { } f ? new ModelForecast(f.Accuracy, f.ForecastLines, f.UnforecastProducts) : null,
            Suggestions = suggestions is null ? SuggestionWording.Lines(snapshot, language) : NonBlankLines(suggestions),
            PersonalNote = note,
            PersonalNoteLines = note is null ? [] : NonBlankLines(note),
        };
    }

    /// <summary>The account manager's text as lines (edited suggestions are one a line), blank lines dropped.</summary>
    public static IReadOnlyList<string> NonBlankLines(string text) =>
        [.. text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}

public sealed record ModelAccount(string Name, string District, string ManagerName, string? ManagerEmail);

public sealed record ModelBulletin(string MarketSituation, string BrandTrends, string ProductNews);

public sealed record ModelBrandTrend(string Brand, long Quantity, long LastYearQuantity);

public sealed record ModelProductNews(
    bool IsNewProduct, bool IsPriceChange, DateOnly On, string Code, string Brand, string Name, decimal? OldPrice, decimal NewPrice);

public sealed record ModelBrand(string Brand, long Quantity, decimal Amount, long PreviousQuantity);

public sealed record ModelStore(string Name, long Quantity, long PreviousQuantity)
{
    public static ModelStore From(SnapshotStore store) => new(store.Name, store.Quantity, store.PreviousQuantity);
}

public sealed record ModelForecast(decimal? Accuracy, int ForecastLines, int UnforecastProducts);

public sealed record ModelTotals(
    long Quantity, decimal Amount, long? PlannedQuantity, decimal? PlanAchievement,
    long PreviousQuantity, decimal PreviousAmount, long LastYearQuantity, decimal LastYearAmount)
{
    public bool HasPlan => PlannedQuantity is not null;

    public static ModelTotals From(SnapshotTotals t) => new(
        t.Quantity, t.Amount, t.PlannedQuantity, t.PlannedQuantity is > 0 ? (decimal)t.Quantity / t.PlannedQuantity.Value : null,
        t.PreviousQuantity, t.PreviousAmount, t.LastYearQuantity, t.LastYearAmount);
}
