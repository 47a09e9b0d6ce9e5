using GroupCrm.Core.Organisation;
using GroupCrm.Core.Quotas;
using GroupCrm.Core.Quotas.Reminders;
using GroupCrm.Jobs.Quotas;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GroupCrm.Web.Tests.Quotas.Reminders;

/// <summary>The weekly quota reminder as the app runs it: its schedule, and the job on the demo data with the app's own wiring.</summary>
public sealed class QuotaReminderJobTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task The_job_runs_on_Monday_mornings_at_eight_in_the_organisations_time_zone()
    {
        _ = factory.Server; // starts the app and its scheduler
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var trigger = (ICronTrigger)(await scheduler.GetTrigger(new TriggerKey(QuotaReminderJob.Name)))!;

        trigger.CronExpressionString.ShouldBe("0 0 8 ? * MON");
        trigger.TimeZone.Id.ShouldBe("Asia/Shanghai");
        trigger.JobKey.Name.ShouldBe(QuotaReminderJob.Name);
    }

    [Fact]
    public async Task Each_manager_with_open_quota_items_gets_one_reminder_for_the_week_however_often_the_job_runs()
    {
        var calendar = factory.Services.GetRequiredService<OrganisationCalendar>();
        var week = QuotaReminders.WeekStartOf(calendar.Today);
        var job = ActivatorUtilities.CreateInstance<QuotaReminderJob>(factory.Services);

        // The job reads nothing from its execution context. The scheduler may fire it again: nothing is queued twice.
        await job.Execute(null!);
        await job.Execute(null!);

        await using var db = factory.CreateDbContext();
        var keys = await db.OutgoingMessages.AsNoTracking().Where(m => m.Kind == QuotaReminderMail.Kind)
            .Select(m => m.SubjectKey).ToListAsync();
        var expected = await PeopleWithOpenItemsAsync(calendar);
        expected.ShouldNotBeEmpty(); // the demo has managers who are behind in every month
        keys.Order().ShouldBe(expected.Select(id => $"{id}:{week:yyyy-MM-dd}").Order());
    }

    /// <summary>Everyone the quota pages show to an administrator whose month has a rule not met yet.</summary>
    private async Task<List<int>> PeopleWithOpenItemsAsync(OrganisationCalendar calendar)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = factory.CreateDbContext();
        var admin = await db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync();
        var people = await scope.ServiceProvider.GetRequiredService<QuotaAudience>().VisibleToAsync(new Viewer(admin, Roles.Administrator, null));
        var judged = await scope.ServiceProvider.GetRequiredService<ComplianceEngine>().ForPeopleAsync(people, calendar.Today);
        return [.. judged.Where(c => c.OpenGaps > 0).Select(c => c.Person.UserId)];
    }
}
