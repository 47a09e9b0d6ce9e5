using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Accounts.RecordsPages;

namespace GroupCrm.Web.Tests.Accounts;

/// <summary>The HQ record form sets the language the chain's allocation notices are written in.</summary>
public sealed class NoticeLanguageFieldTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private async Task<string> LanguageAsync(int id)
    {
        await using var db = factory.CreateDbContext();
        return await db.Accounts.Where(a => a.Id == id).Select(a => a.NoticeLanguage).SingleAsync();
    }

    [Fact]
    public async Task The_form_shows_the_language_and_saves_a_new_one()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var id = await AccountOfAsync(factory, "am.east1", 0);
        var url = $"/Accounts/{id}/Edit";
        var current = await LanguageAsync(id);

        var form = await am.GetStringAsync(url);
        form.ShouldContain("data-testid=\"notice-language\"");
        form.ShouldContain($"<option value=\"{current}\" selected=\"selected\">");

        var other = current == "en" ? "zh-Hans" : "en";
        var fields = HqFields("杭州华联超市连锁", await FormVersionAsync(am, url));
        fields["Input.NoticeLanguage"] = other;
        (await am.PostFormAsync(url, fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await LanguageAsync(id)).ShouldBe(other);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("zh-hans")]
    public async Task Any_other_language_is_refused_on_the_form_and_nothing_is_written(string language)
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var id = await AccountOfAsync(factory, "am.east1", 1);
        var url = $"/Accounts/{id}/Edit";
        var version = await FormVersionAsync(am, url);
        var before = await LanguageAsync(id);
        var fields = HqFields("不该保存", version);
        fields["Input.NoticeLanguage"] = language;

        var page = await TextAsync(await am.PostFormAsync(url, fields));

        page.ShouldContain("Choose the language of the notices: Chinese or English.");
        page.ShouldNotContain("<script>alert(1)</script>");
        (await LanguageAsync(id)).ShouldBe(before);
        (await FormVersionAsync(am, url)).ShouldBe(version);
    }
}
