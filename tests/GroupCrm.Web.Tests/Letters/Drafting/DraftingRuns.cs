using System.Collections.Concurrent;
using GroupCrm.Core;
using GroupCrm.Jobs;
using GroupCrm.Jobs.Letters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace GroupCrm.Web.Tests.Letters.Drafting;

/// <summary>One finished run of the drafting job: where it ran, what it reported, and how it failed.</summary>
public sealed record DraftingRun(string Instance, string? Result, JobExecutionException? Error);

/// <summary>Collects the drafting job's finished runs on the schedulers it listens to.</summary>
public sealed class DraftingRuns : IJobListener
{
    private readonly ConcurrentQueue<DraftingRun> _runs = new();

    public string Name => nameof(DraftingRuns);

    public void ListenTo(IScheduler scheduler) =>
        scheduler.ListenerManager.AddJobListener(this, [Matchers.Key(new JobKey(LetterDraftingJob.Name))]);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        _runs.Enqueue(new DraftingRun(context.Scheduler.SchedulerInstanceId, context.Result as string, jobException));
        return ValueTask.CompletedTask;
    }

    /// <summary>Waits until <paramref name="count"/> runs have finished.</summary>
    public async Task<List<DraftingRun>> WaitForAsync(int count)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (_runs.Count < count)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"{_runs.Count} of {count} drafting runs finished within a minute.");
            await Task.Delay(100);
        }
        return [.. _runs];
    }
}

/// <summary>A second app instance: the Core services and the clustered scheduler, as the app wires them, on the same database.</summary>
public sealed class SecondInstance : IAsyncDisposable
{
    private readonly IHost _host;

    private SecondInstance(IHost host) => _host = host;

    public static async Task<SecondInstance> StartAsync(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Services.AddGroupCrmCore(connectionString);
        builder.AddGroupCrmJobs(connectionString);
        var host = builder.Build();
        await host.StartAsync();
        return new SecondInstance(host);
    }

    public async Task<IScheduler> SchedulerAsync() => await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
