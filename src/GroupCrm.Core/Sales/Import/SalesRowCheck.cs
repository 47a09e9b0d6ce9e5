using System.Globalization;
using static GroupCrm.Core.Sales.Import.SalesImportMessages;

namespace GroupCrm.Core.Sales.Import;

/// <summary>A checked row: the month as a number, the store and product as dense indexes.</summary>
internal readonly record struct SalesRow(int Month, int Store, int Product, int Quantity, decimal Amount);

/// <summary>
/// Checks one record of a sales file and reports every problem of the row, column by column. Months
/// run from 2000-01 up to the current month of the organisation's calendar (a month still in progress
/// may be loaded with its figures so far, and loaded again when it closes).
/// </summary>
internal sealed class SalesRowCheck(SalesCsvLayout layout, SalesReferenceData refs, int latestMonth, SalesImportErrors errors)
{
    private const decimal MaxAmount = 999_999_999_999.99m; // numeric(14,2)
    private static readonly int EarliestMonth = SalesMonths.Number(SalesMonths.Earliest);

    public SalesFileCells Cells { get; } = new(refs.StoreCount, refs.ProductCount);

    public bool TryRead(CsvRecordReader csv, out SalesRow row)
    {
        row = default;
        var line = csv.LineNumber;
        if (csv.Problem is CsvRecordProblem.StrayQuote or CsvRecordProblem.UnclosedQuote)
        {
            errors.Add(line, "", StrayQuote);
            return false;
        }
        if (csv.FieldCount != layout.FieldCount)
        {
            errors.Add(line, "", FieldCount, csv.FieldCount, layout.FieldCount);
            return false;
        }
        var keyed = Month(csv[layout.Month].Trim(), line, out var month)
                    & Store(csv[layout.Store].Trim(), line, out var store)
                    & Product(csv[layout.Product].Trim(), line, out var product);
        var valued = Quantity(csv[layout.Quantity].Trim(), line, out var quantity)
                     & Amount(csv[layout.Amount].Trim(), line, out var amount);
        if (keyed && !Cells.Add(month, store, product))
        {
            errors.Add(line, "", Duplicate, SalesMonths.Text(SalesMonths.Date(month)), csv[layout.Store].Trim().ToString(), refs.ProductCodes[product]);
            return false;
        }
        row = new SalesRow(month, store, product, quantity, amount);
        return keyed && valued;
    }

    private bool Month(ReadOnlySpan<char> text, int line, out int month)
    {
        month = SalesMonths.Parse(text);
        if (month < 0) return Fail(line, SalesCsvColumns.Month, MonthFormat, Shown(text));
        if (month < EarliestMonth) return Fail(line, SalesCsvColumns.Month, MonthTooEarly, text.ToString(), SalesMonths.Text(SalesMonths.Earliest));
        if (month > latestMonth) return Fail(line, SalesCsvColumns.Month, MonthInFuture, text.ToString(), SalesMonths.Text(SalesMonths.Date(latestMonth)));
        return true;
    }

    private bool Store(ReadOnlySpan<char> text, int line, out int store)
    {
        if (refs.TryStore(text, out store)) return true;
        return text.IsEmpty ? Fail(line, SalesCsvColumns.Store, StoreMissing) : Fail(line, SalesCsvColumns.Store, UnknownStore, Shown(text));
    }

    private bool Product(ReadOnlySpan<char> text, int line, out int product)
    {
        if (!refs.TryProduct(text, out product))
            return text.IsEmpty ? Fail(line, SalesCsvColumns.Product, ProductMissing) : Fail(line, SalesCsvColumns.Product, UnknownProduct, Shown(text));
        return refs.ProductActive[product] || Fail(line, SalesCsvColumns.Product, InactiveProduct, refs.ProductCodes[product]);
    }

    private bool Quantity(ReadOnlySpan<char> text, int line, out int quantity)
    {
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out quantity))
            return Fail(line, SalesCsvColumns.Quantity, QuantityNotWhole, Shown(text));
        return quantity >= 0 || Fail(line, SalesCsvColumns.Quantity, QuantityNegative);
    }

    private bool Amount(ReadOnlySpan<char> text, int line, out decimal amount)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
            return Fail(line, SalesCsvColumns.Amount, AmountNotNumber, Shown(text));
        if (amount < 0) return Fail(line, SalesCsvColumns.Amount, AmountNegative);
        if (decimal.Round(amount, 2) != amount) return Fail(line, SalesCsvColumns.Amount, AmountDecimals, text.ToString());
        return amount <= MaxAmount || Fail(line, SalesCsvColumns.Amount, AmountTooLarge, text.ToString());
    }

    private bool Fail(int line, string column, string message, params object[] arguments)
    {
        errors.Add(line, column, message, arguments);
        return false;
    }

    // A value quoted back in a message, cut short: a 4,000-character cell helps nobody.
    private static string Shown(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : string.Concat(text[..40], "…");
}
