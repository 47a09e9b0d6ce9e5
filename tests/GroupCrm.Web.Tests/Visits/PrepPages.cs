using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Visits;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Visits;

/// <summary>The demo chains and stores the prep-page tests open, looked up by their manager.</summary>
internal static class PrepPages
{
    public static string Url(int accountId, int? storeId = null) =>
        storeId is { } store ? $"/Visits/Prep?accountId={accountId}&storeId={store}" : $"/Visits/Prep?accountId={accountId}";

    /// <summary>An active chain of the manager with a store whose last visit checked products.</summary>
    public static async Task<(int Account, int Store, string StoreName)> CheckedStoreAsync(CrmWebFactory factory, string managerUserName)
    {
        await using var db = factory.CreateDbContext();
        var manager = await db.Users.Where(u => u.UserName == managerUserName).Select(u => u.Id).SingleAsync();
        var found = await db.Visits.Where(v => v.VisitorId == manager && v.Kind == VisitKind.Store && v.ProductChecks.Any())
            .Join(db.Stores, v => v.StoreId, s => s.Id, (v, s) => new { v.AccountId, StoreId = s.Id, s.Name, s.IsActive })
            .Where(x => x.IsActive).OrderBy(x => x.AccountId).ThenBy(x => x.StoreId)
            .FirstAsync();
        return (found.AccountId, found.StoreId, found.Name);
    }

    public static async Task<int> ActiveAccountOfAsync(CrmWebFactory factory, string managerUserName)
    {
        await using var db = factory.CreateDbContext();
        return await db.Accounts.Where(a => a.AccountManager!.UserName == managerUserName && a.State == AccountState.Active)
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
    }

    public static async Task<int> StoreOfAsync(CrmWebFactory factory, int accountId)
    {
        await using var db = factory.CreateDbContext();
        return await db.Stores.Where(s => s.AccountId == accountId && s.IsActive).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
    }

    public static int Count(string html, string text)
    {
        var count = 0;
        for (var at = html.IndexOf(text, StringComparison.Ordinal); at >= 0; at = html.IndexOf(text, at + text.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
