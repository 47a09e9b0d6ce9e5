using System.Globalization;
using System.Text.RegularExpressions;
using GroupCrm.Jobs.Letters;
using GroupCrm.Jobs.Mail;
using GroupCrm.Jobs.Onboarding;
using GroupCrm.Jobs.Quotas;
using GroupCrm.Jobs.Runs;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Admin.Jobs;

/// <summary>
/// The jobs page's words: what each job does, its schedule in words when the cron is one of the common
/// shapes (the cron itself is always shown beside it), run durations and outcomes.
/// </summary>
public sealed partial class JobWording(IStringLocalizer L)
{
    /// <summary>What each of our jobs does; a job not listed shows the description the scheduler holds.</summary>
    public string? Purpose(JobView job) => job.Name switch
    {
        DocumentExpiryReminderJob.Name => L["Reminds account managers of documents that expire within 30 days."],
        OutboxDeliveryJob.Name => L["Sends the e-mail waiting in the outbox. Runs that find nothing to send are not listed."],
        QuotaReminderJob.Name => L["E-mails each account and market manager the quota items of the month still open."],
        LetterDraftingJob.Name => L["Drafts the sales-review letter of every active account for a month (by default the previous one)."],
        _ => job.Description,
    };

    /// <summary>The schedule in words, or null when the cron is not one of the shapes read here.</summary>
    public string? Schedule(string? cron)
    {
        var f = cron?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f is not { Length: 6 } || f[4] != "*") return null;
        if (EveryN().Match(f[0]) is { Success: true } seconds && f[1..4].All(x => x == "*") && f[5] == "?")
            return L["Every {0} seconds", seconds.Groups[1].Value];
        if (f[0] != "0" || !Number().IsMatch(f[1]) || !Number().IsMatch(f[2])) return null;
        var time = $"{int.Parse(f[2], CultureInfo.InvariantCulture):00}:{int.Parse(f[1], CultureInfo.InvariantCulture):00}";
        if (f[3] is "*" or "?" && f[5] is "?" or "*") return L["Daily at {0}", time];
        if (f[3] == "?" && Day(f[5]) is { } day) return L["Every {0} at {1}", CultureInfo.CurrentUICulture.DateTimeFormat.GetDayName(day), time];
        if (Number().IsMatch(f[3]) && f[5] == "?") return L["On day {0} of each month at {1}", f[3], time];
        return null;
    }

    public string Duration(int? milliseconds) => milliseconds switch
    {
        null => "",
        < 1000 => L["{0} ms", milliseconds.Value],
        < 60_000 => L["{0} s", (milliseconds.Value / 1000.0).ToString("0.0", CultureInfo.CurrentCulture)],
        _ => L["{0} min {1} s", milliseconds.Value / 60_000, milliseconds.Value % 60_000 / 1000],
    };

    public string Status(RunStatus status) => status switch
    {
        RunStatus.Succeeded => L["Succeeded"],
        RunStatus.Failed => L["Error"],
        RunStatus.Running => L["Running"],
        _ => L["Interrupted"],
    };

    public static string Badge(RunStatus status) => status switch
    {
        RunStatus.Succeeded => "text-bg-success",
        RunStatus.Failed => "text-bg-danger",
        RunStatus.Running => "text-bg-info",
        _ => "text-bg-warning",
    };

    private static DayOfWeek? Day(string field) => field.ToUpperInvariant() switch
    {
        "SUN" or "1" => DayOfWeek.Sunday,
        "MON" or "2" => DayOfWeek.Monday,
        "TUE" or "3" => DayOfWeek.Tuesday,
        "WED" or "4" => DayOfWeek.Wednesday,
        "THU" or "5" => DayOfWeek.Thursday,
        "FRI" or "6" => DayOfWeek.Friday,
        "SAT" or "7" => DayOfWeek.Saturday,
        _ => null,
    };

    [GeneratedRegex(@"^(?:0|\*)/([1-9][0-9]?)$")]
    private static partial Regex EveryN();

    [GeneratedRegex("^[0-9]{1,2}$")]
    private static partial Regex Number();
}
