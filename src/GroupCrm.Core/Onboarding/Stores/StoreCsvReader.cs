using GroupCrm.Core.Csv;

namespace GroupCrm.Core.Onboarding.Stores;

/// <summary>Reads a store CSV file: at most 2 MB and 5,000 data rows, with the columns of <see cref="StoreCsvColumns"/>.</summary>
internal static class StoreCsvReader
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 5_000;

    private static readonly SmallCsvRules Rules = new(
        MaxBytes, MaxRows, StoreCsvColumns.All, StoreCsvColumns.Required, StoreCsvColumns.Normalise,
        "The file is larger than 2 MB. Split it into smaller files.",
        "The file has more than 5,000 rows. Split it into smaller files.",
        "The file has a header row but no stores.");

    public static Task<SmallCsvFile> ReadAsync(Stream stream, CancellationToken ct) => SmallCsvReader.ReadAsync(stream, Rules, ct);
}
