using System.Collections.Concurrent;
using GroupCrm.Jobs.Runs;
using Quartz;

namespace GroupCrm.Web.Tests.Admin.Jobs;

/// <summary>Jobs that exist only for these tests: each says what it did, fails, or lets a test know it ran.</summary>
public static class TestJobs
{
    public const string SummaryKey = "summary";
    public const string SignalKey = "signal";

    private static readonly ConcurrentDictionary<string, TaskCompletionSource> Signals = new();

    /// <summary>Completes when a job run with this signal in its data has run.</summary>
    public static Task RanAsync(string signal) => Signals.GetOrAdd(signal, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task
        .WaitAsync(TimeSpan.FromSeconds(30));

    public static void Signal(IJobExecutionContext context)
    {
        if (context.MergedJobDataMap.TryGetString(SignalKey, out var signal) && signal is not null)
            Signals.GetOrAdd(signal, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>Lets a test release a run that is waiting for it.</summary>
    public static void Release(string signal) => Gate(signal).TrySetResult();

    private static TaskCompletionSource Gate(string signal) =>
        Gates.GetOrAdd(signal, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

    private static readonly ConcurrentDictionary<string, TaskCompletionSource> Gates = new();

    /// <summary>Runs until the test releases it (by the signal in its data), so a test can look at a run in progress.</summary>
    public sealed class Blocking : IJob
    {
        public const string Name = "TestBlocking";

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            Signal(context);
            context.MergedJobDataMap.TryGetString(SignalKey, out var signal);
            await Gate(signal ?? "").Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            context.Result = "released";
        }
    }

    /// <summary>Takes a moment, then reports what it did (the "summary" in its data, or a default).</summary>
    public sealed class Summarising : IJob
    {
        public const string Name = "TestSummarising";
        public const string DefaultSummary = "3 letters for 2026-04: 3 drafted, 0 regenerated, 0 already approved";

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            await Task.Delay(150, cancellationToken);
            context.Result = context.MergedJobDataMap.TryGetString(SummaryKey, out var summary) ? summary : DefaultSummary;
            Signal(context);
        }
    }

    /// <summary>Fails with a cause, as a job does when what it reads is broken.</summary>
    public sealed class Failing : IJob
    {
        public const string Name = "TestFailing";

        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The sales figures could not be read.", new TimeoutException("The database did not answer within 30 seconds."));
    }

    /// <summary>Fires often and usually has nothing to do; reports a result only when its data says there was work.</summary>
    [QuietWhenIdle]
    [DisallowConcurrentExecution]
    public sealed class Quiet : IJob
    {
        public const string Name = "TestQuiet";

        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            if (context.MergedJobDataMap.TryGetString(SummaryKey, out var summary)) context.Result = summary;
            Signal(context);
            return ValueTask.CompletedTask;
        }
    }
}
