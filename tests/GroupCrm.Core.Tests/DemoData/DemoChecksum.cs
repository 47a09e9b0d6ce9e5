using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.DemoData;

/// <summary>A fingerprint of the demo data: equal fingerprints mean (with overwhelming likelihood) equal data.</summary>
public sealed record DemoChecksum(
    int Users, int Stores, string StoresHash, string AccountsHash, long Sales, long Quantity, decimal Amount, long SalesHash, DateOnly FirstMonth, DateOnly LastMonth,
    string TimelineHash, string DocumentsHash, string FilesHash, string SurveysHash, DemoVisitsChecksum Visits)
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
            sales.Rows, sales.Quantity, sales.Amount, sales.Hash, sales.First ?? default, sales.Last ?? default,
            await Hash(db, "account_transitions", "id, account_id, from_state, to_state, by_user_id, at, note"),
            await Hash(db, "account_documents",
                "id, account_id, document_type_id, version, number, issued_on, expires_on, file_id, file_name, content_type, size_bytes, " +
                "sha256, uploaded_by_id, uploaded_at, verdict, verdict_reason, reviewed_by_id, reviewed_at"),
            await Hash(db, "stored_files", "id, md5(content), stored_at"),
            await Hash(db, "site_surveys",
                "id, account_id, surveyed_on, location_score, environment_score, appearance_score, sales_scale_score, management_score, " +
                "notes, recommend, surveyed_by_id, recorded_at"),
            await DemoVisitsChecksum.ReadAsync(db));
    }

    // format() writes NULL as an empty string, so rows with empty columns still count; "(none)" tells an empty table apart.
    private static Task<string> Hash(CrmDbContext db, string table, string columns)
    {
        var count = columns.Split(',').Length;
        var template = string.Join("|", Enumerable.Repeat("%s", count));
        return Scalar<string>(db, $"SELECT coalesce(md5(string_agg(format('{template}', {columns}), ',' ORDER BY id)), '(none)') AS \"Value\" FROM {table}");
    }

    private static Task<T> Scalar<T>(CrmDbContext db, string sql) => db.Database.SqlQueryRaw<T>(sql).SingleAsync();

    private sealed record SalesRow(long Rows, long Quantity, decimal Amount, long Hash, DateOnly? First, DateOnly? Last);
}
