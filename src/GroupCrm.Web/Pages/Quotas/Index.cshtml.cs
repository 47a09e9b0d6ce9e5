using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Quotas;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Quotas;

/// <summary>
/// The compliance matrix of a month: one row per person the viewer audits, one column per rule, and the overall
/// status, then each person's last six months. A market manager sees their district; the marketing centre and the
/// administrator see every district, grouped, with a filter. An account manager is sent to their own page.
/// </summary>
public sealed class IndexModel(
    CrmDbContext db, QuotaMonths months, QuotaAudience audience, ComplianceEngine engine, IServiceScopeFactory scopes,
    IStringLocalizer<SharedResource> localizer)
    : QuotaPage(months, localizer)
{
    public const int HistoryMonths = 6;

    [BindProperty(SupportsGet = true)] public int? District { get; set; }

    public IReadOnlyList<QuotaDistrict> Districts { get; private set; } = [];
    public IReadOnlyList<MatrixGroup> Groups { get; private set; } = [];
    public IReadOnlyList<DateOnly> HistoryColumns { get; private set; } = [];
    public IReadOnlyDictionary<(int UserId, DateOnly Month), PersonCompliance> History { get; private set; } =
        new Dictionary<(int, DateOnly), PersonCompliance>();
    public string? Notice { get; private set; }
    public bool ChoosesDistrict => User.ToViewer().SeesEverything;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Own() is { } own) return own;
        if (!await ReadMonthAsync(ct)) return Page();
        var people = await LoadPeopleAsync(ct);
        await LoadMonthsAsync(people, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (Own() is { } own) return own;
        if (!await ReadMonthAsync(ct)) return Page();
        var people = await LoadPeopleAsync(ct);
        Groups = MatrixGroup.Of(await engine.ForPeopleAsync(people, Month, ct), Districts);
        var suffix = Districts.FirstOrDefault(d => d.Id == District) is { } chosen ? $"-{chosen.Code}" : "";
        return CsvFile(MatrixCsv.Write(L, Groups), $"quotas-{QuotaText.Iso(Month)}{suffix}.csv");
    }

    /// <summary>An account manager audits no one but themselves: their own page, for the month they asked about.</summary>
    private RedirectToPageResult? Own()
    {
        var viewer = User.ToViewer();
        return viewer.Role == Roles.AccountManager
            ? RedirectToPage("/Quotas/Person", new { userId = viewer.UserId, month = MonthText })
            : null;
    }

    private async Task<IReadOnlyList<QuotaPerson>> LoadPeopleAsync(CancellationToken ct)
    {
        var viewer = User.ToViewer();
        Districts = await QuotaDistrict.AllAsync(db, ct);
        if (!viewer.SeesEverything) District = null; // a market manager's matrix is always their own district
        if (District is { } chosen && Districts.All(d => d.Id != chosen))
        {
            Notice = L["There is no such district: showing all districts."];
            District = null;
        }
        return await audience.VisibleToAsync(viewer, District, ct);
    }

    /// <summary>
    /// The month shown and the five before it (never before the first quota month), each judged by its own rules.
    /// The months are independent reads, so each earlier one is judged on a database connection of its own, side by
    /// side with the others: the page waits for the slowest month, not for all six in turn.
    /// </summary>
    private async Task LoadMonthsAsync(IReadOnlyList<QuotaPerson> people, CancellationToken ct)
    {
        var columns = Enumerable.Range(0, HistoryMonths).Select(i => Month.AddMonths(i - HistoryMonths + 1)).Where(m => m >= Range.First).ToList();
        var judged = await Task.WhenAll(columns.Select(m => m == Month ? engine.ForPeopleAsync(people, m, ct) : JudgeApartAsync(people, m, ct)));
        Groups = MatrixGroup.Of(judged[^1], Districts);
        HistoryColumns = columns;
        History = judged.SelectMany(month => month).ToDictionary(p => (p.Person.UserId, p.Month));
    }

    private async Task<IReadOnlyList<PersonCompliance>> JudgeApartAsync(IReadOnlyList<QuotaPerson> people, DateOnly month, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceEngine>().ForPeopleAsync(people, month, ct);
    }

    public Dictionary<string, string?> RouteOf(DateOnly month) => new()
    {
        ["month"] = QuotaText.Iso(month),
        ["district"] = District?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
