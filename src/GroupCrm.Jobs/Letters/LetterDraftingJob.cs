using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Organisation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace GroupCrm.Jobs.Letters;

/// <summary>
/// 06:00 on the 1st: drafts every active account's letter for the month just ended, or for the month in the
/// job data ("month" = "yyyy-MM") when started by hand. Safe to run again, on two instances at once, or after
/// a crash: each account and month has one letter, regenerated while it is a draft (see <see cref="LetterDrafting"/>).
/// </summary>
[DisallowConcurrentExecution]
public sealed class LetterDraftingJob(IServiceScopeFactory scopes, OrganisationCalendar calendar, ILogger<LetterDraftingJob> logger) : IJob
{
    public const string Name = "LetterDrafting";

    /// <summary>The job data key of the month to draft, "yyyy-MM"; absent or blank means the previous month.</summary>
    public const string MonthKey = "month";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var month = MonthOf(context.MergedJobDataMap, calendar.Today);
        await using var scope = scopes.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<LetterDrafting>().DraftMonthAsync(month, cancellationToken);
        context.Result = report.Summary;
        logger.LogInformation("Letter drafting: {Summary}.", report.Summary);
    }

    /// <summary>The month asked for, or the previous one; a month that cannot be drafted fails the run with the reason.</summary>
    public static DateOnly MonthOf(JobDataMap data, DateOnly today)
    {
        var asked = data.TryGetValue(MonthKey, out var value) ? value?.ToString() : null;
        if (string.IsNullOrWhiteSpace(asked)) return LetterMonths.Previous(today);
        if (!LetterMonths.TryParse(asked, out var month))
            throw new JobExecutionException($"\"{Shorten(asked)}\" is not a month: give the month to draft as yyyy-MM, for example {LetterMonths.Format(LetterMonths.Previous(today))}.");
        if (LetterMonths.Problem(month, today) is { } problem)
            throw new JobExecutionException($"{problem} ({LetterMonths.Format(month)})");
        return month;
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
