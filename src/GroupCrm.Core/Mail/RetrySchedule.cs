namespace GroupCrm.Core.Mail;

/// <summary>
/// Exponential back-off between attempts: 1 minute after the first failure, then 2, 4, 8 … minutes,
/// never more than an hour, so a mail server that is down for a morning is tried about hourly.
/// </summary>
public static class RetrySchedule
{
    public static readonly TimeSpan First = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    /// <param name="attempts">Failed attempts so far, this one included (1 or more).</param>
    public static TimeSpan DelayAfter(int attempts)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var minutes = First.TotalMinutes * Math.Pow(2, doublings);
        return minutes >= Longest.TotalMinutes ? Longest : TimeSpan.FromMinutes(minutes);
    }
}
