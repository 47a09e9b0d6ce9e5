using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Onboarding;

public sealed record AccountFilter(AccountState? State, int? DistrictId, int? AccountManagerId, string? Text, int Page);

public sealed record AccountListRow(
    int Id, string Name, string NameEn, string LicenceNumber, AccountState State,
    string DistrictName, string DistrictNameEn, string AccountManager, int ActiveStores);

public sealed record AccountListPage(IReadOnlyList<AccountListRow> Rows, int Total, int Page, int PageCount);

/// <summary>The accounts list: the viewer's accounts, filtered, ordered by name, a page at a time.</summary>
public static class AccountList
{
    public const int PageSize = 25;

    public static async Task<AccountListPage> QueryAsync(CrmDbContext db, Viewer viewer, AccountFilter filter, CancellationToken ct = default)
    {
        var query = db.Accounts.AsNoTracking().VisibleTo(viewer);
        if (filter.State is { } state) query = query.Where(a => a.State == state);
        if (filter.DistrictId is { } district) query = query.Where(a => a.DistrictId == district);
        if (filter.AccountManagerId is { } manager) query = query.Where(a => a.AccountManagerId == manager);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = "%" + EscapeLike(filter.Text.Trim()) + "%";
            query = query.Where(a => EF.Functions.ILike(a.Name, pattern, "\\") || EF.Functions.ILike(a.NameEn, pattern, "\\")
                                     || EF.Functions.ILike(a.BusinessLicenceNumber, pattern, "\\"));
        }

        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await query.OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new AccountListRow(a.Id, a.Name, a.NameEn, a.BusinessLicenceNumber, a.State,
                a.District!.Name, a.District.NameEn, a.AccountManager!.DisplayName, a.Stores.Count(s => s.IsActive)))
            .ToListAsync(ct);
        return new AccountListPage(rows, total, page, pageCount);
    }

    /// <summary>The account managers whose accounts the viewer sees, for the manager filter.</summary>
    public static async Task<IReadOnlyList<(int Id, string Name)>> ManagersAsync(CrmDbContext db, Viewer viewer, CancellationToken ct = default)
    {
        var managers = await db.Accounts.AsNoTracking().VisibleTo(viewer)
            .Select(a => new { a.AccountManagerId, a.AccountManager!.DisplayName }).Distinct()
            .OrderBy(m => m.DisplayName)
            .ToListAsync(ct);
        return [.. managers.Select(m => (m.AccountManagerId, m.DisplayName))];
    }

    // The user's text is matched literally: % and _ are not wildcards for them.
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
