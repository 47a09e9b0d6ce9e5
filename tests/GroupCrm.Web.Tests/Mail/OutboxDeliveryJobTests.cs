using GroupCrm.Core.Mail;
using GroupCrm.Jobs.Mail;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GroupCrm.Web.Tests.Mail;

/// <summary>The outbox delivery as the app runs it: its schedule, and the job sending what is due with the app's own wiring.</summary>
public sealed class OutboxDeliveryJobTests(OutboxDeliveryJobTests.PickupFactory factory) : IClassFixture<OutboxDeliveryJobTests.PickupFactory>, IDisposable
{
    /// <summary>The app with no SMTP host (the default) writing its .eml files to a folder of the test's own.</summary>
    public sealed class PickupFactory : CrmWebFactory
    {
        public string PickupFolder { get; } = Path.Combine(Path.GetTempPath(), $"groupcrm-job-pickup-{Guid.NewGuid():N}");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Mail:PickupDirectory", PickupFolder);
        }
    }

    [Fact]
    public async Task The_job_runs_every_thirty_seconds()
    {
        _ = factory.Server; // starts the app and its scheduler
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var trigger = (ICronTrigger)(await scheduler.GetTrigger(new TriggerKey(OutboxDeliveryJob.Name)))!;

        trigger.CronExpressionString.ShouldBe("0/30 * * * * ?");
        trigger.JobKey.Name.ShouldBe(OutboxDeliveryJob.Name);
    }

    [Fact]
    public async Task The_job_writes_each_due_message_once_to_the_pickup_folder()
    {
        long id;
        await using (var scope = factory.Services.CreateAsyncScope())
            id = (await scope.ServiceProvider.GetRequiredService<MailOutbox>().EnqueueAsync(
                new MailRequest("letter", "job-test", ["buyer@chain.example"], "华联超市 五月回顾", "正文"))).Id;
        var job = ActivatorUtilities.CreateInstance<OutboxDeliveryJob>(factory.Services);

        // The job reads nothing from its execution context. The scheduler may run it too: each message still goes once.
        await job.Execute(null!);
        await job.Execute(null!);

        await using var db = factory.CreateDbContext();
        var row = await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.Id == id);
        (row.State, row.Attempts).ShouldBe((MailState.Sent, 1));
        File.ReadAllText(Path.Combine(factory.PickupFolder, $"{id:D8}-letter.eml")).ShouldContain("Message-ID: <letter.job-test@groupcrm>");
    }

    public void Dispose()
    {
        if (Directory.Exists(factory.PickupFolder)) Directory.Delete(factory.PickupFolder, recursive: true);
    }
}
