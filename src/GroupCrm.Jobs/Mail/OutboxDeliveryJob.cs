using GroupCrm.Core.Mail;
using GroupCrm.Jobs.Runs;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GroupCrm.Jobs.Mail;

/// <summary>
/// Every 30 seconds: sends the outbox's due messages, batch after batch while batches come back full,
/// for at most about a minute so one run never holds the trigger for long. Safe on several instances
/// at once (each message is claimed by one delivery) and after a crash (see <see cref="OutboxDelivery"/>).
/// A run that found nothing to send reports nothing, and so leaves no row in the run history.
/// </summary>
[DisallowConcurrentExecution]
[QuietWhenIdle]
public sealed class OutboxDeliveryJob(IServiceScopeFactory scopes, MailSettings settings, TimeProvider clock) : IJob
{
    public const string Name = "OutboxDelivery";

    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var until = clock.GetUtcNow() + Budget;
        DeliveryReport report;
        int claimed = 0, sent = 0, retrying = 0, gaveUp = 0, interrupted = 0;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            report = await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().RunOnceAsync(cancellationToken);
            (claimed, sent, retrying, gaveUp, interrupted) = (claimed + report.Claimed, sent + report.Sent, retrying + report.Retrying,
                gaveUp + report.GaveUp, interrupted + report.Interrupted);
        }
        while (report.Claimed == settings.BatchSize && clock.GetUtcNow() < until && !cancellationToken.IsCancellationRequested);

        // Nothing to report when there was nothing to do (the job may also be run directly, without a context).
        if (claimed + interrupted > 0)
            context?.Result = $"{sent} sent, {retrying} to retry, {gaveUp} failed, {interrupted} found interrupted";
    }
}
