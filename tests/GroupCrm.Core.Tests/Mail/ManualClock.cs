namespace GroupCrm.Core.Tests.Mail;

/// <summary>A clock the test moves by hand, so "a minute later" takes no time.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
