using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Quotas;

internal sealed record CountingAccount(int Id, string Name, string NameEn, int AccountManagerId, int DistrictId);

internal sealed record OwedStoreRow(int AccountManagerId, OwedStore Store);

internal sealed record HqVisitCount(int VisitorId, int AccountId, int Visits);

internal sealed record OutingDayRow(int VisitorId, OutingDay Day);

internal sealed record SubmittedPlanRow(int UserId, DateOnly PeriodStart);

/// <summary>The facts of everyone asked about, sliced per person.</summary>
internal sealed class QuotaFacts(
    List<CountingAccount> accounts, List<OwedStoreRow> stores, List<HqVisitCount> hqVisits,
    List<OutingDayRow> outings, List<SubmittedPlanRow> plans)
{
    private readonly ILookup<int, CountingAccount> _byManager = accounts.ToLookup(a => a.AccountManagerId);
    private readonly ILookup<int, CountingAccount> _byDistrict = accounts.ToLookup(a => a.DistrictId);
    private readonly ILookup<int, OwedStore> _stores = stores.ToLookup(s => s.AccountManagerId, s => s.Store);
    private readonly Dictionary<(int, int), int> _hqVisits = hqVisits.ToDictionary(v => (v.VisitorId, v.AccountId), v => v.Visits);
    private readonly ILookup<int, OutingDay> _outings = outings.ToLookup(o => o.VisitorId, o => o.Day);
    private readonly ILookup<int, DateOnly> _plans = plans.ToLookup(p => p.UserId, p => p.PeriodStart);

    public PersonFacts For(QuotaPerson person)
    {
        var accounts = person.Role switch
        {
            Roles.AccountManager => _byManager[person.UserId],
            Roles.MarketManager when person.DistrictId is { } district => _byDistrict[district],
            _ => [],
        };
        return new PersonFacts(
            [.. _outings[person.UserId]],
            [.. accounts.Select(a => new AccountHqVisits(a.Id, a.Name, a.NameEn, _hqVisits.GetValueOrDefault((person.UserId, a.Id))))],
            _plans[person.UserId].ToHashSet(),
            person.Role == Roles.AccountManager ? [.. _stores[person.UserId]] : []);
    }
}
