namespace GroupCrm.Core.Onboarding.Stores;

/// <summary>A store's editable fields as the form (or a CSV row, once parsed) sends them, untrimmed.</summary>
public sealed record StoreInput(
    string? Name,
    int? CategoryId,
    string? RetailLicenceNumber,
    string? Address,
    string? ContactName,
    string? Phone,
    decimal? EstimatedMonthlySales);
