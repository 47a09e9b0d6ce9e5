using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;

namespace GroupCrm.Web.Pages.Accounts.Documents;

/// <summary>The projection both the register component and the review page read versions with.</summary>
public static class DocumentVersionQuery
{
    public static IQueryable<DocumentVersionRow> Rows(this IQueryable<AccountDocument> documents, CrmDbContext db) =>
        documents.Select(d => new DocumentVersionRow(
            d.Id, d.DocumentTypeId, d.Version, d.Number, d.IssuedOn, d.ExpiresOn, d.FileName, d.ContentType, d.SizeBytes, d.Sha256,
            db.Users.Where(u => u.Id == d.UploadedById).Select(u => u.DisplayName).FirstOrDefault() ?? "",
            d.UploadedAt, d.Verdict, d.VerdictReason,
            db.Users.Where(u => u.Id == d.ReviewedById).Select(u => u.DisplayName).FirstOrDefault(),
            d.ReviewedAt));
}
