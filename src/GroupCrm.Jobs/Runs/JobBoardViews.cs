namespace GroupCrm.Jobs.Runs;

/// <summary>How a run stands. Interrupted: recorded as running, but no scheduler node is running it any more (its instance was stopped or killed).</summary>
public enum RunStatus
{
    Running,
    Succeeded,
    Failed,
    Interrupted,
}

/// <summary>One run from the history; times in the organisation's time zone.</summary>
public sealed record RunView(long Id, string JobName, RunStatus Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    int? DurationMs, string? StartedBy, string Instance, string? Summary, string? Error);

/// <summary>
/// One job as the scheduler holds it: its cron schedule and that schedule's time zone (null for a job with
/// no cron trigger), its next and previous firing in the organisation's time zone, whether a node is running
/// it now, and its latest recorded run.
/// </summary>
public sealed record JobView(string Name, string? Description, string? Cron, TimeZoneInfo? TimeZone,
    DateTimeOffset? NextFireAt, DateTimeOffset? PreviousFireAt, bool RunningNow, RunView? LastRun);

public sealed record JobBoardView(IReadOnlyList<JobView> Jobs, IReadOnlyList<RunView> RecentRuns);
