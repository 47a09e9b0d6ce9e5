using System.Globalization;
using System.Net;
using GroupCrm.Core.Data;
using GroupCrm.Core.DemoData;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Accounts;

/// <summary>
/// Creating a draft, moving accounts through the workflow and recording surveys over HTTP on the demo data:
/// what is written, what is shown, and that nobody outside the account's people gets anywhere.
/// Each test works on accounts no other test of the class touches.
/// </summary>
public sealed class WorkflowPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private static int _serial;

    [Fact]
    public async Task An_account_manager_creates_a_draft_and_submits_it()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var licence = NewLicence();

        var created = await am.PostFormAsync("/Accounts/Create", CreateFields("浦江便利", licence));

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = factory.CreateDbContext();
        var account = await db.Accounts.SingleAsync(a => a.BusinessLicenceNumber == licence);
        created.Headers.Location!.OriginalString.ShouldBe($"/Accounts/{account.Id}");
        account.State.ShouldBe(AccountState.Draft);
        account.AccountManagerId.ShouldBe(await UserIdAsync("am.east1"));
        var page = await TextAsync(await am.GetAsync(created.Headers.Location));
        page.ShouldContain("The draft account 浦江便利 was created.");
        page.ShouldContain("data-testid=\"workflow-Submitted\"");

        var submitted = await TransitionAsync(am, account.Id, AccountState.Submitted, "Documents uploaded.");

        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StateAsync(account.Id)).ShouldBe(AccountState.Submitted);
        var after = await TextAsync(await am.GetAsync(submitted.Headers.Location));
        after.ShouldContain("The account is now Submitted.");
        after.ShouldContain("Documents uploaded.");
        after.ShouldNotContain("data-testid=\"workflow-Submitted\"");
    }

    [Fact]
    public async Task The_gate_names_the_missing_documents_and_the_timeline_speaks_the_readers_language()
    {
        var am = await factory.SignedInClientAsync("am.north1");
        var created = await am.PostFormAsync("/Accounts/Create", CreateFields("北城超市", NewLicence()));
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        await TransitionAsync(am, id, AccountState.Submitted, null);
        var mm = await factory.SignedInClientAsync(MarketManagerOf("N"));
        mm.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");
        await TransitionAsync(mm, id, AccountState.UnderReview, "开始审核");

        var refused = await TransitionAsync(mm, id, AccountState.SiteSurveyed, null);
        var page = await TextAsync(await mm.GetAsync(refused.Headers.Location));

        page.ShouldContain("以下必备证照缺失、尚未通过审核或已过期：营业执照、法人代表身份证、");
        page.ShouldContain("该客户尚未记录实地考察。");
        page.ShouldContain("<span data-testid=\"timeline-from\">草稿</span>");
        page.ShouldContain("<strong data-testid=\"timeline-to\">审核中</strong>");
        page.ShouldContain("开始审核");
        (await StateAsync(id)).ShouldBe(AccountState.UnderReview);
    }

    [Fact]
    public async Task An_administrator_creates_a_draft_for_a_chosen_account_manager()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var manager = await UserIdAsync("am.west3");
        var licence = NewLicence();
        var fields = CreateFields("西城量贩", licence);
        fields["Input.AccountManagerId"] = manager.ToString(CultureInfo.InvariantCulture);

        (await TextAsync(await admin.GetAsync("/Accounts/Create"))).ShouldContain("徐明 Xu Ming (West)");
        var response = await admin.PostFormAsync("/Accounts/Create", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = factory.CreateDbContext();
        var account = await db.Accounts.Where(a => a.BusinessLicenceNumber == licence)
            .Select(a => new { a.AccountManagerId, District = a.District!.Code, MarketManager = a.MarketManager!.UserName }).SingleAsync();
        account.ShouldBe(new { AccountManagerId = manager, District = "W", MarketManager = (string?)"mm.west" });
    }

    [Theory]
    [InlineData("mm.east")]
    [InlineData("approver")]
    public async Task Only_account_managers_and_administrators_open_the_create_page(string userName)
    {
        var client = await factory.SignedInClientAsync(userName);

        (await client.GetAsync("/Accounts/Create")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var post = await client.PostFormAsync("/Accounts/Create", CreateFields("越权连锁", NewLicence()), formPage: "/");
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_input_on_the_create_page_is_shown_on_the_form_and_nothing_is_written()
    {
        var am = await factory.SignedInClientAsync("am.east2");
        await using var db = factory.CreateDbContext();
        var before = await db.Accounts.CountAsync();
        var taken = await db.Accounts.OrderBy(a => a.Id).Select(a => new { a.Name, a.BusinessLicenceNumber }).FirstAsync();

        var badCode = await TextAsync(await am.PostFormAsync("/Accounts/Create", CreateFields("连锁", "91310000MA1FL0IO1A")));
        var duplicate = await TextAsync(await am.PostFormAsync("/Accounts/Create", CreateFields("连锁", taken.BusinessLicenceNumber)));
        var tooLong = await TextAsync(await am.PostFormAsync("/Accounts/Create", CreateFields(new string('长', 201), NewLicence())));

        badCode.ShouldContain("18-character unified social credit code");
        duplicate.ShouldContain($"The business licence number {taken.BusinessLicenceNumber} is already held by {taken.Name}.");
        tooLong.ShouldContain("The name can be at most 200 characters.");
        (await db.Accounts.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Script_in_a_name_is_shown_as_text()
    {
        const string name = "<script>alert('x')</script>连锁";
        var am = await factory.SignedInClientAsync("am.east3");

        var created = await am.PostFormAsync("/Accounts/Create", CreateFields(name, NewLicence()));
        var html = await (await am.GetAsync(created.Headers.Location)).Content.ReadAsStringAsync();
        var refused = await am.PostFormAsync("/Accounts/Create", CreateFields(name + new string('长', 200), NewLicence()));
        var form = await refused.Content.ReadAsStringAsync();

        html.ShouldNotContain("<script>alert");
        html.ShouldContain("&lt;script&gt;alert(");
        form.ShouldNotContain("<script>alert");
        form.ShouldContain("&lt;script&gt;alert(");
    }

    [Fact]
    public async Task A_market_manager_of_another_district_gets_not_found_for_transitions_and_surveys()
    {
        var (id, district, _) = await DemoAccountAsync(AccountState.UnderReview);
        var west = await factory.SignedInClientAsync(MarketManagers.First(m => m.DistrictCode != district).UserName);

        var move = await TransitionAsync(west, id, AccountState.Rejected, "Not ours.", formPage: "/");
        var surveyPage = await west.GetAsync($"/Accounts/{id}/Survey");
        var survey = await west.PostFormAsync($"/Accounts/{id}/Survey", SurveyFields("Not ours."), formPage: "/");

        move.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        surveyPage.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        survey.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await StateAsync(id)).ShouldBe(AccountState.UnderReview);
        await using var db = factory.CreateDbContext();
        (await db.SiteSurveys.AnyAsync(s => s.AccountId == id && s.Notes == "Not ours.")).ShouldBeFalse();
    }

    [Fact]
    public async Task An_account_manager_cannot_approve_their_own_account()
    {
        var (id, _, ownerName) = await DemoAccountAsync(AccountState.PendingApproval);
        var owner = await factory.SignedInClientAsync(ownerName);

        var response = await TransitionAsync(owner, id, AccountState.Active, null);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await StateAsync(id)).ShouldBe(AccountState.PendingApproval);
        (await TextAsync(await owner.GetAsync($"/Accounts/{id}"))).ShouldNotContain("data-testid=\"workflow-Active\"");
    }

    [Fact]
    public async Task The_marketing_centre_approves_an_account_pending_approval()
    {
        var (id, _, _) = await DemoAccountAsync(AccountState.PendingApproval, skip: 1);
        var approver = await factory.SignedInClientAsync("approver");
        (await TextAsync(await approver.GetAsync($"/Accounts/{id}"))).ShouldContain("data-testid=\"workflow-Active\"");

        var response = await TransitionAsync(approver, id, AccountState.Active, "Welcome.");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StateAsync(id)).ShouldBe(AccountState.Active);
        var page = await TextAsync(await approver.GetAsync($"/Accounts/{id}"));
        page.ShouldContain("The account is now Active.");
        page.ShouldContain("Welcome.");
    }

    [Fact]
    public async Task A_refused_step_comes_back_with_its_reason_and_changes_nothing()
    {
        var (id, district, _) = await DemoAccountAsync(AccountState.Active);
        var mm = await factory.SignedInClientAsync(MarketManagerOf(district));
        var version = await VersionAsync(id);

        var noReason = await TransitionAsync(mm, id, AccountState.Suspended, "  ");
        var noReasonPage = await TextAsync(await mm.GetAsync(noReason.Headers.Location));
        var wrongState = await TransitionAsync(mm, id, AccountState.UnderReview, null);
        var wrongStatePage = await TextAsync(await mm.GetAsync(wrongState.Headers.Location));
        var stale = await TransitionAsync(mm, id, AccountState.Suspended, "Licence lapsed.", version: version + 1);
        var stalePage = await TextAsync(await mm.GetAsync(stale.Headers.Location));

        noReasonPage.ShouldContain("Enter a reason: this step needs one.");
        wrongStatePage.ShouldContain("This account is Active: its review cannot be started.");
        stalePage.ShouldContain("Someone else changed this record in the meantime.");
        (await StateAsync(id)).ShouldBe(AccountState.Active);
        (await VersionAsync(id)).ShouldBe(version);
    }

    [Fact]
    public async Task The_districts_market_manager_records_a_survey_through_the_form()
    {
        var (id, district, _) = await DemoAccountAsync(AccountState.UnderReview);
        var mm = await factory.SignedInClientAsync(MarketManagerOf(district));
        (await TextAsync(await mm.GetAsync($"/Accounts/{id}"))).ShouldContain("data-testid=\"record-survey\"");

        var response = await mm.PostFormAsync($"/Accounts/{id}/Survey", SurveyFields("<b>Busy corner</b>, clean shelves."));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = factory.CreateDbContext();
        var survey = await db.SiteSurveys.Where(s => s.AccountId == id).OrderByDescending(s => s.Id).FirstAsync();
        (survey.LocationScore, survey.ManagementScore, survey.Recommend).ShouldBe(((short)4, (short)5, true));
        var html = await (await mm.GetAsync($"/Accounts/{id}")).Content.ReadAsStringAsync();
        html.ShouldContain("The site survey was recorded.");
        html.ShouldContain("&lt;b&gt;Busy corner&lt;/b&gt;, clean shelves.");
    }

    [Fact]
    public async Task A_survey_with_bad_scores_or_a_future_date_is_refused_on_the_form()
    {
        var (id, district, _) = await DemoAccountAsync(AccountState.SiteSurveyed);
        var mm = await factory.SignedInClientAsync(MarketManagerOf(district));
        await using var db = factory.CreateDbContext();
        var before = await db.SiteSurveys.CountAsync(s => s.AccountId == id);

        var zero = await mm.PostFormAsync($"/Accounts/{id}/Survey", SurveyFields("x", location: "0"));
        var six = await mm.PostFormAsync($"/Accounts/{id}/Survey", SurveyFields("x", location: "6"));
        var future = await mm.PostFormAsync($"/Accounts/{id}/Survey", SurveyFields("x", date: DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        (await TextAsync(zero)).ShouldContain("Each score is a whole number from 1 to 5.");
        (await TextAsync(six)).ShouldContain("Each score is a whole number from 1 to 5.");
        (await TextAsync(future)).ShouldContain("The survey date cannot be in the future.");
        (await TextAsync(await mm.PostFormAsync($"/Accounts/{id}/Survey", SurveyFields("x", date: "31/02/2026"))))
            .ShouldContain("Enter the date of the survey.");
        (await db.SiteSurveys.CountAsync(s => s.AccountId == id)).ShouldBe(before);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Only_the_districts_market_manager_opens_the_survey_form(bool asOwner)
    {
        var (id, _, owner) = await DemoAccountAsync(AccountState.UnderReview);
        var client = await factory.SignedInClientAsync(asOwner ? owner : "approver");

        (await client.GetAsync($"/Accounts/{id}/Survey")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostFormAsync($"/Accounts/{id}/Survey", SurveyFields("x"), formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static Dictionary<string, string> CreateFields(string name, string licence) => new()
    {
        ["Input.Name"] = name, ["Input.NameEn"] = "Test chain", ["Input.BusinessLicenceNumber"] = licence,
        ["Input.HqAddress"] = "上海市徐汇区漕溪北路 1 号", ["Input.LegalRepresentative"] = "王五", ["Input.OrderPhone"] = "021-6400 1234",
    };

    private static Dictionary<string, string> SurveyFields(string notes, string location = "4", string? date = null) => new()
    {
        ["Input.SurveyedOn"] = date ?? DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.LocationScore"] = location, ["Input.EnvironmentScore"] = "3", ["Input.AppearanceScore"] = "4",
        ["Input.SalesScaleScore"] = "2", ["Input.ManagementScore"] = "5", ["Input.Notes"] = notes, ["Input.Recommend"] = "true",
    };

    private async Task<HttpResponseMessage> TransitionAsync(
        HttpClient client, int id, AccountState to, string? note, string? formPage = null, uint? version = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["ToState"] = to.ToString(), ["Note"] = note ?? "",
            ["Version"] = (version ?? await VersionAsync(id)).ToString(CultureInfo.InvariantCulture),
        };
        return await client.PostFormAsync($"/Accounts/{id}/Transition", fields, formPage ?? $"/Accounts/{id}");
    }

    // Unique within the class's database, and never one of the demo codes (those carry a region code after "91").
    private static string NewLicence() => $"91WPT{Interlocked.Increment(ref _serial):D13}";

    private static readonly IReadOnlyList<DemoLogin> MarketManagers = [.. DemoLogins.InRole(Roles.MarketManager)];

    private static string MarketManagerOf(string district) => MarketManagers.Single(m => m.DistrictCode == district).UserName;

    /// <summary>The demo accounts in a state, by id: the one at <paramref name="skip"/>, with its district code and manager.</summary>
    private async Task<(int Id, string District, string Owner)> DemoAccountAsync(AccountState state, int skip = 0)
    {
        await using var db = factory.CreateDbContext();
        var account = await db.Accounts.Where(a => a.State == state).OrderBy(a => a.Id).Skip(skip)
            .Select(a => new { a.Id, a.District!.Code, Owner = a.AccountManager!.UserName! }).FirstAsync();
        return (account.Id, account.Code, account.Owner);
    }

    private async Task<AccountState> StateAsync(int id)
    {
        await using var db = factory.CreateDbContext();
        return await db.Accounts.Where(a => a.Id == id).Select(a => a.State).SingleAsync();
    }

    private async Task<uint> VersionAsync(int id)
    {
        await using var db = factory.CreateDbContext();
        return await db.Accounts.Where(a => a.Id == id).Select(a => a.Version).SingleAsync();
    }

    private async Task<int> UserIdAsync(string userName)
    {
        await using var db = factory.CreateDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
