using System.Net;
using System.Text;
using GroupCrm.Core.Mail;

namespace GroupCrm.Core.Quotas.Reminders;

/// <summary>
/// The weekly reminder to one person: every rule of the month not met yet, with required, done and status, and
/// what is missing (long lists cut after <see cref="MaxGapsPerRule"/> with "and N more"; the link shows them all).
/// Chinese first, then English, in a text body and an HTML body with every name HTML-encoded.
/// The key is the person and the week, so queueing it again in the same week sends nothing more.
/// </summary>
public static class QuotaReminderMail
{
    public const string Kind = "quota-reminder";
    public const int MaxGapsPerRule = 20;

    /// <summary>The rules a reminder lists: those that still ask for something this month.</summary>
    public static IReadOnlyList<RuleCompliance> OpenRules(PersonCompliance compliance) =>
        [.. compliance.Rules.Where(r => r.Status is QuotaStatus.OnTrack or QuotaStatus.AtRisk or QuotaStatus.Missed)];

    public static string SubjectKey(int userId, DateOnly weekStart) => FormattableString.Invariant($"{userId}:{weekStart:yyyy-MM-dd}");

    public static MailRequest Compose(PersonCompliance compliance, string to, DateOnly weekStart, DateOnly today, string link)
    {
        var open = OpenRules(compliance);
        if (open.Count == 0) throw new ArgumentException("A reminder needs at least one rule that is not met.", nameof(compliance));
        var sections = open.Select(ToSection).ToList();
        var subject = QuotaReminderWording.Subject(compliance.Month, open.Count);
        return new MailRequest(Kind, SubjectKey(compliance.Person.UserId, weekStart), [to], $"{subject.Chinese} / {subject.English}",
            Text(compliance, sections, today, link))
        {
            HtmlBody = Html(compliance, sections, today, link),
        };
    }

    private sealed record Section(BilingualText Heading, IReadOnlyList<BilingualText> Lines);

    private static Section ToSection(RuleCompliance rule)
    {
        var lines = rule.Gaps.Take(MaxGapsPerRule).Select(QuotaReminderWording.Gap).ToList();
        if (rule.Gaps.Count > MaxGapsPerRule) lines.Add(QuotaReminderWording.More(rule.Gaps.Count - MaxGapsPerRule));
        return new Section(QuotaReminderWording.Heading(rule), lines);
    }

    private static BilingualText Intro(PersonCompliance compliance, DateOnly today)
    {
        var (month, day) = (QuotaReminderWording.Month(compliance.Month), QuotaReminderWording.Day(today));
        return new($"截至{day.Chinese}，您{month.Chinese}的拜访指标尚有以下事项未完成：",
            $"As of {day.English}, these visit-quota items of yours for {month.English} are still open:");
    }

    private static readonly BilingualText Details = new("查看详情与下一步：", "Details and what to do next: ");

    private static readonly BilingualText Footer = new(
        "本邮件由 GroupCrm 在有未完成指标时每周一发送，请勿直接回复。",
        "GroupCrm sends this message on Mondays while quota items are open; please do not reply to it.");

    private static string Text(PersonCompliance compliance, IReadOnlyList<Section> sections, DateOnly today, string link)
    {
        var text = new StringBuilder();
        var intro = Intro(compliance, today);
        void Part(string greeting, string introLine, Func<BilingualText, string> pick, string bullet)
        {
            text.Append(greeting).Append("\n\n").Append(introLine).Append("\n\n");
            foreach (var section in sections)
            {
                text.Append("■ ").Append(pick(section.Heading)).Append('\n');
                foreach (var line in section.Lines) text.Append("  ").Append(bullet).Append(' ').Append(pick(line)).Append('\n');
                text.Append('\n');
            }
            text.Append(pick(Details)).Append(link).Append("\n\n");
        }
        Part($"{compliance.Person.DisplayName}，您好：", intro.Chinese, t => t.Chinese, "·");
        text.Append("——————————\n\n");
        Part($"Hello {compliance.Person.DisplayName},", intro.English, t => t.English, "-");
        text.Append("——————————\n").Append(Footer.Chinese).Append('\n').Append(Footer.English).Append('\n');
        return text.ToString();
    }

    private static string Html(PersonCompliance compliance, IReadOnlyList<Section> sections, DateOnly today, string link)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        var intro = Intro(compliance, today);
        var href = E(link);
        void Part(string lang, string greeting, string introLine, Func<BilingualText, string> pick)
        {
            html.Append($"<div lang=\"{lang}\"><p>").Append(E(greeting)).Append("</p><p>").Append(E(introLine)).Append("</p>");
            foreach (var section in sections)
            {
                html.Append("<h3>").Append(E(pick(section.Heading))).Append("</h3>");
                if (section.Lines.Count > 0)
                    html.Append("<ul>").AppendJoin("", section.Lines.Select(l => "<li>" + E(pick(l)) + "</li>")).Append("</ul>");
            }
            html.Append("<p>").Append(E(pick(Details))).Append($"<a href=\"{href}\">{href}</a></p></div>");
        }
        Part("zh-Hans", $"{compliance.Person.DisplayName}，您好：", intro.Chinese, t => t.Chinese);
        html.Append("<hr>");
        Part("en", $"Hello {compliance.Person.DisplayName},", intro.English, t => t.English);
        html.Append("<hr><p><small>").Append(E(Footer.Chinese)).Append("<br>").Append(E(Footer.English)).Append("</small></p></body></html>");
        return html.ToString();
    }
}
