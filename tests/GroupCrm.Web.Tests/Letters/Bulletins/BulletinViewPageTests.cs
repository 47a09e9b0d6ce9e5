using System.Net;
using GroupCrm.Web.Tests.Infrastructure;

namespace GroupCrm.Web.Tests.Letters.Bulletins;

/// <summary>Reading one bulletin: rendered safely, only in one's own district, with a clear word for a bad address.</summary>
public sealed class BulletinViewPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Theory]
    [InlineData("am.east2")]
    [InlineData("mm.east")]
    [InlineData("approver")]
    [InlineData("admin")]
    public async Task The_bulletin_reads_as_formatted_text(string user)
    {
        var client = await factory.SignedInClientAsync(user);

        var html = await client.GetStringAsync(BulletinPages.View(await factory.DistrictAsync("E"), BulletinPages.LastMonth));

        html.ShouldContain("data-testid=\"part-market-situation\"");
        html.ShouldContain("data-testid=\"part-brand-trends\"");
        html.ShouldContain("data-testid=\"part-product-news\"");
        html.ShouldContain("<strong>");
        html.ShouldContain("<li>");
        html.ShouldContain($"{BulletinPages.LastMonth.Month}月东区");
        html.ShouldContain("王磊 Wang Lei");
    }

    [Fact]
    public async Task Only_writers_see_the_edit_button()
    {
        var east = await factory.DistrictAsync("E");
        var reader = await (await factory.SignedInClientAsync("am.east1")).GetStringAsync(BulletinPages.View(east, BulletinPages.LastMonth));
        var writer = await (await factory.SignedInClientAsync("mm.east")).GetStringAsync(BulletinPages.View(east, BulletinPages.LastMonth));

        reader.ShouldNotContain("data-testid=\"edit-bulletin\"");
        writer.ShouldContain("data-testid=\"edit-bulletin\"");
    }

    [Theory]
    [InlineData("am.west1", "E")]
    [InlineData("mm.west", "E")]
    [InlineData("am.east1", "N")]
    public async Task Another_districts_bulletin_is_not_found(string user, string district)
    {
        var client = await factory.SignedInClientAsync(user);

        (await client.GetAsync(BulletinPages.View(await factory.DistrictAsync(district), BulletinPages.LastMonth))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?month=2026-01")]
    [InlineData("?district=abc&month=2026-01")]
    [InlineData("?district=0&month=2026-01")]
    [InlineData("?district=2147483648&month=2026-01")]
    public async Task An_address_without_a_district_is_not_found(string query)
    {
        var client = await factory.SignedInClientAsync("admin");

        (await client.GetAsync("/Bulletins/View" + query)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("2026-1")]
    [InlineData("abc")]
    [InlineData("2026-05-01")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("9999999999-01")]
    public async Task A_malformed_month_is_named_not_a_server_error(string month)
    {
        var client = await factory.SignedInClientAsync("am.east1");

        var response = await client.GetAsync($"/Bulletins/View?district={await factory.DistrictAsync("E")}&month={month}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("data-testid=\"bulletin-problem\"");
        html.ShouldContain("The month must be written as year and month, like 2026-03.");
        html.ShouldNotContain("<script>alert(1)");
    }

    [Fact]
    public async Task A_month_not_written_is_not_found_for_a_reader_and_opens_the_form_for_the_writer()
    {
        var north = await factory.DistrictAsync("N");
        var reader = await factory.SignedInClientAsync("am.north1");
        var writer = await factory.SignedInClientAsync("mm.north");

        (await reader.GetAsync(BulletinPages.View(north, BulletinPages.ThisMonth))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reader.GetAsync(BulletinPages.View(north, new DateOnly(2001, 1, 1)))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var redirect = await writer.GetAsync(BulletinPages.View(north, BulletinPages.ThisMonth));
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirect.Headers.Location!.ToString().ShouldBe(BulletinPages.Edit(north, BulletinPages.ThisMonth));
    }

    [Fact]
    public async Task The_bulletin_reads_in_chinese()
    {
        var client = await factory.SignedInClientAsync("am.north2");
        var url = BulletinPages.View(await factory.DistrictAsync("N"), BulletinPages.LastMonth);
        await client.PostFormAsync("/Culture", new() { ["culture"] = "zh-Hans", ["returnUrl"] = url }, formPage: url);

        var html = await client.GetStringAsync(url);

        html.ShouldContain("北区 " + $"{BulletinPages.LastMonth.Year}年{BulletinPages.LastMonth.Month}月市场通报");
        html.ShouldContain("市场形势");
        html.ShouldContain("品牌动态");
        html.ShouldContain("产品资讯");
    }
}
