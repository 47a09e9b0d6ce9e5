using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Letters.Drafting;

namespace GroupCrm.Core.Letters.Templates;

/// <summary>
/// The computed suggestions of a letter as sentences in its language: brands growing in the district that
/// the account's stores do not sell, stores down more than 20 %, and out-of-stocks seen on visits. The
/// account manager starts from these and may rewrite them.
/// </summary>
public static class SuggestionWording
{
    public static IReadOnlyList<string> Lines(LetterSnapshot snapshot, string language)
    {
        var chinese = language == NoticeLanguages.Chinese;
        var f = LetterFormats.For(language);
        var facts = snapshot.Suggestions;
        var lines = new List<string>();
        foreach (var brand in facts.GrowingBrandsNotListed)
            lines.Add(chinese ? GrowingBrandChinese(brand, f) : GrowingBrandEnglish(brand, f, snapshot.Month));
        foreach (var store in facts.StoresDown)
            lines.Add(chinese ? StoreDownChinese(store, f) : StoreDownEnglish(store, f, snapshot.Month));
        foreach (var gap in facts.OutOfStocks)
            lines.Add(chinese ? OutOfStockChinese(gap, f) : OutOfStockEnglish(gap, f));
        return lines;
    }

    // A brand new to the district has no growth rate to quote: say what it sold instead.
    private static string GrowingBrandEnglish(SnapshotBrandTrend brand, LetterFormats f, DateOnly month) =>
        (brand.LastYearQuantity > 0
            ? $"{brand.Brand} grew {f.Change(brand.Quantity, brand.LastYearQuantity).TrimStart('+')} across the district against {f.Month(month.AddYears(-1))}"
            : $"{brand.Brand} is new in the district and sold {f.Number(brand.Quantity)} there in {f.Month(month)}") +
        ", but none of your stores sold it this month: we suggest listing it.";

    private static string GrowingBrandChinese(SnapshotBrandTrend brand, LetterFormats f) =>
        (brand.LastYearQuantity > 0
            ? $"{brand.Brand}在本区域同比增长{f.Change(brand.Quantity, brand.LastYearQuantity).TrimStart('+')}"
            : $"{brand.Brand}为本区域新增品牌，本月区域销量{f.Number(brand.Quantity)}") +
        "，贵司门店本月尚无销售，建议引进。";

    private static string StoreDownEnglish(SnapshotStore store, LetterFormats f, DateOnly month) =>
        $"{store.Name} sold {f.Number(store.Quantity)} in {f.Month(month)}, {Fall(store, f)} down on the month before " +
        $"({f.Number(store.PreviousQuantity)}): worth reviewing its range, shelf space and stock.";

    private static string StoreDownChinese(SnapshotStore store, LetterFormats f) =>
        $"{store.Name}本月销量{f.Number(store.Quantity)}，较上月（{f.Number(store.PreviousQuantity)}）下降{Fall(store, f)}，" +
        "建议检查品类陈列与备货情况。";

    private static string OutOfStockEnglish(SnapshotOutOfStock gap, LetterFormats f) =>
        $"{gap.ProductNameEn} ({gap.ProductCode}) was out of stock at {gap.StoreName} on {f.Date(gap.SeenOn)}: " +
        "please reorder in good time.";

    private static string OutOfStockChinese(SnapshotOutOfStock gap, LetterFormats f) =>
        $"{f.Date(gap.SeenOn)}拜访{gap.StoreName}时发现{gap.ProductName}（{gap.ProductCode}）缺货，建议及时补货。";

    private static string Fall(SnapshotStore store, LetterFormats f) =>
        f.Change(store.Quantity, store.PreviousQuantity).TrimStart('-');
}
