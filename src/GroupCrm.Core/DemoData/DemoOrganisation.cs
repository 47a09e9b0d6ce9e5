using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.AspNetCore.Identity;

namespace GroupCrm.Core.DemoData;

/// <summary>The people of one district, as the chains of that district need them.</summary>
internal sealed record DemoDistrict(int Index, District District, CrmUser MarketManager, IReadOnlyList<CrmUser> AccountManagers);

/// <summary>Districts and users. Users go through UserManager so their passwords are hashed and checked as in real use.</summary>
internal static class DemoOrganisation
{
    public static async Task<IReadOnlyList<DemoDistrict>> AddAsync(CrmDbContext db, UserManager<CrmUser> users, DateTimeOffset now, CancellationToken ct)
    {
        var districts = DemoNames.Districts.Select(d => new District { Code = d.Code, Name = d.Name, NameEn = d.NameEn }).ToList();
        db.Districts.AddRange(districts);
        await db.SaveChangesAsync(ct);

        var created = new Dictionary<string, CrmUser>();
        foreach (var login in DemoLogins.All)
            created[login.UserName] = await CreateUserAsync(users, login, districts.SingleOrDefault(d => d.Code == login.DistrictCode), now);

        return districts.Select((d, i) => new DemoDistrict(
            i,
            d,
            DemoLogins.All.Where(l => l.DistrictCode == d.Code && l.Role == Roles.MarketManager).Select(l => created[l.UserName]).Single(),
            DemoLogins.All.Where(l => l.DistrictCode == d.Code && l.Role == Roles.AccountManager).Select(l => created[l.UserName]).ToList()))
            .ToList();
    }

    private static async Task<CrmUser> CreateUserAsync(UserManager<CrmUser> users, DemoLogin login, District? district, DateTimeOffset now)
    {
        var user = new CrmUser
        {
            UserName = login.UserName,
            Email = login.Email,
            EmailConfirmed = true,
            DisplayName = login.DisplayName,
            DistrictId = district?.Id,
            CreatedAt = now,
        };
        Check(await users.CreateAsync(user, DemoLogins.Password), login);
        Check(await users.AddToRoleAsync(user, login.Role), login);
        return user;
    }

    private static void Check(IdentityResult result, DemoLogin login)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo user {login.UserName}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
