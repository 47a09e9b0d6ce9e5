using System.Net;
using System.Net.Mail;

namespace GroupCrm.Core.Mail;

/// <summary>
/// Sends over SMTP with System.Net.Mail (MailKit is not available to us). One <see cref="SmtpClient"/>
/// per session: it keeps its connection open between messages and says QUIT when disposed.
/// </summary>
public sealed class SmtpMailTransport(MailSettings settings) : IMailTransport
{
    public IMailSession OpenSession() => new Session(new SmtpClient(settings.SmtpHost, settings.SmtpPort)
    {
        DeliveryMethod = SmtpDeliveryMethod.Network,
        EnableSsl = settings.SmtpEnableSsl,
        Timeout = (int)settings.SmtpTimeout.TotalMilliseconds,
        Credentials = settings.SmtpUserName is null ? null : new NetworkCredential(settings.SmtpUserName, settings.SmtpPassword),
    }, settings.SmtpTimeout);

    private sealed class Session(SmtpClient client, TimeSpan timeout) : IMailSession
    {
        public async Task SendAsync(OutgoingMessage message)
        {
            using var mail = MailMessageFactory.Create(message);
            // SmtpClient.Timeout normally ends a send to a server that accepts the connection and then says
            // nothing; should it not (older runtimes ignored it for async sends), this token aborts the connection.
            using var backstop = new CancellationTokenSource(2 * timeout);
            try
            {
                await client.SendMailAsync(mail, backstop.Token);
            }
            catch (OperationCanceledException) when (backstop.IsCancellationRequested)
            {
                throw new SmtpException(SmtpStatusCode.GeneralFailure, "The mail server did not answer: the operation has timed out.");
            }
            // The connection exists once a message has gone over it (again after a reconnect); the next ones go without delay.
            SmtpNoDelay.TryApply(client);
        }

        public void Dispose() => client.Dispose();
    }
}
