using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Sales.Analytics;

/// <summary>An account manager's own accounts side by side for a month (any viewer gets the accounts they may see).</summary>
public sealed class PortfolioAnalytics(CrmDbContext db, OrganisationCalendar calendar)
{
    public Task<AccountsMonthReport> ForViewerAsync(Viewer viewer, DateOnly? month = null, CancellationToken ct = default)
    {
        var today = calendar.Today;
        return AccountMonthTable.LoadAsync(db, db.Accounts.VisibleTo(viewer), SalesMonth.Choose(month, today), today, ct);
    }
}
