namespace GroupCrm.Core.Onboarding.Records;

/// <summary>An HQ buyer contact as the form sends it, untrimmed.</summary>
public sealed record ContactInput(string? Name, string? Email, string? Phone, string? Title);
