using System.Net;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Plans;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Web.Tests.Visits.Plans;

/// <summary>
/// What the plan page tests share. Periods are counted from the app's own "today" (the organisation's calendar
/// on the real clock), so the tests hold on any weekday: <see cref="UpcomingAsync"/> is always ahead.
/// </summary>
public static class PlanPages
{
    public static async Task<DateOnly> UpcomingAsync(CrmWebFactory factory, int periodsAfterNext)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var today = scope.ServiceProvider.GetRequiredService<OrganisationCalendar>().Today;
        return PlanCalendar.NextStart(today).AddDays(PlanPeriods.Days * periodsAfterNext);
    }

    public static async Task<DateOnly> CurrentAsync(CrmWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return PlanPeriods.StartOf(scope.ServiceProvider.GetRequiredService<OrganisationCalendar>().Today);
    }

    public static string Iso(DateOnly day) => PlanCalendar.Format(day);

    public static string EditUrl(DateOnly period, int? userId = null, string? handler = null, int? accountId = null) =>
        $"/Visits/Plans/Edit?period={Iso(period)}" + (userId is null ? "" : $"&userId={userId}")
        + (accountId is null ? "" : $"&accountId={accountId}") + (handler is null ? "" : $"&handler={handler}");

    public static async Task<int> UserIdAsync(CrmWebFactory factory, string userName)
    {
        await using var db = factory.CreateDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    /// <summary>Whatever the demo data planned for the person and period is removed, so the test starts from nothing.</summary>
    public static async Task ClearAsync(CrmWebFactory factory, string userName, DateOnly period)
    {
        var user = await UserIdAsync(factory, userName);
        await using var db = factory.CreateDbContext();
        await db.VisitPlans.Where(p => p.UserId == user && p.PeriodStart == period).ExecuteDeleteAsync();
    }

    /// <summary>An active account of the person with at least two active stores: the account and two of its stores.</summary>
    public static async Task<(int Account, int Store, int OtherStore)> AccountAsync(CrmWebFactory factory, string userName, int skip = 0)
    {
        var user = await UserIdAsync(factory, userName);
        await using var db = factory.CreateDbContext();
        var account = await db.Accounts.Where(a => a.AccountManagerId == user && a.State == AccountState.Active
                && a.Stores.Count(s => s.IsActive) >= 2)
            .OrderBy(a => a.Id).Skip(skip).Select(a => a.Id).FirstAsync();
        var stores = await db.Stores.Where(s => s.AccountId == account && s.IsActive).OrderBy(s => s.Id).Select(s => s.Id).Take(2).ToListAsync();
        return (account, stores[0], stores[1]);
    }

    public static async Task<List<VisitPlan>> PlansAsync(CrmWebFactory factory, string userName, DateOnly period)
    {
        var user = await UserIdAsync(factory, userName);
        await using var db = factory.CreateDbContext();
        return await db.VisitPlans.AsNoTracking().Include(p => p.Visits)
            .Where(p => p.UserId == user && p.PeriodStart == period).OrderBy(p => p.Revision).ToListAsync();
    }

    /// <summary>Every plan and planned visit in the database, to show that a refused request wrote nothing.</summary>
    public static async Task<string> SnapshotAsync(CrmWebFactory factory)
    {
        await using var db = factory.CreateDbContext();
        var plans = await db.VisitPlans.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.State, p.Revision, p.Version, Visits = p.Visits.Count }).ToListAsync();
        return string.Join(";", plans.Select(p => $"{p.Id}/{p.State}/{p.Revision}/{p.Version}/{p.Visits}"));
    }

    public static Dictionary<string, string> Form(VisitPlan plan, params (string Name, string Value)[] more)
    {
        var fields = new Dictionary<string, string> { ["planId"] = $"{plan.Id}", ["version"] = $"{plan.Version}" };
        foreach (var (name, value) in more) fields[name] = value;
        return fields;
    }

    /// <summary>Follows a post's redirect the way a browser does and returns the decoded page text.</summary>
    public static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await TextAsync(await client.GetAsync(response.Headers.Location));
    }

    public static async Task<string> TextAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
