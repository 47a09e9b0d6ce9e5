using System.Diagnostics;
using Npgsql;

namespace GroupCrm.Bench;

/// <summary>
/// What the server alone needs to put the same rows into a table like monthly_sales: one INSERT … SELECT
/// from the COPY baseline's table (already in the server) into an empty twin with monthly_sales' primary
/// key, index and both foreign keys. The replace step cannot be faster than this; the gap to the plain
/// COPY is the price of the keys and the foreign-key checks, one per row and key.
/// </summary>
internal static class InsertFloorRun
{
    public static async Task<TimeSpan> RunAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, """
            CREATE TABLE monthly_sales_twin (LIKE monthly_sales INCLUDING ALL);
            ALTER TABLE monthly_sales_twin
                ADD FOREIGN KEY (store_id) REFERENCES stores (id),
                ADD FOREIGN KEY (product_id) REFERENCES products (id);
            """);
        var clock = Stopwatch.StartNew();
        await ExecuteAsync(connection, """
            INSERT INTO monthly_sales_twin (month, store_id, product_id, quantity, amount)
            SELECT to_date(b.month, 'YYYY-MM'), s.id, p.id, b.quantity, b.amount
            FROM sales_copy_baseline b
            JOIN stores s ON s.retail_licence_number = b.store
            JOIN products p ON p.code = b.product
            """);
        return clock.Elapsed;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
