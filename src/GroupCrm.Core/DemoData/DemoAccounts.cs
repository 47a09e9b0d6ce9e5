using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;

namespace GroupCrm.Core.DemoData;

/// <summary>A chain with the months its stores reported sales (none before it went live).</summary>
internal sealed record AccountSeed(GroupAccount Account, string ShortName, DemoDistrict District, DemoCity City, DemoChainFormat Format, int FirstOffset, int LastOffset)
{
    public bool HasSales => FirstOffset <= LastOffset;
}

/// <summary>60 chains, 20 per district, in every onboarding state; most are live.</summary>
internal static class DemoAccounts
{
    public const int Count = 60;

    private static readonly (AccountState State, int Count)[] StateMix =
    [
        (AccountState.Active, 40), (AccountState.Draft, 3), (AccountState.Submitted, 3), (AccountState.UnderReview, 3),
        (AccountState.SiteSurveyed, 2), (AccountState.PendingApproval, 3), (AccountState.Rejected, 2),
        (AccountState.Suspended, 2), (AccountState.Closed, 2),
    ];

    public static async Task<(IReadOnlyList<AccountSeed> Accounts, IReadOnlyList<StoreSeed> Stores)> AddAsync(
        CrmDbContext db, IReadOnlyList<DemoDistrict> districts, IReadOnlyDictionary<string, int> categoryIds, DemoCalendar calendar, CancellationToken ct)
    {
        var rng = new Random(20_26_03);
        var licences = new DemoLicences(new Random(20_26_04));
        var states = StateMix.SelectMany(s => Enumerable.Repeat(s.State, s.Count)).ToArray();
        rng.Shuffle(states);
        var formats = states.Select(_ => DemoChainFormat.Pick(rng)).ToArray();
        var storeCounts = DemoStores.Counts(rng, states, formats);

        var accounts = new List<AccountSeed>(Count);
        var stores = new List<StoreSeed>();
        for (var i = 0; i < Count; i++)
        {
            var seed = NewAccount(rng, licences, i, districts[i % districts.Count], states[i], formats[i], calendar);
            var chainStores = DemoStores.AddTo(seed, storeCounts[i], rng, licences, categoryIds, stores.Count);
            stores.AddRange(chainStores);
            // Planned cartons a month: what the stores are expected to sell, or a guess while none are listed.
            seed.Account.PlannedMonthlyVolume = chainStores.Count == 0
                ? rng.Next(50, 200) * 10
                : Math.Round((decimal)chainStores.Sum(s => s.Size) * 9) * 10;
            db.Accounts.Add(seed.Account);
            accounts.Add(seed);
        }
        await db.SaveChangesAsync(ct);
        return (accounts, stores);
    }

    private static AccountSeed NewAccount(
        Random rng, DemoLicences licences, int i, DemoDistrict district, AccountState state, DemoChainFormat format, DemoCalendar calendar)
    {
        // No two chains share both city and word, so every chain name is unique.
        var city = DemoNames.Cities[district.Index][i / 3 % 6];
        var word = DemoNames.ChainWords[i % DemoNames.ChainWords.Length];
        var (first, last) = SalesMonths(rng, state);
        var account = new GroupAccount
        {
            Name = $"{city.Name}{word.Zh}{format.Zh}",
            NameEn = $"{city.NameEn} {word.En} {format.En}",
            BusinessLicenceNumber = licences.BusinessLicence(city),
            State = state,
            DistrictId = district.District.Id,
            AccountManagerId = district.AccountManagers[i / 3 % district.AccountManagers.Count].Id,
            MarketManagerId = district.MarketManager.Id,
            LegalRepresentative = DemoNames.Person(rng),
            HqAddress = DemoNames.Address(rng, city, rng.Next(90)),
            OrderPhone = DemoNames.Landline(rng, city),
            OrderFrequency = DemoNames.Pick(rng, DemoNames.OrderFrequencies),
            BankName = $"{DemoNames.Pick(rng, DemoNames.Banks)}{city.Name}分行",
            BankAccountNumber = string.Concat(Enumerable.Range(0, 19).Select(_ => rng.Next(10))),
            // Every fifth chain (foreign-owned, say) reads its allocation notices in English.
            NoticeLanguage = i % 5 == 4 ? "en" : "zh-Hans",
            // Live chains were onboarded before their first sales; the others are still in the pipeline.
            CreatedAt = first <= last ? calendar.Before(first - rng.Next(0, 12), rng.Next(20, 90)) : calendar.Before(DemoCalendar.Months, rng.Next(3, 120)),
        };
        for (var k = 1; k <= 1 + rng.Next(2); k++)
            account.BuyerContacts.Add(new BuyerContact
            {
                Name = DemoNames.Person(rng),
                Email = $"buyer{k}@chain{i + 1}.example",
                Phone = DemoNames.Mobile(rng),
                Title = DemoNames.Pick(rng, DemoNames.BuyerTitles),
            });
        return new AccountSeed(account, word.Zh + format.Short, district, city, format, first, last);
    }

    // Month offsets (0 = first month of the window) with sales; first > last means none.
    private static (int First, int Last) SalesMonths(Random rng, AccountState state) => state switch
    {
        AccountState.Active => (rng.Next(8) == 0 ? rng.Next(2, 10) : 0, DemoCalendar.Months - 1),
        AccountState.Suspended => (0, rng.Next(19, 23)),
        AccountState.Closed => (0, rng.Next(10, 19)),
        _ => (DemoCalendar.Months, -1),
    };
}
