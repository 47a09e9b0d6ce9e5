namespace GroupCrm.Core.Tests.Onboarding.Workflow;

/// <summary>A clock that stands still, so timeline times and "today" are known to the test.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Instant = new(2026, 3, 16, 1, 30, 0, TimeSpan.Zero); // 09:30 in Shanghai

    /// <summary>The organisation's date at <see cref="Instant"/>.</summary>
    public static readonly DateOnly Today = new(2026, 3, 16);

    public FixedClock() : this(Instant) { }

    public override DateTimeOffset GetUtcNow() => now;
}
