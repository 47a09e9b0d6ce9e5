using System.Diagnostics;
using GroupCrm.Core.Mail;

namespace GroupCrm.Bench.Letters;

/// <summary>
/// The app's transport with a stopwatch around it: how much of a delivery is the SMTP conversation, so that the
/// rest (claiming and marking in the database) can be told apart. Adds nothing to what is sent.
/// </summary>
internal sealed class TimedTransport(IMailTransport inner) : IMailTransport
{
    private long _ticks;

    public int Sessions { get; private set; }
    public int Messages { get; private set; }
    public TimeSpan Sending => Stopwatch.GetElapsedTime(0, _ticks);

    public void Reset() => (_ticks, Sessions, Messages) = (0, 0, 0);

    public IMailSession OpenSession()
    {
        var start = Stopwatch.GetTimestamp();
        var session = inner.OpenSession();
        _ticks += Stopwatch.GetTimestamp() - start;
        Sessions++;
        return new Session(session, this);
    }

    private sealed class Session(IMailSession inner, TimedTransport owner) : IMailSession
    {
        public async Task SendAsync(OutgoingMessage message)
        {
            var start = Stopwatch.GetTimestamp();
            try { await inner.SendAsync(message); }
            finally { owner._ticks += Stopwatch.GetTimestamp() - start; }
            owner.Messages++;
        }

        public void Dispose()
        {
            var start = Stopwatch.GetTimestamp();
            inner.Dispose(); // QUIT and close
            owner._ticks += Stopwatch.GetTimestamp() - start;
        }
    }
}
