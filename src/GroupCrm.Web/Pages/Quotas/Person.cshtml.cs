using GroupCrm.Core.Organisation;
using GroupCrm.Core.Quotas;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Quotas;

/// <summary>
/// One person's month: each of their rules with the version in force, required, actual, status and what is
/// missing; on their own page in the current month, what to do next. Someone the viewer does not audit is not found.
/// </summary>
public sealed class PersonModel(
    QuotaMonths months, QuotaAudience audience, ComplianceEngine engine, OrganisationCalendar calendar, IStringLocalizer<SharedResource> localizer)
    : QuotaPage(months, localizer)
{
    [BindProperty(SupportsGet = true)] public int UserId { get; set; }

    public QuotaPerson Person { get; private set; } = null!;
    public PersonCompliance? Compliance { get; private set; }
    public IReadOnlyList<NextStep> NextSteps { get; private set; } = [];

    /// <summary>The viewer's own current month: the only page where the gaps can still be acted on by the reader.</summary>
    public bool IsActionable => Person.UserId == User.ToViewer().UserId && Month == Range.Current;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Compliance is not null && IsActionable) NextSteps = NextStep.For(L, Compliance, calendar.Today);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Compliance is null) return Page();
        return CsvFile(PersonCsv.Write(L, Compliance), $"quotas-{QuotaText.Iso(Month)}-{Person.UserId}.csv");
    }

    /// <returns>False when the person is not someone the viewer may see (404, whatever the month).</returns>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await audience.FindAsync(User.ToViewer(), UserId, ct) is not { } person) return false;
        Person = person;
        if (await ReadMonthAsync(ct)) Compliance = (await engine.ForPeopleAsync([person], Month, ct)).Single();
        return true;
    }

    public Dictionary<string, string?> Route => new() { ["userId"] = UserId.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
