using System.Diagnostics;

namespace GroupCrm.Bench.Letters;

/// <summary>
/// Counts the statements the app sends to PostgreSQL and the time they take, from Npgsql's own tracing
/// (an activity per command, round trip included), so a figure can say how many database round trips it made.
/// </summary>
internal sealed class SqlStatements : IDisposable
{
    private readonly ActivityListener _listener;
    private long _count;
    private long _ticks;

    public SqlStatements()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                Interlocked.Increment(ref _count);
                Interlocked.Add(ref _ticks, activity.Duration.Ticks);
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public long Count => Interlocked.Read(ref _count);
    public TimeSpan Time => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _ticks, 0);
    }

    public void Dispose() => _listener.Dispose();
}
