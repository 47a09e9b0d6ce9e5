using GroupCrm.Core.Sales.Analytics;
using GroupCrm.Web.Infrastructure;
using GroupCrm.Web.Pages.Sales.Charts;
using Microsoft.AspNetCore.Mvc;

namespace GroupCrm.Web.Pages.Accounts.Components;

/// <summary>
/// The account's sales for a month (?month=yyyy-MM on the account page, else the last full month): against
/// plan, the previous month and last year, by brand and store, and the 24-month trend.
/// </summary>
public sealed class AccountSalesViewComponent(AccountAnalytics analytics) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int accountId)
    {
        DateOnly? month = SalesFormat.TryParseMonth(Request.Query["month"], out var asked) ? asked : null;
        var report = await analytics.ForAccountAsync(UserClaimsPrincipal.ToViewer(), accountId, month, HttpContext.RequestAborted);
        if (report is null) return Content("");
        return View("/Pages/Accounts/Components/AccountSales/Default.cshtml", report);
    }
}
