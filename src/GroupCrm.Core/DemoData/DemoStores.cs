using GroupCrm.Core.Onboarding;

namespace GroupCrm.Core.DemoData;

/// <summary>A store with what the sales generator needs: its size, its price terms and the months it sold.</summary>
internal sealed record StoreSeed(Store Store, int Index, AccountSeed Account, string Category, double Size, decimal Discount, int FirstOffset, int LastOffset)
{
    public bool HasSales => FirstOffset <= LastOffset;
}

/// <summary>The stores of one chain: live chains have many, chains still being onboarded a few.</summary>
internal static class DemoStores
{
    private const int StreetNames = 90;
    private const int Target = 1500;

    /// <summary>The demo's closed stores closed before the first quota month, so no month owes them a visit.</summary>
    public static readonly DateTimeOffset ClosedBeforeQuotas = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    public static List<StoreSeed> AddTo(AccountSeed chain, int count, Random rng, DemoLicences licences, IReadOnlyDictionary<string, int> categoryIds, int firstIndex)
    {
        var streets = Enumerable.Range(0, StreetNames).ToArray();
        rng.Shuffle(streets); // distinct streets, so the store names of a chain differ
        var cities = DemoNames.Cities[chain.District.Index];
        // Bigger chains get slightly better prices.
        var discount = 1.000m - 0.005m * Math.Min(6, rng.Next(3) + count / 15);

        var seeds = new List<StoreSeed>(count);
        for (var k = 0; k < count; k++)
        {
            // A fifth of the stores are in a neighbouring city of the district.
            var city = rng.Next(5) == 0 ? DemoNames.Pick(rng, cities) : chain.City;
            var place = (city == chain.City ? "" : city.Name) + DemoNames.Street(streets[k]);
            var category = chain.Format.PickCategory(rng);
            var size = DemoChainFormat.CategorySize[category] * (0.6 + 0.9 * rng.NextDouble());
            // A closed chain's stores are all closed; elsewhere one store in forty has closed.
            var inactive = chain.Account.State == AccountState.Closed || rng.Next(40) == 0;
            var store = new Store
            {
                Name = $"{chain.ShortName} {place}店",
                RetailLicenceNumber = licences.RetailLicence(city),
                CategoryId = categoryIds[category],
                Address = DemoNames.Address(rng, city, streets[k]),
                ContactName = DemoNames.Person(rng),
                Phone = rng.Next(2) == 0 ? DemoNames.Mobile(rng) : DemoNames.Landline(rng, city),
                EstimatedMonthlySales = Math.Round((decimal)size * 25) * 1000,
                IsActive = !inactive,
                DeactivatedAt = inactive ? DemoStores.ClosedBeforeQuotas : null,
            };
            chain.Account.Stores.Add(store);
            // A store that closed on its own stopped reporting sales some months ago.
            var last = inactive && chain.Account.State != AccountState.Closed && chain.HasSales
                ? rng.Next(chain.FirstOffset, chain.LastOffset)
                : chain.LastOffset;
            seeds.Add(new StoreSeed(store, firstIndex + k, chain, category, size, discount, chain.FirstOffset, last));
        }
        return seeds;
    }

    /// <summary>
    /// Store counts per chain. They follow a long tail (many mid-sized chains, a few with 50-60 stores);
    /// the live chains are then scaled so the total stays near <see cref="Target"/> whatever the draws.
    /// </summary>
    public static int[] Counts(Random rng, AccountState[] states, DemoChainFormat[] formats)
    {
        var raw = states.Select((state, i) =>
        {
            var (min, max) = Range(state);
            var u = rng.NextDouble();
            var tail = u * Math.Sqrt(u); // u^1.5 with correctly rounded operations only, the same on every machine
            return (min + (max - min) * tail) * formats[i].StoreFactor;
        }).ToArray();
        var live = states.Select(IsLive).ToArray();
        var others = raw.Where((_, i) => !live[i]).Sum(Math.Round);
        var scale = (Target - others) / raw.Where((_, i) => live[i]).Sum();
        return raw.Select((r, i) => live[i] ? Math.Clamp((int)Math.Round(r * scale), 5, 60) : (int)Math.Round(r)).ToArray();
    }

    private static bool IsLive(AccountState state) => state is AccountState.Active or AccountState.Suspended or AccountState.Closed;

    // Before scaling: chains being onboarded list some stores, drafts hardly any.
    private static (int Min, int Max) Range(AccountState state) => state switch
    {
        _ when IsLive(state) => (10, 60),
        AccountState.PendingApproval or AccountState.SiteSurveyed => (8, 25),
        AccountState.Submitted or AccountState.UnderReview => (4, 14),
        AccountState.Rejected => (2, 8),
        _ => (0, 4),
    };
}
