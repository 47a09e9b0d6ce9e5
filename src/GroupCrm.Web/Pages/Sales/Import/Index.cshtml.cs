using System.Globalization;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Import;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Sales.Import;

/// <summary>
/// Sales import: upload a CSV file; either every error is listed and nothing is written, or the file is
/// loaded and the page says what it replaced. Below, the import history with a rollback per import.
/// Only the marketing centre and administrators come here (see <see cref="SalesImportAccess"/>).
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.MarketingCenter}")]
[SalesUploadLimit]
public sealed class IndexModel(
    SalesImporter importer, SalesImportRollback rollback, SalesImportHistory history, SalesImportSettings settings,
    OrganisationCalendar calendar, IStringLocalizer<SharedResource> L) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public SalesImportPage History { get; private set; } = new([], 0);
    public int PageCount => Math.Max(1, (History.Total + PageSize - 1) / PageSize);

    /// <summary>Set after an upload that was refused: what is wrong with the file.</summary>
    public SalesImportErrors? Errors { get; private set; }

    public string? FileName { get; private set; }
    public int MaxMegabytes => settings.MaxMegabytes;
    public long MaxBytes => settings.MaxBytes;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (TempData[SalesUploadLimitAttribute.RefusalKey] is string refusal) ModelState.AddModelError("file", refusal);
        await LoadHistoryAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", L[SalesImportMessages.NoFile]);
            await LoadHistoryAsync(ct);
            return Page();
        }
        await using var content = file.OpenReadStream();
        var result = await importer.ImportAsync(User.ToViewer(), file.FileName, content, ct);
        if (result.Forbidden) return Forbid();
        if (result.Summary is { } s)
        {
            TempData["Status"] = L["{0} imported: {1} rows · months: {2} ({3} to {4}) · stores: {5} · earlier rows replaced: {6} · took {7} s.",
                SalesImporter.HistoryName(file.FileName), Count(s.Rows), s.MonthCount, Month(s.FirstMonth), Month(s.LastMonth), s.StoreCount, Count(s.ReplacedRows),
                s.Total.TotalSeconds.ToString("0.0", CultureInfo.CurrentCulture)].Value;
            return RedirectToPage();
        }
        Errors = result.Errors;
        FileName = SalesImporter.HistoryName(file.FileName);
        await LoadHistoryAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(int importId, CancellationToken ct)
    {
        var result = await rollback.RollBackAsync(User.ToViewer(), importId, ct);
        if (result.Forbidden) return Forbid();
        if (result.NotFound) return NotFound();
        if (result.Done) TempData["Status"] = L["Import #{0} was rolled back: the figures it replaced are back.", importId].Value;
        else TempData["Error"] = L[result.Message!, result.Arguments].Value;
        return RedirectToPage(new { PageNumber });
    }

    public string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, calendar.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Count(int count) => count.ToString("N0", CultureInfo.CurrentCulture);

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private async Task LoadHistoryAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        History = await history.PageAsync(User.ToViewer(), (PageNumber - 1) * PageSize, PageSize, ct);
        if (History.Entries.Count > 0 || PageNumber == 1) return;
        PageNumber = PageCount; // past the end: show the last page
        History = await history.PageAsync(User.ToViewer(), (PageNumber - 1) * PageSize, PageSize, ct);
    }
}
