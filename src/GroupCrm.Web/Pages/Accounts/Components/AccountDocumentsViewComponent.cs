using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using GroupCrm.Web.Pages.Accounts.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Pages.Accounts.Components;

/// <summary>
/// The document register of one account: per type the current version in full (flags, verdict, links)
/// and the earlier ones as history, and whether the completeness gate is met. Loads and authorizes its
/// own data, so a page can show it for any account id.
/// </summary>
public sealed class AccountDocumentsViewComponent(CrmDbContext db, OrganisationCalendar calendar) : ViewComponent
{
    public sealed record TypeRow(int TypeId, string Name, bool Required, bool Expires, IReadOnlyList<DocumentVersionRow> Versions, bool CanUpload)
    {
        public DocumentVersionRow? Latest => Versions.Count > 0 ? Versions[0] : null;
    }

    public sealed record Model(int AccountId, IReadOnlyList<TypeRow> Types, IReadOnlyList<string> Missing, bool CanReview, DateOnly Today, TimeZoneInfo Zone);

    public async Task<IViewComponentResult> InvokeAsync(int accountId)
    {
        var ct = HttpContext.RequestAborted;
        var viewer = UserClaimsPrincipal.ToViewer();
        var account = await db.FindVisibleAsync(viewer, accountId, ct);
        if (account is null) return Content("");
        var today = calendar.Today;
        var types = await db.DocumentTypes.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(ct);
        var versions = await db.AccountDocuments.AsNoTracking().Where(d => d.AccountId == accountId)
            .OrderByDescending(d => d.Version).Rows(db).ToListAsync(ct);
        var mayUpload = viewer.CanEditRecords(account) && DocumentRules.AcceptsUploads(account.State);
        var rows = types.Select(t =>
        {
            var own = versions.Where(v => v.TypeId == t.Id).ToList();
            var canUpload = mayUpload && DocumentRules.CanAddVersion(own.FirstOrDefault()?.Verdict, own.FirstOrDefault()?.ExpiresOn, today);
            return new TypeRow(t.Id, DocumentTypeNames.Of(t.Name, t.NameEn), t.IsRequired, t.Expires, own, canUpload);
        }).ToList();
        var missing = await DocumentCompleteness.MissingAsync(db, accountId, today, ct);
        return View("/Pages/Accounts/Components/AccountDocuments/Default.cshtml", new Model(
            accountId, rows, [.. missing.Select(t => DocumentTypeNames.Of(t.Name, t.NameEn))], viewer.CanReview(account), today, calendar.TimeZone));
    }
}
