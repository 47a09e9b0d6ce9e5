using GroupCrm.Core.Data;
using GroupCrm.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace GroupCrm.Jobs.Runs;

/// <summary>
/// Writes the run history (job_runs) for every job this app instance runs: a Running row when a run
/// starts, completed with its outcome, duration, summary and error when it ends. A job's rows older than
/// <see cref="KeptFor"/> are deleted as its runs are recorded. The history is a record, not part of the
/// work: a failure to write it is logged and never fails or holds up the job.
/// </summary>
public sealed class JobRunRecorder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobRunRecorder> logger) : IJobListener
{
    /// <summary>The JobDataMap entry naming who started a run by hand; absent for a scheduled firing.</summary>
    public const string StartedByKey = "startedBy";

    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    public string Name => nameof(JobRunRecorder);

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (IsQuietWhenIdle(context)) return; // recorded at the end, if it did anything
        await RecordAsync(context, "start", async db =>
        {
            // A job that asks to be refired runs again under the same fire instance: one row still.
            if (await db.JobRuns.AnyAsync(r => r.FireInstanceId == context.FireInstanceId)) return;
            db.JobRuns.Add(NewRun(context));
            await db.SaveChangesAsync();
        });
    }

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var summary = RunText.Summary(context.Result);
        var failed = jobException is not null || context.Result is IJobRunReport { Result: JobRunResult.Failed };
        if (!failed && summary is null && IsQuietWhenIdle(context)) return;

        await RecordAsync(context, "end", async db =>
        {
            var run = await db.JobRuns.SingleOrDefaultAsync(r => r.FireInstanceId == context.FireInstanceId);
            if (run is null) db.JobRuns.Add(run = NewRun(context));
            run.FinishedAt = clock.GetUtcNow();
            run.DurationMs = (int)Math.Min(int.MaxValue, Math.Max(0, context.JobRunTime.TotalMilliseconds));
            run.Outcome = failed ? JobOutcome.Failed : JobOutcome.Succeeded;
            run.Summary = summary;
            run.Error = jobException is not null ? RunText.Error(jobException) : failed ? summary : null;
            await db.SaveChangesAsync();

            var cutoff = run.FinishedAt.Value - KeptFor;
            await db.JobRuns.Where(r => r.JobName == run.JobName && r.StartedAt < cutoff).ExecuteDeleteAsync();
        });
    }

    private JobRun NewRun(IJobExecutionContext context) => new()
    {
        JobName = RunText.Cut(context.JobDetail.Key.Name, 100)!,
        FireInstanceId = context.FireInstanceId,
        Instance = RunText.Cut(context.Scheduler.SchedulerInstanceId, 200) ?? "",
        StartedBy = context.MergedJobDataMap.TryGetString(StartedByKey, out var by) ? RunText.Cut(by, RunText.StartedByLength) : null,
        StartedAt = context.FireTimeUtc.ToUniversalTime(),
        Outcome = JobOutcome.Running,
    };

    private static bool IsQuietWhenIdle(IJobExecutionContext context) =>
        context.JobDetail.JobType.TryResolve(out var type) && type.IsDefined(typeof(QuietWhenIdleAttribute), inherit: false);

    /// <summary>
    /// One write in a scope of its own. The scheduler's cancellation is not passed on: a run that ends
    /// because the app is stopping should still have its outcome written.
    /// </summary>
    private async Task RecordAsync(IJobExecutionContext context, string stage, Func<CrmDbContext, Task> write)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await write(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not record the {Stage} of the {Job} run {FireInstanceId}.", stage, context.JobDetail.Key.Name, context.FireInstanceId);
        }
    }
}
