using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Organisation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace GroupCrm.Jobs.Onboarding;

/// <summary>
/// Daily: reminds account managers of documents that expire within 30 days. Safe to run twice or on
/// two instances at once (see <see cref="ExpiryReminders"/>); a missed day is caught up by the next run.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DocumentExpiryReminderJob(IServiceScopeFactory scopes, OrganisationCalendar calendar, ILogger<DocumentExpiryReminderJob> logger) : IJob
{
    public const string Name = "DocumentExpiryReminders";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var today = calendar.Today;
        var created = await scope.ServiceProvider.GetRequiredService<ExpiryReminders>().CreateDueAsync(today, cancellationToken);
        logger.LogInformation("Document expiry reminders for {Today}: {Created} created.", today, created);
        context?.Result = $"{created} reminders created for {today:yyyy-MM-dd}";
    }
}
