using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Letters.Review;

/// <summary>
/// Who reads and who acts on a letter. A letter is seen by whoever sees its account. Only the account's own
/// manager writes it: edits the note, approves, sends back. Sending an approved letter again is the account
/// manager's or an administrator's (who also runs the outbox). Regenerating follows the drafting's rule: the
/// account manager, the district's market manager or an administrator.
/// </summary>
public static class LetterAccess
{
    public static IQueryable<SalesLetter> VisibleTo(this IQueryable<SalesLetter> letters, CrmDbContext db, Viewer viewer)
    {
        var accounts = db.Accounts.VisibleTo(viewer);
        return letters.Where(l => accounts.Any(a => a.Id == l.AccountId));
    }

    public static bool CanReview(this Viewer viewer, int accountManagerId) =>
        viewer.Role == Roles.AccountManager && viewer.UserId == accountManagerId;

    public static bool CanSendAgain(this Viewer viewer, int accountManagerId) =>
        viewer.CanReview(accountManagerId) || viewer.Role == Roles.Administrator;

    public static bool CanRegenerate(this Viewer viewer, int accountManagerId, int districtId) =>
        viewer.CanReview(accountManagerId) || viewer.Role == Roles.Administrator
        || (viewer.Role == Roles.MarketManager && viewer.DistrictId == districtId);

    public static bool IsOpen(this LetterState state) => state is LetterState.Draft or LetterState.SentBack;
}
