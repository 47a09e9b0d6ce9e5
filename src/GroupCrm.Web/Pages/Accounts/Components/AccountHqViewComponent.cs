using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Pages.Accounts.Components;

/// <summary>The HQ record (总部档案) of one account and its buyer contacts, with edit links for the viewers who may edit.</summary>
public sealed class AccountHqViewComponent(CrmDbContext db) : ViewComponent
{
    public sealed record Contact(int Id, string Name, string Email, string? Phone, string? Title);

    public sealed record Model(
        int AccountId, string? LegalRepresentative, string? HqAddress, string? OrderPhone, string? OrderFrequency,
        string? BankName, string? BankAccountNumber, decimal? PlannedMonthlyVolume, IReadOnlyList<Contact> Contacts, bool CanEdit);

    public async Task<IViewComponentResult> InvokeAsync(int accountId)
    {
        var viewer = UserClaimsPrincipal.ToViewer();
        var scope = await db.FindVisibleAsync(viewer, accountId, HttpContext.RequestAborted);
        if (scope is null) return Content("");
        var model = await db.Accounts.AsNoTracking().Where(a => a.Id == accountId)
            .Select(a => new Model(a.Id, a.LegalRepresentative, a.HqAddress, a.OrderPhone, a.OrderFrequency, a.BankName, a.BankAccountNumber,
                a.PlannedMonthlyVolume,
                a.BuyerContacts.OrderBy(c => c.Id).Select(c => new Contact(c.Id, c.Name, c.Email, c.Phone, c.Title)).ToList(),
                false))
            .SingleAsync(HttpContext.RequestAborted);
        return View("/Pages/Accounts/Components/AccountHq/Default.cshtml", model with { CanEdit = viewer.CanEditRecords(scope) });
    }
}
