using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Allocation.Notices;

/// <summary>Reads a notice's facts in a few small projections; null when there is no such notice.</summary>
internal static class NoticeFactsQuery
{
    public static async Task<NoticeFacts?> LoadAsync(CrmDbContext db, int noticeId, CancellationToken ct)
    {
        var notice = await db.AllocationNotices.AsNoTracking().SingleOrDefaultAsync(n => n.Id == noticeId, ct);
        if (notice is null) return null;

        var round = await db.AllocationRounds.AsNoTracking().Where(r => r.Id == notice.RoundId)
            .Join(db.Products, r => r.ProductId, p => p.Id, (r, p) => new NoticeRoundFacts(
                r.Id, r.Revision, r.SupersedesId,
                db.AllocationRounds.Where(n => n.SupersedesId == r.Id && n.State != RoundState.Draft && n.State != RoundState.Submitted)
                    .Select(n => (int?)n.Id).FirstOrDefault(),
                r.State, r.Month, p.Code, p.Name, p.NameEn, p.Unit,
                r.AvailableUnits, r.PackSize, r.ReserveUnits, r.Basis, r.BasisMonths,
                r.Lines.Count, r.Lines.Sum(l => l.FinalPacks)))
            .SingleAsync(ct);

        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == notice.AccountId)
            .Select(a => new { a.Name, a.NameEn }).SingleAsync(ct);
        var line = await db.RoundLines.AsNoTracking().Where(l => l.RoundId == notice.RoundId && l.AccountId == notice.AccountId)
            .Select(l => new { l.Id, Facts = new NoticeLineFacts(l.Basis, l.MinimumPacks, l.MaximumPacks, l.SharePercent, l.IdealPacks, l.Cap,
                l.WholePacks, l.RoundingAdjustment, l.EnginePacks, l.FinalPacks, l.FinalUnits, l.OverrideReason) })
            .SingleAsync(ct);
        var stores = await db.RoundStoreLines.AsNoTracking().Where(s => s.RoundLineId == line.Id)
            .Join(db.Stores, s => s.StoreId, st => st.Id, (s, st) => new
            {
                s.StoreId, st.Name,
                Facts = new NoticeLineFacts(s.Basis, null, null, s.SharePercent, s.IdealPacks, s.Cap,
                    s.WholePacks, s.RoundingAdjustment, s.FinalPacks, s.FinalPacks, s.FinalUnits, null),
            })
            .OrderBy(s => s.Name).ThenBy(s => s.StoreId)
            .ToListAsync(ct);

        var own = notice.StoreId is { } storeId ? stores.SingleOrDefault(s => s.StoreId == storeId) : null;
        var storeName = notice.StoreId is { } id
            ? own?.Name ?? await db.Stores.Where(s => s.Id == id).Select(s => s.Name).SingleAsync(ct)
            : null;
        return new NoticeFacts(
            notice, round, account.Name, account.NameEn, storeName, line.Facts, own?.Facts,
            [.. stores.Select(s => new NoticeStoreRow(s.StoreId, s.Name, s.Facts.FinalPacks, s.Facts.FinalUnits))],
            stores.Count,
            stores.Count > 1 && stores.All(s => s.Facts.Basis == stores[0].Facts.Basis));
    }
}
