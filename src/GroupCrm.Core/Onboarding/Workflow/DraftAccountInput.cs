namespace GroupCrm.Core.Onboarding.Workflow;

/// <summary>
/// What an account manager enters to open a new chain's file. <see cref="AccountManagerId"/> counts only
/// when an administrator creates the draft on a manager's behalf; an account manager always creates their own.
/// </summary>
public sealed record DraftAccountInput(
    string? Name, string? NameEn, string? BusinessLicenceNumber, string? HqAddress, string? LegalRepresentative, string? OrderPhone,
    int? AccountManagerId = null);
