namespace GroupCrm.Core.Allocation.Notices;

/// <summary>
/// Decides what a notice says, in the order a reader asks: how much there was, what I get, why (basis,
/// share, caps, rounding, any override), what was kept back, and (HQ) what each store gets. The words come
/// from <see cref="NoticeText"/> in the notice's language.
/// </summary>
internal static class NoticeWriter
{
    public static NoticeDocument Write(NoticeFacts facts, TimeZoneInfo zone)
    {
        var text = NoticeText.For(facts.Notice.Language);
        var zh = text.Language == NoticeLanguages.Chinese;
        var round = facts.Round;
        var product = zh || string.IsNullOrWhiteSpace(round.ProductNameEn) ? round.ProductName : round.ProductNameEn;
        var account = zh || string.IsNullOrWhiteSpace(facts.AccountNameEn) ? facts.AccountName : facts.AccountNameEn;
        var paragraphs = facts.IsHq ? HqParagraphs(facts, text, product, account) : StoreParagraphs(facts, text, product, account);
        var table = text.StoreTable(round.ProductUnit);
        DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone);

        return new NoticeDocument(
            facts.Notice.Id,
            round.Id,
            round.Revision,
            facts.Notice.AccountId,
            facts.Notice.StoreId,
            text.Language,
            text.Title(product, round.ProductCode, round.Month, round.Revision),
            facts.IsHq ? text.HqRecipient(account) : text.StoreRecipient(facts.StoreName!, account),
            round.ProductCode,
            product,
            round.Month,
            facts.Notice.Packs,
            facts.Notice.Units,
            [.. paragraphs.Where(p => p.Length > 0)],
            facts.IsHq && facts.StoreRows.Count > 0
                ? new NoticeStoreTable(table.Caption, table.Store, table.Packs, table.Units, table.Total, facts.StoreRows)
                : null,
            text.Principles(),
            Status(facts, text, Local),
            facts.Notice.IssuedAt,
            text.IssuedOn(DateOnly.FromDateTime(Local(facts.Notice.IssuedAt).DateTime)),
            text.Labels());
    }

    private static IEnumerable<string> HqParagraphs(NoticeFacts facts, NoticeText text, string product, string account)
    {
        var round = facts.Round;
        var line = facts.Line;
        var unit = round.ProductUnit;
        yield return text.Supply(round, product);
        yield return text.HqReceives(account, facts.Notice.Packs, facts.Notice.Units, unit);
        yield return text.Basis(round.Basis, line.Basis, round.BasisMonths, round.Month, unit);
        yield return Share(text, line);
        yield return Rounding(text, line);
        if (line.Overridden) yield return text.Override(line.EnginePacks, line.FinalPacks, line.OverrideReason!);
        yield return text.Reserve(round.ReserveUnits, round.LooseUnits, round.PacksLeftInReserve, unit);
        yield return facts.StoresInAccount == 0 ? text.NoActiveStores() : text.StoresSplit(facts.StoresInAccount, facts.StoresSplitEqually);
    }

    private static IEnumerable<string> StoreParagraphs(NoticeFacts facts, NoticeText text, string product, string account)
    {
        var round = facts.Round;
        var unit = round.ProductUnit;
        var store = facts.StoreLine;
        yield return text.Supply(round, product);
        yield return text.ChainShare(account, facts.Line.FinalPacks, facts.Line.FinalUnits, unit);
        yield return text.StoreReceives(facts.StoreName!, facts.Notice.Packs, facts.Notice.Units, unit);
        if (store is null) yield break; // the store's line is gone only if the data was edited by hand; say what is known
        yield return facts.StoresSplitEqually || facts.StoresInAccount == 1
            ? text.StoreEqualSplit(facts.StoresInAccount, store.IdealPacks)
            : text.StoreBasis(facts.StoresInAccount, store.Basis, round.BasisMonths, round.Month, unit, store.SharePercent, store.IdealPacks);
        if (facts.StoresInAccount > 1) yield return Rounding(text, store);
        yield return text.StoreCopyOfHq();
    }

    private static string Share(NoticeText text, NoticeLineFacts line) => line.Cap switch
    {
        "Minimum" when line.MinimumPacks is { } min => text.Raised(line.SharePercent, min, line.IdealPacks),
        "Maximum" when line.MaximumPacks is { } max => text.Lowered(line.SharePercent, max, line.IdealPacks),
        _ => text.Share(line.SharePercent, line.IdealPacks) + Spaced(text, text.WithinCaps(line.MinimumPacks, line.MaximumPacks)),
    };

    private static string Rounding(NoticeText text, NoticeLineFacts line) =>
        line.RoundingAdjustment > 0 ? text.RoundedUp(line.WholePacks)
        : line.IdealPacks == line.WholePacks ? text.WholeShare(line.WholePacks)
        : text.NotRoundedUp(line.WholePacks);

    private static NoticeStatus Status(NoticeFacts facts, NoticeText text, Func<DateTimeOffset, DateTimeOffset> local)
    {
        var n = facts.Notice;
        var lines = new List<string>();
        if (facts.Round.Superseded) lines.Add(text.Superseded());
        if (facts.IsHq)
        {
            lines.Add(n.EmailedAt is { } emailed ? text.Emailed(local(emailed)) : text.NotEmailed());
            if (n.AcknowledgedAt is { } at) lines.Add(text.Acknowledged(n.AcknowledgedByName ?? "", local(at)));
        }
        else lines.Add(n.HandedOverAt is { } at ? text.HandedOver(n.HandedOverTo ?? "", local(at)) : text.NotHandedOver());
        return new NoticeStatus(facts.Round.Superseded, facts.Round.SupersededById, n.EmailedAt, n.AcknowledgedAt, n.AcknowledgedByName,
            n.HandedOverAt, n.HandedOverTo, lines);
    }

    // Chinese runs sentences together; English puts a space between them.
    private static string Spaced(NoticeText text, string sentence) =>
        sentence.Length == 0 ? "" : text.Language == NoticeLanguages.English ? " " + sentence : sentence;
}
