namespace GroupCrm.Core.Sales.Import;

/// <summary>The import's limits (setting Sales:ImportMaxMegabytes, default 200 MB: some six million rows).</summary>
public sealed class SalesImportSettings(Microsoft.Extensions.Configuration.IConfiguration configuration)
{
    public const int DefaultMaxMegabytes = 200;

    /// <summary>The longest row read: a real row has some 60 characters; a longer one has lost a closing quote.</summary>
    public const int MaxRowCharacters = 4_096;

    public int MaxMegabytes { get; } = int.TryParse(configuration["Sales:ImportMaxMegabytes"], out var mb) && mb > 0 ? mb : DefaultMaxMegabytes;

    public long MaxBytes => MaxMegabytes * 1024L * 1024;
}
