using GroupCrm.Core.Visits.Lists;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Visits;

/// <summary>The user's follow-ups that are overdue or due within a week (a market manager also sees the district's overdue ones), each with a "Done" button.</summary>
public sealed class FollowUpsModel(FollowUpList list, FollowUps followUps, IStringLocalizer<SharedResource> L) : PageModel
{
    public FollowUpOverview Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Overview = await list.QueryAsync(User.ToViewer(), ct);

    public async Task<IActionResult> OnPostDoneAsync(int id, CancellationToken ct)
    {
        var result = await followUps.MarkDoneAsync(User.ToViewer(), id, ct);
        if (result.NotFound) return NotFound();
        if (result.Forbidden) return Forbid();
        TempData["Status"] = L["The follow-up is marked done."].Value;
        return RedirectToPage("/Visits/FollowUps");
    }
}
