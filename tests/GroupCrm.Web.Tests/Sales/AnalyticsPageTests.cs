using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Sales.AnalyticsPages;

namespace GroupCrm.Web.Tests.Sales;

/// <summary>/Sales for each role and the sales card on the account page, on the demo data.</summary>
public sealed class AnalyticsPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private readonly DateOnly _month = LastFullMonth();

    [Fact]
    public async Task An_account_manager_sees_their_own_accounts_for_the_last_full_month()
    {
        var client = await factory.SignedInClientAsync("am.east1");
        var html = await PageAsync(client, "/Sales");

        var me = await UserIdAsync(factory, "am.east1");
        await using var db = factory.CreateDbContext();
        var linked = LinkedAccounts(html);
        linked.ShouldNotBeEmpty();
        linked.ShouldBeSubsetOf(await db.Accounts.Where(a => a.AccountManagerId == me).Select(a => a.Id).ToListAsync());
        (await ExpectedRowsAsync(factory, db.Accounts.Where(a => a.AccountManagerId == me), _month)).ShouldBeSubsetOf(linked);
        html.ShouldContain("Your accounts");
        html.ShouldContain($"<option value=\"{MonthValue(_month)}\" selected=\"selected\">");
        html.ShouldNotContain("data-testid=\"district-brands\"");
        html.ShouldNotContain("name=\"DistrictId\"");
    }

    [Fact]
    public async Task A_market_manager_sees_their_district_with_its_trend_and_brands()
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var html = await PageAsync(client, "/Sales");

        var east = await DistrictIdAsync(factory, "E");
        await using var db = factory.CreateDbContext();
        var linked = LinkedAccounts(html);
        linked.ShouldBeSubsetOf(await db.Accounts.Where(a => a.DistrictId == east).Select(a => a.Id).ToListAsync());
        (await ExpectedRowsAsync(factory, db.Accounts.Where(a => a.DistrictId == east), _month)).ShouldBeSubsetOf(linked);
        html.ShouldContain("District East");
        html.ShouldContain("data-testid=\"district-brands\"");
        html.ShouldContain("<svg");
        html.ShouldContain("id=\"district-trend-title\"");
        html.ShouldNotContain("name=\"DistrictId\"");
    }

    [Fact]
    public async Task A_market_manager_asking_for_another_district_gets_404()
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var west = await DistrictIdAsync(factory, "W");

        (await client.GetAsync($"/Sales?districtId={west}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_marketing_centre_picks_any_district()
    {
        var client = await factory.SignedInClientAsync("approver");
        var west = await DistrictIdAsync(factory, "W");

        var first = await PageAsync(client, "/Sales");
        first.ShouldContain("name=\"DistrictId\"");
        var html = await PageAsync(client, $"/Sales?districtId={west}&month={MonthValue(_month.AddMonths(-1))}");

        await using var db = factory.CreateDbContext();
        LinkedAccounts(html).ShouldBeSubsetOf(await db.Accounts.Where(a => a.DistrictId == west).Select(a => a.Id).ToListAsync());
        LinkedAccounts(html).ShouldNotBeEmpty();
        html.ShouldContain("District West");
        html.ShouldContain($"<option value=\"{MonthValue(_month.AddMonths(-1))}\" selected=\"selected\">");
        (await client.GetAsync("/Sales?districtId=999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("<script>")]
    [InlineData("9999-01")]
    public async Task A_month_that_is_not_a_month_shows_the_default_with_a_notice(string month)
    {
        var client = await factory.SignedInClientAsync("am.east2");
        var html = await PageAsync(client, "/Sales?month=" + Uri.EscapeDataString(month));

        html.ShouldContain($"<option value=\"{MonthValue(_month)}\" selected=\"selected\">");
        html.ShouldNotContain("<script>");
        if (month != "9999-01") html.ShouldContain("data-testid=\"month-not-understood\"");
    }

    [Fact]
    public async Task The_account_page_has_a_sales_card_with_the_months_quantity_and_a_chart()
    {
        var client = await factory.SignedInClientAsync("am.east1");
        var id = await ActiveAccountWithSalesAsync(factory, "am.east1", _month);

        var html = await PageAsync(client, $"/Accounts/{id}");

        html.ShouldContain("data-testid=\"account-sales\"");
        html.ShouldContain($"data-testid=\"sales-quantity\">{Quantity(await QuantityAsync(factory, id, _month))}<");
        html.ShouldContain("<svg");
        html.ShouldContain("role=\"img\"");
        html.ShouldContain("<title id=\"account-trend-title\">Quantity sold per month</title>");
        html.ShouldContain("data-testid=\"sales-brands\"");
        html.ShouldContain("data-testid=\"best-stores\"");
        html.ShouldNotContain(" style=\"");
        var earlier = await PageAsync(client, $"/Accounts/{id}?month={MonthValue(_month.AddMonths(-3))}");
        earlier.ShouldContain($"data-testid=\"sales-quantity\">{Quantity(await QuantityAsync(factory, id, _month.AddMonths(-3)))}<");
    }

    [Theory]
    [InlineData("am.east1")]
    [InlineData("mm.east")]
    public async Task Another_districts_account_is_not_found(string userName)
    {
        var client = await factory.SignedInClientAsync(userName);
        var other = await ActiveAccountWithSalesAsync(factory, "am.west1", _month);

        (await client.GetAsync($"/Accounts/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Accounts/{other}?month={MonthValue(_month)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_figures_speak_Chinese_for_a_Chinese_reader()
    {
        var client = await factory.SignedInClientAsync("mm.north");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var html = await PageAsync(client, "/Sales");

        html.ShouldContain("同比去年同月");
        html.ShouldContain("本区品牌走势");
        html.ShouldContain($"{_month.Year}年{_month.Month}月");
    }
}
