using GroupCrm.Core.Data;
using GroupCrm.Core.Sales.Products;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Prep;

/// <summary>The notes of earlier visits: the store's (or the HQ's) last ones, and what the store's last shelf check found.</summary>
internal static class PrepVisitNotes
{
    /// <summary>How many earlier visits a prep sheet shows: the last one, and the one before to see a trend.</summary>
    public const int LastVisits = 2;

    /// <summary>The store's last store visits by anyone, or the account's last HQ visits when <paramref name="storeId"/> is null; newest first.</summary>
    public static Task<List<PrepVisitNote>> LastVisitsAsync(CrmDbContext db, int accountId, int? storeId, CancellationToken ct)
    {
        var kind = storeId is null ? VisitKind.Hq : VisitKind.Store;
        return db.Visits.AsNoTracking()
            .Where(v => v.AccountId == accountId && v.Kind == kind && (storeId == null || v.StoreId == storeId))
            .OrderByDescending(v => v.VisitedAt).ThenByDescending(v => v.Id)
            .Take(LastVisits)
            .Select(v => new PrepVisitNote(v.Id, v.Kind, v.VisitedOn, v.VisitedAt,
                db.Users.Where(u => u.Id == v.VisitorId).Select(u => u.DisplayName).First(),
                v.Topics, v.Requests, v.Problems, v.CustomerFeedback,
                v.ComplianceConcern, v.NoticeHandedOver, v.NoticeAcknowledgedBy, v.SpotCheckOfUserId != null))
            .ToListAsync(ct);
    }

    /// <summary>The store's latest visit that checked products, with each product's list price today.</summary>
    public static async Task<PrepShelfCheck?> LastShelfCheckAsync(CrmDbContext db, int storeId, DateOnly today, CancellationToken ct)
    {
        var last = await db.Visits.AsNoTracking()
            .Where(v => v.StoreId == storeId && v.Kind == VisitKind.Store && v.ProductChecks.Any())
            .OrderByDescending(v => v.VisitedAt).ThenByDescending(v => v.Id)
            .Select(v => new { v.Id, v.VisitedOn, Visitor = db.Users.Where(u => u.Id == v.VisitorId).Select(u => u.DisplayName).First() })
            .FirstOrDefaultAsync(ct);
        if (last is null) return null;
        var products = await db.VisitProductChecks.AsNoTracking().Where(c => c.VisitId == last.Id)
            .Join(db.Products, c => c.ProductId, p => p.Id, (c, p) => new { c, p })
            .OrderBy(x => x.p.Code)
            .Select(x => new PrepProductCheck(x.p.Id, x.p.Code, x.p.Name, x.p.NameEn, x.p.IsScarce,
                x.c.Listed, x.c.SellThrough, x.c.ShelfPrice, x.c.StockOnHand,
                db.PricesOn(today).Where(price => price.ProductId == x.p.Id).Select(price => price.Price).First()))
            .ToListAsync(ct);
        return new PrepShelfCheck(last.Id, last.VisitedOn, last.Visitor, products);
    }
}
