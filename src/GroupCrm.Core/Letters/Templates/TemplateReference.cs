namespace GroupCrm.Core.Letters.Templates;

/// <summary>One field or helper a template can use, explained in both languages of the edit page.</summary>
public sealed record TemplateReferenceItem(string Usage, string English, string Chinese);

/// <summary>
/// The fields of <see cref="LetterModel"/> and the helpers of <see cref="LetterHelpers"/>, for the people who
/// edit templates. Kept next to the model: a field added there is added here.
/// </summary>
public static class TemplateReference
{
    public static IReadOnlyList<TemplateReferenceItem> Fields { get; } =
    [
        new("month, previousMonth, lastYearMonth", "The month of the letter, the month before it and the same month last year (use with month or date).", "本函所述月份、上月及去年同月（配合 month 或 date 使用）。"),
        new("account.name, account.district", "The account and its district, named in the letter's language.", "客户名称及所属区域（按本函语言显示）。"),
        new("account.managerName, account.managerEmail", "The account manager who signs the letter.", "署名的集团客户经理姓名及邮箱。"),
        new("bulletin.marketSituation, bulletin.brandTrends, bulletin.productNews", "The district's market bulletin (Markdown; use with markdown). bulletin is empty when none was written: put it inside {{#if bulletin}}.", "区域市场通报（Markdown 格式，配合 markdown 使用）。未撰写通报时 bulletin 为空，请放在 {{#if bulletin}} 内。"),
        new("districtBrands: brand, quantity, lastYearQuantity", "Each brand's quantity across the district this month and the same month last year, most sold first.", "区域内各品牌本月销量及去年同期销量，按销量从高到低。"),
        new("productNews: isNewProduct, isPriceChange, on, code, brand, name, oldPrice, newPrice", "Products launched and price changes taking effect in the month.", "本月上市的新品及生效的价格调整。"),
        new("hasSales", "False when no sales of the month had been received: say so instead of showing figures.", "为 false 表示起草时尚未收到本月销售数据，此时应说明情况而非显示数字。"),
        new("sales.quantity, sales.amount", "The account's total for the month.", "客户本月销量及销售额合计。"),
        new("sales.hasPlan, sales.plannedQuantity, sales.planAchievement", "The plan for the month, if one was set, and the share of it achieved (a fraction; use with percent).", "本月计划（如已设定）及完成比例（小数，配合 percent 使用）。"),
        new("sales.previousQuantity, sales.previousAmount", "The month before.", "上月销量及销售额。"),
        new("sales.lastYearQuantity, sales.lastYearAmount", "The same month last year.", "去年同期销量及销售额。"),
        new("brands: brand, quantity, amount, previousQuantity", "The account's sales by brand, most sold first.", "客户分品牌销售，按销量从高到低。"),
        new("bestStores, worstStores: name, quantity, previousQuantity", "Up to three best and three lowest stores of the month.", "本月销量领先及靠后的门店（各至多三家）。"),
        new("hasForecast, forecast.accuracy, forecast.forecastLines, forecast.unforecastProducts", "Forecast accuracy (a fraction) when anything was forecast for the month.", "本月有预测时的预测准确率（小数）、预测条数及未预测即有销售的产品数。"),
        new("suggestions", "The suggestions, one sentence each: the account manager's, or else the computed ones.", "工作建议，每条一句：客户经理编辑的内容，否则为系统生成的建议。"),
        new("personalNote, personalNoteLines", "The account manager's own note, as written and line by line.", "客户经理的个人留言（原文及逐行）。"),
    ];

    public static IReadOnlyList<TemplateReferenceItem> Helpers { get; } =
    [
        new("{{number sales.quantity}}", "A whole number with thousands separators: 3,460.", "带千位分隔符的整数：3,460。"),
        new("{{money sales.amount}}", "An amount with two decimals: 812,345.50.", "保留两位小数的金额：812,345.50。"),
        new("{{percent sales.planAchievement}}", "A fraction as a percentage: 0.123 → 12.3 %.", "将小数显示为百分比：0.123 → 12.3%。"),
        new("{{change sales.quantity sales.previousQuantity}}", "The signed change from the second value to the first: +4.2 %; – when the second is 0.", "由第二个值到第一个值的变化率：+4.2%；第二个值为 0 时显示 –。"),
        new("{{trend sales.quantity sales.previousQuantity}}", "▲ up, ▼ down or ▬ flat (within ±2 %).", "▲ 上升、▼ 下降或 ▬ 持平（±2% 以内）。"),
        new("{{date on}}, {{month month}}", "A date or a month in the letter's language: 14 October 2026, 2026年10月.", "按本函语言显示日期或月份：14 October 2026、2026年10月。"),
        new("{{markdown bulletin.marketSituation}}", "Bulletin text: safe HTML in the HTML body, as written in the text body.", "通报正文：HTML 正文中转换为安全的 HTML，纯文本正文中保持原文。"),
        new("{{#if …}} {{else}} {{/if}}, {{#unless …}}, {{#each …}} {{this}} {{@index}}, {{#with …}}, {{lookup …}}", "Handlebars' own blocks. Values are HTML-escaped in the HTML body; partials and other helpers are not available.", "Handlebars 自带的块语法。HTML 正文中的值均经过 HTML 转义；不支持 partial 及其他 helper。"),
    ];
}
