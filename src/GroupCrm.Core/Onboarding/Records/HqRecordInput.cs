namespace GroupCrm.Core.Onboarding.Records;

/// <summary>
/// The HQ record's editable fields (总部档案) as the form sends them, untrimmed. <see cref="NoticeLanguage"/> is the
/// language of the chain's written allocation notices ("zh-Hans" or "en"); null leaves it as it is.
/// </summary>
public sealed record HqRecordInput(
    string? Name,
    string? NameEn,
    string? LegalRepresentative,
    string? HqAddress,
    string? OrderPhone,
    string? OrderFrequency,
    string? BankName,
    string? BankAccountNumber,
    decimal? PlannedMonthlyVolume,
    string? NoticeLanguage = null);
