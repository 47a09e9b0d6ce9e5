using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Quotas;

/// <summary>
/// The range of months quotas can be judged for: from the first month a rule is in force (the shipped defaults:
/// January 2024) to the organisation's current month. Later months have not begun; earlier ones had no rules.
/// </summary>
public sealed class QuotaMonths(CrmDbContext db, OrganisationCalendar calendar)
{
    public async Task<QuotaMonthRange> RangeAsync(CancellationToken ct = default)
    {
        var current = QuotaMonth.Of(calendar.Today);
        var first = await db.QuotaRules.AsNoTracking().MinAsync(r => (DateOnly?)r.EffectiveFrom, ct) ?? current;
        return new QuotaMonthRange(QuotaMonth.Of(first < current ? first : current), current);
    }
}
