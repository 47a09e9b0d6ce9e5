using GroupCrm.Core.Organisation;
using GroupCrm.Core.Quotas.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace GroupCrm.Jobs.Quotas;

/// <summary>
/// Monday mornings: e-mails each account and market manager the quota items of the month still open. The week is
/// today's, so a firing caught up later in the week, a second run or a second instance queues nothing twice
/// (see <see cref="QuotaReminders"/>); the outbox job sends what was queued.
/// </summary>
[DisallowConcurrentExecution]
public sealed class QuotaReminderJob(IServiceScopeFactory scopes, OrganisationCalendar calendar, ILogger<QuotaReminderJob> logger) : IJob
{
    public const string Name = "QuotaReminders";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var week = QuotaReminders.WeekStartOf(calendar.Today);
        var run = await scope.ServiceProvider.GetRequiredService<QuotaReminders>().SendForWeekAsync(week, cancellationToken);
        logger.LogInformation("Quota reminders for the week of {Week} ({Month:yyyy-MM}): {People} people, {Open} with open items, {Queued} queued.",
            week, run.Month, run.People, run.WithOpenItems, run.Queued);
        context?.Result = $"Week of {week:yyyy-MM-dd}: {run.People} people, {run.WithOpenItems} with open items, {run.Queued} e-mails queued";
    }
}
