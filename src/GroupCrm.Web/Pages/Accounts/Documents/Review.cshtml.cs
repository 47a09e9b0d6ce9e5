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

/// <summary>
/// One document version for its reviewer (the district's market manager, or an administrator): the
/// details, a preview, the earlier versions of the same type, and Accept / Reject-with-reason.
/// </summary>
public sealed class ReviewModel(CrmDbContext db, DocumentRegister register, OrganisationCalendar calendar, IStringLocalizer<SharedResource> L)
    : PageModel
{
    public AccountScope Account { get; private set; } = null!;
    public string TypeName { get; private set; } = "";
    public DocumentVersionRow Document { get; private set; } = null!;
    public IReadOnlyList<DocumentVersionRow> OtherVersions { get; private set; } = [];
    public bool IsLatest { get; private set; }
    public bool CanDecide => IsLatest && Document.Verdict == DocumentVerdict.Pending;
    public RejectInput Reject { get; private set; } = new();
    public DateOnly Today => calendar.Today;
    public TimeZoneInfo Zone => calendar.TimeZone;

    public async Task<IActionResult> OnGetAsync(int id, int documentId, CancellationToken ct) => await LoadAsync(id, documentId, ct) ?? Page();

    public Task<IActionResult> OnPostAcceptAsync(int id, int documentId, CancellationToken ct) =>
        DecideAsync(id, documentId, DocumentVerdict.Accepted, null, "The document was accepted.", ct);

    public async Task<IActionResult> OnPostRejectAsync(int id, int documentId, [Bind(Prefix = nameof(Reject))] RejectInput reject, CancellationToken ct)
    {
        Reject = reject;
        if (ModelState.IsValid) return await DecideAsync(id, documentId, DocumentVerdict.Rejected, reject.Reason, "The document was rejected.", ct);
        return await LoadAsync(id, documentId, ct) ?? Page();
    }

    private async Task<IActionResult> DecideAsync(int id, int documentId, DocumentVerdict verdict, string? reason, string done, CancellationToken ct)
    {
        var result = await register.ReviewAsync(User.ToViewer(), id, documentId, verdict, reason, ct);
        if (result.NotFound) return NotFound();
        if (result.Forbidden) return Forbid();
        if (result.Succeeded)
        {
            TempData["Status"] = L[done].Value;
            return Redirect(Url.Content($"~/Accounts/{id}"));
        }
        foreach (var error in result.Errors)
            ModelState.AddModelError(error.Field.Length == 0 ? "" : $"{nameof(Reject)}.{error.Field}", L[error.Message, error.Arguments]);
        return await LoadAsync(id, documentId, ct) ?? Page();
    }

    /// <returns>null when the viewer may review this document of this account; otherwise the 404 or 403 to answer with.</returns>
    private async Task<IActionResult?> LoadAsync(int id, int documentId, CancellationToken ct)
    {
        var viewer = User.ToViewer();
        var account = await db.FindVisibleAsync(viewer, id, ct);
        if (account is null) return NotFound();
        var document = await db.AccountDocuments.AsNoTracking().Where(d => d.Id == documentId && d.AccountId == id).Rows(db).SingleOrDefaultAsync(ct);
        if (document is null) return NotFound();
        if (!viewer.CanReview(account)) return Forbid();
        Account = account;
        Document = document;
        var type = await db.DocumentTypes.AsNoTracking().SingleAsync(t => t.Id == document.TypeId, ct);
        TypeName = DocumentTypeNames.Of(type.Name, type.NameEn);
        OtherVersions = await db.AccountDocuments.AsNoTracking()
            .Where(d => d.AccountId == id && d.DocumentTypeId == document.TypeId && d.Id != documentId)
            .OrderByDescending(d => d.Version).Rows(db).ToListAsync(ct);
        IsLatest = OtherVersions.All(v => v.Version < document.Version);
        return null;
    }
}
