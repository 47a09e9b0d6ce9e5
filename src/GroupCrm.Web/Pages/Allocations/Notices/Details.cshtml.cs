using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Allocations.Notices;

/// <summary>
/// One notice, printable, for whoever sees its account: the market manager of the district, the marketing centre,
/// the administrator, and the account's own manager (who prints store notices to hand over). Anyone else: 404.
/// </summary>
public sealed class DetailsModel(NoticeDocuments notices) : PageModel
{
    public NoticeDocument Notice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int noticeId, CancellationToken ct)
    {
        var notice = await notices.ForViewerAsync(User.ToViewer(), noticeId, ct);
        if (notice is null) return NotFound();
        Notice = notice;
        return Page();
    }
}
