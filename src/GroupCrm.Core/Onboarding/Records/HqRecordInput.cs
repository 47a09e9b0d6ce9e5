namespace GroupCrm.Core.Onboarding.Records;

/// <summary>The HQ record's editable fields (总部档案) as the form sends them, untrimmed.</summary>
public sealed record HqRecordInput(
    string? Name,
    string? NameEn,
    string? LegalRepresentative,
    string? HqAddress,
    string? OrderPhone,
    string? OrderFrequency,
    string? BankName,
    string? BankAccountNumber,
    decimal? PlannedMonthlyVolume);
