using GroupCrm.Core.Letters;
using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Jobs.Letters;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GroupCrm.Web.Tests.Letters.Drafting;

/// <summary>The drafting job as the app runs it: its schedule, two clustered app instances starting it at once, and bad job data.</summary>
public sealed class LetterDraftingJobTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private async Task<IScheduler> SchedulerAsync()
    {
        _ = factory.Server; // starts the app and its scheduler
        return await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
    }

    private DateOnly Today => factory.Services.GetRequiredService<OrganisationCalendar>().Today;

    private async Task<(List<SalesLetter> Letters, List<int> Active)> LettersAsync(DateOnly month)
    {
        await using var db = factory.CreateDbContext();
        return (await db.SalesLetters.AsNoTracking().Where(l => l.Month == month).OrderBy(l => l.AccountId).ToListAsync(),
            await db.Accounts.Where(a => a.State == AccountState.Active).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
    }

    [Fact]
    public async Task The_job_runs_at_six_on_the_first_of_the_month_in_the_organisations_time_zone()
    {
        var scheduler = await SchedulerAsync();

        var trigger = (ICronTrigger)(await scheduler.GetTrigger(new TriggerKey(LetterDraftingJob.Name)))!;

        trigger.CronExpressionString.ShouldBe("0 0 6 1 * ?");
        trigger.TimeZone.Id.ShouldBe("Asia/Shanghai");
        trigger.JobKey.Name.ShouldBe(LetterDraftingJob.Name);
        (await scheduler.GetJobDetail(new JobKey(LetterDraftingJob.Name)))!.ConcurrentExecutionDisallowed.ShouldBeTrue();
    }

    [Fact]
    public async Task Two_app_instances_each_starting_the_job_for_a_month_leave_one_letter_per_active_chain()
    {
        var month = LetterMonths.Previous(Today).AddMonths(-2);
        var first = await SchedulerAsync();
        await using var other = await SecondInstance.StartAsync(factory.ConnectionString);
        var second = await other.SchedulerAsync();
        second.SchedulerInstanceId.ShouldNotBe(first.SchedulerInstanceId);
        var runs = new DraftingRuns();
        runs.ListenTo(first);
        runs.ListenTo(second);

        var data = new JobDataMap { [LetterDraftingJob.MonthKey] = LetterMonths.Format(month) };
        await Task.WhenAll(
            first.TriggerJob(new JobKey(LetterDraftingJob.Name), data, default).AsTask(),
            second.TriggerJob(new JobKey(LetterDraftingJob.Name), data, default).AsTask());
        var finished = await runs.WaitForAsync(2);

        finished.ShouldAllBe(r => r.Error == null);
        var (letters, active) = await LettersAsync(month);
        letters.Select(l => l.AccountId).ShouldBe(active);
        letters.ShouldAllBe(l => l.Generation == 2 && l.State == LetterState.Draft);
        // The runs do not overlap, on one instance or across both: the first drafts, the second drafts again.
        finished.Select(r => r.Result).Order().ShouldBe(
        [
            $"{active.Count} letters for {month:yyyy-MM}: 0 drafted, {active.Count} regenerated, 0 already approved",
            $"{active.Count} letters for {month:yyyy-MM}: {active.Count} drafted, 0 regenerated, 0 already approved",
        ]);
    }

    [Fact]
    public async Task Started_with_no_month_the_job_drafts_the_month_just_ended()
    {
        var scheduler = await SchedulerAsync();
        var runs = new DraftingRuns();
        runs.ListenTo(scheduler);
        var month = LetterMonths.Previous(Today);
        var (before, _) = await LettersAsync(month);
        var approved = before.Count(l => l.State == LetterState.Approved);

        await scheduler.TriggerJob(new JobKey(LetterDraftingJob.Name), new JobDataMap { [LetterDraftingJob.MonthKey] = " " }, default);
        var run = (await runs.WaitForAsync(1)).Single();

        run.Error.ShouldBeNull();
        var (letters, active) = await LettersAsync(month);
        letters.Select(l => l.AccountId).ShouldBe(active);
        // The demo drafted the month already: the run drafts it again.
        before.Count.ShouldBe(active.Count);
        run.Result.ShouldBe($"{active.Count} letters for {month:yyyy-MM}: 0 drafted, {active.Count - approved} regenerated, {approved} already approved");
    }

    [Theory]
    [InlineData("2026-13", "\"2026-13\" is not a month: give the month to draft as yyyy-MM")]
    [InlineData("<script>alert(1)</script>", "\"<script>alert(1)</sc…\" is not a month")]
    [InlineData("next", "\"next\" is not a month")]
    [InlineData("CURRENT", LetterMonths.NotEndedMessage)]
    [InlineData("1999-01", LetterMonths.TooOldMessage + " (1999-01)")]
    public async Task A_month_in_the_job_data_that_cannot_be_drafted_fails_the_run_with_the_reason_and_writes_nothing(string month, string reason)
    {
        if (month == "CURRENT") month = LetterMonths.Format(Today);
        var scheduler = await SchedulerAsync();
        var runs = new DraftingRuns();
        runs.ListenTo(scheduler);
        await using var db = factory.CreateDbContext();
        var before = await db.SalesLetters.CountAsync();

        await scheduler.TriggerJob(new JobKey(LetterDraftingJob.Name), new JobDataMap { [LetterDraftingJob.MonthKey] = month }, default);
        var run = (await runs.WaitForAsync(1)).Single();

        run.Error.ShouldNotBeNull().Message.ShouldStartWith(reason);
        run.Result.ShouldBeNull();
        (await db.SalesLetters.CountAsync()).ShouldBe(before);
    }
}
