using System.Net;
using GroupCrm.Web.Tests.Infrastructure;

namespace GroupCrm.Web.Tests.Letters.Bulletins;

/// <summary>Writing a bulletin through the form: who may, what is refused, and how hostile text comes out.</summary>
public sealed class BulletinEditPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task The_market_manager_writes_this_months_bulletin_and_reads_it_back()
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var east = await factory.DistrictAsync("E");
        var edit = BulletinPages.Edit(east, BulletinPages.ThisMonth);
        var form = await client.GetStringAsync(edit);
        form.ShouldContain("data-testid=\"bulletin-new\"");
        form.ShouldContain("data-testid=\"markdown-hint\"");

        var response = await client.PostFormAsync(edit, BulletinPages.Fields("  本月**东区**市场平稳。\r\n\r\n- 上海回暖\r\n- 杭州持平  ", "", "新品上市"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe(BulletinPages.View(east, BulletinPages.ThisMonth));
        var stored = (await factory.StoredAsync(east, BulletinPages.ThisMonth))!;
        stored.MarketSituation.ShouldBe("本月**东区**市场平稳。\n\n- 上海回暖\n- 杭州持平");
        stored.ProductNews.ShouldBe("新品上市");
        var view = await client.GetStringAsync(BulletinPages.View(east, BulletinPages.ThisMonth));
        view.ShouldContain("The bulletin was saved.");
        view.ShouldContain("<strong>东区</strong>");
        view.ShouldContain("<li>上海回暖</li>");
        view.ShouldContain("Nothing written for this part.");
    }

    [Fact]
    public async Task Script_and_dangerous_links_in_the_text_are_shown_as_text_on_the_view_page()
    {
        var client = await factory.SignedInClientAsync("mm.west");
        var west = await factory.DistrictAsync("W");
        const string hostile = "<script>alert('x')</script>\n\n[点我](javascript:alert(1)) [ok](https://example.com)\n\n<img src=x onerror=alert(1)>\n\n![track](https://tracker.example/p.gif)";

        (await client.PostFormAsync(BulletinPages.Edit(west, BulletinPages.ThisMonth), BulletinPages.Fields(hostile, hostile, hostile)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var view = await (await factory.SignedInClientAsync("am.west1")).GetStringAsync(BulletinPages.View(west, BulletinPages.ThisMonth));

        view.ShouldContain("&lt;script&gt;alert('x')&lt;/script&gt;");
        view.ShouldNotContain("<script>alert");
        view.ShouldNotContain("javascript:alert");
        view.ShouldNotContain("<img src=x");
        view.ShouldNotContain("src=\"https://tracker.example");
        view.ShouldContain("<a href=\"https://example.com\" rel=\"nofollow noopener noreferrer\">ok</a>");
        view.ShouldContain("<a href=\"https://tracker.example/p.gif\" rel=\"nofollow noopener noreferrer\">track</a>");
    }

    [Fact]
    public async Task The_form_shows_the_stored_bulletin_and_saves_against_its_version()
    {
        var client = await factory.SignedInClientAsync("mm.north");
        var north = await factory.DistrictAsync("N");
        var before = (await factory.StoredAsync(north, BulletinPages.LastMonth))!;
        var edit = BulletinPages.Edit(north, BulletinPages.LastMonth);

        var form = await client.GetStringAsync(edit);
        form.ShouldContain("data-testid=\"bulletin-saved\"");
        form.ShouldContain($"name=\"Input.Version\" value=\"{before.Version}\"");
        form.ShouldContain("data-testid=\"district-brands\"");

        (await client.PostFormAsync(edit, BulletinPages.Fields("修订后的市场形势", before.BrandTrends, before.ProductNews, before.Version)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await client.PostFormAsync(edit, BulletinPages.Fields("基于旧版本的修改", "", "", before.Version));

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this record in the meantime. Reload the page and try again.");
        (await factory.StoredAsync(north, BulletinPages.LastMonth))!.MarketSituation.ShouldBe("修订后的市场形势");
    }

    [Fact]
    public async Task Creating_a_bulletin_another_writer_created_meanwhile_is_a_conflict()
    {
        var east = await factory.DistrictAsync("E");
        var edit = BulletinPages.Edit(east, BulletinPages.ThisMonth.AddMonths(1));
        var admin = await factory.SignedInClientAsync("admin");
        var manager = await factory.SignedInClientAsync("mm.east");

        (await admin.PostFormAsync(edit, BulletinPages.Fields("管理员先写"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var late = await manager.PostFormAsync(edit, BulletinPages.Fields("经理后写"));

        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await late.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this record in the meantime.");
        (await factory.StoredAsync(east, BulletinPages.ThisMonth.AddMonths(1)))!.MarketSituation.ShouldBe("管理员先写");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("99999999999")]
    public async Task A_version_that_is_no_version_is_refused_and_nothing_is_written(string version)
    {
        var client = await factory.SignedInClientAsync("mm.north");
        var north = await factory.DistrictAsync("N");
        var month = BulletinPages.ThisMonth.AddMonths(-7);
        var edit = BulletinPages.Edit(north, month);

        var response = await client.PostFormAsync(edit, new(BulletinPages.Fields("伪造的版本")) { ["Input.Version"] = version });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this record in the meantime.");
        (await factory.StoredAsync(north, month)).ShouldBeNull();
    }

    [Fact]
    public async Task An_empty_bulletin_is_refused_with_a_message_and_nothing_is_written()
    {
        var client = await factory.SignedInClientAsync("mm.north");
        var north = await factory.DistrictAsync("N");
        var edit = BulletinPages.Edit(north, BulletinPages.ThisMonth);

        var response = await client.PostFormAsync(edit, BulletinPages.Fields("   ", "\r\n", "\u0007"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Write at least one of the three parts.");
        (await factory.StoredAsync(north, BulletinPages.ThisMonth)).ShouldBeNull();
    }

    [Fact]
    public async Task A_part_too_long_is_named_beside_its_field_and_the_text_is_kept()
    {
        var client = await factory.SignedInClientAsync("mm.north");
        var north = await factory.DistrictAsync("N");
        var edit = BulletinPages.Edit(north, BulletinPages.ThisMonth);

        var response = await client.PostFormAsync(edit, BulletinPages.Fields("保留的文字", new string('品', 8001), ""));

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("The brand trends may be at most 8000 characters long.");
        html.ShouldContain("data-valmsg-for=\"Input.BrandTrends\"");
        html.ShouldContain("保留的文字</textarea>");
        (await factory.StoredAsync(north, BulletinPages.ThisMonth)).ShouldBeNull();
    }

    [Fact]
    public async Task Preview_shows_the_rendered_text_and_saves_nothing()
    {
        var client = await factory.SignedInClientAsync("mm.north");
        var north = await factory.DistrictAsync("N");
        var edit = BulletinPages.Edit(north, BulletinPages.ThisMonth);

        var response = await client.PostFormAsync(edit.Replace("?", "?handler=Preview&"), BulletinPages.Fields("**预览** <b>x</b>"), formPage: edit);

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("data-testid=\"bulletin-preview\"");
        html.ShouldContain("<strong>预览</strong> &lt;b&gt;x&lt;/b&gt;");
        (await factory.StoredAsync(north, BulletinPages.ThisMonth)).ShouldBeNull();
    }

    [Theory]
    [InlineData("am.east1")]
    [InlineData("approver")]
    public async Task Readers_get_403_on_the_form_and_on_a_forged_post(string user)
    {
        var client = await factory.SignedInClientAsync(user);
        var east = await factory.DistrictAsync("E");
        var month = BulletinPages.ThisMonth.AddMonths(-6);
        var edit = BulletinPages.Edit(east, month);

        (await client.GetAsync(edit)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostFormAsync(edit, BulletinPages.Fields("越权写入"), formPage: "/Bulletins")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostFormAsync(edit.Replace("?", "?handler=Preview&"), BulletinPages.Fields("越权预览"), formPage: "/Bulletins"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.StoredAsync(east, month)).ShouldBeNull();
    }

    [Fact]
    public async Task Another_districts_market_manager_gets_404_and_writes_nothing()
    {
        var client = await factory.SignedInClientAsync("mm.west");
        var east = await factory.DistrictAsync("E");
        var month = BulletinPages.ThisMonth.AddMonths(-4);
        var edit = BulletinPages.Edit(east, month);

        (await client.GetAsync(edit)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostFormAsync(edit, BulletinPages.Fields("越区写入"), formPage: "/Bulletins")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.StoredAsync(east, month)).ShouldBeNull();
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var east = await factory.DistrictAsync("E");
        var month = BulletinPages.ThisMonth.AddMonths(-5);

        var response = await client.PostAsync(BulletinPages.Edit(east, month), new FormUrlEncodedContent(BulletinPages.Fields("无令牌")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.StoredAsync(east, month)).ShouldBeNull();
    }

    [Theory]
    [InlineData("2026-13", "The month must be written as year and month, like 2026-03.")]
    [InlineData("abc", "The month must be written as year and month, like 2026-03.")]
    [InlineData("", "The month must be written as year and month, like 2026-03.")]
    [InlineData("2001-01", "Bulletins can be written for the months from ")]
    [InlineData("2999-01", "Bulletins can be written for the months from ")]
    public async Task A_month_that_cannot_be_written_is_named_on_the_page_and_on_a_post(string month, string message)
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var url = $"/Bulletins/Edit?district={await factory.DistrictAsync("E")}&month={month}";

        var get = await client.GetAsync(url);
        var post = await client.PostFormAsync(url, BulletinPages.Fields("文字"), formPage: "/Bulletins");

        get.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await get.Content.ReadAsStringAsync()).ShouldContain(message);
        (await get.Content.ReadAsStringAsync()).ShouldNotContain("data-testid=\"bulletin-form\"");
        post.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await post.Content.ReadAsStringAsync()).ShouldContain(message);
    }

    [Fact]
    public async Task Beside_the_form_are_the_brand_figures_of_the_month_or_of_the_last_closed_one()
    {
        var client = await factory.SignedInClientAsync("admin");
        var west = await factory.DistrictAsync("W");

        var closed = await client.GetStringAsync(BulletinPages.Edit(west, BulletinPages.LastMonth.AddMonths(-1)));
        var current = await client.GetStringAsync(BulletinPages.Edit(west, BulletinPages.ThisMonth));
        var next = await client.GetStringAsync(BulletinPages.Edit(west, BulletinPages.ThisMonth.AddMonths(1)));

        closed.ShouldContain(BulletinPages.LastMonth.AddMonths(-1).ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en")) + " against the same month last year.");
        closed.ShouldNotContain("data-testid=\"figures-note\"");
        closed.ShouldContain("data-testid=\"district-brand\"");
        foreach (var page in new[] { current, next })
        {
            page.ShouldContain("data-testid=\"figures-note\"");
            page.ShouldContain(BulletinPages.LastMonth.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en")) + " against the same month last year.");
        }
    }

    [Fact]
    public async Task The_form_speaks_chinese()
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var url = BulletinPages.Edit(await factory.DistrictAsync("E"), BulletinPages.LastMonth);
        await client.PostFormAsync("/Culture", new() { ["culture"] = "zh-Hans", ["returnUrl"] = url }, formPage: url);

        var html = await client.GetStringAsync(url);

        html.ShouldContain("保存通报");
        html.ShouldContain("可直接输入纯文本");
        html.ShouldContain("本区品牌数据");
    }
}
