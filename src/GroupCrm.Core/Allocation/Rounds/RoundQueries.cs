using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Allocation.Rounds;

/// <summary>
/// Reads rounds for a viewer: the list, one round's preview, and the form's choices. A round's totals are the
/// round's (the allocation is open: everyone in it may know what was shared out); its lines are scoped, so an
/// account manager reads only their own accounts' lines, stores and audit entries.
/// </summary>
public sealed partial class RoundQueries(CrmDbContext db, OrganisationCalendar calendar)
{
    public async Task<IReadOnlyList<RoundSummary>> ListAsync(Viewer viewer, DateOnly? month, RoundState? state, CancellationToken ct = default)
    {
        var rounds = db.AllocationRounds.AsNoTracking().VisibleTo(db, viewer);
        if (month is { } m)
        {
            var first = RoundRules.FirstOf(m);
            rounds = rounds.Where(r => r.Month == first);
        }
        if (state is { } s) rounds = rounds.Where(r => r.State == s);
        return await rounds
            .OrderByDescending(r => r.Month).ThenByDescending(r => r.Id)
            .Select(r => new RoundSummary(
                r.Id,
                db.Districts.Where(d => d.Id == r.DistrictId).Select(d => d.Name).First(),
                db.Districts.Where(d => d.Id == r.DistrictId).Select(d => d.NameEn).First(),
                db.Products.Where(p => p.Id == r.ProductId).Select(p => p.Code).First(),
                db.Products.Where(p => p.Id == r.ProductId).Select(p => p.Name).First(),
                db.Products.Where(p => p.Id == r.ProductId).Select(p => p.NameEn).First(),
                r.Month, r.Revision, r.State, r.AvailableUnits,
                r.Lines.Sum(l => l.FinalUnits), r.Lines.Count, r.CreatedAt))
            .ToListAsync(ct);
    }

    public async Task<RoundFormChoices> ChoicesAsync(Viewer viewer, CancellationToken ct = default)
    {
        var districts = !viewer.CanRunRounds() ? [] : await db.Districts.AsNoTracking()
            .Where(d => viewer.Role == Roles.Administrator || d.Id == viewer.DistrictId)
            .OrderBy(d => d.Code).Select(d => new RoundDistrictChoice(d.Id, d.Name, d.NameEn)).ToListAsync(ct);
        var products = await db.Products.AsNoTracking().Where(p => p.IsScarce && p.IsActive)
            .OrderBy(p => p.Code).Select(p => new RoundProductChoice(p.Id, p.Code, p.Name, p.NameEn, p.Unit)).ToListAsync(ct);
        var first = RoundRules.FirstOf(calendar.Today);
        return new RoundFormChoices(districts, products, [.. Enumerable.Range(0, RoundRules.MonthsAhead + 1).Select(first.AddMonths)]);
    }
}
