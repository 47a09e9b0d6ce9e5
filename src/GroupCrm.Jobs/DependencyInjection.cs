using GroupCrm.Jobs.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace GroupCrm.Jobs;

public static class DependencyInjection
{
    /// <summary>
    /// Quartz with its PostgreSQL job store, clustered so that several app instances share the
    /// schedule and each firing runs once. Every job's schedule is listed in <see cref="JobSchedule"/>.
    /// </summary>
    public static IHostApplicationBuilder AddGroupCrmJobs(this IHostApplicationBuilder builder, string connectionString)
    {
        builder.AddQuartz(q =>
        {
            q.UsePersistentStore(s =>
            {
                s.UsePostgres(connectionString);
                s.UseSystemTextJsonSerializer();
                s.UseClustering();
                s.UseExecutionHistory();
                s.ProvisionSchema();
            });
            q.AddQuartzHealthChecks();
            q.AddJobListener<JobRunRecorder>([GroupMatcher<JobKey>.AnyGroup()]); // the run history on /Admin/Jobs
            JobSchedule.Register(q, builder.Configuration);
        });
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddScoped<JobBoard>();
        builder.Services.AddScoped<JobStarter>();
        return builder;
    }
}
