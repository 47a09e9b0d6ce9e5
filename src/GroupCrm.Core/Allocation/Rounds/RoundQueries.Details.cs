using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Allocation.Rounds;

// One round's preview: its figures, the lines the viewer may read with their explanation and store split, the
// audit trail, the links between revisions, and what the viewer may do.
public sealed partial class RoundQueries
{
    /// <returns>null when there is no such round or the viewer may not see it (a 404).</returns>
    public async Task<RoundView?> FindAsync(Viewer viewer, int roundId, CancellationToken ct = default)
    {
        var round = await db.AllocationRounds.AsNoTracking().VisibleTo(db, viewer).Where(r => r.Id == roundId)
            .Select(r => new
            {
                Round = r,
                District = db.Districts.Where(d => d.Id == r.DistrictId).Select(d => new { d.Name, d.NameEn }).First(),
                Product = db.Products.Where(p => p.Id == r.ProductId).Select(p => new { p.Code, p.Name, p.NameEn, p.Unit }).First(),
                CreatedBy = db.Users.Where(u => u.Id == r.CreatedById).Select(u => u.DisplayName).First(),
                SubmittedBy = db.Users.Where(u => u.Id == r.SubmittedById).Select(u => u.DisplayName).FirstOrDefault(),
                ApprovedBy = db.Users.Where(u => u.Id == r.ApprovedById).Select(u => u.DisplayName).FirstOrDefault(),
                SupersededById = db.AllocationRounds.Where(x => x.SupersedesId == r.Id).Select(x => (int?)x.Id).FirstOrDefault(),
                PacksAllocated = r.Lines.Sum(l => l.FinalPacks),
                UnitsAllocated = r.Lines.Sum(l => l.FinalUnits),
            })
            .SingleOrDefaultAsync(ct);
        if (round is null) return null;

        var r = round.Round;
        var packsAvailable = (r.AvailableUnits - r.ReserveUnits) / r.PackSize;
        var canRun = viewer.CanRun(r.DistrictId);
        return new RoundView
        {
            Id = r.Id, Version = r.Version, DistrictId = r.DistrictId, DistrictName = round.District.Name, DistrictNameEn = round.District.NameEn,
            ProductId = r.ProductId, ProductCode = round.Product.Code, ProductName = round.Product.Name, ProductNameEn = round.Product.NameEn,
            ProductUnit = round.Product.Unit, Month = r.Month, Revision = r.Revision, SupersedesId = r.SupersedesId, SupersededById = round.SupersededById,
            AvailableUnits = r.AvailableUnits, PackSize = r.PackSize, ReserveUnits = r.ReserveUnits, Basis = r.Basis, BasisMonths = r.BasisMonths,
            MinimumPacks = r.MinimumPacks, MaximumPacks = r.MaximumPacks, State = r.State,
            CreatedByName = round.CreatedBy, CreatedAt = r.CreatedAt, SubmittedByName = round.SubmittedBy, SubmittedAt = r.SubmittedAt,
            ApprovedByName = round.ApprovedBy, ApprovedAt = r.ApprovedAt, ReturnNote = r.ReturnNote,
            Plan = new RoundPlanFigures(packsAvailable, (r.AvailableUnits - r.ReserveUnits) % r.PackSize,
                round.PacksAllocated, round.UnitsAllocated, Math.Max(0, packsAvailable - round.PacksAllocated)),
            Lines = await LinesAsync(viewer, r, ct),
            Events = await EventsAsync(viewer, r.Id, ct),
            Permissions = new RoundPermissions(
                CanEdit: r.State == RoundState.Draft && canRun,
                CanSubmit: r.State == RoundState.Draft && canRun,
                CanDecide: r.State == RoundState.Submitted && viewer.CanDecide(),
                CanRevise: r.State == RoundState.Approved && canRun && round.SupersededById is null
                    && RoundRules.CheckMonth(r.Month, calendar.Today) is null),
            IsPartial = viewer.Role == Roles.AccountManager,
        };
    }

    private async Task<IReadOnlyList<RoundLineView>> LinesAsync(Viewer viewer, AllocationRound round, CancellationToken ct)
    {
        var lines = await db.RoundLines.AsNoTracking().Where(l => l.RoundId == round.Id).VisibleTo(db, viewer)
            .OrderBy(l => l.AccountId)
            .Select(l => new
            {
                Line = l,
                Account = db.Accounts.Where(a => a.Id == l.AccountId).Select(a => new { a.Name, a.NameEn }).First(),
                OverriddenBy = db.Users.Where(u => u.Id == l.OverriddenById).Select(u => u.DisplayName).FirstOrDefault(),
                Stores = l.Stores.OrderBy(s => s.StoreId).ToList(),
            })
            .ToListAsync(ct);

        // Until approval fixes it, the store split is shown as it would come out now.
        var stored = round.State is RoundState.Approved or RoundState.Superseded;
        var preview = stored ? [] : await RoundBases.StoresAsync(db, round, [.. lines.Select(l => l.Line.AccountId)], ct);
        var storeIds = lines.SelectMany(l => l.Stores.Select(s => s.StoreId)).ToList();
        var storeNames = stored
            ? await db.Stores.AsNoTracking().Where(s => storeIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct)
            : preview.Values.SelectMany(v => v).ToDictionary(s => s.StoreId, s => s.Name);

        return [.. lines.Select(x =>
        {
            var l = x.Line;
            var stores = stored ? x.Stores : StoreSplit.Of(l.FinalPacks, round.PackSize, preview.GetValueOrDefault(l.AccountId) ?? []);
            return new RoundLineView(
                l.AccountId, x.Account.Name, x.Account.NameEn, l.Basis, l.MinimumPacks, l.MaximumPacks, l.SharePercent, l.IdealPacks, l.Cap,
                l.WholePacks, l.RoundingAdjustment, l.EnginePacks, l.FinalPacks, l.FinalUnits, l.OverrideReason, x.OverriddenBy, l.OverriddenAt,
                [.. stores.Select(s => new RoundStoreLineView(s.StoreId, storeNames.GetValueOrDefault(s.StoreId, ""), s.Basis, s.SharePercent,
                    s.IdealPacks, s.Cap, s.WholePacks, s.RoundingAdjustment, s.FinalPacks, s.FinalUnits))]);
        })];
    }

    private async Task<IReadOnlyList<RoundEventView>> EventsAsync(Viewer viewer, int roundId, CancellationToken ct)
    {
        var mine = viewer.Role == Roles.AccountManager;
        return await db.RoundEvents.AsNoTracking()
            .Where(e => e.RoundId == roundId)
            .Where(e => !mine || e.AccountId == null || db.Accounts.Any(a => a.Id == e.AccountId && a.AccountManagerId == viewer.UserId))
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new RoundEventView(e.Kind,
                db.Users.Where(u => u.Id == e.ById).Select(u => u.DisplayName).First(), e.At, e.AccountId,
                db.Accounts.Where(a => a.Id == e.AccountId).Select(a => a.Name).FirstOrDefault(),
                e.FromPacks, e.ToPacks, e.Note))
            .ToListAsync(ct);
    }
}
