using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Infrastructure;

/// <summary>
/// Two districts (home and away) and a person in every role: in the home district two account managers and
/// a market manager, in the away district one of each, plus an administrator and a marketing-centre approver.
/// Names carry a fresh tag, so several sets can live in one database.
/// </summary>
public sealed record TestPeople(
    string Tag, District Home, District Away,
    Viewer Manager, Viewer OtherManager, Viewer MarketManager, Viewer AwayManager, Viewer AwayMarketManager,
    Viewer Administrator, Viewer Approver)
{
    public static async Task<TestPeople> AddAsync(CrmDbContext db, DateTimeOffset createdAt)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var home = new District { Code = "H" + tag, Name = "东区", NameEn = "East" };
        var away = new District { Code = "A" + tag, Name = "西区", NameEn = "West" };
        db.Districts.AddRange(home, away);
        await db.SaveChangesAsync();
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
        async Task<Viewer> Person(string name, string role, District? district)
        {
            var user = new CrmUser { UserName = $"{name}.{tag}", DisplayName = $"{name} {tag}", DistrictId = district?.Id, CreatedAt = createdAt };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            db.UserRoles.Add(new IdentityUserRole<int> { UserId = user.Id, RoleId = roles[role] });
            await db.SaveChangesAsync();
            return new Viewer(user.Id, role, district?.Id);
        }
        return new TestPeople(tag, home, away,
            await Person("am", Roles.AccountManager, home), await Person("am2", Roles.AccountManager, home),
            await Person("mm", Roles.MarketManager, home), await Person("am3", Roles.AccountManager, away),
            await Person("mm2", Roles.MarketManager, away), await Person("admin", Roles.Administrator, null),
            await Person("mc", Roles.MarketingCenter, null));
    }
}
