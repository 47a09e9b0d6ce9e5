using GroupCrm.Core.Letters.Bulletins;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Letters.Bulletins;

/// <summary>What a bulletin may hold and for which months; a refusal names its field and writes nothing.</summary>
public sealed class MarketBulletinsRulesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const int Max = MarketBulletins.MaxPartLength;

    [Theory]
    [InlineData("2024-06-01")]
    [InlineData("2025-12-01")]
    [InlineData("2026-06-01")]
    [InlineData("2026-07-01")]
    public async Task Any_month_from_24_back_to_next_month_can_be_written(string month)
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);

        (await world.SaveAsync(world.People.MarketManager, world.Home, DateOnly.Parse(month), new("x", null, null))).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData("2024-05-01", "Bulletins can be written for the months from {0} to {1}.")]
    [InlineData("2026-08-01", "Bulletins can be written for the months from {0} to {1}.")]
    [InlineData("1999-01-01", "Bulletins can be written for the months from {0} to {1}.")]
    [InlineData("2026-06-15", "A bulletin is about a whole month: give the month, not a day.")]
    [InlineData("2026-05-31", "A bulletin is about a whole month: give the month, not a day.")]
    public async Task Other_months_are_refused_by_name(string month, string message)
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);

        var result = await world.SaveAsync(world.People.Administrator, world.Home, DateOnly.Parse(month), new("x", null, null));

        result.Errors.Select(e => (e.Field, e.Message)).ShouldBe([("Month", message)]);
        (await world.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_range_is_named_in_the_refusal()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);

        var result = await world.SaveAsync(world.People.Administrator, world.Home, new DateOnly(2030, 1, 1), new("x", null, null));

        result.Errors.Single().Arguments.ShouldBe(["2024-06", "2026-07"]);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("", "", "")]
    [InlineData("   ", "\n\r\n", "\t ")]
    [InlineData("\u0000\u0007", "\u001b\u007f", " \u0008 ")]
    public async Task A_bulletin_with_nothing_written_is_refused(string? situation, string? trends, string? news)
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);

        var result = await world.SaveAsync(world.People.MarketManager, world.Home, BulletinWorld.LastMonth, new(situation, trends, news));

        result.Errors.Select(e => (e.Field, e.Message)).ShouldBe([("", BulletinMessages.Empty)]);
        (await world.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task One_written_part_is_enough()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);

        (await world.SaveAsync(world.People.MarketManager, world.Home, BulletinWorld.LastMonth, new(null, null, "新品：中华（软）"))).Succeeded.ShouldBeTrue();

        var stored = (await world.StoredAsync(world.Home, BulletinWorld.LastMonth))!;
        (stored.MarketSituation, stored.BrandTrends, stored.ProductNews).ShouldBe(("", "", "新品：中华（软）"));
    }

    [Fact]
    public async Task Each_part_too_long_is_named_and_nothing_is_written()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);
        var tooLong = new string('市', Max + 1);

        var result = await world.SaveAsync(world.People.MarketManager, world.Home, BulletinWorld.LastMonth, new(tooLong, "ok", tooLong));

        result.Errors.Select(e => (e.Field, e.Message)).ShouldBe([
            ("MarketSituation", BulletinMessages.MarketSituationTooLong), ("ProductNews", BulletinMessages.ProductNewsTooLong),
        ]);
        result.Errors[0].Arguments.ShouldBe([Max]);
        (await world.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_brand_trends_too_long_are_named()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);

        var result = await world.SaveAsync(world.People.MarketManager, world.Home, BulletinWorld.LastMonth, new("", new string('x', Max + 1), ""));

        result.Errors.Select(e => e.Field).ShouldBe(["BrandTrends"]);
    }

    [Fact]
    public async Task The_longest_part_counts_what_is_kept_not_the_blanks_and_line_ends_around_it()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);
        var longest = new string('品', Max - 2) + "\r\n" + "牌";
        var padded = "\n\n   " + longest + "   \r\n\r\n";

        (await world.SaveAsync(world.People.MarketManager, world.Home, BulletinWorld.LastMonth, new(padded, null, null))).Succeeded.ShouldBeTrue();

        var stored = (await world.StoredAsync(world.Home, BulletinWorld.LastMonth))!;
        stored.MarketSituation.Length.ShouldBe(Max);
        stored.MarketSituation.ShouldEndWith("品\n牌");
    }

    [Fact]
    public async Task Text_is_trimmed_line_ends_made_uniform_and_control_characters_removed()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);

        var result = await world.SaveAsync(world.People.MarketManager, world.Home, BulletinWorld.LastMonth,
            new("  第一行\r\n第二行\r第三行\u2028\n", "\t- **中华**\u0000 增长\u0007\u001b[0m\n\t\t- 细分", "新品\u200B上市\u0085说明"));

        result.Succeeded.ShouldBeTrue();
        var stored = (await world.StoredAsync(world.Home, BulletinWorld.LastMonth))!;
        stored.MarketSituation.ShouldBe("第一行\n第二行\n第三行");
        stored.BrandTrends.ShouldBe("- **中华** 增长[0m\n\t\t- 细分");
        // A zero-width space is not a control character; NEL is a line end.
        stored.ProductNews.ShouldBe("新品\u200B上市\n说明");
    }

    [Fact]
    public async Task Hostile_text_is_stored_as_written_and_only_ever_rendered_safely()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);
        const string hostile = "<script>alert('x')</script> [点我](javascript:alert(1)) <img src=x onerror=alert(1)> ' OR 1=1; --";

        (await world.SaveAsync(world.People.MarketManager, world.Home, BulletinWorld.LastMonth, new(hostile, hostile, hostile))).Succeeded.ShouldBeTrue();

        var read = (await world.RunAsync(b => b.GetAsync(world.People.Manager, world.Home, BulletinWorld.LastMonth)))!;
        read.MarketSituation.ShouldBe(hostile);
        var html = SafeMarkdown.ToHtml(read.MarketSituation);
        html.ShouldNotContain("<script");
        html.ShouldNotContain("<img");
        html.ShouldNotContain("javascript:");
        html.ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public async Task Access_is_judged_before_the_text()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);

        (await world.SaveAsync(world.People.Manager, world.Home, new DateOnly(1999, 1, 3), new(null, null, null))).Forbidden.ShouldBeTrue();
        (await world.SaveAsync(world.People.AwayMarketManager, world.Home, new DateOnly(1999, 1, 3), new(null, null, null))).NotFound.ShouldBeTrue();
    }
}
