using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Onboarding.Records;

/// <summary>The demo people and chains the record tests work with, looked up by user name.</summary>
internal static class RecordsDemo
{
    public static async Task<Viewer> ViewerAsync(CrmDbContext db, string userName)
    {
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        var role = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).SingleAsync();
        return new Viewer(user.Id, role, user.DistrictId);
    }

    /// <summary>The <paramref name="index"/>-th chain (by id) that <paramref name="managerUserName"/> manages; tests take different ones.</summary>
    public static async Task<int> AccountOfAsync(CrmDbContext db, string managerUserName, int index)
    {
        var manager = await db.Users.SingleAsync(u => u.UserName == managerUserName);
        return await db.Accounts.Where(a => a.AccountManagerId == manager.Id).OrderBy(a => a.Id).Select(a => a.Id).Skip(index).FirstAsync();
    }

    public static Task<uint> VersionOfAccountAsync(CrmDbContext db, int accountId) =>
        db.Accounts.Where(a => a.Id == accountId).Select(a => a.Version).SingleAsync();
}
