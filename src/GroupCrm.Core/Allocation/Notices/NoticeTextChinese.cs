using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Allocation.Notices;

/// <summary>The notice in Simplified Chinese. A pack is 件 (a whole shipping pack of the round's pack size); units use the product's own unit (e.g. 条).</summary>
internal sealed class NoticeTextChinese : NoticeText
{
    public override string Language => NoticeLanguages.Chinese;

    public override string Title(string product, string code, DateOnly month, int revision) =>
        $"紧俏货源分配书面告知书：{product}（{code}），{Month(month)}" + (revision > 1 ? $"（第{revision}版）" : "");

    public override string HqRecipient(string accountName) => $"{accountName}总部";

    public override string StoreRecipient(string storeName, string accountName) => $"{accountName}　{storeName}";

    public override string IssuedOn(DateOnly day) => $"发布日期：{WrittenDates.ChineseDate(day)}";

    public override string Supply(NoticeRoundFacts round, string product)
    {
        var unit = round.ProductUnit;
        var shared = round.AccountCount == 1
            ? $"共{N(round.PacksAvailable)}件，全部分配给辖区内唯一正常经营的客户"
            : $"共{N(round.PacksAvailable)}件，在辖区内{round.AccountCount}家正常经营的客户之间分配";
        var reserve = round.ReserveUnits > 0 ? $"预留{N(round.ReserveUnits)}{unit}后，{shared}" : $"本轮不设预留，{shared}";
        return $"{product}为紧俏货源。{Month(round.Month)}本辖区可供货源{N(round.AvailableUnits)}{unit}，按整件分配，每件{N(round.PackSize)}{unit}。{reserve}。";
    }

    public override string ChainShare(string accountName, long packs, long units, string unit) =>
        $"贵公司（{accountName}）本月分得{N(packs)}件（{N(units)}{unit}）。";

    public override string HqReceives(string accountName, long packs, long units, string unit) =>
        $"{accountName}本月分得{N(packs)}件（{N(units)}{unit}）。";

    public override string StoreReceives(string storeName, long packs, long units, string unit) =>
        $"本卖场（{storeName}）本月分得{N(packs)}件（{N(units)}{unit}）。";

    public override string Basis(RoundBasis basis, decimal value, int months, DateOnly month, string unit) => basis switch
    {
        RoundBasis.RecentSales => $"各客户按{MonthsBefore(months, month)}该产品的销量占比分配。贵公司各卖场在此期间销量为{B(value)}{unit}。",
        RoundBasis.PlannedVolume => $"各客户按月度计划销量占比分配。贵公司的月度计划销量为{B(value)}。",
        _ => "本轮按均等份额分配：辖区内每家正常经营的客户分配基数相同。",
    };

    public override string Share(decimal sharePercent, decimal idealPacks) =>
        $"贵公司的分配基数占全部客户基数之和的{P(sharePercent)}%，据此计算的精确份额为{D(idealPacks)}件。";

    public override string Raised(decimal sharePercent, int minimum, decimal idealPacks) =>
        $"贵公司的分配基数占全部客户基数之和的{P(sharePercent)}%。按比例计算的份额低于每户最低{N(minimum)}件的标准，"
        + $"因此提高至最低标准，精确份额为{D(idealPacks)}件。";

    public override string Lowered(decimal sharePercent, int maximum, decimal idealPacks) =>
        $"贵公司的分配基数占全部客户基数之和的{P(sharePercent)}%。按比例计算的份额高于每户最高{N(maximum)}件的上限，"
        + $"因此降至上限，精确份额为{D(idealPacks)}件；超出上限的部分按基数比例分配给其他客户。";

    public override string WithinCaps(int? minimum, int? maximum) => (minimum, maximum) switch
    {
        ({ } min, { } max) => $"该份额介于最低{N(min)}件与最高{N(max)}件之间，未触及上下限。",
        ({ } min, null) => $"该份额高于最低{N(min)}件的标准，未触及下限。",
        (null, { } max) => $"该份额低于最高{N(max)}件的上限，未触及上限。",
        _ => "",
    };

    public override string StoreBasis(int stores, decimal value, int months, DateOnly month, string unit, decimal sharePercent, decimal idealPacks) =>
        $"贵公司分得的货源按{MonthsBefore(months, month)}各卖场该产品的销量，在{stores}家正常经营的卖场之间按比例分配。"
        + $"本卖场在此期间销量为{B(value)}{unit}，占各卖场销量之和的{P(sharePercent)}%，精确份额为{D(idealPacks)}件。";

    public override string StoreEqualSplit(int stores, decimal idealPacks) => stores == 1
        ? "本卖场为贵公司唯一正常经营的卖场，分得贵公司的全部货源。"
        : $"贵公司分得的货源在{stores}家正常经营的卖场之间平均分配，每家卖场的精确份额为{D(idealPacks)}件。";

    public override string WholeShare(long packs) => $"精确份额恰为整数（{N(packs)}件），无需取整。";

    public override string RoundedUp(long wholePacks) =>
        $"货源按整件分配：先按精确份额的整数部分分配（此处为{N(wholePacks)}件），剩余各件按小数部分从大到小逐一分配。"
        + "本份额的小数部分位居前列，因此增加一件（+1）。";

    public override string NotRoundedUp(long wholePacks) =>
        $"货源按整件分配：先按精确份额的整数部分分配（此处为{N(wholePacks)}件），剩余各件按小数部分从大到小逐一分配。"
        + "其他份额的小数部分更大，因此未增加（+0）。";

    public override string Override(long enginePacks, long finalPacks, string reason) =>
        $"按计算结果应为{N(enginePacks)}件，市场经理调整为{N(finalPacks)}件，调整理由：“{reason}”。其他客户的份额已重新计算，分配总量保持不变。";

    public override string Reserve(long reserveUnits, long looseUnits, long packsLeftInReserve, string unit)
    {
        var parts = new List<string>();
        if (reserveUnits > 0) parts.Add($"预留{N(reserveUnits)}{unit}");
        if (looseUnits > 0) parts.Add($"不足一件的{N(looseUnits)}{unit}暂不分配");
        if (packsLeftInReserve > 0) parts.Add($"因所有有基数的客户均已达到上限，{N(packsLeftInReserve)}件留作预留");
        return parts.Count == 0 ? "" : "本轮" + string.Join("；", parts) + "。";
    }

    public override string StoresSplit(int stores, bool equally) => stores == 1
        ? "贵公司的全部货源分配给唯一正常经营的卖场，该卖场将在走访时另行收到书面告知书。"
        : $"贵公司分得的货源{(equally ? "在" : "按同期各卖场该产品的销量，在")}{stores}家正常经营的卖场之间{(equally ? "平均分配" : "按比例分配")}，"
          + "详见下表。各卖场将在走访时另行收到书面告知书。";

    public override string NoActiveStores() => "贵公司目前没有正常经营的卖场记录，因此不另发卖场告知书。";

    public override string StoreCopyOfHq() => "贵公司总部已收到本轮分配的完整告知书，其中列明各卖场的分配数量。";

    public override string Principles() =>
        "紧俏货源分配坚持公平、公正、公开的原则：辖区内所有正常经营的客户均参与分配；各客户份额按统一方法、以同类数据计算；"
        + "每家客户及其每个卖场均以书面形式获知分配数量及依据。货源投放坚持“适度偏紧、保持稳定”，确保货源均衡、持续上柜。";

    public override string Superseded() => "本分配已更正，本告知书已被新的告知书替代。";

    public override string Emailed(DateTimeOffset at) => $"已于{Time(at)}通过电子邮件发送给贵公司采购负责人。";

    public override string NotEmailed() => "未发送电子邮件：贵公司没有登记采购联系人。";

    public override string Acknowledged(string name, DateTimeOffset at) => $"已由{name}于{Time(at)}确认收悉。";

    public override string HandedOver(string name, DateTimeOffset at) => $"已于{Time(at)}交付{name}签收。";

    public override string NotHandedOver() => "尚未交付。";

    public override NoticeLabels Labels() => new("分配依据", "分配原则", "您的姓名", "确认收到本告知书", "谢谢，您的确认已记录。", "打印");

    public override (string Caption, string Store, string Packs, string Units, string Total) StoreTable(string unit) =>
        ("各卖场分配数量", "卖场", "件数", $"数量（{unit}）", "合计");

    public override string MailSubject(string title) => title;

    public override string MailGreeting(string contactName) => $"{contactName}，您好：";

    public override string MailAcknowledge(DateTimeOffset expiresAt) =>
        $"请点击下方链接确认已收到本告知书。该链接仅供您本人使用，有效期至{Time(expiresAt)}。";

    public override string MailLinkText() => "确认收到本告知书";

    private static string Month(DateOnly month) => WrittenDates.ChineseMonth(month);

    private static string MonthsBefore(int months, DateOnly month)
    {
        var first = month.AddMonths(-months);
        var last = month.AddMonths(-1);
        return months == 1 ? $"上月（{Month(last)}）" : $"前{months}个月（{Month(first)}至{Month(last)}）";
    }
}
