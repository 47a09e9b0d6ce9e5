using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.DemoData;

/// <summary>A fingerprint of the demo data: equal fingerprints mean (with overwhelming likelihood) equal data.</summary>
public sealed record DemoChecksum(int Users, int Stores, string StoresHash, string AccountsHash, long Sales, long Quantity, decimal Amount, long SalesHash, DateOnly FirstMonth, DateOnly LastMonth)
{
    public static async Task<DemoChecksum> ReadAsync(CrmDbContext db)
    {
        var stores = await Scalar<string>(db, "SELECT md5(string_agg(id || name || retail_licence_number || account_id || category_id || is_active, ',' ORDER BY id)) AS \"Value\" FROM stores");
        var accounts = await Scalar<string>(db, "SELECT md5(string_agg(id || name || business_licence_number || state || account_manager_id, ',' ORDER BY id)) AS \"Value\" FROM group_accounts");
        var sales = await db.Database.SqlQueryRaw<SalesRow>(
            """
            SELECT count(*) AS "Rows", coalesce(sum(quantity), 0) AS "Quantity", coalesce(sum(amount), 0) AS "Amount",
                   coalesce(sum(hashtext(month || '/' || store_id || '/' || product_id || '/' || quantity || '/' || amount)::bigint), 0)::bigint AS "Hash",
                   min(month) AS "First", max(month) AS "Last"
            FROM monthly_sales
            """).SingleAsync();
        return new DemoChecksum(await db.Users.CountAsync(), await db.Stores.CountAsync(), stores, accounts,
            sales.Rows, sales.Quantity, sales.Amount, sales.Hash, sales.First ?? default, sales.Last ?? default);
    }

    private static Task<T> Scalar<T>(CrmDbContext db, string sql) => db.Database.SqlQueryRaw<T>(sql).SingleAsync();

    private sealed record SalesRow(long Rows, long Quantity, decimal Amount, long Hash, DateOnly? First, DateOnly? Last);
}
