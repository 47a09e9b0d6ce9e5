using System.Globalization;
using GroupCrm.Core.Quotas;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Quotas;

/// <summary>
/// What the quota pages share: the month they are about (?month=2026-11, the current month when none is given),
/// and the clear sentence that replaces the figures when that month cannot be judged.
/// </summary>
public abstract class QuotaPage(QuotaMonths months, IStringLocalizer<SharedResource> localizer) : PageModel
{
    protected IStringLocalizer<SharedResource> L => localizer;

    [BindProperty(SupportsGet = true, Name = "month")] public string? MonthText { get; set; }

    public DateOnly Month { get; private set; }
    public QuotaMonthRange Range { get; private set; } = null!;

    /// <summary>Why the asked-for month shows no figures; null when it can be judged.</summary>
    public string? MonthProblem { get; private set; }

    /// <returns>True when the month can be judged; otherwise <see cref="MonthProblem"/> says why.</returns>
    protected async Task<bool> ReadMonthAsync(CancellationToken ct)
    {
        Range = await months.RangeAsync(ct);
        Month = Range.Current;
        if (string.IsNullOrWhiteSpace(MonthText)) return true;
        if (!TryParse(MonthText, out var month))
        {
            MonthProblem = L["The month must be written as year and month, for example {0}.", QuotaText.Iso(Range.Current)];
            return false;
        }
        Month = month;
        if (Range.Problem(month) is null) return true;
        // Core's check decides; the sentence is worded here so that it reads in the user's language.
        MonthProblem = month < Range.First ? L["No quota data before {0}.", QuotaText.Month(Range.First)] : L["This month has not begun yet."];
        return false;
    }

    /// <summary>A CSV download (the bytes already carry the UTF-8 byte-order mark).</summary>
    protected static FileContentResult CsvFile(byte[] content, string name) => new(content, "text/csv; charset=utf-8") { FileDownloadName = name };

    /// <summary>"2026-11" only: the form's month input and every link write it so.</summary>
    private static bool TryParse(string text, out DateOnly month) =>
        DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);
}
