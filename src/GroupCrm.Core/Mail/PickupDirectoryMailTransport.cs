using System.Globalization;
using System.Net.Mail;

namespace GroupCrm.Core.Mail;

/// <summary>
/// The zero-config transport: every message becomes an .eml file in the pickup folder, named after
/// its outbox id (00000042-letter.eml), so sending one again replaces its file. System.Net.Mail
/// writes each file under a random name into a private folder first; moving it into place means
/// nobody reading the folder sees half a file.
/// </summary>
public sealed class PickupDirectoryMailTransport(MailSettings settings) : IMailTransport
{
    public IMailSession OpenSession()
    {
        var staging = Path.Combine(settings.PickupDirectory, ".staging", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        return new Session(settings.PickupDirectory, staging);
    }

    public static string FileName(OutgoingMessage message) =>
        string.Create(CultureInfo.InvariantCulture, $"{message.Id:D8}-{string.Concat(message.Kind.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))}.eml");

    private sealed class Session(string folder, string staging) : IMailSession
    {
        private readonly SmtpClient _client = new()
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = staging,
        };

        public async Task SendAsync(OutgoingMessage message)
        {
            using (var mail = MailMessageFactory.Create(message))
                await _client.SendMailAsync(mail);
            var written = Directory.GetFiles(staging).Single();
            File.Move(written, Path.Combine(folder, FileName(message)), overwrite: true);
        }

        public void Dispose()
        {
            _client.Dispose();
            try { Directory.Delete(staging, recursive: true); }
            catch (IOException) { } // a file left behind is harmless; the next session uses a new folder
        }
    }
}
