using System.Net;
using System.Text.RegularExpressions;
using GroupCrm.Core.Sales;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Products;

/// <summary>
/// The product pages over HTTP on the demo data: the list and its filters, a market manager creating and
/// re-pricing a product, the news page, and the language of names. Each test that writes uses its own codes.
/// </summary>
public sealed partial class ProductPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task The_list_shows_every_product_fifty_to_a_page_and_each_filter_narrows_it()
    {
        var client = await factory.SignedInClientAsync("am.east1");
        await using var db = factory.CreateDbContext();
        var brand = await db.Products.OrderBy(p => p.Id).Select(p => p.Brand).FirstAsync();

        var all = await client.GetStringAsync("/Products");
        var byBrand = await client.GetStringAsync($"/Products?Brand={Uri.EscapeDataString(brand)}");
        var scarce = await client.GetStringAsync("/Products?Scarce=true");
        var inactive = await client.GetStringAsync("/Products?Active=false&PriceBand=");
        var text = await client.GetStringAsync("/Products?Text=p0042");
        var none = await client.GetStringAsync("/Products?Text=no-such-product");

        Rows(all).ShouldBe(50);
        all.ShouldMatch("[0-9]{3} products · page 1 of 3"); // 120 demo products and those other tests add
        Rows(byBrand).ShouldBe(12);
        Rows(scarce).ShouldBe(12);
        Regex.Count(scarce, "data-testid=\"scarce-badge\">Scarce<").ShouldBe(12);
        Rows(inactive).ShouldBe(5);
        Regex.Count(inactive, "data-testid=\"inactive-badge\">Inactive<").ShouldBe(5);
        Rows(text).ShouldBe(1);
        text.ShouldContain("P0042");
        none.ShouldContain("No products match these filters.");
    }

    [Fact]
    public async Task The_list_shows_todays_price_of_a_re_priced_demo_product()
    {
        await using var db = factory.CreateDbContext();
        var change = await db.PriceChanges.OrderByDescending(c => c.EffectiveOn).FirstAsync();
        var code = await db.Products.Where(p => p.Id == change.ProductId).Select(p => p.Code).SingleAsync();
        var client = await factory.SignedInClientAsync("approver");

        var html = await client.GetStringAsync($"/Products?Text={code}");
        var details = await client.GetStringAsync($"/Products/{change.ProductId}");

        html.ShouldContain(change.NewPrice.ToString("N2", System.Globalization.CultureInfo.InvariantCulture));
        details.ShouldContain("data-testid=\"price-history\"");
        details.ShouldContain(change.EffectiveOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        details.ShouldNotContain("data-testid=\"withdraw-change\"");
    }

    [Fact]
    public async Task A_market_manager_creates_a_product_with_script_in_its_name_and_sees_it_escaped()
    {
        var client = await factory.SignedInClientAsync("mm.north");

        var response = await client.PostFormAsync("/Products/Create", CreateFields("web-new-1", "<script>alert(1)</script>新烟", "12.50"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetStringAsync(response.Headers.Location);
        page.ShouldContain("The product WEB-NEW-1 was created.");
        await using var db = factory.CreateDbContext();
        var product = await db.Products.SingleAsync(p => p.Code == "WEB-NEW-1");
        (product.Name, product.ListPrice, product.LaunchedOn, product.IsActive).ShouldBe(("<script>alert(1)</script>新烟", 12.50m, (DateOnly?)new DateOnly(2026, 5, 1), true));
        response.Headers.Location!.OriginalString.ShouldBe($"/Products/{product.Id}/Edit");

        using var zh = new HttpRequestMessage(HttpMethod.Get, "/Products?Text=WEB-NEW-1");
        zh.Headers.AcceptLanguage.ParseAdd("zh-Hans");
        var list = await (await client.SendAsync(zh)).Content.ReadAsStringAsync();
        list.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;新烟");
        list.ShouldNotContain("<script>alert(1)");
    }

    [Fact]
    public async Task Bad_input_is_shown_on_the_form_and_nothing_is_written()
    {
        var client = await factory.SignedInClientAsync("admin");

        var tooLong = await client.PostFormAsync("/Products/Create", CreateFields("WEB-LONG", new string('名', 121), "10"));
        var badCode = await client.PostFormAsync("/Products/Create", CreateFields("bad code!", "名", "10"));
        var badPrice = await client.PostFormAsync("/Products/Create", CreateFields("WEB-PRICE", "名", "10.555"));
        var taken = await client.PostFormAsync("/Products/Create", CreateFields("p0001", "名", "10"));

        (await tooLong.Content.ReadAsStringAsync()).ShouldContain("The Chinese name can be at most 120 characters.");
        (await badCode.Content.ReadAsStringAsync()).ShouldContain("A product code has 2 to 30 characters: letters A–Z, digits and dashes.");
        (await badPrice.Content.ReadAsStringAsync()).ShouldContain("The price must be between 0.01 and 100,000, with at most two decimals.");
        (await taken.Content.ReadAsStringAsync()).ShouldContain("The product code P0001 is already in use.");
        new[] { tooLong, badCode, badPrice, taken }.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        await using var db = factory.CreateDbContext();
        (await db.Products.CountAsync(p => p.Code == "WEB-LONG" || p.Code == "WEB-PRICE" || p.Code.StartsWith("BAD"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_market_manager_changes_a_price_today_and_schedules_another()
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var id = await CreateAsync("WEB-PRICE-1", "80");
        var edit = $"/Products/{id}/Edit";
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var later = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var laterStill = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var now = await client.PostFormAsync($"{edit}?handler=ChangePrice", PriceFields(await VersionAsync(id), "88.80", today), edit);
        var scheduled = await client.PostFormAsync($"{edit}?handler=ChangePrice", PriceFields(await VersionAsync(id), "95", later), edit);
        var stale = await client.PostFormAsync($"{edit}?handler=ChangePrice", PriceFields(await VersionAsync(id) - 1, "99", laterStill), edit);

        (now.StatusCode, scheduled.StatusCode).ShouldBe((HttpStatusCode.Redirect, HttpStatusCode.Redirect));
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this record in the meantime.");
        await using var db = factory.CreateDbContext();
        (await db.Products.SingleAsync(p => p.Id == id)).ListPrice.ShouldBe(88.80m);
        (await db.PriceChanges.Where(c => c.ProductId == id).OrderBy(c => c.EffectiveOn).Select(c => new { c.OldPrice, c.NewPrice }).ToListAsync())
            .Select(c => (c.OldPrice, c.NewPrice)).ShouldBe([(80m, 88.80m), (88.80m, 95m)]);
        var page = await client.GetStringAsync(edit);
        page.ShouldContain("data-testid=\"current-price\">88.80");
        page.ShouldContain("data-testid=\"scheduled-badge\"");
        page.ShouldContain("data-testid=\"withdraw-change\"");
        page.ShouldContain($"name=\"Price.EffectiveOn\" value=\"{today}\""); // the form offers today
    }

    [Fact]
    public async Task The_news_page_lists_a_months_news_and_explains_a_bad_month()
    {
        await using var db = factory.CreateDbContext();
        var change = await db.PriceChanges.OrderBy(c => c.EffectiveOn).FirstAsync();
        var launched = await db.Products.Where(p => p.LaunchedOn != null).OrderBy(p => p.LaunchedOn).FirstAsync();
        var client = await factory.SignedInClientAsync("am.west1");

        var changeMonth = await client.GetStringAsync($"/Products/News?month={change.EffectiveOn:yyyy-MM}");
        var launchMonth = await client.GetStringAsync($"/Products/News?month={launched.LaunchedOn:yyyy-MM}");
        var empty = await client.GetStringAsync("/Products/News?month=2003-02");
        var bad = await client.GetStringAsync("/Products/News?month=2026-13");
        var script = await client.GetStringAsync("/Products/News?month=%3Cscript%3E");

        changeMonth.ShouldContain("Price change");
        changeMonth.ShouldContain(change.EffectiveOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        launchMonth.ShouldContain("New product");
        launchMonth.ShouldContain(launched.Code);
        empty.ShouldContain("No new products and no price changes in 2003-02.");
        bad.ShouldContain("Choose a month between January 2000 and a year from now, written as YYYY-MM.");
        script.ShouldContain("data-testid=\"bad-month\"");
        script.ShouldNotContain("<script>");
    }

    [Fact]
    public async Task Names_follow_the_language_of_the_page()
    {
        var client = await factory.SignedInClientAsync("am.north1");
        using var zhList = new HttpRequestMessage(HttpMethod.Get, "/Products?Text=P0001");
        zhList.Headers.AcceptLanguage.ParseAdd("zh-Hans");

        var en = await client.GetStringAsync("/Products?Text=P0001");
        var zh = await (await client.SendAsync(zhList)).Content.ReadAsStringAsync();

        await using var db = factory.CreateDbContext();
        var product = await db.Products.SingleAsync(p => p.Code == "P0001");
        FirstLink(en).ShouldBe(product.NameEn);
        FirstLink(zh).ShouldBe(product.Name);
        zh.ShouldContain("牌价");
    }

    internal static Dictionary<string, string> CreateFields(string code, string name, string price) => new()
    {
        ["Input.Code"] = code, ["Input.Brand"] = "测试 Test", ["Input.Name"] = name, ["Input.NameEn"] = "Test cigarette",
        ["Input.PriceBand"] = "C", ["Input.Unit"] = "条", ["Input.ListPrice"] = price, ["Input.IsActive"] = "true",
        ["Input.LaunchedOn"] = "2026-05",
    };

    internal static Dictionary<string, string> PriceFields(uint version, string price, string day) => new()
    {
        ["Price.NewPrice"] = price, ["Price.EffectiveOn"] = day, ["Price.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private async Task<int> CreateAsync(string code, string price)
    {
        await using var db = factory.CreateDbContext();
        var product = new Product { Code = code, Brand = "测试", Name = "测试", NameEn = "Test", PriceBand = "C", Unit = "条", ListPrice = decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture) };
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product.Id;
    }

    private async Task<uint> VersionAsync(int id)
    {
        await using var db = factory.CreateDbContext();
        return await db.Products.Where(p => p.Id == id).Select(p => p.Version).SingleAsync();
    }

    private static int Rows(string html) => Regex.Count(html, "data-testid=\"product-row\"");

    private static string FirstLink(string html) => System.Net.WebUtility.HtmlDecode(ProductLink().Match(html).Groups[1].Value);

    [GeneratedRegex("<a href=\"/Products/\\d+\">([^<]+)</a>")]
    private static partial Regex ProductLink();
}
