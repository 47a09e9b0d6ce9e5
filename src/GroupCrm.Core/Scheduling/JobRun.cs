namespace GroupCrm.Core.Scheduling;

/// <summary>
/// One run of a scheduled job, written when it starts and completed when it ends, by whichever app
/// instance ran it. The jobs page reads its schedule from Quartz and its history from here.
/// </summary>
public sealed class JobRun
{
    public long Id { get; set; }
    public required string JobName { get; set; }

    /// <summary>Quartz's id of this firing, unique per run.</summary>
    public required string FireInstanceId { get; set; }

    /// <summary>The app instance (scheduler instance id) that ran it.</summary>
    public required string Instance { get; set; }

    /// <summary>Who pressed "run now"; null for a scheduled firing.</summary>
    public string? StartedBy { get; set; }

    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int? DurationMs { get; set; }
    public JobOutcome Outcome { get; set; }

    /// <summary>What the run did, in a line (e.g. "600 letters drafted for 2026-10").</summary>
    public string? Summary { get; set; }

    public string? Error { get; set; }
}

public enum JobOutcome
{
    Running,
    Succeeded,
    Failed,
}
