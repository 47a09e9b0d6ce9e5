using GroupCrm.Core.Mail;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GroupCrm.Jobs.Mail;

/// <summary>
/// Every 30 seconds: sends the outbox's due messages, batch after batch while batches come back full,
/// for at most about a minute so one run never holds the trigger for long. Safe on several instances
/// at once (each message is claimed by one delivery) and after a crash (see <see cref="OutboxDelivery"/>).
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboxDeliveryJob(IServiceScopeFactory scopes, MailSettings settings, TimeProvider clock) : IJob
{
    public const string Name = "OutboxDelivery";

    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var until = clock.GetUtcNow() + Budget;
        DeliveryReport report;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            report = await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().RunOnceAsync(cancellationToken);
        }
        while (report.Claimed == settings.BatchSize && clock.GetUtcNow() < until && !cancellationToken.IsCancellationRequested);
    }
}
