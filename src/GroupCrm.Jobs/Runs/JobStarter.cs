using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Quartz;

namespace GroupCrm.Jobs.Runs;

/// <summary>
/// "Run now": fires a job at once on whichever node of the cluster takes it, naming who asked (recorded
/// with the run). A job accepts only the inputs listed in <see cref="Inputs"/>; anything else is refused
/// and nothing is started. Callers authorize (the jobs page is for administrators).
/// </summary>
public sealed class JobStarter(ISchedulerFactory schedulers, OrganisationCalendar calendar)
{
    /// <summary>The job that drafts the monthly letters, the one job that takes an input.</summary>
    public const string LetterDraftingJob = Letters.LetterDraftingJob.Name;

    /// <summary>The month a drafting run is for, "yyyy-MM"; without it the job drafts the previous month.</summary>
    public const string MonthKey = Letters.LetterDraftingJob.MonthKey;

    /// <summary>The inputs each job accepts when run by hand.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Inputs = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [LetterDraftingJob] = [MonthKey],
    };

    public async Task<RecordResult> RunNowAsync(string jobName, string startedBy, IReadOnlyDictionary<string, string>? data = null, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var known = !string.IsNullOrWhiteSpace(jobName) && jobName.Length <= 100 && await scheduler.Exists(new JobKey(jobName), ct);
        if (!known) return NoSuchJob(jobName);

        var map = new JobDataMap();
        foreach (var (key, raw) in data ?? new Dictionary<string, string>())
        {
            var value = raw?.Trim();
            if (string.IsNullOrEmpty(value)) continue;
            if (!Inputs.GetValueOrDefault(jobName, []).Contains(key, StringComparer.Ordinal))
                return RecordResult.Refused("", "The job {0} takes no input \"{1}\".", jobName, RunText.Cut(key, 50) ?? "");
            if (key == MonthKey)
            {
                if (!LetterMonths.TryParse(value, out var month))
                    return RecordResult.Refused("Month", "\"{0}\" is not a month. Write the year and month, e.g. {1}.",
                        RunText.Cut(value, 50)!, LetterMonths.Format(DefaultMonth));
                if (LetterMonths.Problem(month, calendar.Today) is { } problem) return RecordResult.Refused("Month", problem);
                value = LetterMonths.Format(month);
            }
            map[key] = value;
        }
        map[JobRunRecorder.StartedByKey] = RunText.Cut(startedBy, RunText.StartedByLength) ?? "";

        try
        {
            await scheduler.TriggerJob(new JobKey(jobName), map, ct);
        }
        catch (JobPersistenceException)
        {
            return NoSuchJob(jobName); // removed since it was looked up
        }
        return RecordResult.Done(0);
    }

    /// <summary>The month a drafting run is for when none is given: the previous one.</summary>
    public DateOnly DefaultMonth => LetterMonths.Previous(calendar.Today);

    private static RecordResult NoSuchJob(string? jobName) =>
        RecordResult.Refused("", "There is no job called \"{0}\".", RunText.Cut(jobName, 100) ?? "");
}
