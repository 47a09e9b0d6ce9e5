using GroupCrm.Jobs.Letters;
using GroupCrm.Jobs.Mail;
using GroupCrm.Jobs.Onboarding;
using GroupCrm.Jobs.Quotas;
using Microsoft.Extensions.Configuration;
using Quartz;

namespace GroupCrm.Jobs;

/// <summary>
/// Every recurring job and its schedule, in one place. Schedules are settings (Jobs:&lt;Name&gt;:Cron,
/// Quartz cron syntax) read in the organisation's time zone (Organisation:TimeZone), so "07:00" means
/// seven in the morning where the users are, whatever the server's clock says.
/// </summary>
public static class JobSchedule
{
    public static void Register(IQuartzBuilder q, IConfiguration configuration)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(configuration["Organisation:TimeZone"] ?? "Asia/Shanghai");

        string Cron(string name, string fallback) => configuration[$"Jobs:{name}:Cron"] is { Length: > 0 } cron ? cron : fallback;

        // A firing missed while every instance was down runs once at the next start; the jobs are re-runnable.
        void Schedule<TJob>(string name, string defaultCron) where TJob : IJob => q.ScheduleJob<TJob>(
            t => t.WithIdentity(name).WithCronSchedule(Cron(name, defaultCron), c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
            j => j.WithIdentity(name));

        Schedule<DocumentExpiryReminderJob>(DocumentExpiryReminderJob.Name, "0 0 7 * * ?");
        Schedule<OutboxDeliveryJob>(OutboxDeliveryJob.Name, "0/30 * * * * ?");
        Schedule<QuotaReminderJob>(QuotaReminderJob.Name, "0 0 8 ? * MON");
        Schedule<LetterDraftingJob>(LetterDraftingJob.Name, "0 0 6 1 * ?");
    }
}
