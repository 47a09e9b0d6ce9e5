using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;

namespace GroupCrm.Jobs.Runs;

/// <summary>
/// What the jobs page shows: every job in the scheduler with its schedule and latest run, and the recent
/// run history. The schedule comes from Quartz, the history from job_runs, and "running now" from the
/// firings Quartz's store lists as executing on any node of the cluster.
/// </summary>
public sealed class JobBoard(ISchedulerFactory schedulers, CrmDbContext db, OrganisationCalendar calendar, TimeProvider clock, ILogger<JobBoard> logger)
{
    public const int RecentRunCount = 50;

    /// <summary>A run recorded as running that no node lists as executing is taken for interrupted once it is older than this (it may have only just started or ended).</summary>
    public static readonly TimeSpan StartGrace = TimeSpan.FromMinutes(2);

    /// <summary>When the executing firings cannot be read, a run still recorded as running after this long is taken for interrupted.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(6);

    private sealed record RunRow(long Id, string JobName, string FireInstanceId, JobOutcome Outcome, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
        int? DurationMs, string? StartedBy, string Instance, string? Summary, string? Error);

    /// <summary>Every job with its schedule and last run, and the latest <see cref="RecentRunCount"/> runs (of one job, when named).</summary>
    public async Task<JobBoardView> ReadAsync(string? runsOf = null, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var details = await scheduler.GetJobDetails(await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), ct), ct);
        var triggers = (await scheduler.GetTriggers(await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup(), ct), ct)).ToLookup(t => t.JobKey);
        // Read before the history: a run that starts in between is then too young to be taken for interrupted.
        var executing = await ExecutingAsync(scheduler, ct);

        var names = details.Select(d => d.Key.Name).ToList();
        // The newest run of each job, each found through the (job_name, started_at) index.
        var lastRunIds = await db.JobRuns.Where(r => names.Contains(r.JobName)).Select(r => r.JobName).Distinct()
            .Select(name => db.JobRuns.Where(r => r.JobName == name).OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
                .Select(r => r.Id).First())
            .ToListAsync(ct);
        var lastRuns = (await db.JobRuns.AsNoTracking().Where(r => lastRunIds.Contains(r.Id)).Select(ToRow).ToListAsync(ct))
            .ToDictionary(r => r.JobName, r => View(r, executing));

        var recent = db.JobRuns.AsNoTracking();
        if (runsOf is not null) recent = recent.Where(r => r.JobName == runsOf);
        var recentRuns = await recent.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).Take(RecentRunCount).Select(ToRow).ToListAsync(ct);

        var jobs = details.OrderBy(d => d.Key.Name, StringComparer.Ordinal).Select(d =>
        {
            var own = triggers[d.Key].ToList();
            var cron = own.OfType<ICronTrigger>().FirstOrDefault();
            var lastRun = lastRuns.GetValueOrDefault(d.Key.Name);
            var running = executing?.Jobs.Contains(d.Key) ?? lastRun?.Status == RunStatus.Running;
            return new JobView(d.Key.Name, d.Description, cron?.CronExpressionString, cron?.TimeZone,
                Local(own.Min(t => t.NextFireTimeUtc)), Local(own.Max(t => t.PreviousFireTimeUtc)), running, lastRun);
        }).ToList();
        return new JobBoardView(jobs, [.. recentRuns.Select(r => View(r, executing))]);
    }

    private static readonly System.Linq.Expressions.Expression<Func<JobRun, RunRow>> ToRow = r =>
        new RunRow(r.Id, r.JobName, r.FireInstanceId, r.Outcome, r.StartedAt, r.FinishedAt, r.DurationMs, r.StartedBy, r.Instance, r.Summary, r.Error);

    private sealed record Executing(HashSet<string> FireInstanceIds, HashSet<JobKey> Jobs);

    /// <summary>The firings executing on any node now; null when the store cannot say (the page then falls back on the run's age).</summary>
    private async Task<Executing?> ExecutingAsync(IScheduler scheduler, CancellationToken ct)
    {
        try
        {
            var page = await scheduler.QueryFireInstances(new FireInstanceQuery { State = FireInstanceState.Executing, Take = PagedQuery.All }, ct);
            return new Executing([.. page.Items.Select(f => f.FireInstanceId)], [.. page.Items.Where(f => f.JobKey is not null).Select(f => f.JobKey!)]);
        }
        catch (SchedulerException e)
        {
            logger.LogWarning(e, "Could not read the executing firings; runs recorded as running are judged by their age.");
            return null;
        }
    }

    private RunView View(RunRow r, Executing? executing)
    {
        var status = r.Outcome switch
        {
            JobOutcome.Succeeded => RunStatus.Succeeded,
            JobOutcome.Failed => RunStatus.Failed,
            _ when executing is null => clock.GetUtcNow() - r.StartedAt > StaleAfter ? RunStatus.Interrupted : RunStatus.Running,
            _ => executing.FireInstanceIds.Contains(r.FireInstanceId) || clock.GetUtcNow() - r.StartedAt < StartGrace
                ? RunStatus.Running : RunStatus.Interrupted,
        };
        return new RunView(r.Id, r.JobName, status, Local(r.StartedAt)!.Value, Local(r.FinishedAt), r.DurationMs, r.StartedBy, r.Instance, r.Summary, r.Error);
    }

    private DateTimeOffset? Local(DateTimeOffset? instant) => instant is { } i ? TimeZoneInfo.ConvertTime(i, calendar.TimeZone) : null;
}
