using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Allocations.Notices;

/// <summary>
/// Every notice of one chain in a round, the HQ's first and then each store's, to print in one go: the account
/// manager takes the store notices along on the store visits. Each notice starts a new printed page.
/// A round or chain the viewer does not see (or one without notices) is a 404.
/// </summary>
public sealed class ChainModel(NoticeTracking tracking, NoticeDocuments notices) : PageModel
{
    /// <summary>A chain has a few dozen stores at most; a bigger list is not something to print in one go.</summary>
    public const int MaxNotices = 200;

    public IReadOnlyList<NoticeDocument> Notices { get; private set; } = [];
    public int RoundId { get; private set; }
    public string AccountName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int roundId, int accountId, CancellationToken ct)
    {
        var viewer = User.ToViewer();
        if (await tracking.ForRoundAsync(viewer, roundId, ct) is not { } round) return NotFound();
        var hq = round.HqNotices.Where(n => n.AccountId == accountId).Select(n => (n.NoticeId, n.AccountName));
        var stores = round.StoreNotices.Where(n => n.AccountId == accountId).Select(n => (n.NoticeId, n.AccountName));
        var ids = hq.Concat(stores).Take(MaxNotices).ToList();
        if (ids.Count == 0) return NotFound();

        var documents = new List<NoticeDocument>(ids.Count);
        foreach (var (id, _) in ids)
            if (await notices.ForViewerAsync(viewer, id, ct) is { } document) documents.Add(document);
        (Notices, RoundId, AccountName) = (documents, roundId, ids[0].AccountName);
        return Page();
    }
}
