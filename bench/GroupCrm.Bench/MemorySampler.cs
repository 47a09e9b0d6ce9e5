namespace GroupCrm.Bench;

/// <summary>Samples the process's working set every few milliseconds on a thread of its own and keeps the highest.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;

    public MemorySampler()
    {
        Start = Environment.WorkingSet;
        Peak = Start;
        _thread = new Thread(() =>
        {
            while (!_stop)
            {
                var now = Environment.WorkingSet;
                if (now > Peak) Peak = now;
                Thread.Sleep(5);
            }
        }) { IsBackground = true };
        _thread.Start();
    }

    public long Start { get; }
    public long Peak { get; private set; }

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }
}
