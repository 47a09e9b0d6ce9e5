using GroupCrm.Core.Letters.Bulletins;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Analytics;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Bulletins;

/// <summary>
/// Writing a district's bulletin of one month: the three parts, a preview of how they will read (without saving),
/// and the district's brand figures of the month beside the form to write from. Saving leads to the bulletin as readers see it.
/// </summary>
public sealed class EditModel(
    MarketBulletins bulletins, DistrictAnalytics analytics, OrganisationCalendar calendar, IStringLocalizer<SharedResource> L)
    : BulletinPage(bulletins, calendar)
{
    [BindProperty] public BulletinForm Input { get; set; } = new();

    public BulletinDetails? Saved { get; private set; }
    public BulletinInput? Preview { get; private set; }
    public DistrictSalesReport? Figures { get; private set; }
    public int MaxLength => MarketBulletins.MaxPartLength;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } refused) return refused;
        if (Problem is null && Saved is not null) Input = BulletinForm.From(Saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } refused) return refused;
        if (Problem is not null) return Page();
        if (!ModelState.IsValid)
        {
            // Only the hidden version can fail to bind: the form was not the one this page served.
            ModelState.AddModelError("", L[RecordResult.ConflictMessage]);
            return Page();
        }
        var result = await Bulletins.SaveAsync(User.ToViewer(), District.Id, Month, Input.ToInput(), Input.Version, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = L["The bulletin was saved."].Value;
            return RedirectToPage("View", BulletinDisplay.Route(District.Id, Month));
        }
        if (result.NotFound) return NotFound();
        if (result.Forbidden) return Forbid();
        foreach (var error in result.Errors)
            ModelState.AddModelError(error.Field.Length == 0 ? "" : $"{nameof(Input)}.{error.Field}", L[error.Message, error.Arguments]);
        return Page();
    }

    /// <summary>Shows the parts as readers will see them, saving nothing.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } refused) return refused;
        if (Problem is null) Preview = Input.ToInput().Cleaned();
        return Page();
    }

    /// <summary>The district and month from the address, only for those who write the district's bulletins; the stored bulletin and the month's figures.</summary>
    private async Task<IActionResult?> OpenAsync(CancellationToken ct)
    {
        if (await ResolveAsync(ct) is { } refused) return refused;
        if (!District.CanWrite) return Forbid();
        if (Problem is not null) return null;
        if (BulletinMonths.Problem(Month, Calendar.Today) is { } monthProblem)
            return Refuse(monthProblem.Message, monthProblem.Arguments);
        var viewer = User.ToViewer();
        Saved = await Bulletins.GetAsync(viewer, District.Id, Month, ct);
        // A month's sales are imported after it closes: for this month and next, the last closed month is what there is.
        var lastClosed = SalesMonth.LastFull(Calendar.Today);
        Figures = await analytics.ForDistrictAsync(viewer, District.Id, Month < lastClosed ? Month : lastClosed, ct);
        return null;
    }
}
