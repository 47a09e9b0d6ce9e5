using System.Text.RegularExpressions;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Recording;
using GroupCrm.Core.Visits.SpotChecks;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Visits;

/// <summary>
/// Records a visit on one phone-sized form. The kind and the account are chosen first (a GET that reloads
/// the form with that account's stores and appointments, so no other account's data reaches the page);
/// the rest is one POST that Core checks and saves whole.
/// </summary>
[RefuseOversizedUpload(RequestBytes, PhotoCheck.TooLargeMessage)]
[RequestSizeLimit(RequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestBytes)]
public sealed partial class NewModel(
    CrmDbContext db, VisitFormChoices choices, VisitRecorder recorder, OrganisationCalendar calendar, IStringLocalizer<SharedResource> L)
    : PageModel
{
    /// <summary>Room for a photo well over the 5 MB limit, so that one gets Core's message; a larger request is sent back by the filter.</summary>
    public const int RequestBytes = 24 * 1024 * 1024;
    public const int SpareProductRows = 5;
    public const int SpareFollowUpRows = 3;

    [BindProperty]
    public VisitForm Input { get; set; } = new();

    public IReadOnlyList<AccountChoice> Accounts { get; private set; } = [];
    public AccountScope? Account { get; private set; }
    public IReadOnlyList<StoreChoice> Stores { get; private set; } = [];
    public IReadOnlyList<AppointmentChoice> Appointments { get; private set; } = [];
    public IReadOnlyList<ProductChoice> Products { get; private set; } = [];
    public IReadOnlyList<PersonChoice> Owners { get; private set; } = [];

    /// <summary>The account manager whose records a spot check would check; null when no spot check is offered.</summary>
    public string? SpotCheckOf { get; private set; }

    public TimeZoneInfo TimeZone => calendar.TimeZone;

    private bool _loaded;

    public async Task<IActionResult> OnGetAsync(int? accountId, int? storeId, int? appointmentId, string? kind, CancellationToken ct)
    {
        var viewer = User.ToViewer();
        if (!VisitFormChoices.MayRecord(viewer)) return Forbid();
        Input.Kind = Enum.TryParse<VisitKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k
            : appointmentId is not null ? VisitKind.Hq : VisitKind.Store;
        var now = calendar.Now;
        (Input.Date, Input.Time) = (DateOnly.FromDateTime(now.DateTime), new TimeOnly(now.Hour, now.Minute));
        // A link from an appointment names only the appointment; its account follows from it.
        Input.AccountId = accountId ?? (appointmentId is { } a ? await choices.AppointmentAccountAsync(viewer, a, ct) : null);
        if (await LoadAsync(viewer, ct) is { } refused) return refused;
        if (Account is null) return Page();

        if (Input.Kind == VisitKind.Store && storeId is { } store && Stores.Any(s => s.Id == store))
        {
            Input.StoreId = store;
            Input.Products = [.. (await choices.LastCheckedProductsAsync(Account.Id, store, ct)).Select(id => new ProductRowForm { ProductId = id })];
        }
        if (Input.Kind == VisitKind.Hq && appointmentId is { } chosen && await choices.AppointmentStartAsync(Account.Id, chosen, ct) is { } starts)
        {
            Input.AppointmentId = chosen;
            if (starts <= now) (Input.Date, Input.Time) = (DateOnly.FromDateTime(starts.DateTime), new TimeOnly(starts.Hour, starts.Minute));
        }
        PadRows();
        if (TempData[RefuseOversizedUploadAttribute.RefusalKey] is string refusal) ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Photo)}", refusal);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var viewer = User.ToViewer();
        if (!VisitFormChoices.MayRecord(viewer)) return Forbid();
        if (Input.AccountId is null)
        {
            ModelState.AddModelError("", L["Choose the account."]);
            return await RedisplayAsync(viewer, ct);
        }
        if (await LoadAsync(viewer, ct) is { } refused) return refused;
        if (Account is null || !ModelState.IsValid) return await RedisplayAsync(viewer, ct);

        var input = Input.ToInput(out var productRows, out var followUpRows);
        await using var photo = Input.Kind == VisitKind.Store && Input.Photo is { Length: > 0 } file ? file.OpenReadStream() : null;
        var result = await recorder.RecordAsync(viewer, input, photo, ct);
        if (result.NotFound) return NotFound();
        if (result.Forbidden) return Forbid();
        if (result.Succeeded)
        {
            TempData["Status"] = L["The visit was recorded."].Value;
            return Redirect(Url.Content($"~/Visits/{result.Id}"));
        }
        foreach (var error in result.Errors)
            ModelState.AddModelError(FormField(error.Field, productRows, followUpRows), L[error.Message, error.Arguments]);
        return await RedisplayAsync(viewer, ct);
    }

    /// <returns>A 404 or 403 for an account the viewer may not visit; otherwise null, with the form's choices loaded.</returns>
    private async Task<IActionResult?> LoadAsync(Viewer viewer, CancellationToken ct)
    {
        _loaded = true;
        Accounts = await choices.AccountsAsync(viewer, ct);
        if (Input.AccountId is not { } id) return null;
        var account = await db.FindVisibleAsync(viewer, id, ct);
        if (account is null) return NotFound();
        if (!viewer.CanVisit(account)) return Forbid();
        if (!account.IsVisitable())
        {
            ModelState.AddModelError("", L[VisitAccess.NotVisitableMessage]);
            return null;
        }
        Account = account;
        Stores = await choices.StoresAsync(id, ct);
        Appointments = await choices.AppointmentsAsync(id, ct);
        Products = await choices.ProductsAsync(ct);
        Owners = await choices.OwnersAsync(account, viewer, ct);
        if (SpotCheckBasis.MayBeMadeBy(viewer) && account.AccountManagerId != viewer.UserId)
            SpotCheckOf = await choices.ManagerNameAsync(account, ct);
        return null;
    }

    private async Task<IActionResult> RedisplayAsync(Viewer viewer, CancellationToken ct)
    {
        if (!_loaded) await LoadAsync(viewer, ct);
        PadRows();
        return Page();
    }

    private void PadRows()
    {
        var products = Input.Products.Count(p => !p.IsBlank);
        while (Input.Products.Count < Math.Max(SpareProductRows, products + 2)) Input.Products.Add(new());
        while (Input.FollowUps.Count < Math.Max(SpareFollowUpRows, Input.FollowUps.Count(f => !f.IsBlank) + 1)) Input.FollowUps.Add(new());
    }

    /// <summary>Core numbers the lines it was given; the form's rows include the empty ones it left out.</summary>
    private static string FormField(string field, int[] productRows, int[] followUpRows)
    {
        if (field.Length == 0) return "";
        var line = LinePattern().Match(field);
        if (!line.Success) return $"{nameof(Input)}.{field}";
        var index = int.Parse(line.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        var rows = line.Groups[1].Value == nameof(VisitForm.Products) ? productRows : followUpRows;
        return $"{nameof(Input)}.{line.Groups[1].Value}[{rows[index]}]{line.Groups[3].Value}";
    }

    [GeneratedRegex(@"^(Products|FollowUps)\[(\d+)\](.*)$")]
    private static partial Regex LinePattern();
}
