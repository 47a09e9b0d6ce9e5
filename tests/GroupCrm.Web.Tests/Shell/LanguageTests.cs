using System.Net;
using GroupCrm.Web.Tests.Infrastructure;

namespace GroupCrm.Web.Tests.Shell;

public sealed class LanguageTests(CrmWebFactory app) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task The_switch_sets_a_cookie_and_the_pages_speak_Chinese_until_switched_back()
    {
        var client = await app.SignedInClientAsync("am.east1");
        (await client.GetStringAsync("/")).ShouldContain(">Dashboard");

        var toChinese = await client.PostFormAsync("/Culture", new() { ["culture"] = "zh-Hans", ["returnUrl"] = "/" }, formPage: "/");
        toChinese.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var chinese = await client.GetStringAsync("/");
        chinese.ShouldContain("首页");
        chinese.ShouldContain("退出登录");
        chinese.ShouldContain("lang=\"zh-Hans\"");

        await client.PostFormAsync("/Culture", new() { ["culture"] = "en", ["returnUrl"] = "/" }, formPage: "/");
        (await client.GetStringAsync("/")).ShouldContain(">Dashboard");
    }

    [Fact]
    public async Task A_browser_asking_for_Chinese_gets_Chinese_before_any_choice()
    {
        var client = app.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");
        (await client.GetStringAsync("/Account/SignIn")).ShouldContain("登录 GroupCrm");
    }

    [Theory]
    [InlineData("xx-INVALID", "/")]
    [InlineData("zh-Hans", "https://evil.example/")]
    [InlineData("zh-Hans", "//evil.example/")]
    public async Task Unknown_cultures_and_foreign_return_urls_are_ignored(string culture, string returnUrl)
    {
        var client = await app.SignedInClientAsync("am.east2");
        var response = await client.PostFormAsync("/Culture", new() { ["culture"] = culture, ["returnUrl"] = returnUrl }, formPage: "/");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }
}
