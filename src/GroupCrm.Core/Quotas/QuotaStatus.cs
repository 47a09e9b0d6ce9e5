namespace GroupCrm.Core.Quotas;

/// <summary>
/// How a person stands on one rule in one month. The order of the first four is their severity:
/// <see cref="Met"/> is best, <see cref="Missed"/> worst. <see cref="NotApplicable"/> (a disabled rule, or no
/// notice to hand over that month) is left out of a person's overall status.
/// </summary>
public enum QuotaStatus
{
    Met,
    OnTrack,
    AtRisk,
    Missed,
    NotApplicable,
}
