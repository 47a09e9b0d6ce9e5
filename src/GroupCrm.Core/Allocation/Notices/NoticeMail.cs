using System.Globalization;
using System.Net;
using System.Text;
using GroupCrm.Core.Mail;

namespace GroupCrm.Core.Allocation.Notices;

/// <summary>
/// The e-mail of an HQ notice to one buyer: the notice's own text (the same the printable page shows) and the
/// buyer's personal acknowledgement link, as plain text and as HTML with everything from the records escaped.
/// </summary>
internal static class NoticeMail
{
    public const string Kind = "allocation-notice";

    public static string SubjectKey(int noticeId, int contactId) => $"{noticeId}:{contactId}";

    public static MailRequest For(NoticeDocument notice, int contactId, string contactName, string email, string link, DateTimeOffset localExpiry)
    {
        var text = NoticeText.For(notice.Language);
        return new MailRequest(Kind, SubjectKey(notice.NoticeId, contactId), [email], text.MailSubject(notice.Title),
            Text(notice, text, contactName, link, localExpiry))
        {
            HtmlBody = Html(notice, text, contactName, link, localExpiry),
        };
    }

    private static string Text(NoticeDocument notice, NoticeText text, string contactName, string link, DateTimeOffset expiry)
    {
        var sb = new StringBuilder();
        sb.AppendLine(text.MailGreeting(contactName)).AppendLine();
        sb.AppendLine(notice.Title).AppendLine(notice.RecipientName).AppendLine(notice.IssuedLine).AppendLine();
        sb.AppendLine(notice.Labels.WhyHeading).AppendLine();
        foreach (var paragraph in notice.Paragraphs) sb.AppendLine(paragraph).AppendLine();
        if (notice.Stores is { } table)
        {
            sb.AppendLine(table.Caption);
            sb.AppendLine($"{table.StoreHeading} | {table.PacksHeading} | {table.UnitsHeading}");
            foreach (var row in table.Rows) sb.AppendLine($"{row.StoreName} | {N(row.Packs)} | {N(row.Units)}");
            sb.AppendLine($"{table.TotalLabel} | {N(table.TotalPacks)} | {N(table.TotalUnits)}").AppendLine();
        }
        sb.AppendLine(notice.Labels.PrinciplesHeading).AppendLine(notice.Principles).AppendLine();
        sb.AppendLine(text.MailAcknowledge(expiry)).AppendLine(link);
        return sb.ToString();
    }

    private static string Html(NoticeDocument notice, NoticeText text, string contactName, string link, DateTimeOffset expiry)
    {
        static string E(string value) => WebUtility.HtmlEncode(value);
        var sb = new StringBuilder();
        sb.Append($"<!DOCTYPE html><html lang=\"{E(notice.Language)}\"><head><meta charset=\"utf-8\"><title>{E(notice.Title)}</title></head><body>");
        sb.Append($"<p>{E(text.MailGreeting(contactName))}</p>");
        sb.Append($"<h1>{E(notice.Title)}</h1><p><strong>{E(notice.RecipientName)}</strong><br>{E(notice.IssuedLine)}</p>");
        sb.Append($"<h2>{E(notice.Labels.WhyHeading)}</h2>");
        foreach (var paragraph in notice.Paragraphs) sb.Append($"<p>{E(paragraph)}</p>");
        if (notice.Stores is { } table)
        {
            sb.Append($"<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><caption>{E(table.Caption)}</caption>");
            sb.Append($"<thead><tr><th>{E(table.StoreHeading)}</th><th>{E(table.PacksHeading)}</th><th>{E(table.UnitsHeading)}</th></tr></thead><tbody>");
            foreach (var row in table.Rows) sb.Append($"<tr><td>{E(row.StoreName)}</td><td>{N(row.Packs)}</td><td>{N(row.Units)}</td></tr>");
            sb.Append($"</tbody><tfoot><tr><th>{E(table.TotalLabel)}</th><th>{N(table.TotalPacks)}</th><th>{N(table.TotalUnits)}</th></tr></tfoot></table>");
        }
        sb.Append($"<h2>{E(notice.Labels.PrinciplesHeading)}</h2><p>{E(notice.Principles)}</p>");
        sb.Append($"<p>{E(text.MailAcknowledge(expiry))}</p><p><a href=\"{E(link)}\">{E(text.MailLinkText())}</a></p>");
        sb.Append("</body></html>");
        return sb.ToString();
    }

    private static string N(long value) => value.ToString("#,##0", CultureInfo.InvariantCulture);
}
