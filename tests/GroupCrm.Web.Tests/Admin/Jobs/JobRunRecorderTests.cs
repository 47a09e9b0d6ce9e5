using GroupCrm.Core.Mail;
using GroupCrm.Core.Scheduling;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Jobs.Letters;
using GroupCrm.Jobs.Mail;
using GroupCrm.Jobs.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GroupCrm.Web.Tests.Admin.Jobs;

/// <summary>The run history as the app's real scheduler writes it, for jobs started by hand and by the scheduler itself.</summary>
public sealed class JobRunRecorderTests(JobsFactory factory) : IClassFixture<JobsFactory>, IDisposable
{
    [Fact]
    public async Task A_run_that_reports_a_result_is_recorded_as_succeeded_with_its_summary_duration_and_who_started_it()
    {
        await factory.AddJobAsync<TestJobs.Summarising>(TestJobs.Summarising.Name);
        var scheduler = await factory.SchedulerAsync();

        (await StarterRunAsync(TestJobs.Summarising.Name, "admin")).Succeeded.ShouldBeTrue();
        var run = await factory.FinishedRunAsync(TestJobs.Summarising.Name, r => r.StartedBy == "admin");

        run.Outcome.ShouldBe(JobOutcome.Succeeded);
        run.Summary.ShouldBe(TestJobs.Summarising.DefaultSummary);
        run.Error.ShouldBeNull();
        run.DurationMs.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(140);
        run.FinishedAt.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(run.StartedAt);
        run.Instance.ShouldBe(scheduler.SchedulerInstanceId);
        run.FireInstanceId.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_run_that_throws_is_recorded_as_failed_with_the_messages_of_the_exception_and_its_cause()
    {
        await factory.AddJobAsync<TestJobs.Failing>(TestJobs.Failing.Name);

        (await StarterRunAsync(TestJobs.Failing.Name, "admin")).Succeeded.ShouldBeTrue();
        var run = await factory.FinishedRunAsync(TestJobs.Failing.Name);

        run.Outcome.ShouldBe(JobOutcome.Failed);
        run.Error.ShouldBe("The sales figures could not be read. — The database did not answer within 30 seconds.");
        run.Summary.ShouldBeNull();
        run.DurationMs.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_letter_drafting_given_a_month_that_does_not_exist_fails_and_says_why()
    {
        var scheduler = await factory.SchedulerAsync();

        // Past the run-now checks, as a stored trigger with bad data would be.
        await scheduler.TriggerJob(new JobKey(LetterDraftingJob.Name),
            new JobDataMap { [LetterDraftingJob.MonthKey] = "2026-13", [JobRunRecorder.StartedByKey] = "admin" }, default);
        var run = await factory.FinishedRunAsync(LetterDraftingJob.Name);

        run.Outcome.ShouldBe(JobOutcome.Failed);
        run.StartedBy.ShouldBe("admin");
        run.Error.ShouldNotBeNull().ShouldStartWith("\"2026-13\" is not a month");
    }

    [Fact]
    public async Task A_firing_that_names_no_one_is_recorded_as_started_by_the_schedule()
    {
        await factory.AddJobAsync<TestJobs.Summarising>(TestJobs.Summarising.Name);
        var scheduler = await factory.SchedulerAsync();

        await scheduler.TriggerJob(new JobKey(TestJobs.Summarising.Name), new JobDataMap { [TestJobs.SummaryKey] = "scheduled firing" }, default);
        var run = await factory.FinishedRunAsync(TestJobs.Summarising.Name, r => r.Summary == "scheduled firing");

        run.StartedBy.ShouldBeNull();
        run.Outcome.ShouldBe(JobOutcome.Succeeded);
    }

    [Fact]
    public async Task Long_summaries_and_names_are_cut_to_what_the_history_keeps()
    {
        await factory.AddJobAsync<TestJobs.Summarising>(TestJobs.Summarising.Name);
        var scheduler = await factory.SchedulerAsync();
        var summary = "汇总" + new string('x', 5000);

        await scheduler.TriggerJob(new JobKey(TestJobs.Summarising.Name),
            new JobDataMap { [TestJobs.SummaryKey] = summary, [JobRunRecorder.StartedByKey] = new string('a', 300) }, default);
        var run = await factory.FinishedRunAsync(TestJobs.Summarising.Name, r => r.Summary?.StartsWith("汇总") == true);

        run.Summary!.Length.ShouldBe(RunText.SummaryLength);
        run.Summary.ShouldEndWith("…");
        run.StartedBy.ShouldBe(new string('a', 99) + "…");
    }

    [Fact]
    public async Task A_quiet_job_leaves_no_row_for_a_run_that_did_nothing_and_one_for_a_run_that_did_something()
    {
        await factory.AddJobAsync<TestJobs.Quiet>(TestJobs.Quiet.Name);
        var scheduler = await factory.SchedulerAsync();
        var key = new JobKey(TestJobs.Quiet.Name);

        await scheduler.TriggerJob(key, new JobDataMap { [TestJobs.SignalKey] = "quiet-idle", [JobRunRecorder.StartedByKey] = "admin" }, default);
        await TestJobs.RanAsync("quiet-idle");
        // The job disallows concurrent runs: the second starts only once the first, and its recording, are over.
        await scheduler.TriggerJob(key, new JobDataMap { [TestJobs.SummaryKey] = "2 sent", [JobRunRecorder.StartedByKey] = "admin" }, default);
        await factory.FinishedRunAsync(TestJobs.Quiet.Name);

        var runs = await factory.RunsAsync(TestJobs.Quiet.Name);
        runs.Select(r => (r.Outcome, r.Summary)).ShouldBe([(JobOutcome.Succeeded, "2 sent")]);
        runs[0].DurationMs.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_outbox_delivery_is_recorded_with_what_it_sent()
    {
        long id;
        await using (var scope = factory.Services.CreateAsyncScope())
            id = (await scope.ServiceProvider.GetRequiredService<MailOutbox>()
                .EnqueueAsync(new MailRequest("letter", "jobs-recorder", ["buyer@chain.example"], "五月销售回顾", "正文"))).Id;

        (await StarterRunAsync(OutboxDeliveryJob.Name, "admin")).Succeeded.ShouldBeTrue();
        var run = await factory.FinishedRunAsync(OutboxDeliveryJob.Name, r => r.StartedBy == "admin");

        run.Outcome.ShouldBe(JobOutcome.Succeeded);
        run.Summary.ShouldNotBeNull().ShouldMatch(@"^[1-9][0-9]* sent, 0 to retry, 0 failed, 0 found interrupted$");
        await using var db = factory.CreateDbContext();
        (await db.OutgoingMessages.Where(m => m.Id == id).Select(m => m.State).SingleAsync()).ShouldBe(MailState.Sent);
    }

    [Fact]
    public async Task A_jobs_runs_older_than_thirty_days_are_deleted_when_it_runs_again_and_other_jobs_runs_are_kept()
    {
        await factory.AddJobAsync<TestJobs.Summarising>(TestJobs.Summarising.Name);
        var now = DateTimeOffset.UtcNow;
        await using (var db = factory.CreateDbContext())
        {
            db.JobRuns.AddRange(
                OldRun(TestJobs.Summarising.Name, "old-31", now.AddDays(-31)),
                OldRun(TestJobs.Summarising.Name, "old-29", now.AddDays(-29)),
                OldRun("SomeOtherJob", "other-31", now.AddDays(-31)));
            await db.SaveChangesAsync();
        }

        (await StarterRunAsync(TestJobs.Summarising.Name, "retention")).Succeeded.ShouldBeTrue();
        await factory.FinishedRunAsync(TestJobs.Summarising.Name, r => r.StartedBy == "retention");

        await using var check = factory.CreateDbContext();
        var left = await check.JobRuns.Where(r => r.FireInstanceId.StartsWith("old-") || r.FireInstanceId.StartsWith("other-"))
            .Select(r => r.FireInstanceId).ToListAsync();
        left.Order().ShouldBe(["old-29", "other-31"]);
    }

    [Fact]
    public async Task A_job_still_runs_when_its_run_cannot_be_recorded()
    {
        await factory.AddJobAsync<TestJobs.Summarising>(TestJobs.Summarising.Name);
        var scheduler = await factory.SchedulerAsync();

        await TestPostgres.ExecuteOnAsync(factory.ConnectionString, "ALTER TABLE job_runs RENAME TO job_runs_away");
        try
        {
            await scheduler.TriggerJob(new JobKey(TestJobs.Summarising.Name), new JobDataMap { [TestJobs.SignalKey] = "unrecorded" }, default);
            await TestJobs.RanAsync("unrecorded");
            await Task.Delay(500); // the run's end is recorded (or not) after the job returns
        }
        finally
        {
            await TestPostgres.ExecuteOnAsync(factory.ConnectionString, "ALTER TABLE job_runs_away RENAME TO job_runs");
        }

        // The scheduler carries on, and so does the history.
        (await StarterRunAsync(TestJobs.Summarising.Name, "after-outage")).Succeeded.ShouldBeTrue();
        (await factory.FinishedRunAsync(TestJobs.Summarising.Name, r => r.StartedBy == "after-outage")).Outcome.ShouldBe(JobOutcome.Succeeded);
    }

    [Fact]
    public async Task The_board_shows_a_run_in_progress_as_running_now_and_then_its_outcome()
    {
        await factory.AddJobAsync<TestJobs.Blocking>(TestJobs.Blocking.Name);
        var scheduler = await factory.SchedulerAsync();

        await scheduler.TriggerJob(new JobKey(TestJobs.Blocking.Name),
            new JobDataMap { [TestJobs.SignalKey] = "board-blocking", [JobRunRecorder.StartedByKey] = "admin" }, default);
        await TestJobs.RanAsync("board-blocking");
        var during = await BoardJobAsync(TestJobs.Blocking.Name);
        TestJobs.Release("board-blocking");
        await factory.FinishedRunAsync(TestJobs.Blocking.Name);
        var after = await BoardJobAsync(TestJobs.Blocking.Name);

        during.RunningNow.ShouldBeTrue();
        during.LastRun.ShouldNotBeNull().Status.ShouldBe(RunStatus.Running);
        after.RunningNow.ShouldBeFalse();
        after.LastRun.ShouldNotBeNull().Status.ShouldBe(RunStatus.Succeeded);
        after.LastRun.Summary.ShouldBe("released");
        after.Cron.ShouldBeNull(); // started by hand only
    }

    [Fact]
    public async Task A_run_left_running_by_a_stopped_node_is_interrupted_once_it_is_past_the_grace_and_a_fresh_one_is_not()
    {
        var now = DateTimeOffset.UtcNow;
        await using (var db = factory.CreateDbContext())
        {
            db.JobRuns.AddRange(
                new JobRun { JobName = "LeftBehind", FireInstanceId = "left-fresh", Instance = "gone", StartedAt = now.AddSeconds(-20), Outcome = JobOutcome.Running },
                new JobRun { JobName = "LeftBehind", FireInstanceId = "left-old", Instance = "gone", StartedAt = now.AddMinutes(-20), Outcome = JobOutcome.Running });
            await db.SaveChangesAsync();
        }
        await factory.SchedulerAsync();

        await using var scope = factory.Services.CreateAsyncScope();
        var runs = (await scope.ServiceProvider.GetRequiredService<JobBoard>().ReadAsync("LeftBehind")).RecentRuns;

        runs.Select(r => r.Status).ShouldBe([RunStatus.Running, RunStatus.Interrupted]);
    }

    private async Task<JobView> BoardJobAsync(string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<JobBoard>().ReadAsync()).Jobs.Single(j => j.Name == name);
    }

    private static JobRun OldRun(string job, string fireInstanceId, DateTimeOffset startedAt) => new()
    {
        JobName = job, FireInstanceId = fireInstanceId, Instance = "old-node", StartedAt = startedAt,
        FinishedAt = startedAt.AddSeconds(1), DurationMs = 1000, Outcome = JobOutcome.Succeeded,
    };

    private async Task<GroupCrm.Core.Onboarding.Records.RecordResult> StarterRunAsync(string job, string startedBy)
    {
        await factory.SchedulerAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobStarter>().RunNowAsync(job, startedBy);
    }

    public void Dispose() => factory.DeletePickupFolder();
}
