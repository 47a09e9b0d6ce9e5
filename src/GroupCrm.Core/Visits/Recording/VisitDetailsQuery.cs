using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits.SpotChecks;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Recording;

/// <summary>
/// Reads one visit for whoever sees its account (anyone else gets null: a 404). A spot check comes with its
/// comparison, worked out again from the two stored visits, which never change; an account manager's visit
/// comes with the spot checks that were compared with it.
/// </summary>
public sealed class VisitDetailsQuery(CrmDbContext db)
{
    public async Task<VisitDetails?> FindAsync(Viewer viewer, int visitId, CancellationToken ct = default)
    {
        var visit = await db.Visits.AsNoTracking().VisibleTo(db, viewer).Where(v => v.Id == visitId)
            .Select(v => new
            {
                Details = new VisitDetails(
                    v.Id, v.Kind, v.AccountId, db.Accounts.Where(a => a.Id == v.AccountId).Select(a => a.Name).First(),
                    v.StoreId, db.Stores.Where(s => s.Id == v.StoreId).Select(s => s.Name).FirstOrDefault(),
                    db.Users.Where(u => u.Id == v.VisitorId).Select(u => u.DisplayName).First(),
                    v.VisitedAt, v.VisitedOn, v.RecordedAt,
                    db.HqAppointments.Where(a => a.Id == v.AppointmentId)
                        .Select(a => new AppointmentSummary(a.Id, a.StartsAt, a.Purpose,
                            db.BuyerContacts.Where(c => c.Id == a.BuyerContactId).Select(c => c.Name).FirstOrDefault()))
                        .FirstOrDefault(),
                    v.Topics, v.Requests, v.Problems, v.CustomerFeedback, v.ComplianceConcern, v.PhotoFileId != null,
                    v.NoticeHandedOver, v.NoticeAcknowledgedBy),
                v.SpotCheckOfUserId,
                CheckedUserName = db.Users.Where(u => u.Id == v.SpotCheckOfUserId).Select(u => u.DisplayName).FirstOrDefault(),
                v.ComparedVisitId,
                ComparedVisitedOn = db.Visits.Where(c => c.Id == v.ComparedVisitId).Select(c => (DateOnly?)c.VisitedOn).FirstOrDefault(),
                Score = new SpotCheckScore(v.SpotCheckFieldsCompared, v.SpotCheckFieldsMatched),
            })
            .SingleOrDefaultAsync(ct);
        if (visit is null) return null;

        var products = await ChecksAsync(visit.Details.Id, ct);
        var details = visit.Details with { Products = products, FollowUps = await FollowUpsAsync(visitId, ct), CheckedBy = await CheckedByAsync(viewer, visitId, ct) };
        if (visit.SpotCheckOfUserId is null) return details;

        var compared = visit.ComparedVisitId is { } id ? await ChecksAsync(id, ct) : [];
        var names = products.Concat(compared).Select(p => p.Product).DistinctBy(p => p.Id).ToDictionary(p => p.Id);
        var comparison = SpotCheckComparison.Compare(compared.Select(Values), products.Select(Values));
        return details with
        {
            SpotCheck = new SpotCheckDetails(visit.CheckedUserName ?? "", visit.ComparedVisitId, visit.ComparedVisitedOn, visit.Score,
                [.. comparison.Select(c => new ProductDifference(names[c.ProductId], c))]),
        };
    }

    /// <returns>The photo of a visit the viewer sees, or null (no such visit, not visible, or no photo).</returns>
    public Task<VisitPhoto?> PhotoAsync(Viewer viewer, int visitId, CancellationToken ct = default) =>
        db.Visits.AsNoTracking().VisibleTo(db, viewer)
            .Where(v => v.Id == visitId && v.PhotoFileId != null && v.PhotoContentType != null)
            .Join(db.StoredFiles, v => v.PhotoFileId, f => (Guid?)f.Id, (v, f) => new VisitPhoto(f.Content, v.PhotoContentType!))
            .SingleOrDefaultAsync(ct);

    private static CheckedValues Values(ProductCheckRow row) => new(row.Product.Id, row.Listed, row.ShelfPrice, row.StockOnHand);

    private async Task<IReadOnlyList<ProductCheckRow>> ChecksAsync(int visitId, CancellationToken ct) =>
        await db.VisitProductChecks.AsNoTracking().Where(c => c.VisitId == visitId)
            .Join(db.Products, c => c.ProductId, p => p.Id, (c, p) => new { c, p })
            .OrderBy(x => x.p.Code)
            .Select(x => new ProductCheckRow(new ProductName(x.p.Id, x.p.Code, x.p.Name, x.p.NameEn),
                x.c.Listed, x.c.SellThrough, x.c.ShelfPrice, x.c.StockOnHand))
            .ToListAsync(ct);

    private async Task<IReadOnlyList<FollowUpRow>> FollowUpsAsync(int visitId, CancellationToken ct) =>
        await db.FollowUps.AsNoTracking().Where(f => f.VisitId == visitId).OrderBy(f => f.DueOn).ThenBy(f => f.Id)
            .Select(f => new FollowUpRow(f.Id, f.Text, f.DueOn, db.Users.Where(u => u.Id == f.OwnerId).Select(u => u.DisplayName).First(), f.DoneAt))
            .ToListAsync(ct);

    private async Task<IReadOnlyList<SpotCheckLink>> CheckedByAsync(Viewer viewer, int visitId, CancellationToken ct) =>
        await db.Visits.AsNoTracking().VisibleTo(db, viewer).Where(s => s.ComparedVisitId == visitId)
            .OrderBy(s => s.VisitedAt)
            .Select(s => new SpotCheckLink(s.Id, s.VisitedOn, db.Users.Where(u => u.Id == s.VisitorId).Select(u => u.DisplayName).First(),
                new SpotCheckScore(s.SpotCheckFieldsCompared, s.SpotCheckFieldsMatched)))
            .ToListAsync(ct);
}
