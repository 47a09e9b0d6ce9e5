namespace GroupCrm.Core.Sales.Import;

/// <summary>
/// Every message the sales import can give, in English; each is also the localization key the pages
/// translate with (placeholders {0}… are filled from the error's arguments).
/// </summary>
public static class SalesImportMessages
{
    // The file as a whole: nothing is read past these.
    public const string NotAllowed = "Only the marketing centre and administrators may import sales.";
    public const string NoFile = "Choose a CSV file to upload.";
    public const string TooLarge = "The file is larger than {0} MB. Split it into smaller files.";
    public const string Empty = "The file is empty.";
    public const string NoRows = "The file has a header row but no sales rows.";
    public const string Workbook = "This is an Excel workbook, not a CSV file. Save it as \"CSV UTF-8 (comma delimited)\" and upload that file.";
    public const string Binary = "This is not a CSV text file: it contains binary data.";
    public const string NotUtf8 = "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.";
    public const string RowTooLong = "Row {0} is longer than {1} characters; a quote is probably not closed. Nothing was read past it.";
    public const string MissingColumns = "The header row lacks the required columns {0}. The columns are: {1}.";
    public const string UnknownColumns = "The header row names unknown columns {0}. The columns are: {1}.";
    public const string RepeatedColumns = "The header row names the columns {0} more than once.";

    // One row.
    public const string FieldCount = "This row has {0} fields; the header row has {1}.";
    public const string StrayQuote = "This row has a quote in the wrong place. Put a field with quotes or commas in double quotes, and double the quotes inside it.";
    public const string MonthFormat = "Write the month as YYYY-MM, for example 2025-03, not \"{0}\".";
    public const string MonthTooEarly = "The month {0} is before {1}, the first month sales are kept for.";
    public const string MonthInFuture = "The month {0} is in the future; the latest month that can be imported is {1}.";
    public const string StoreMissing = "Enter the store's retail licence number.";
    public const string UnknownStore = "No store has the retail licence number {0}.";
    public const string ProductMissing = "Enter the product code.";
    public const string UnknownProduct = "No product has the code {0}.";
    public const string InactiveProduct = "The product {0} is inactive; sales of it cannot be imported. Reactivate it first if the figures are right.";
    public const string QuantityNotWhole = "The quantity must be a whole number, not \"{0}\".";
    public const string QuantityNegative = "The quantity cannot be negative.";
    public const string AmountNotNumber = "The amount must be a number such as 1234.50, not \"{0}\".";
    public const string AmountNegative = "The amount cannot be negative.";
    public const string AmountDecimals = "The amount {0} has more than 2 decimal places.";
    public const string AmountTooLarge = "The amount {0} is too large.";
    public const string Duplicate = "The month {0}, store {1} and product {2} already appear on an earlier row of this file.";

    // Writing, rolling back.
    public const string ChangedMeanwhile = "Stores or products changed while the file was being imported. Nothing was written; upload the file again.";
    public const string NoSuchImport = "There is no such import.";
    public const string AlreadyRolledBack = "This import has already been rolled back.";
    public const string LaterImport = "Import #{0} ({1}, {2}) replaced some of the same months and stores later. Roll that import back first.";

    public static readonly IReadOnlyList<string> All =
    [
        NotAllowed, NoFile, TooLarge, Empty, NoRows, Workbook, Binary, NotUtf8, RowTooLong, MissingColumns, UnknownColumns, RepeatedColumns,
        FieldCount, StrayQuote, MonthFormat, MonthTooEarly, MonthInFuture, StoreMissing, UnknownStore, ProductMissing, UnknownProduct,
        InactiveProduct, QuantityNotWhole, QuantityNegative, AmountNotNumber, AmountNegative, AmountDecimals, AmountTooLarge, Duplicate,
        ChangedMeanwhile, NoSuchImport, AlreadyRolledBack, LaterImport,
    ];
}
