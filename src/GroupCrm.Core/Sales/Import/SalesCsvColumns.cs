namespace GroupCrm.Core.Sales.Import;

/// <summary>
/// The columns of a sales file, in any order. Header names are matched ignoring case and spaces versus
/// underscores. The store is named by its retail licence number: it is unique
/// system-wide and it is how the distributor's order system knows the store (our store ids mean nothing
/// there, and a numeric id could be mistaken for a licence number). Two descriptive columns may come
/// along for people reading the file; they are not read.
/// </summary>
public static class SalesCsvColumns
{
    public const string Month = "month";
    public const string Store = "store";
    public const string Product = "product";
    public const string Quantity = "quantity";
    public const string Amount = "amount";
    public const string StoreName = "store_name";
    public const string ProductName = "product_name";

    public static readonly IReadOnlyList<string> Required = [Month, Store, Product, Quantity, Amount];
    public static readonly IReadOnlyList<string> All = [.. Required, StoreName, ProductName];

    // Other spellings of the same columns, including the Chinese headings of order-system exports.
    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["store_licence"] = Store, ["store_licence_number"] = Store, ["store_license"] = Store,
        ["store_license_number"] = Store, ["store_code"] = Store, ["retail_licence_number"] = Store,
        ["retail_license_number"] = Store, ["licence_number"] = Store, ["license_number"] = Store,
        ["product_code"] = Product, ["qty"] = Quantity,
        ["月份"] = Month, ["零售许可证号"] = Store, ["许可证号"] = Store, ["商品编码"] = Product,
        ["数量"] = Quantity, ["金额"] = Amount, ["卖场名称"] = StoreName, ["商品名称"] = ProductName,
    };

    /// <summary>The column a header cell names, or the normalised cell itself when it names none (for the error message).</summary>
    public static string Normalise(ReadOnlySpan<char> header)
    {
        var name = header.Trim().ToString().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        return Aliases.GetValueOrDefault(name, name);
    }
}

/// <summary>Where each required column is in the file's rows.</summary>
internal sealed record SalesCsvLayout(int FieldCount, int Month, int Store, int Product, int Quantity, int Amount)
{
    /// <summary>The layout of a header record, or the errors that say what is wrong with it.</summary>
    public static SalesCsvLayout? Read(CsvRecordReader header, SalesImportErrors errors)
    {
        var names = Enumerable.Range(0, header.FieldCount).Select(i => SalesCsvColumns.Normalise(header[i])).ToList();
        var expected = string.Join(", ", SalesCsvColumns.Required);
        var missing = SalesCsvColumns.Required.Where(c => !names.Contains(c)).ToList();
        var unknown = names.Where(n => !SalesCsvColumns.All.Contains(n)).Select(n => n.Length == 0 ? "\"\"" : n).Distinct().ToList();
        var twice = names.Where(SalesCsvColumns.All.Contains).GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (missing.Count > 0) errors.Add(0, "", SalesImportMessages.MissingColumns, string.Join(", ", missing), expected);
        if (unknown.Count > 0) errors.Add(0, "", SalesImportMessages.UnknownColumns, string.Join(", ", unknown), expected);
        if (twice.Count > 0) errors.Add(0, "", SalesImportMessages.RepeatedColumns, string.Join(", ", twice));
        if (errors.Any) return null;
        return new SalesCsvLayout(names.Count, names.IndexOf(SalesCsvColumns.Month), names.IndexOf(SalesCsvColumns.Store),
            names.IndexOf(SalesCsvColumns.Product), names.IndexOf(SalesCsvColumns.Quantity), names.IndexOf(SalesCsvColumns.Amount));
    }
}
