using System.Net;
using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Scheduling;
using GroupCrm.Jobs.Letters;
using GroupCrm.Jobs.Onboarding;
using GroupCrm.Jobs.Quotas;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GroupCrm.Web.Tests.Admin.Jobs;

/// <summary>The administrator's jobs page over HTTP: every job with its schedule and runs, "run now", the outbox, and nobody else.</summary>
public sealed class JobsPageTests(JobsFactory factory) : IClassFixture<JobsFactory>, IDisposable
{
    private const string Url = "/Admin/Jobs";
    private const string Started = "Started. Refresh in a moment to see the outcome.";

    [Fact]
    public async Task The_administrator_sees_every_scheduled_job_with_its_schedule_in_words_and_its_next_run()
    {
        var scheduler = await factory.SchedulerAsync();
        var admin = await factory.SignedInClientAsync("admin");

        var page = await TextAsync(await admin.GetAsync(Url));

        var zone = factory.Services.GetRequiredService<OrganisationCalendar>().TimeZone;
        var keys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), default);
        keys.Select(k => k.Name).ShouldContain(LetterDraftingJob.Name);
        foreach (var key in keys)
        {
            var row = Row(page, key.Name);
            var next = (await scheduler.GetTriggersOfJob(key, default)).Min(t => t.NextFireTimeUtc).ShouldNotBeNull();
            row.ShouldContain($"data-testid=\"job-next\">{TimeZoneInfo.ConvertTime(next, zone):yyyy-MM-dd HH:mm}<");
            row.ShouldContain("Asia/Shanghai");
        }
        Row(page, QuotaReminderJob.Name).ShouldContain("Every Monday at 08:00");
        Row(page, QuotaReminderJob.Name).ShouldContain("0 0 8 ? * MON");
        Row(page, DocumentExpiryReminderJob.Name).ShouldContain("Daily at 07:00");
        Row(page, LetterDraftingJob.Name).ShouldContain("On day 1 of each month at 06:00");
        page.ShouldContain("Times are in the organisation's time zone (Asia/Shanghai).");
    }

    [Fact]
    public async Task The_outbox_counts_by_state_the_pickup_folder_and_a_link_to_the_outbox_are_shown()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<MailOutbox>()
                .EnqueueAsync(new MailRequest("letter", "jobs-page-held", ["wang.at.hualian"], "Held", "Text"));
        var admin = await factory.SignedInClientAsync("admin");

        var page = await TextAsync(await admin.GetAsync(Url));

        Dictionary<MailState, int> counts;
        await using (var db = factory.CreateDbContext())
            counts = await db.OutgoingMessages.GroupBy(m => m.State).ToDictionaryAsync(g => g.Key, g => g.Count());
        counts[MailState.Held].ShouldBeGreaterThanOrEqualTo(1);
        foreach (var state in Enum.GetValues<MailState>())
            page.ShouldContain($"data-testid=\"outbox-{state}\">{counts.GetValueOrDefault(state)}<");
        page.ShouldContain("href=\"/Admin/Outbox\"");
        page.ShouldContain($"No SMTP server is configured: messages are written as .eml files to {factory.PickupFolder}.");
    }

    [Fact]
    public async Task Run_now_starts_the_job_records_who_started_it_and_the_page_shows_the_run()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var response = await admin.PostFormAsync($"{Url}?handler=Run", new() { ["name"] = DocumentExpiryReminderJob.Name }, Url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await admin.GetAsync(response.Headers.Location))).ShouldContain(Started);
        var run = await factory.FinishedRunAsync(DocumentExpiryReminderJob.Name, r => r.StartedBy == "admin");
        run.Outcome.ShouldBe(JobOutcome.Succeeded);
        var page = await TextAsync(await admin.GetAsync($"{Url}?Runs={DocumentExpiryReminderJob.Name}"));
        var row = RunRow(page, run.Id);
        row.ShouldContain("Succeeded");
        row.ShouldContain("data-testid=\"run-started-by\">admin<");
        Row(page, DocumentExpiryReminderJob.Name).ShouldContain("data-testid=\"last-status\">Succeeded<");
    }

    [Fact]
    public async Task The_letter_drafting_runs_for_the_month_given_and_offers_the_previous_month()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var previous = LetterMonths.Format(LetterMonths.Previous(factory.Services.GetRequiredService<OrganisationCalendar>().Today));

        var form = Row(await TextAsync(await admin.GetAsync(Url)), LetterDraftingJob.Name);
        var response = await admin.PostFormAsync($"{Url}?handler=Run", new() { ["name"] = LetterDraftingJob.Name, ["month"] = previous }, Url);

        form.ShouldContain($"type=\"month\" id=\"month-LetterDrafting\" name=\"month\" value=\"{previous}\"");
        (await TextAsync(await admin.GetAsync(response.Headers.Location))).ShouldContain(Started);
        var run = await factory.FinishedRunAsync(LetterDraftingJob.Name, r => r.StartedBy == "admin");
        run.Outcome.ShouldBe(JobOutcome.Succeeded);
        run.Summary.ShouldNotBeNull().ShouldContain($"for {previous}:");
    }

    [Theory]
    [InlineData("2026-13", "\"2026-13\" is not a month. Write the year and month, e.g. ")]
    [InlineData("13/2026", "\"13/2026\" is not a month. Write the year and month, e.g. ")]
    [InlineData("<script>alert(1)</script>", "\"<script>alert(1)</script>\" is not a month.")]
    [InlineData("2020-01", LetterMonths.TooOldMessage)]
    public async Task A_month_that_cannot_be_drafted_is_refused_with_a_message_and_nothing_starts(string month, string message)
    {
        var admin = await factory.SignedInClientAsync("admin");
        var before = await factory.RunsAsync(LetterDraftingJob.Name);

        var page = await RunNowAsync(admin, LetterDraftingJob.Name, month, decode: false);

        WebUtility.HtmlDecode(page).ShouldContain(message);
        page.ShouldNotContain("<script>alert(1)");
        await NothingStartedAsync(LetterDraftingJob.Name, before.Count);
    }

    [Fact]
    public async Task The_current_month_and_a_very_long_month_are_refused()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var current = LetterMonths.Format(factory.Services.GetRequiredService<OrganisationCalendar>().Today);
        var before = await factory.RunsAsync(LetterDraftingJob.Name);

        var notEnded = await RunNowAsync(admin, LetterDraftingJob.Name, current);
        var longOne = await RunNowAsync(admin, LetterDraftingJob.Name, new string('9', 5000));

        notEnded.ShouldContain(LetterMonths.NotEndedMessage);
        longOne.ShouldContain($"\"{new string('9', 49)}…\" is not a month.");
        longOne.ShouldNotContain(new string('9', 51));
        await NothingStartedAsync(LetterDraftingJob.Name, before.Count);
    }

    [Fact]
    public async Task An_unknown_job_a_hostile_name_and_an_input_the_job_does_not_take_are_refused_and_nothing_starts()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var hostile = "<script>alert('job')</script>" + new string('x', 5000);
        var before = await factory.RunsAsync(QuotaReminderJob.Name);

        (await RunNowAsync(admin, "NoSuchJob")).ShouldContain("There is no job called \"NoSuchJob\".");
        var script = await RunNowAsync(admin, hostile, decode: false);
        script.ShouldNotContain("<script>alert('job')");
        script.ShouldContain("&lt;script&gt;");
        script.ShouldNotContain(new string('x', 100));
        (await RunNowAsync(admin, null)).ShouldContain("There is no job called \"\".");
        (await RunNowAsync(admin, QuotaReminderJob.Name, "2026-04")).ShouldContain("The job QuotaReminders takes no input \"month\".");
        await NothingStartedAsync(QuotaReminderJob.Name, before.Count);
    }

    [Fact]
    public async Task Summaries_and_errors_are_shown_escaped_and_a_run_no_node_is_running_is_shown_as_interrupted()
    {
        var now = DateTimeOffset.UtcNow;
        long failed, interrupted;
        await using (var db = factory.CreateDbContext())
        {
            var f = Run("hostile-failed", now.AddMinutes(-10), JobOutcome.Failed, "<img src=x onerror=alert(1)>", "<script>alert('error')</script>");
            var i = Run("killed-node", now.AddHours(-3), JobOutcome.Running, null, null);
            db.JobRuns.AddRange(f, i);
            await db.SaveChangesAsync();
            (failed, interrupted) = (f.Id, i.Id);
        }
        var admin = await factory.SignedInClientAsync("admin");

        var page = await admin.GetStringAsync($"{Url}?Runs=QuotaReminders");

        page.ShouldNotContain("<script>alert('error')");
        page.ShouldNotContain("<img src=x");
        RunRow(page, failed).ShouldContain("&lt;script&gt;");
        RunRow(page, failed).ShouldContain("&lt;img src=x onerror=alert(1)&gt;");
        RunRow(page, interrupted).ShouldContain("Interrupted");
        RunRow(page, failed).ShouldContain("Error");
    }

    [Fact]
    public async Task The_page_speaks_Chinese()
    {
        var admin = await factory.SignedInClientAsync("admin");
        using var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.AcceptLanguage.ParseAdd("zh-Hans");

        var page = await TextAsync(await admin.SendAsync(request));

        page.ShouldContain("后台任务");
        page.ShouldContain("立即运行");
        page.ShouldContain("每星期一 08:00");
        page.ShouldContain("每天 07:00");
    }

    [Theory]
    [InlineData("am.east1")]
    [InlineData("mm.east")]
    [InlineData("approver")]
    public async Task Everyone_but_the_administrator_is_refused_the_page_and_run_now(string userName)
    {
        var user = await factory.SignedInClientAsync(userName);
        var before = await factory.RunsAsync(QuotaReminderJob.Name);

        var page = await user.GetAsync(Url);
        // A valid token of the user's own session, taken from a page they may open.
        var run = await user.PostFormAsync($"{Url}?handler=Run", new() { ["name"] = QuotaReminderJob.Name }, "/Account/SignOut");

        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        run.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await NothingStartedAsync(QuotaReminderJob.Name, before.Count);
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_sign_in()
    {
        var anonymous = factory.CreateBrowserLikeClient();

        var response = await anonymous.GetAsync(Url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
    }

    /// <summary>Presses "run now" (with the month, when given) and returns the page it leads back to.</summary>
    private static async Task<string> RunNowAsync(HttpClient admin, string? job, string? month = null, bool decode = true)
    {
        var fields = new Dictionary<string, string>();
        if (job is not null) fields["name"] = job;
        if (month is not null) fields["month"] = month;
        var response = await admin.PostFormAsync($"{Url}?handler=Run", fields, Url);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await admin.GetStringAsync(response.Headers.Location);
        return decode ? WebUtility.HtmlDecode(page) : page;
    }

    /// <summary>A moment later the job has no firing waiting beside its schedule's own trigger, and no more runs than before.</summary>
    private async Task NothingStartedAsync(string jobName, int runsBefore)
    {
        var scheduler = await factory.SchedulerAsync();
        await Task.Delay(300);
        (await scheduler.GetTriggersOfJob(new JobKey(jobName), default)).Count.ShouldBe(1);
        (await factory.RunsAsync(jobName)).Count.ShouldBe(runsBefore);
    }

    private static JobRun Run(string fireInstanceId, DateTimeOffset startedAt, JobOutcome outcome, string? summary, string? error) => new()
    {
        JobName = QuotaReminderJob.Name, FireInstanceId = fireInstanceId, Instance = "test", StartedAt = startedAt,
        Outcome = outcome, Summary = summary, Error = error,
        FinishedAt = outcome == JobOutcome.Running ? null : startedAt.AddSeconds(2), DurationMs = outcome == JobOutcome.Running ? null : 2000,
    };

    /// <summary>The table row of one job (its HTML, up to the next row).</summary>
    private static string Row(string page, string jobName) => Between(page, $"data-job=\"{jobName}\"", "</tr>");

    private static string RunRow(string page, long id) => Between(page, $"data-run-id=\"{id}\"", "</tr>");

    private static string Between(string page, string start, string end)
    {
        var from = page.IndexOf(start, StringComparison.Ordinal);
        from.ShouldBeGreaterThanOrEqualTo(0, $"{start} is not on the page");
        return page[from..page.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public void Dispose() => factory.DeletePickupFolder();
}
