using System.Globalization;
using System.Net;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Jobs.Onboarding;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GroupCrm.Web.Tests.Accounts;

/// <summary>The daily reminder as the app runs it: its schedule, the job, and the notices on the dashboard.</summary>
public sealed class DocumentReminderTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private readonly DocumentPages _pages = new(factory);

    [Fact]
    public async Task The_job_is_scheduled_daily_at_seven_in_the_organisations_time_zone()
    {
        _ = factory.Server; // starts the app and its scheduler
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var trigger = (ICronTrigger)(await scheduler.GetTrigger(new TriggerKey(DocumentExpiryReminderJob.Name)))!;

        trigger.CronExpressionString.ShouldBe("0 0 7 * * ?");
        trigger.TimeZone.Id.ShouldBe("Asia/Shanghai");
        trigger.JobKey.Name.ShouldBe(DocumentExpiryReminderJob.Name);
    }

    [Fact]
    public async Task The_job_reminds_the_account_manager_once_however_often_it_runs()
    {
        var account = await _pages.AccountAsync("am.north2", AccountState.Active, "北方超市");
        var due = await _pages.InsertAsync(account, "RETAIL_LICENCE", DocumentVerdict.Accepted, _pages.Today.AddDays(12));
        var job = ActivatorUtilities.CreateInstance<DocumentExpiryReminderJob>(factory.Services);

        // The job reads nothing from its execution context.
        await job.Execute(null!);
        await job.Execute(null!);

        await using var db = _pages.Db();
        var note = await db.Notifications.SingleAsync(n => n.SubjectId == due && n.Kind == ExpiryReminders.Kind);
        note.UserId.ShouldBe(await db.Users.Where(u => u.UserName == "am.north2").Select(u => u.Id).SingleAsync());
        note.AccountId.ShouldBe(account);
        note.Text.ShouldBe($"零售许可证 of 北方超市 expires on {DocumentPages.Iso(_pages.Today.AddDays(12))}");
    }

    [Fact]
    public async Task The_dashboard_lists_unread_reminders_in_the_readers_language_and_only_their_owner_marks_them_read()
    {
        var account = await _pages.AccountAsync("am.east3", AccountState.Active, "<b>东方</b>超市");
        var expires = _pages.Today.AddDays(9);
        var document = await _pages.InsertAsync(account, "BUSINESS_LICENCE", DocumentVerdict.Accepted, expires);
        long id;
        await using (var db = _pages.Db())
        {
            var owner = await db.Users.Where(u => u.UserName == "am.east3").Select(u => u.Id).SingleAsync();
            var note = new Notification
            {
                UserId = owner, Kind = ExpiryReminders.Kind, SubjectId = document, AccountId = account,
                Text = "stored text", CreatedAt = DateTimeOffset.UtcNow.AddMinutes(5), // the newest, whatever the demo data holds
            };
            db.Notifications.Add(note);
            await db.SaveChangesAsync();
            id = note.Id;
        }
        var am = await factory.SignedInClientAsync("am.east3");
        // Dates are written in the reader's culture.
        var englishDate = expires.ToString("d", new CultureInfo("en"));
        var chineseDate = expires.ToString("d", new CultureInfo("zh-Hans"));

        var english = await am.GetStringAsync("/");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("zh-Hans");
        var chinese = await (await am.SendAsync(request)).Content.ReadAsStringAsync();

        english.ShouldContain($"Business licence of &lt;b&gt;东方&lt;/b&gt;超市 expires on {englishDate}");
        english.ShouldContain($"href=\"/Accounts/{account}\"");
        chinese.ShouldContain($"&lt;b&gt;东方&lt;/b&gt;超市的营业执照将于 {chineseDate} 到期");

        var other = await factory.SignedInClientAsync("am.east1");
        (await other.PostFormAsync("/?handler=Read", new() { ["notificationId"] = id.ToString(CultureInfo.InvariantCulture) }, "/"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await am.GetStringAsync("/")).ShouldContain("&lt;b&gt;东方&lt;/b&gt;超市 expires on");

        (await am.PostFormAsync("/?handler=Read", new() { ["notificationId"] = id.ToString(CultureInfo.InvariantCulture) }, "/"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await am.GetStringAsync("/")).ShouldNotContain("&lt;b&gt;东方&lt;/b&gt;超市 expires on");
    }
}
