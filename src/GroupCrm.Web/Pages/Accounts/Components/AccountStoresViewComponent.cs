using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Web.Infrastructure;
using GroupCrm.Web.Pages.Accounts.Stores;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Pages.Accounts.Components;

/// <summary>How many stores an account has, active and inactive, and the first of them; the full list is its own page.</summary>
public sealed class AccountStoresViewComponent(CrmDbContext db) : ViewComponent
{
    public const int Shown = 20;

    public sealed record Row(int Id, string Name, string Category, string Licence, bool IsActive);

    public sealed record Model(int AccountId, int Active, int Inactive, IReadOnlyList<Row> Stores, bool CanEdit);

    public async Task<IViewComponentResult> InvokeAsync(int accountId)
    {
        var ct = HttpContext.RequestAborted;
        var viewer = UserClaimsPrincipal.ToViewer();
        var scope = await db.FindVisibleAsync(viewer, accountId, ct);
        if (scope is null) return Content("");
        var stores = db.Stores.AsNoTracking().Where(s => s.AccountId == accountId);
        var counts = await stores.GroupBy(s => s.IsActive).Select(g => new { Active = g.Key, Count = g.Count() }).ToListAsync(ct);
        var first = await stores.OrderByDescending(s => s.IsActive).ThenBy(s => s.Name).ThenBy(s => s.Id).Take(Shown)
            .Select(s => new { s.Id, s.Name, s.Category!.NameEn, CategoryName = s.Category.Name, s.RetailLicenceNumber, s.IsActive })
            .ToListAsync(ct);
        return View("/Pages/Accounts/Components/AccountStores/Default.cshtml", new Model(
            accountId,
            counts.Where(c => c.Active).Sum(c => c.Count),
            counts.Where(c => !c.Active).Sum(c => c.Count),
            [.. first.Select(s => new Row(s.Id, s.Name, CategoryNames.Of(s.CategoryName, s.NameEn), s.RetailLicenceNumber, s.IsActive))],
            viewer.CanEditRecords(scope)));
    }
}
