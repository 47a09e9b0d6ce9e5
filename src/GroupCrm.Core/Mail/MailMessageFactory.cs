using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace GroupCrm.Core.Mail;

/// <summary>
/// An outbox row as a System.Net.Mail message: the text body with the HTML as its alternative
/// (multipart/alternative), To and Cc, the row's own Message-ID, UTF-8 throughout so Chinese
/// subjects, names and bodies arrive as written.
/// </summary>
internal static class MailMessageFactory
{
    public static MailMessage Create(OutgoingMessage message)
    {
        var mail = new MailMessage
        {
            From = new MailAddress(message.FromAddress),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = message.TextBody,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        foreach (var to in message.ToAddresses) mail.To.Add(new MailAddress(to));
        foreach (var cc in message.CcAddresses) mail.CC.Add(new MailAddress(cc));
        if (message.HtmlBody is not null)
            mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html));
        mail.Headers["Message-ID"] = message.MessageId;
        return mail;
    }
}
