using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Pages.Accounts;

/// <summary>
/// One account: its header here; HQ record, stores, documents, survey, actions and timeline come from
/// view components that load and authorize their own data.
/// </summary>
public sealed class DetailsModel(CrmDbContext db, OrganisationCalendar calendar) : PageModel
{
    public sealed record Header(
        int Id, string Name, string NameEn, string LicenceNumber, AccountState State,
        string DistrictName, string DistrictNameEn, string AccountManager, string? MarketManager, DateTimeOffset CreatedAt);

    public Header Account { get; private set; } = null!;
    public (bool Expired, bool ExpiringSoon) Flags { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var header = await db.Accounts.AsNoTracking().VisibleTo(User.ToViewer()).Where(a => a.Id == id)
            .Select(a => new Header(a.Id, a.Name, a.NameEn, a.BusinessLicenceNumber, a.State,
                a.District!.Name, a.District.NameEn, a.AccountManager!.DisplayName,
                a.MarketManager == null ? null : a.MarketManager.DisplayName, a.CreatedAt))
            .SingleOrDefaultAsync(ct);
        if (header is null) return NotFound();
        Account = header;
        Flags = await DocumentFlags.ForAccountAsync(db, id, calendar.Today, ct);
        return Page();
    }
}
