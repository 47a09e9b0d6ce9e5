using GroupCrm.Core.Visits.Recording;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace GroupCrm.Web.Pages.Visits;

/// <summary>
/// A visit's photo, for whoever sees the visit (anyone else gets a 404). It is served inline so the details
/// page can show it, under the type its bytes showed at upload (JPEG or PNG only), never under a name the
/// uploader chose, and is not cached by shared caches.
/// </summary>
public sealed class PhotoModel(VisitDetailsQuery visits) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var photo = await visits.PhotoAsync(User.ToViewer(), id, ct);
        // Only the two image types are ever served inline, whatever a row might say.
        if (photo is null || photo.ContentType is not ("image/jpeg" or "image/png")) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline").ToString();
        return File(photo.Content, photo.ContentType);
    }
}
