using GroupCrm.Core.Scheduling;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GroupCrm.Web.Tests.Admin.Jobs;

/// <summary>
/// The app with its real scheduler, writing .eml files to a folder of its own, and with the outbox delivery
/// held back so that it runs only when a test starts it.
/// </summary>
public sealed class JobsFactory : CrmWebFactory
{
    public const string HeldBack = "0 0 0 1 1 ? 2099";

    public string PickupFolder { get; } = Path.Combine(Path.GetTempPath(), $"groupcrm-jobs-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:PickupDirectory", PickupFolder);
        builder.UseSetting("Jobs:OutboxDelivery:Cron", HeldBack);
    }

    public async Task<IScheduler> SchedulerAsync()
    {
        _ = Server; // starts the app and its scheduler
        return await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
    }

    /// <summary>Stores a job with no schedule of its own, to be started by hand.</summary>
    public async Task AddJobAsync<TJob>(string name) where TJob : IJob
    {
        var scheduler = await SchedulerAsync();
        await scheduler.AddJob(JobBuilder.Create<TJob>().WithIdentity(name).StoreDurably().Build(), AddJobOptions.Replacing, default);
    }

    /// <summary>Waits for the job's run that <paramref name="match"/> picks to finish.</summary>
    public async Task<JobRun> FinishedRunAsync(string jobName, Func<JobRun, bool>? match = null)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using (var db = CreateDbContext())
            {
                var runs = await db.JobRuns.AsNoTracking()
                    .Where(r => r.JobName == jobName && r.Outcome != JobOutcome.Running).OrderBy(r => r.Id).ToListAsync();
                if (runs.FirstOrDefault(match ?? (_ => true)) is { } run) return run;
            }
            if (DateTime.UtcNow > until) throw new TimeoutException($"No finished run of {jobName} within 30 seconds.");
            await Task.Delay(100);
        }
    }

    public async Task<List<JobRun>> RunsAsync(string jobName)
    {
        await using var db = CreateDbContext();
        return await db.JobRuns.AsNoTracking().Where(r => r.JobName == jobName).OrderBy(r => r.Id).ToListAsync();
    }

    public void DeletePickupFolder()
    {
        if (Directory.Exists(PickupFolder)) Directory.Delete(PickupFolder, recursive: true);
    }
}
