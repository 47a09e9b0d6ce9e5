using System.Globalization;
using System.Text;
using Npgsql;

namespace GroupCrm.Bench;

/// <summary>
/// Writes a sales file of exactly <c>rows</c> rows: month by month (ending with last month), every store
/// × every active product of the demo data, until the count is reached. Figures come from a hash of the
/// row's position, so the same database gives the same file, byte for byte.
/// </summary>
internal static class SalesFileGenerator
{
    public sealed record Shape(int Rows, DateOnly FirstMonth, DateOnly LastMonth, int Stores, int Products, long Bytes);

    public static async Task<Shape> WriteAsync(string connectionString, string path, int rows, DateOnly lastMonth)
    {
        var stores = await ListAsync(connectionString, "SELECT retail_licence_number FROM stores ORDER BY id");
        var products = await ListAsync(connectionString, "SELECT code || ',' || list_price::text FROM products WHERE is_active ORDER BY id");
        var codes = products.Select(p => p[..p.IndexOf(',')]).ToArray();
        var prices = products.Select(p => decimal.Parse(p[(p.IndexOf(',') + 1)..], CultureInfo.InvariantCulture)).ToArray();
        var perMonth = stores.Count * products.Count;
        var months = (rows + perMonth - 1) / perMonth;
        var firstMonth = lastMonth.AddMonths(1 - months);
        await using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16))
        {
            await writer.WriteAsync("month,store,product,quantity,amount\n");
            var written = 0;
            for (var m = 0; m < months && written < rows; m++)
            {
                var month = firstMonth.AddMonths(m).ToString("yyyy-MM", CultureInfo.InvariantCulture);
                for (var s = 0; s < stores.Count && written < rows; s++)
                    for (var p = 0; p < products.Count && written < rows; p++, written++)
                    {
                        var quantity = (int)(Hash(m, s, p) % 40);
                        var amount = Math.Round(quantity * prices[p] * (0.9m + Hash(p, s, m) % 20 / 100m), 2);
                        await writer.WriteAsync($"{month},{stores[s]},{codes[p]},{quantity},{amount.ToString(CultureInfo.InvariantCulture)}\n");
                    }
            }
        }
        return new Shape(rows, firstMonth, lastMonth, stores.Count, products.Count, new FileInfo(path).Length);
    }

    // A fixed integer mix (HashCode.Combine is seeded per process, so it would change the file between runs).
    private static uint Hash(int a, int b, int c) => Mix((uint)(a * 73_856_093 ^ b * 19_349_663 ^ c * 83_492_791));

    private static uint Mix(uint x)
    {
        x ^= x >> 16;
        x *= 0x7FEB352D;
        x ^= x >> 15;
        x *= 0x846CA68B;
        return x ^ (x >> 16);
    }

    private static async Task<List<string>> ListAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
