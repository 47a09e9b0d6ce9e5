using System.Globalization;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Accounts.Documents;

/// <summary>Uploads a document (or a new version of one) for an account, for the people who keep its records.</summary>
[RefuseOversizedUpload(UploadLimits.RequestBytes, UploadedFileCheck.TooLargeMessage)]
[RequestSizeLimit(UploadLimits.RequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.RequestBytes)]
public sealed class UploadModel(CrmDbContext db, DocumentRegister register, OrganisationCalendar calendar, IStringLocalizer<SharedResource> L)
    : PageModel
{
    public sealed record TypeChoice(int Id, string Name, bool Required, bool Expires);

    [BindProperty]
    public UploadInput Input { get; set; } = new();

    public AccountScope Account { get; private set; } = null!;
    public IReadOnlyList<TypeChoice> Types { get; private set; } = [];
    public DateOnly Today => calendar.Today;

    public async Task<IActionResult> OnGetAsync(int id, int? typeId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input.DocumentTypeId = typeId;
        if (TempData[RefuseOversizedUploadAttribute.RefusalKey] is string refusal) ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.File)}", refusal);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (!ModelState.IsValid) return Page();

        await using var content = Input.File!.OpenReadStream();
        var result = await register.UploadAsync(User.ToViewer(), id, Input.DocumentTypeId!.Value, Input.Number,
            Input.IssuedOn, Input.ExpiresOn, Input.File.FileName, content, ct);
        if (result.NotFound) return NotFound();
        if (result.Forbidden) return Forbid();
        if (result.Succeeded)
        {
            TempData["Status"] = L["The document was uploaded and waits for review."].Value;
            return Redirect(Url.Content($"~/Accounts/{id}"));
        }
        foreach (var error in result.Errors)
            ModelState.AddModelError(error.Field.Length == 0 ? "" : $"{nameof(Input)}.{error.Field}", L[error.Message, error.Arguments]);
        return Page();
    }

    /// <returns>null when the viewer may upload to this account; otherwise the 404 or 403 to answer with.</returns>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var account = await db.FindVisibleAsync(User.ToViewer(), id, ct);
        if (account is null) return NotFound();
        if (!User.ToViewer().CanEditRecords(account)) return Forbid();
        Account = account;
        Types = [.. (await db.DocumentTypes.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(ct))
            .Select(t => new TypeChoice(t.Id, DocumentTypeNames.Of(t.Name, t.NameEn), t.IsRequired, t.Expires))];
        return null;
    }

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
