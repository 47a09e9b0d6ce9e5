using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Data;
using GroupCrm.Core.Visits;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Allocation.Notices;

/// <summary>
/// A store visit that handed over the month's notice, signed for by the store contact, marks every notice of
/// that store for the visit's month (approved rounds in force, not yet handed over) as handed over on that visit.
/// A notice handed over earlier keeps its first hand-over.
/// </summary>
internal static class NoticeHandOver
{
    /// <summary>Call after the visit is saved (it needs the visit's id), inside the same transaction.</summary>
    public static async Task MarkAsync(CrmDbContext db, Visit visit, CancellationToken ct = default)
    {
        if (visit is not { Kind: VisitKind.Store, NoticeHandedOver: true, StoreId: { } storeId } || string.IsNullOrWhiteSpace(visit.NoticeAcknowledgedBy)) return;
        var month = new DateOnly(visit.VisitedOn.Year, visit.VisitedOn.Month, 1);
        var at = visit.VisitedAt.ToUniversalTime();
        var by = visit.NoticeAcknowledgedBy.Trim();
        await db.AllocationNotices
            .Where(n => n.StoreId == storeId && n.HandedOverAt == null
                && db.AllocationRounds.Any(r => r.Id == n.RoundId && r.State == RoundState.Approved && r.Month == month))
            .ExecuteUpdateAsync(u => u
                .SetProperty(n => n.HandedOverAt, at)
                .SetProperty(n => n.HandedOverVisitId, visit.Id)
                .SetProperty(n => n.HandedOverTo, by), ct);
    }
}
