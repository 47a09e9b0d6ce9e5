using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Prep;

/// <summary>
/// The scarce products an account (HQ prep) or one of its stores (store prep) receives in a month under the
/// approved allocation rounds in force: what the visit hands over in writing. A round that has been corrected
/// (superseded) no longer counts; its approved revision does. Drafts and rounds waiting for approval are not
/// allocations yet.
/// </summary>
public static class ScarceAllocations
{
    public static async Task<IReadOnlyList<ScarceAllocationLine>> CurrentAsync(
        CrmDbContext db, int accountId, int? storeId, DateOnly month, CancellationToken ct = default)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var rounds = db.AllocationRounds.Where(r => r.Month == first && r.State == RoundState.Approved);
        var lines = storeId is { } store
            ? db.RoundStoreLines.Where(s => s.StoreId == store)
                .Join(db.RoundLines.Where(l => l.AccountId == accountId), s => s.RoundLineId, l => l.Id, (s, l) => new { l.RoundId, s.FinalPacks, s.FinalUnits })
            : db.RoundLines.Where(l => l.AccountId == accountId).Select(l => new { l.RoundId, l.FinalPacks, l.FinalUnits });
        var found = await lines.AsNoTracking()
            .Join(rounds, l => l.RoundId, r => r.Id, (l, r) => new { l.RoundId, r.ProductId, l.FinalPacks, l.FinalUnits })
            .Join(db.Products, x => x.ProductId, p => p.Id, (x, p) => new
            {
                x.RoundId, p.Id, p.Code, p.Name, p.NameEn, x.FinalPacks, x.FinalUnits,
                NoticeId = db.AllocationNotices.Where(n => n.RoundId == x.RoundId && n.AccountId == accountId && n.StoreId == storeId)
                    .Select(n => (int?)n.Id).FirstOrDefault(),
            })
            .OrderBy(x => x.Code).ThenBy(x => x.RoundId)
            .ToListAsync(ct);
        return [.. found.Select(x => new ScarceAllocationLine(
            x.Id, x.Code, x.Name, x.NameEn, (int)Math.Min(x.FinalUnits, int.MaxValue), x.FinalPacks, x.RoundId, x.NoticeId))];
    }
}
