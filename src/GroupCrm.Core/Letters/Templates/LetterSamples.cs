using GroupCrm.Core.Letters.Drafting;

namespace GroupCrm.Core.Letters.Templates;

/// <summary>
/// Made-up letters that exercise every field of a template: <see cref="Rich"/> fills every list and every
/// optional part, <see cref="NoSales"/> is a month without sales, bulletin or forecast. A template is
/// checked by rendering both.
/// </summary>
public static class LetterSamples
{
    public static readonly DateOnly SampleMonth = new(2026, 10, 1);

    public static LetterSnapshot Rich(DateOnly? month = null)
    {
        var m = month ?? SampleMonth;
        return new LetterSnapshot
        {
            Month = m,
            Account = Account,
            Bulletin = new SnapshotBulletin(
                "Demand held up well through the **National Day** holiday; convenience stores led the growth.",
                "- Premium lines keep gaining share\n- Slim formats slow down",
                "Two launches this month, see the table below."),
            DistrictBrands =
            [
                new SnapshotBrandTrend("Zhonghua", 12_400, 11_200),
                new SnapshotBrandTrend("Yuxi", 9_800, 10_300),
                new SnapshotBrandTrend("Furongwang", 4_150, 2_900),
                new SnapshotBrandTrend("Huangshan", 3_000, 3_020),
            ],
            ProductNews =
            [
                new SnapshotProductNews("NewProduct", m.AddDays(4), "6901028001", "Furongwang", "芙蓉王（硬中支）", "Furongwang Hard Mid-Slim", null, 230m),
                new SnapshotProductNews("PriceChange", m.AddDays(14), "6901028002", "Zhonghua", "中华（软）", "Zhonghua Soft", 650m, 680m),
            ],
            HasSales = true,
            Sales = new SnapshotTotals
            {
                Quantity = 3_460, Amount = 812_345.50m, PlannedQuantity = 3_300,
                PreviousQuantity = 3_320, PreviousAmount = 779_800m, LastYearQuantity = 3_510, LastYearAmount = 801_020m,
            },
            Brands =
            [
                new SnapshotBrand("Zhonghua", 1_520, 456_000m, 1_400),
                new SnapshotBrand("Yuxi", 1_210, 254_100m, 1_260),
                new SnapshotBrand("Huangshan", 730, 102_245.50m, 660),
            ],
            BestStores = [Store(101, "东方路店", 620, 540), Store(102, "世纪大道店", 590, 600), Store(103, "张江店", 480, 470)],
            WorstStores = [Store(109, "川沙店", 90, 150), Store(108, "惠南店", 110, 118), Store(107, "周浦店", 140, 131)],
            ForecastAccuracy = new SnapshotAccuracy(0.87m, 24, 2),
            Suggestions = new SnapshotSuggestions
            {
                GrowingBrandsNotListed = [new SnapshotBrandTrend("Furongwang", 4_150, 2_900)],
                StoresDown = [Store(109, "川沙店", 90, 150)],
                OutOfStocks = [new SnapshotOutOfStock("世纪大道店", "6901028002", "中华（软）", "Zhonghua Soft", m.AddDays(17))],
            },
        };
    }

    public static LetterSnapshot NoSales(DateOnly? month = null) => new()
    {
        Month = month ?? SampleMonth,
        Account = Account,
        HasSales = false,
    };

    private static readonly SnapshotAccount Account = new(
        0, "华联超市连锁（示例）", "Hualian Supermarkets (sample)", "东区", "East", "Li Wei", "li.wei@example.com");

    private static SnapshotStore Store(int id, string name, long quantity, long previous) => new(id, name, quantity, previous);
}
