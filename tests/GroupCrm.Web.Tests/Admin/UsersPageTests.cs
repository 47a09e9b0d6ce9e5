using System.Globalization;
using System.Net;
using GroupCrm.Core.Data;
using GroupCrm.Core.DemoData;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Admin;

/// <summary>
/// The administrator's user pages over HTTP on the demo data: what they show, what they write, and
/// that nobody else (and no forged form) gets to write. Each test works on users no other test touches.
/// </summary>
public sealed class UsersPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string NewPassword = "Quiet-Orchard-Lane-7";

    [Fact]
    public async Task The_administrator_sees_the_users_and_can_filter_them()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var all = await TextAsync(await admin.GetAsync("/Admin/Users"));
        var east = await TextAsync(await admin.GetAsync($"/Admin/Users?Role=AccountManager&DistrictId={await DistrictIdAsync("E")}"));
        var text = await TextAsync(await admin.GetAsync("/Admin/Users?Text=NORTH2"));
        var none = await TextAsync(await admin.GetAsync("/Admin/Users?Text=no-such-person"));

        all.ShouldContain("am.east1");
        all.ShouldContain("data-testid=\"users-table\"");
        east.ShouldContain("am.east3");
        east.ShouldNotContain("mm.east");
        east.ShouldNotContain("am.west1");
        text.ShouldContain("am.north2");
        text.ShouldNotContain("am.north1");
        none.ShouldContain("No users match these filters.");
    }

    [Fact]
    public async Task The_list_speaks_the_users_language_district_names_included()
    {
        var admin = await factory.SignedInClientAsync("admin");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Admin/Users?Text=am.east1");
        request.Headers.AcceptLanguage.ParseAdd("zh-Hans");

        var zh = await TextAsync(await admin.SendAsync(request));
        var en = await TextAsync(await admin.GetAsync("/Admin/Users?Text=am.east1"));

        zh.ShouldContain("东区");
        zh.ShouldContain("客户经理");
        zh.ShouldContain("显示名称");
        en.ShouldContain(">East<");
        en.ShouldContain("Display name");
    }

    [Fact]
    public async Task A_created_user_exists_with_their_role_and_can_sign_in()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var district = await DistrictIdAsync("W");

        var response = await admin.PostFormAsync("/Admin/Users/Create", CreateFields("am.west9", district));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await admin.GetAsync(response.Headers.Location))).ShouldContain("User am.west9 was created.");
        await using var db = Db();
        var user = await db.Users.SingleAsync(u => u.UserName == "am.west9");
        user.DistrictId.ShouldBe(district);
        (await RolesOfAsync(db, user.Id)).ShouldBe([Roles.AccountManager]);
        await Should.NotThrowAsync(() => factory.SignedInClientAsync("am.west9", NewPassword));
    }

    [Fact]
    public async Task Editing_changes_the_role_and_the_district()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var id = await UserIdAsync("am.west2");
        var north = await DistrictIdAsync("N");

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{id}", new()
        {
            ["Input.DisplayName"] = "Wu Qian",
            ["Input.Email"] = "wu.qian@example.com",
            ["Input.Role"] = Roles.MarketManager,
            ["Input.DistrictId"] = north.ToString(CultureInfo.InvariantCulture),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = Db();
        var user = await db.Users.SingleAsync(u => u.Id == id);
        (user.DisplayName, user.Email, user.DistrictId).ShouldBe(("Wu Qian", "wu.qian@example.com", (int?)north));
        (await RolesOfAsync(db, id)).ShouldBe([Roles.MarketManager]);
    }

    [Fact]
    public async Task A_disabled_user_is_signed_out_on_their_next_request_and_cannot_sign_in_again()
    {
        var victim = await factory.SignedInClientAsync("am.north3");
        (await victim.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await factory.SignedInClientAsync("admin");
        var id = await UserIdAsync("am.north3");

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{id}?handler=Disable", [], $"/Admin/Users/Edit/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await admin.GetAsync(response.Headers.Location))).ShouldContain("The user was disabled and signed out.");
        var next = await victim.GetAsync("/");
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
        var again = await factory.CreateBrowserLikeClient().PostFormAsync("/Account/SignIn",
            new() { ["UserName"] = "am.north3", ["Password"] = DemoLogins.Password });
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TextAsync(again)).ShouldContain("This account is disabled. Ask your administrator.");
        await using var db = Db();
        (await db.Users.SingleAsync(u => u.Id == id)).IsDisabled.ShouldBeTrue();
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var id = await UserIdAsync("am.west3");

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{id}?handler=ResetPassword",
            new() { ["Reset.Password"] = NewPassword }, $"/Admin/Users/Edit/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await Should.NotThrowAsync(() => factory.SignedInClientAsync("am.west3", NewPassword));
        await Should.ThrowAsync<InvalidOperationException>(() => factory.SignedInClientAsync("am.west3"));
    }

    [Fact]
    public async Task A_weak_reset_password_is_refused_with_a_message()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var id = await UserIdAsync("am.east2");

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{id}?handler=ResetPassword",
            new() { ["Reset.Password"] = "short" }, $"/Admin/Users/Edit/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TextAsync(response)).ShouldContain("Passwords must be at least 12 characters.");
        await Should.NotThrowAsync(() => factory.SignedInClientAsync("am.east2"));
    }

    [Theory]
    [InlineData("am.east1")]
    [InlineData("mm.east")]
    public async Task Managers_are_refused_the_pages_and_cannot_create_users(string userName)
    {
        var manager = await factory.SignedInClientAsync(userName);

        await ShouldBeForbiddenAsync(await manager.GetAsync("/Admin/Users"));
        // A valid token of the manager's own session, taken from a page they may open.
        var post = await manager.PostFormAsync("/Admin/Users/Create", CreateFields($"by.{userName}", null), "/Account/SignOut");

        await ShouldBeForbiddenAsync(post);
        await using var db = Db();
        (await db.Users.AnyAsync(u => u.UserName == $"by.{userName}")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_forged_antiforgery_token_is_rejected_and_changes_nothing()
    {
        var admin = await factory.SignedInClientAsync("admin");
        await admin.GetAsync("/Admin/Users/Create"); // so the antiforgery cookie exists and only the form token is wrong
        var id = await UserIdAsync("am.north1");
        var fields = new Dictionary<string, string>(CreateFields("forged.user", null)) { ["__RequestVerificationToken"] = "CfDJ8forged" };

        var create = await admin.PostAsync("/Admin/Users/Create", new FormUrlEncodedContent(fields));
        var disable = await admin.PostAsync($"/Admin/Users/Edit/{id}?handler=Disable", new FormUrlEncodedContent(fields));

        create.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        disable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = Db();
        (await db.Users.AnyAsync(u => u.UserName == "forged.user")).ShouldBeFalse();
        (await db.Users.SingleAsync(u => u.Id == id)).IsDisabled.ShouldBeFalse();
    }

    [Fact]
    public async Task Over_long_fields_get_a_clear_message_and_nothing_is_written()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var id = await UserIdAsync("approver");
        var fields = new Dictionary<string, string>(CreateFields("too.long", null)) { ["Input.DisplayName"] = new string('x', 101) };

        var create = await admin.PostFormAsync("/Admin/Users/Create", fields);
        var edit = await admin.PostFormAsync($"/Admin/Users/Edit/{id}", new()
        {
            ["Input.DisplayName"] = "Li Na",
            ["Input.Email"] = new string('e', 300) + "@example.com",
            ["Input.Role"] = Roles.MarketingCenter,
        });

        create.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TextAsync(create)).ShouldContain("The display name can be at most 100 characters.");
        edit.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TextAsync(edit)).ShouldContain("The e-mail address can be at most 256 characters.");
        await using var db = Db();
        (await db.Users.AnyAsync(u => u.UserName == "too.long")).ShouldBeFalse();
        (await db.Users.SingleAsync(u => u.Id == id)).Email.ShouldBe("approver@groupcrm.example");
    }

    [Fact]
    public async Task The_administrator_cannot_disable_themself_through_the_page()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var id = await UserIdAsync("admin");

        var page = await TextAsync(await admin.GetAsync($"/Admin/Users/Edit/{id}"));
        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{id}?handler=Disable", [], $"/Admin/Users/Edit/{id}");

        page.ShouldNotContain("data-testid=\"disable-user\"");
        (await TextAsync(response)).ShouldContain("You cannot disable your own account.");
        (await admin.GetAsync("/Admin/Users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_user_id_is_not_found()
    {
        var admin = await factory.SignedInClientAsync("admin");

        (await admin.GetAsync("/Admin/Users/Edit/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var post = await admin.PostFormAsync("/Admin/Users/Edit/999999?handler=Enable", [], "/Admin/Users/Create");
        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Dictionary<string, string> CreateFields(string userName, int? districtId) => new()
    {
        ["Input.UserName"] = userName,
        ["Input.DisplayName"] = "New Colleague",
        ["Input.Email"] = $"{userName}@example.com",
        ["Input.Role"] = Roles.AccountManager,
        ["Input.DistrictId"] = districtId?.ToString(CultureInfo.InvariantCulture) ?? "",
        ["Input.Password"] = NewPassword,
    };

    private static async Task ShouldBeForbiddenAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Your role does not give access to this page.");
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private CrmDbContext Db() => new(new DbContextOptionsBuilder<CrmDbContext>().UseNpgsql(factory.ConnectionString).Options);

    private async Task<int> UserIdAsync(string userName)
    {
        await using var db = Db();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private async Task<int> DistrictIdAsync(string code)
    {
        await using var db = Db();
        return await db.Districts.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
    }

    private static Task<List<string>> RolesOfAsync(CrmDbContext db, int userId) =>
        db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
}
