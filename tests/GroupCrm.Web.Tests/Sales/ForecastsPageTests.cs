using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Sales.TargetsPages;

namespace GroupCrm.Web.Tests.Sales;

/// <summary>The forecast pages: an account manager sees and forecasts only their accounts; the form saves; scores and their definition are shown.</summary>
public sealed class ForecastsPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private static DateOnly NextMonth => CurrentMonth.AddMonths(1);

    private async Task<List<int>> AccountIdsOfAsync(string manager)
    {
        await using var db = factory.CreateDbContext();
        var id = await db.Users.Where(u => u.UserName == manager).Select(u => u.Id).SingleAsync();
        return await db.Accounts.Where(a => a.AccountManagerId == id).Select(a => a.Id).ToListAsync();
    }

    private async Task<Dictionary<int, int>> NextMonthAsync(int account)
    {
        await using var db = factory.CreateDbContext();
        return await db.DemandForecasts.Where(f => f.AccountId == account && f.Month == NextMonth).ToDictionaryAsync(f => f.ProductId, f => f.Quantity);
    }

    [Fact]
    public async Task An_account_manager_sees_only_their_accounts_forecasts_and_scores_with_the_definition()
    {
        var own = await AccountIdsOfAsync("am.east1");
        var others = await AccountIdsOfAsync("am.east2");
        var client = await factory.SignedInClientAsync("am.east1");

        var html = await HtmlAsync(await client.GetAsync("/Sales/Forecasts"));

        html.ShouldContain("data-testid=\"accuracy-definition\"");
        html.ShouldContain("When nothing was sold, a forecast of 0 scores 100 % and any other forecast 0 %.");
        html.ShouldContain("data-testid=\"accuracy-accounts\"");
        html.ShouldContain("data-testid=\"enter-forecast\"");
        foreach (var id in own.Where(id => html.Contains($"data-account=\"{id}\"")))
            own.ShouldContain(id);
        foreach (var id in others)
        {
            html.ShouldNotContain($"data-account=\"{id}\"");
            html.ShouldNotContain($"/Sales/Forecasts/{id}/Accuracy");
            (await client.GetAsync($"/Sales/Forecasts/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetAsync($"/Sales/Forecasts/{id}/Accuracy")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        own.Count(id => html.Contains($"data-account=\"{id}\"")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_form_is_prefilled_and_saves_next_months_forecast()
    {
        var (account, _, _) = await ActiveAccountOfAsync(factory, "am.west3");
        var client = await factory.SignedInClientAsync("am.west3");
        var url = $"/Sales/Forecasts/{account}";
        var html = await HtmlAsync(await client.GetAsync(url));
        var fields = Inputs(html, "Lines[");
        fields.ShouldNotBeEmpty();
        fields.Where(f => f.Key.EndsWith(".Quantity", StringComparison.Ordinal)).ShouldAllBe(f => int.Parse(f.Value) >= 0);
        fields["Lines[0].Quantity"] = "1,234";
        fields["Lines[1].Quantity"] = "";
        fields["Month"] = FirstInput(html, "Month");
        var first = int.Parse(fields["Lines[0].ProductId"]);
        var second = int.Parse(fields["Lines[1].ProductId"]);

        var response = await client.PostFormAsync(url, fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await NextMonthAsync(account);
        saved[first].ShouldBe(1234);
        saved.ShouldNotContainKey(second); // left empty: not forecast
        saved.Count.ShouldBe(fields.Count(f => f.Key.EndsWith(".Quantity", StringComparison.Ordinal)) - 1);
        (await HtmlAsync(await client.GetAsync(url))).ShouldContain("value=\"1234\"");
    }

    [Fact]
    public async Task A_bad_quantity_or_a_month_that_is_not_next_month_is_refused_and_nothing_is_saved()
    {
        var (account, _, _) = await ActiveAccountOfAsync(factory, "am.north3");
        var client = await factory.SignedInClientAsync("am.north3");
        var url = $"/Sales/Forecasts/{account}";
        var html = await HtmlAsync(await client.GetAsync(url));
        var fields = Inputs(html, "Lines[");
        fields["Month"] = FirstInput(html, "Month");
        fields["Lines[0].Quantity"] = "12.5";

        var bad = await HtmlAsync(await client.PostFormAsync(url, fields));
        fields["Lines[0].Quantity"] = "12";
        fields["Month"] = Text(CurrentMonth);
        var current = await HtmlAsync(await client.PostFormAsync(url, fields));

        bad.ShouldContain("The quantity must be a whole number from 0 to 10,000,000.");
        current.ShouldContain($"Only next month&#x27;s demand can be entered ({Text(NextMonth)}).");
        (await NextMonthAsync(account)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Market_managers_read_scores_but_do_not_enter_forecasts()
    {
        var (account, _, _) = await ActiveAccountOfAsync(factory, "am.east1");
        var client = await factory.SignedInClientAsync("mm.east");

        var list = await HtmlAsync(await client.GetAsync("/Sales/Forecasts"));
        list.ShouldContain($"data-account=\"{account}\"");
        list.ShouldNotContain("data-testid=\"enter-forecast\"");
        list.ShouldContain("data-testid=\"accuracy-managers\"");
        (await client.GetAsync($"/Sales/Forecasts/{account}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostFormAsync($"/Sales/Forecasts/{account}", new() { ["Month"] = Text(NextMonth) }, formPage: "/Sales/Forecasts"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var detail = await HtmlAsync(await client.GetAsync($"/Sales/Forecasts/{account}/Accuracy"));
        detail.ShouldContain("data-testid=\"accuracy-lines\"");
        (await (await factory.SignedInClientAsync("mm.west")).GetAsync($"/Sales/Forecasts/{account}/Accuracy")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_pages_speak_Chinese_to_a_Chinese_browser()
    {
        var client = await factory.SignedInClientAsync("mm.north");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");

        var forecasts = await HtmlAsync(await client.GetAsync("/Sales/Forecasts"));
        var targets = await HtmlAsync(await client.GetAsync("/Sales/Targets"));

        forecasts.ShouldContain("预测准确率的计算方法");
        forecasts.ShouldContain("实际销量为零时，预测为 0 得 100%，其他预测得 0%。");
        targets.ShouldContain("从 CSV 导入目标");
    }

    [Fact]
    public async Task Names_are_shown_escaped()
    {
        var (account, _, _) = await ActiveAccountOfAsync(factory, "am.east1", 1);
        await using (var db = factory.CreateDbContext())
            await db.Accounts.Where(a => a.Id == account).ExecuteUpdateAsync(u => u.SetProperty(a => a.Name, "<img src=x onerror=alert(1)>连锁"));
        var client = await factory.SignedInClientAsync("am.east1");

        foreach (var url in new[] { "/Sales/Forecasts", $"/Sales/Forecasts/{account}", $"/Sales/Forecasts/{account}/Accuracy" })
        {
            var html = await HtmlAsync(await client.GetAsync(url));
            html.ShouldNotContain("<img src=x");
            html.ShouldContain("&lt;img src=x onerror=alert(1)&gt;");
        }
    }
}
