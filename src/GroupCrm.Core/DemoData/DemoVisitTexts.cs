namespace GroupCrm.Core.DemoData;

/// <summary>What visitors write: short notes as people type them on a phone, in Chinese, English or both.</summary>
internal static class DemoVisitTexts
{
    public static readonly string[] StoreProblems =
    [
        "价签缺失 Price tags missing on two facings.", "Display cabinet half empty; the store will reorder on Monday.",
        "陈列位置被其他商品占用。", "Slim varieties placed behind the counter, out of the customers' sight.",
        "库存记录与实物不符 Stock book does not match the shelf.", "Old promotion posters still on the counter.",
        "Cabinet light broken; products hard to see.", "新品未上架，店员不知道已到货。",
        "Two brands swapped on the planogram.", "Stock kept in the back room instead of on the shelf.",
    ];

    public static readonly string[] CompliancePoints =
    [
        "未悬挂零售许可证 Retail licence not displayed at the counter.",
        "Staff did not ask a young-looking customer for ID.",
        "Cartons found without the distributor's label: source unclear 疑似非正规渠道进货。",
        "Licence holder's name differs from the person running the store.",
        "Scarce product sold well above the suggested retail price 高价销售紧俏品规。",
    ];

    public static readonly string[] StoreFeedback =
    [
        "店主希望增加细支烟供应。", "Customers ask for the new capsule products.", "Regulars find the hard pack too expensive after the price change.",
        "希望送货时间提前到上午 Deliveries before noon would help.", "Asks for more of the scarce brands before the holidays.",
        "Happy with the new display cabinet.", "Weekend sales up since the mall reopened.", "门店反映高档品规动销慢。",
    ];

    private static readonly string[] TopicList =
    [
        "Monthly sales review 月度销售回顾", "春节礼盒订货 Spring Festival gift boxes", "New products and price changes 新品与调价",
        "紧俏货源分配说明 Scarce-stock allocation", "Store openings and closures 门店增减", "Order frequency and delivery windows",
        "陈列标准 Shelf layout standard", "Payment terms 结算账期", "门店许可证年审 Licence renewals of the stores", "Forecast for next month 下月需求预测",
    ];

    public static readonly string[] Requests =
    [
        "Asks for a larger share of scarce products for the flagship stores.", "希望增加新品试销门店。",
        "Wants deliveries twice a week for the city-centre stores.", "要求提供统一价签模板。", "Would like the monthly review in the first week of the month.",
        "Asks for sales by store every month 每月提供分店销量。", "Complains about late deliveries to the suburban stores.", "希望调整结算周期为月结。",
    ];

    public static readonly string[] FollowUps =
    [
        "Send the new product list with prices 发送新品清单及价格", "Confirm the gift-box quantities 确认礼盒订货量",
        "安排门店陈列培训 Arrange shelf-layout training for store managers", "Look into the late deliveries to the suburban stores",
        "Send last quarter's sales by store 提供上季度分店销量", "Check the licence renewals of two stores 跟进两家门店许可证年审",
        "Reply on the payment terms 答复结算账期问题", "Send the price-tag template 发送价签模板",
    ];

    public static readonly string[] Purposes =
    [
        "Monthly sales review 月度销售回顾", "New products and price changes", "订货与配送安排", "Scarce-stock allocation briefing",
        "Follow-up on open requests 跟进待办事项", "Quarterly business review 季度业务回顾",
    ];

    public static readonly string[] CancelReasons =
    [
        "采购经理出差 The buyer is travelling that day.", "HQ stocktake 总部盘点。", "The buyer asked to move the meeting to another day.",
        "采购经理请病假。", "Meeting clashed with the chain's board meeting.",
    ];

    public static string Pick(IReadOnlyList<string> texts, double unit) => texts[(int)(unit * texts.Count)];

    /// <summary>One topic, or two different ones when <paramref name="second"/> is given.</summary>
    public static string Topics(double first, double? second)
    {
        var i = (int)(first * TopicList.Length);
        return second is { } u ? TopicList[i] + "; " + TopicList[(i + 1 + (int)(u * (TopicList.Length - 1))) % TopicList.Length] : TopicList[i];
    }
}
