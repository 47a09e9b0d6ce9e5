using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.DemoData;

/// <summary>A product on a store's check list, with the cartons the store sold of it in an average month (0: not carried).</summary>
internal sealed record ShelfProduct(int ProductId, bool IsScarce, double MonthlyRate);

/// <summary>An open store of an active chain, with the products its visitors look at: a scarce one or two first.</summary>
internal sealed record VisitStore(int Id, int AccountId, string? ContactName, IReadOnlyList<ShelfProduct> CheckList);

/// <summary>An active chain as its visitors see it: its people, its buyers and its open stores.</summary>
internal sealed record VisitAccount(
    int Id, int ManagerId, int MarketManagerId, DateOnly ActiveFrom, IReadOnlyList<int> ContactIds, IReadOnlyList<VisitStore> Stores);

/// <summary>What the visit generators work from, loaded once: the active chains, the users by name, the prices.</summary>
internal sealed class DemoVisitWorld
{
    private const int ChecksOfOthers = 5;

    public required DemoCalendar Calendar { get; init; }

    /// <summary>The first day with visits: the first of the month a year before the current one.</summary>
    public required DateOnly First { get; init; }

    public DateOnly Today => Calendar.Today;
    public required IReadOnlyList<VisitAccount> Accounts { get; init; }
    public required IReadOnlyDictionary<string, int> UserIds { get; init; }
    public required DemoPriceBook Prices { get; init; }

    public static async Task<DemoVisitWorld> LoadAsync(
        CrmDbContext db, IReadOnlyList<DemoOnboarding> chains, IReadOnlyList<StoreSeed> stores, IReadOnlyList<ProductSeed> products,
        DemoCalendar calendar, CancellationToken ct)
    {
        var first = new DateOnly(calendar.Today.Year, calendar.Today.Month, 1).AddMonths(-12);
        var active = chains.Where(c => c.Account.State == AccountState.Active).OrderBy(c => c.Account.Id).ToList();
        var open = stores.Where(s => s.Store.IsActive && s.Account.Account.State == AccountState.Active).ToList();
        var storeIds = open.Select(s => s.Store.Id).ToArray();
        // A year of sales tells what each store carries and how fast it sells.
        var sold = await db.MonthlySales.AsNoTracking()
            .Where(s => s.Month >= first && storeIds.Contains(s.StoreId))
            .GroupBy(s => new { s.StoreId, s.ProductId })
            .Select(g => new { g.Key.StoreId, g.Key.ProductId, Quantity = g.Sum(s => s.Quantity) })
            .ToListAsync(ct);
        var rates = sold.ToLookup(s => s.StoreId, s => (s.ProductId, Rate: s.Quantity / 12.0));
        var catalogue = products.Where(p => p.Product.IsActive).ToDictionary(p => p.Product.Id, p => p.Product.IsScarce);
        var scarce = catalogue.Where(p => p.Value).Select(p => p.Key).Order().ToArray();

        var visitStores = open.Select(s => new VisitStore(s.Store.Id, s.Account.Account.Id, s.Store.ContactName,
            CheckList(s.Store.Id, [.. rates[s.Store.Id].Where(r => catalogue.ContainsKey(r.ProductId))], catalogue, scarce))).ToLookup(s => s.AccountId);
        var accounts = active.Select(c => new VisitAccount(
            c.Account.Id, c.Account.AccountManagerId, c.Account.MarketManagerId!.Value,
            DemoCalendar.LocalDate(c.Reached(AccountState.Active)!.At).AddDays(1),
            [.. c.Account.BuyerContacts.Select(b => b.Id).Order()],
            [.. visitStores[c.Account.Id].OrderBy(s => s.Id)])).ToList();

        var changes = await db.PriceChanges.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        return new DemoVisitWorld
        {
            Calendar = calendar,
            First = first,
            Accounts = accounts,
            UserIds = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => u.Id, ct),
            Prices = new DemoPriceBook(products.ToDictionary(p => p.Product.Id, p => p.Product.ListPrice), changes),
        };
    }

    /// <summary>The scarce products the store carries (or one it does not: visitors look for it anyway), then its best sellers.</summary>
    private static List<ShelfProduct> CheckList(int storeId, List<(int ProductId, double Rate)> carried, Dictionary<int, bool> catalogue, int[] scarce)
    {
        var byRate = carried.OrderByDescending(r => r.Rate).ThenBy(r => r.ProductId).ToList();
        var scarceCarried = byRate.Where(r => catalogue[r.ProductId]).Take(2).Select(r => new ShelfProduct(r.ProductId, true, r.Rate)).ToList();
        if (scarceCarried.Count == 0)
            scarceCarried.Add(new ShelfProduct(scarce[(int)(DemoHash.Unit(101, storeId) * scarce.Length)], true, 0));
        var others = byRate.Where(r => !catalogue[r.ProductId]).Take(ChecksOfOthers).Select(r => new ShelfProduct(r.ProductId, false, r.Rate));
        return [.. scarceCarried, .. others];
    }
}
