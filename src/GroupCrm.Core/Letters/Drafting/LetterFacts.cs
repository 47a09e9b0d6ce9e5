using GroupCrm.Core.Data;
using GroupCrm.Core.Sales.Analytics;
using GroupCrm.Core.Sales.Products;

namespace GroupCrm.Core.Letters.Drafting;

/// <summary>
/// The facts of the month's letters (<see cref="LetterSnapshot"/>), for all the accounts at once: the same handful
/// of grouped queries whether there are six accounts or six hundred, then cut per account in memory. The figures
/// are summed as the account and district pages sum them, so a letter never disagrees with what the app shows.
/// </summary>
public sealed class LetterFacts(CrmDbContext db, ProductNews news)
{
    /// <summary>One snapshot per active account (or per account asked for, whatever its state), by account id.</summary>
    public async Task<IReadOnlyList<LetterSnapshot>> ForMonthAsync(
        DateOnly month, IReadOnlyCollection<int>? accountIds = null, CancellationToken ct = default) =>
        [.. (await DraftsAsync(month, accountIds, ct)).Select(d => d.Snapshot)];

    /// <summary>The snapshot of one account of any state; null when there is no such account.</summary>
    public async Task<LetterSnapshot?> ForAccountAsync(int accountId, DateOnly month, CancellationToken ct = default) =>
        (await ForMonthAsync(month, [accountId], ct)).SingleOrDefault();

    /// <summary>The snapshots with the accounts they are for (drafting needs each account's language too).</summary>
    internal async Task<IReadOnlyList<(LetterAccount Account, LetterSnapshot Snapshot)>> DraftsAsync(
        DateOnly month, IReadOnlyCollection<int>? accountIds, CancellationToken ct)
    {
        if (accountIds is { Count: 0 }) return [];
        var rows = await MonthQueries.LoadAsync(db, news, SalesMonth.Of(month), accountIds, ct);
        return LetterSections.Build(rows);
    }
}
