using Microsoft.Extensions.Configuration;
using Quartz;

namespace GroupCrm.Jobs;

/// <summary>Every recurring job and its schedule, in one place. Schedules are settings (Jobs:&lt;Name&gt;:Cron).</summary>
public static class JobSchedule
{
    public static void Register(IQuartzBuilder q, IConfiguration configuration)
    {
        // Later features add their jobs here, e.g.
        // q.ScheduleJob<DraftLettersJob>(t => t.WithIdentity("draft-letters").WithCronSchedule(Cron("DraftLetters", "0 0 6 1 * ?")));
        _ = (q, configuration);
    }
}
