using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Letters.Templates;

namespace GroupCrm.Core.Tests.Letters.Templates;

public sealed class SuggestionWordingTests
{
    private static readonly DateOnly October = new(2026, 10, 1);

    private static LetterSnapshot With(SnapshotSuggestions suggestions) => LetterSamples.NoSales(October) with { Suggestions = suggestions };

    [Fact]
    public void Each_computed_suggestion_becomes_one_english_sentence()
    {
        var lines = SuggestionWording.Lines(With(new SnapshotSuggestions
        {
            GrowingBrandsNotListed = [new SnapshotBrandTrend("Furongwang", 4_150, 2_900), new SnapshotBrandTrend("Newbrand", 800, 0)],
            StoresDown = [new SnapshotStore(9, "川沙店", 90, 150)],
            OutOfStocks = [new SnapshotOutOfStock("世纪大道店", "6901", "中华（软）", "Zhonghua Soft", new DateOnly(2026, 10, 18))],
        }), "en");

        lines.ShouldBe([
            "Furongwang grew 43.1 % across the district against October 2025, but none of your stores sold it this month: we suggest listing it.",
            "Newbrand is new in the district and sold 800 there in October 2026, but none of your stores sold it this month: we suggest listing it.",
            "川沙店 sold 90 in October 2026, 40.0 % down on the month before (150): worth reviewing its range, shelf space and stock.",
            "Zhonghua Soft (6901) was out of stock at 世纪大道店 on 18 October 2026: please reorder in good time.",
        ]);
    }

    [Fact]
    public void Each_computed_suggestion_becomes_one_chinese_sentence()
    {
        var lines = SuggestionWording.Lines(With(new SnapshotSuggestions
        {
            GrowingBrandsNotListed = [new SnapshotBrandTrend("芙蓉王", 4_150, 2_900)],
            StoresDown = [new SnapshotStore(9, "川沙店", 90, 150)],
            OutOfStocks = [new SnapshotOutOfStock("世纪大道店", "6901", "中华（软）", "Zhonghua Soft", new DateOnly(2026, 10, 18))],
        }), "zh-Hans");

        lines.ShouldBe([
            "芙蓉王在本区域同比增长43.1%，贵司门店本月尚无销售，建议引进。",
            "川沙店本月销量90，较上月（150）下降40.0%，建议检查品类陈列与备货情况。",
            "2026年10月18日拜访世纪大道店时发现中华（软）（6901）缺货，建议及时补货。",
        ]);
    }

    [Fact]
    public void No_facts_no_suggestions() => SuggestionWording.Lines(LetterSamples.NoSales(), "en").ShouldBeEmpty();
}
