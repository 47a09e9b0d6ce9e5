using System.Globalization;
using System.Net;
using System.Text;
using GroupCrm.Core.Mail;

namespace GroupCrm.Bench.Letters;

/// <summary>
/// Letters shaped like the monthly sales review as the outbox receives it: an HTML body of 15–30 KB (inline-styled
/// tables of brand trends, brands, stores, product news, suggestions, as mail programs need them) with its text part,
/// in Chinese or English, to two or three HQ buyers with the account manager in copy, Message-ID per letter.
/// Fixed seed: the same run sends the same bytes.
/// </summary>
internal static class SampleLetters
{
    private static readonly string[] Brands =
        ["中华", "玉溪", "云烟", "黄鹤楼", "芙蓉王", "利群", "红塔山", "南京", "双喜", "白沙", "娇子", "长白山", "黄山", "真龙", "钻石", "泰山", "好猫", "七匹狼", "苏烟", "贵烟", "红河", "金圣", "天子", "兰州"];
    private static readonly string[] Stores = ["人民路店", "解放大道店", "中山北路店", "滨江店", "东湖店", "高新区店", "火车站店", "南湖店", "新华路店", "光谷店"];
    private static readonly string[] Buyers = ["王采购", "李经理", "张主管", "Chen Wei", "Liu Fang", "赵采购"];

    public static MailRequest Letter(long letterId, Random random)
    {
        var chinese = random.Next(3) > 0; // most chains read Chinese
        var account = chinese ? $"华联超市 {letterId % 600}" : $"Hualian Supermarkets {letterId % 600}";
        var month = new DateOnly(2026, 10, 1);
        var brandTrends = Rows(random, random.Next(6, 20));
        var brands = Rows(random, random.Next(4, 24));
        var stores = Rows(random, 6);
        var suggestions = random.Next(3, 9);

        var html = new StringBuilder(32 * 1024);
        var text = new StringBuilder(8 * 1024);
        var title = chinese ? $"{account} {month:yyyy年M月}销售回顾" : $"{account}: sales review, {month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}";
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(Escape(title)).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:0;background:#f4f5f7;font-family:'Helvetica Neue',Arial,'PingFang SC','Microsoft YaHei',sans-serif;color:#1f2933;\">")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f5f7;\"><tr><td align=\"center\" style=\"padding:24px 12px;\">")
            .Append("<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff;border-radius:6px;border:1px solid #d9dee5;\">")
            .Append("<tr><td style=\"padding:24px 32px;border-bottom:3px solid #b3261e;\"><h1 style=\"margin:0;font-size:22px;line-height:30px;color:#b3261e;\">")
            .Append(Escape(title)).Append("</h1></td></tr>");
        text.Append(title).Append("\n\n");

        Section(html, text, chinese ? "一、市场概况" : "1. Market overview");
        // The district's bulletin: market situation, brand trends, product news, two paragraphs each.
        for (var i = 0; i < 6; i++)
        {
            var paragraph = Paragraph(random, chinese);
            html.Append("<p style=\"margin:0 0 12px 0;font-size:14px;line-height:22px;\">").Append(Escape(paragraph)).Append("</p>");
            text.Append(paragraph).Append("\n\n");
        }
        Table(html, text, chinese ? ["品牌", "本月", "去年同期", "同比"] : ["Brand", "This month", "Last year", "Change"], brandTrends);
        Section(html, text, chinese ? "二、贵司销售" : "2. Your sales");
        Table(html, text, chinese ? ["指标", "本月", "上月", "变化"] : ["Measure", "This month", "Month before", "Change"], Rows(random, 4));
        Table(html, text, chinese ? ["品牌", "本月", "上月", "环比"] : ["Brand", "This month", "Month before", "Change"], brands);
        Table(html, text, chinese ? ["门店", "本月", "上月", "环比"] : ["Store", "This month", "Month before", "Change"], stores, Stores);
        Section(html, text, chinese ? "三、建议" : "3. Suggestions");
        html.Append("<ul style=\"margin:0 0 16px 20px;padding:0;font-size:14px;line-height:22px;\">");
        for (var i = 0; i < suggestions; i++)
        {
            var line = Paragraph(random, chinese)[..60];
            html.Append("<li style=\"margin:0 0 6px 0;\">").Append(Escape(line)).Append("</li>");
            text.Append("- ").Append(line).Append('\n');
        }
        html.Append("</ul></td></tr><tr><td style=\"padding:16px 32px;font-size:12px;line-height:18px;color:#616e7c;border-top:1px solid #d9dee5;\">")
            .Append(chinese ? "本函由客户经理审核后发送。如有疑问，请直接回复客户经理。" : "This letter was reviewed by your account manager before it was sent. Reply to them with any question.")
            .Append("</td></tr></table></td></tr></table></body></html>");

        var to = new List<string>();
        var buyers = random.Next(2, 4);
        for (var i = 0; i < buyers; i++)
            to.Add($"{Buyers[random.Next(Buyers.Length)]} <buyer{i + 1}.chain{letterId}@hualian.example>");
        return new MailRequest("letter", letterId.ToString(CultureInfo.InvariantCulture), to, title, text.ToString())
        {
            Cc = [$"am.east{1 + letterId % 3} <am.east{1 + letterId % 3}@groupcrm.example>"],
            HtmlBody = html.ToString(),
            MessageId = $"<letter.{letterId}@groupcrm>",
        };
    }

    private static (string Name, long Now, long Before)[] Rows(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(i => (Brands[(i + random.Next(Brands.Length)) % Brands.Length], (long)random.Next(50, 20_000), (long)random.Next(50, 20_000)))];

    private static void Section(StringBuilder html, StringBuilder text, string heading)
    {
        // Closes the section before, if any: every section is one row of the outer table.
        if (!html.ToString(html.Length - 5, 5).Equals("</tr>", StringComparison.Ordinal)) html.Append("</td></tr>");
        html.Append("<tr><td style=\"padding:20px 32px 0 32px;\"><h2 style=\"margin:0 0 12px 0;font-size:17px;line-height:24px;color:#1f2933;border-left:4px solid #b3261e;padding-left:8px;\">")
            .Append(Escape(heading)).Append("</h2></td></tr><tr><td style=\"padding:8px 32px 24px 32px;\">");
        text.Append(heading).Append("\n\n");
    }

    private static void Table(StringBuilder html, StringBuilder text, string[] headings, (string Name, long Now, long Before)[] rows, string[]? names = null)
    {
        html.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse;margin:0 0 16px 0;font-size:13px;\"><tr>");
        foreach (var heading in headings)
            html.Append("<th align=\"left\" style=\"padding:6px 8px;background:#eef1f4;border-bottom:1px solid #c5ccd6;font-weight:600;\">").Append(Escape(heading)).Append("</th>");
        html.Append("</tr>");
        text.Append(string.Join(" | ", headings)).Append('\n');
        for (var i = 0; i < rows.Length; i++)
        {
            var (name, now, before) = rows[i];
            if (names is not null) name = names[i % names.Length];
            var change = (now - before) * 100m / before;
            var arrow = change > 0 ? "▲" : change < 0 ? "▼" : "–";
            var colour = change > 0 ? "#1b7f3b" : change < 0 ? "#b3261e" : "#616e7c";
            html.Append("<tr><td style=\"padding:6px 8px;border-bottom:1px solid #eef1f4;\">").Append(Escape(name))
                .Append("</td><td align=\"right\" style=\"padding:6px 8px;border-bottom:1px solid #eef1f4;\">").Append(now.ToString("N0", CultureInfo.InvariantCulture))
                .Append("</td><td align=\"right\" style=\"padding:6px 8px;border-bottom:1px solid #eef1f4;\">").Append(before.ToString("N0", CultureInfo.InvariantCulture))
                .Append("</td><td align=\"right\" style=\"padding:6px 8px;border-bottom:1px solid #eef1f4;color:").Append(colour).Append(";\">")
                .Append(arrow).Append(' ').Append(change.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture)).Append("%</td></tr>");
            text.Append(CultureInfo.InvariantCulture, $"{name} | {now:N0} | {before:N0} | {arrow} {change:+0.0;-0.0;0.0}%\n");
        }
        html.Append("</table>");
        text.Append('\n');
    }

    private static string Paragraph(Random random, bool chinese)
    {
        var sentences = chinese
            ? new[] { "本月全区卷烟市场总体平稳，高端品牌需求持续回升。", "受节假日影响，部分门店客流明显增加，终端动销良好。", "新品上市后铺货进度符合预期，消费者反馈积极。",
                      "部分紧俏规格仍按计划分配，请合理安排订货。", "价格体系保持稳定，零售价格执行情况良好。", "建议关注库存结构，避免断货影响销售。" }
            : new[] { "The district market was steady this month, with demand for premium brands recovering further. ", "Holiday traffic lifted footfall in many stores and shelves turned over well. ",
                      "The new products reached stores on schedule and shoppers responded well. ", "Scarce sizes are still allocated by plan; please order accordingly. ",
                      "Retail prices held firm across the district. ", "Keep an eye on stock levels so that no product runs out. " };
        var sb = new StringBuilder();
        for (var i = 0; i < 11; i++) sb.Append(sentences[random.Next(sentences.Length)]);
        return sb.ToString();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
