using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Pages.Accounts.Components;

/// <summary>Every state change of one account, oldest first: when (organisation time), who, from, to, and the note.</summary>
public sealed class AccountTimelineViewComponent(CrmDbContext db, OrganisationCalendar calendar) : ViewComponent
{
    public sealed record Row(DateTimeOffset At, string By, AccountState? From, AccountState To, string? Note);

    public sealed record Model(IReadOnlyList<Row> Rows, TimeZoneInfo TimeZone);

    public async Task<IViewComponentResult> InvokeAsync(int accountId)
    {
        var viewer = UserClaimsPrincipal.ToViewer();
        if (await db.FindVisibleAsync(viewer, accountId, HttpContext.RequestAborted) is null) return Content("");
        var rows = await db.AccountTransitions.AsNoTracking().Where(t => t.AccountId == accountId)
            .OrderBy(t => t.At).ThenBy(t => t.Id)
            .Select(t => new Row(t.At, db.Users.Where(u => u.Id == t.ByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                t.FromState, t.ToState, t.Note))
            .ToListAsync(HttpContext.RequestAborted);
        return View("/Pages/Accounts/Components/AccountTimeline/Default.cshtml", new Model(rows, calendar.TimeZone));
    }
}
