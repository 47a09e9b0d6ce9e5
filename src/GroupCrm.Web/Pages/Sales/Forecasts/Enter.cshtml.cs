using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Sales.Forecasts;
using GroupCrm.Core.Sales.Targets;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Sales.Forecasts;

/// <summary>
/// Next month's forecast of one account, product by product, pre-filled with the saved figures or else the
/// trend's suggestion. A blank quantity means "no forecast". Saving sends every line to Core in one go.
/// </summary>
public sealed class EnterModel(DemandForecasts forecasts, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The key of the added product's line in <see cref="LineErrors"/>.</summary>
    public const int ExtraLine = 0;

    public ForecastSheet Sheet { get; private set; } = null!;

    [BindProperty] public List<ForecastLineInput> Lines { get; set; } = [];
    [BindProperty] public ForecastExtraInput Extra { get; set; } = new();

    /// <summary>The month the form was shown for; Core refuses it once it is no longer next month.</summary>
    [BindProperty] public string? Month { get; set; }

    /// <summary>Errors by product id, shown on the product's line.</summary>
    public Dictionary<int, string> LineErrors { get; } = [];

    public async Task<IActionResult> OnGetAsync(int accountId, CancellationToken ct)
    {
        if (await LoadAsync(accountId, ct) is { } refused) return refused;
        FillFromSheet();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int accountId, CancellationToken ct)
    {
        if (await LoadAsync(accountId, ct) is { } refused) return refused;
        var entries = Parse();
        if (LineErrors.Count > 0)
        {
            ModelState.AddModelError("", localizer["Some lines need correcting."]);
            return Page();
        }
        var month = SalesMonth.TryParse(Month, out var posted) ? posted : default;
        var result = await forecasts.SaveAsync(User.ToViewer(), accountId, month, [.. entries.Select(e => e.Entry)], ct);
        if (result.NotFound) return NotFound();
        if (result.Forbidden) return Forbid();
        if (result.Succeeded)
        {
            TempData["Status"] = localizer["Next month's forecast of {0} was saved.", Sheet.Account.Name].Value;
            return Redirect(Url.Content("~/Sales/Forecasts"));
        }
        // Someone saved meanwhile, or the month moved on: show the lines as they are now.
        if (result.Errors.Any(e => e.Field.Length == 0)) FillFromSheet();
        ShowErrors(result, entries);
        return Page();
    }

    /// <summary>What a line's input shows: what was posted, else the saved figure, else the suggestion.</summary>
    public string ValueOf(ForecastSheetLine line) =>
        Posted(line)?.Quantity ?? (line.Saved ?? line.Suggested).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public uint VersionOf(ForecastSheetLine line) => Posted(line)?.Version ?? line.Version;

    private ForecastLineInput? Posted(ForecastSheetLine line) => Lines.FirstOrDefault(l => l.ProductId == line.ProductId);

    private void FillFromSheet()
    {
        Lines = [.. Sheet.Lines.Select(l => new ForecastLineInput
        {
            ProductId = l.ProductId, Quantity = (l.Saved ?? l.Suggested).ToString(System.Globalization.CultureInfo.InvariantCulture), Version = l.Version,
        })];
        Month = SalesMonth.Format(Sheet.Month);
        Extra = new ForecastExtraInput();
        ModelState.Clear(); // the inputs show the values above, not the posted ones
    }

    private async Task<IActionResult?> LoadAsync(int accountId, CancellationToken ct)
    {
        var sheet = await forecasts.SheetAsync(User.ToViewer(), accountId, ct);
        if (sheet is null) return NotFound();
        if (!User.ToViewer().CanForecast(sheet.Account)) return Forbid();
        Sheet = sheet;
        return null;
    }

    /// <returns>The lines to save, each with the product its errors are shown on.</returns>
    private List<(int ProductId, ForecastEntry Entry)> Parse()
    {
        var entries = new List<(int, ForecastEntry)>();
        foreach (var line in Lines)
            if (TryQuantity(line.Quantity, line.ProductId, out var quantity))
                entries.Add((line.ProductId, new ForecastEntry(line.ProductId, quantity, line.Version)));
        if (Extra.ProductId is { } extra && !string.IsNullOrWhiteSpace(Extra.Quantity) && TryQuantity(Extra.Quantity, ExtraLine, out var added))
            entries.Add((ExtraLine, new ForecastEntry(extra, added, 0)));
        return entries;
    }

    private bool TryQuantity(string? text, int key, out int? quantity)
    {
        quantity = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (SalesQuantity.TryParse(text, out var value))
        {
            quantity = value;
            return true;
        }
        LineErrors[key] = localizer[SalesQuantity.OutOfRange].Value;
        return false;
    }

    private void ShowErrors(RecordResult result, List<(int ProductId, ForecastEntry Entry)> entries)
    {
        foreach (var error in result.Errors)
        {
            var text = localizer[error.Message, error.Arguments].Value;
            var close = error.Field.IndexOf(']');
            if (error.Field.StartsWith("Lines[", StringComparison.Ordinal) && int.TryParse(error.Field[6..close], out var i) && i < entries.Count)
                LineErrors[entries[i].ProductId] = text;
            else ModelState.AddModelError("", text);
        }
        if (LineErrors.Count > 0) ModelState.AddModelError("", localizer["Some lines need correcting."]);
    }
}
