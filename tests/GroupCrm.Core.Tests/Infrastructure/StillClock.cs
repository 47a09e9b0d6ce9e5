namespace GroupCrm.Core.Tests.Infrastructure;

/// <summary>A clock that stands at one moment, so "today", "this month" and "the period has begun" are fixed in a test.</summary>
public sealed class StillClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
