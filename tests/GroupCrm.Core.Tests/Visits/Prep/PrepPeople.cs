using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Tests.Visits.Prep;

/// <summary>The people of the prep world, as viewers.</summary>
public sealed class PrepPeople
{
    public Viewer Am1 { get; private set; } = null!;
    public Viewer Am2 { get; private set; } = null!;
    public Viewer Mm { get; private set; } = null!;
    public Viewer AmWest { get; private set; } = null!;
    public Viewer MmWest { get; private set; } = null!;
    public Viewer Approver { get; private set; } = null!;
    public Viewer Admin { get; private set; } = null!;
    public int EastId { get; private set; }
    public int WestId { get; private set; }

    public async Task AddAsync(CrmDbContext db)
    {
        var east = new District { Code = "E", Name = "东区", NameEn = "East" };
        var west = new District { Code = "W", Name = "西区", NameEn = "West" };
        db.Districts.AddRange(east, west);
        await db.SaveChangesAsync();
        (EastId, WestId) = (east.Id, west.Id);
        async Task<Viewer> Person(string name, string role, District? district)
        {
            var user = new CrmUser { UserName = name, NormalizedUserName = name.ToUpperInvariant(), DisplayName = "Person " + name, DistrictId = district?.Id };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return new Viewer(user.Id, role, district?.Id);
        }
        Am1 = await Person("am1", Roles.AccountManager, east);
        Am2 = await Person("am2", Roles.AccountManager, east);
        Mm = await Person("mm", Roles.MarketManager, east);
        AmWest = await Person("amw", Roles.AccountManager, west);
        MmWest = await Person("mmw", Roles.MarketManager, west);
        Approver = await Person("approver", Roles.MarketingCenter, null);
        Admin = await Person("admin", Roles.Administrator, null);
    }
}
