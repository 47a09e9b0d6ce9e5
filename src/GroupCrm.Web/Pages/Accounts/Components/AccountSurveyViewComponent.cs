using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Workflow;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Pages.Accounts.Components;

/// <summary>The latest site survey of one account in full, the earlier ones in brief, and the way to record one when allowed.</summary>
public sealed class AccountSurveyViewComponent(CrmDbContext db) : ViewComponent
{
    public sealed record Survey(
        DateOnly SurveyedOn, string SurveyedBy, short Location, short Environment, short Appearance, short SalesScale, short Management,
        string? Notes, bool Recommend)
    {
        public decimal Average => (Location + Environment + Appearance + SalesScale + Management) / 5m;
    }

    public sealed record Model(int AccountId, IReadOnlyList<Survey> Surveys, bool CanRecord);

    public async Task<IViewComponentResult> InvokeAsync(int accountId)
    {
        var viewer = UserClaimsPrincipal.ToViewer();
        var account = await db.FindVisibleAsync(viewer, accountId, HttpContext.RequestAborted);
        if (account is null) return Content("");
        var surveys = await db.SiteSurveys.AsNoTracking().Where(s => s.AccountId == accountId).LatestFirst()
            .Select(s => new Survey(s.SurveyedOn, db.Users.Where(u => u.Id == s.SurveyedById).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                s.LocationScore, s.EnvironmentScore, s.AppearanceScore, s.SalesScaleScore, s.ManagementScore, s.Notes, s.Recommend))
            .ToListAsync(HttpContext.RequestAborted);
        return View("/Pages/Accounts/Components/AccountSurvey/Default.cshtml",
            new Model(accountId, surveys, SiteSurveyRecorder.MayRecord(viewer, account)));
    }
}
