using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;

namespace GroupCrm.Core.Tests.Visits.Prep;

/// <summary>The chains of the prep world: A with stores S1, S2 and closed S3; B with T1; W in the West with U1.</summary>
public sealed class PrepChains
{
    public GroupAccount A { get; private set; } = null!;
    public GroupAccount B { get; private set; } = null!;
    public GroupAccount W { get; private set; } = null!;
    public GroupAccount Empty { get; private set; } = null!;
    public Store S1 { get; private set; } = null!;
    public Store S2 { get; private set; } = null!;
    public Store S3 { get; private set; } = null!;
    public Store T1 { get; private set; } = null!;
    public int BuyerOfA { get; private set; }

    public async Task AddAsync(CrmDbContext db, PrepPeople people)
    {
        var category = db.CustomerCategories.First().Id;
        GroupAccount Chain(string name, int districtId, int managerId, int marketManagerId) => new()
        {
            Name = name, NameEn = name + " EN", BusinessLicenceNumber = "91" + name.PadLeft(16, '0'), State = AccountState.Active,
            DistrictId = districtId, AccountManagerId = managerId, MarketManagerId = marketManagerId,
            CreatedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };
        Store Shop(GroupAccount chain, string name, bool active = true) => new()
        {
            Account = chain, Name = name, RetailLicenceNumber = "L" + name, CategoryId = category,
            Address = name + " 路 1 号", ContactName = "店长" + name, Phone = "021-1234567", IsActive = active,
        };
        A = Chain("A", people.EastId, people.Am1.UserId, people.Mm.UserId);
        B = Chain("B", people.EastId, people.Am2.UserId, people.Mm.UserId);
        W = Chain("W", people.WestId, people.AmWest.UserId, people.MmWest.UserId);
        Empty = Chain("E", people.EastId, people.Am1.UserId, people.Mm.UserId);
        (S1, S2, S3, T1) = (Shop(A, "S1"), Shop(A, "S2"), Shop(A, "S3", active: false), Shop(B, "T1"));
        A.BuyerContacts.Add(new BuyerContact { Name = "采购王", Email = "buyer@a.example" });
        db.Accounts.AddRange(A, B, W, Empty);
        db.Stores.AddRange(S1, S2, S3, T1, Shop(W, "U1"));
        await db.SaveChangesAsync();
        BuyerOfA = A.BuyerContacts[0].Id;
    }
}
