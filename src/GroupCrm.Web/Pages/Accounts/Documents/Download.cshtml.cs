using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace GroupCrm.Web.Pages.Accounts.Documents;

/// <summary>
/// Hands out a stored document to anyone who may see its account: as an attachment under its safe name
/// and with the type its content showed, never sniffed or cached by the browser. An account the viewer
/// may not see, or a document of another account, is a 404.
/// </summary>
public sealed class DownloadModel(DocumentRegister register) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int documentId, CancellationToken ct)
    {
        var file = await register.OpenForDownloadAsync(User.ToViewer(), id, documentId, ct);
        if (file is null) return NotFound();
        NoSniffNoStore();
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>
    /// Images only, shown inside the review page. PDFs are never served inline: a PDF viewer runs the
    /// file's own scripts and forms, and the page's content policy would block it anyway.
    /// </summary>
    public async Task<IActionResult> OnGetInlineAsync(int id, int documentId, CancellationToken ct)
    {
        var file = await register.OpenForDownloadAsync(User.ToViewer(), id, documentId, ct);
        if (file is null || !file.ContentType.StartsWith("image/", StringComparison.Ordinal)) return NotFound();
        NoSniffNoStore();
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline").ToString();
        return File(file.Content, file.ContentType);
    }

    private void NoSniffNoStore()
    {
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
    }
}
