using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Allocation.Notices;

/// <summary>
/// Per round, which notices are issued, e-mailed, acknowledged and handed over, and which stores still miss
/// theirs: what the round's page shows, and what the notice-coverage quota counts.
/// </summary>
public sealed class NoticeTracking(CrmDbContext db)
{
    /// <returns>Null when there is no such round or the viewer may not read it (a 404).</returns>
    public async Task<RoundTracking?> ForRoundAsync(Viewer viewer, int roundId, CancellationToken ct = default)
    {
        var round = await db.AllocationRounds.AsNoTracking().Where(r => r.Id == roundId)
            .Select(r => new { r.Id, r.DistrictId, r.State, r.Month }).SingleOrDefaultAsync(ct);
        if (round is null || !await SeesRoundAsync(viewer, round.Id, round.DistrictId, ct)) return null;

        var notices = db.AllocationNotices.AsNoTracking().Where(n => n.RoundId == roundId).VisibleTo(db, viewer);
        var hq = await notices.Where(n => n.StoreId == null)
            .Join(db.Accounts, n => n.AccountId, a => a.Id, (n, a) => new { n, a.Name })
            .OrderBy(x => x.Name).ThenBy(x => x.n.AccountId)
            .Select(x => new HqNoticeStatus(x.n.Id, x.n.AccountId, x.Name, x.n.Packs, x.n.Units, x.n.Language,
                x.n.IssuedAt, x.n.EmailedAt, x.n.AcknowledgedAt, x.n.AcknowledgedByName))
            .ToListAsync(ct);
        var stores = await notices.Where(n => n.StoreId != null)
            .Join(db.Stores, n => n.StoreId, s => s.Id, (n, s) => new { n, Store = s.Name, Account = s.Account!.Name })
            .OrderBy(x => x.Account).ThenBy(x => x.n.AccountId).ThenBy(x => x.Store).ThenBy(x => x.n.StoreId)
            .Select(x => new StoreNoticeStatus(x.n.Id, x.n.AccountId, x.Account, x.n.StoreId!.Value, x.Store, x.n.Packs, x.n.Units,
                x.n.IssuedAt, x.n.HandedOverAt, x.n.HandedOverTo, x.n.HandedOverVisitId))
            .ToListAsync(ct);
        return new RoundTracking(round.Id, round.State, round.Month, viewer.SeesOnlyOwnAccounts(), hq, stores);
    }

    /// <summary>The round's own rule: MC/Admin all, a market manager their district, an account manager a round with a line for one of their accounts.</summary>
    private Task<bool> SeesRoundAsync(Viewer viewer, int roundId, int districtId, CancellationToken ct) => viewer.Role switch
    {
        Roles.Administrator or Roles.MarketingCenter => Task.FromResult(true),
        Roles.MarketManager => Task.FromResult(viewer.DistrictId == districtId),
        Roles.AccountManager => db.RoundLines.AnyAsync(l => l.RoundId == roundId
            && db.Accounts.Any(a => a.Id == l.AccountId && a.AccountManagerId == viewer.UserId), ct),
        _ => Task.FromResult(false),
    };
}
