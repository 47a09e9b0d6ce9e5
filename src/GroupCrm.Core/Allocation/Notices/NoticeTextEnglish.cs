using System.Globalization;
using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Allocation.Notices;

internal sealed class NoticeTextEnglish : NoticeText
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public override string Language => NoticeLanguages.English;

    public override string Title(string product, string code, DateOnly month, int revision) =>
        $"Scarce-stock allocation notice: {product} ({code}), {Month(month)}" + (revision > 1 ? $" (revision {revision})" : "");

    public override string HqRecipient(string accountName) => $"{accountName}, headquarters";

    public override string StoreRecipient(string storeName, string accountName) => $"{storeName} ({accountName})";

    public override string IssuedOn(DateOnly day) => $"Issued on {WrittenDates.EnglishDate(day)}";

    public override string Supply(NoticeRoundFacts round, string product)
    {
        var shared = $"{N(round.PacksAvailable)} {Packs(round.PacksAvailable)} {(round.AccountCount == 1 ? "go to the one active account" : $"are shared among the {round.AccountCount} active accounts")} of the district";
        var reserve = round.ReserveUnits > 0 ? $"After a reserve of {N(round.ReserveUnits)} units, {shared}" : $"No reserve is held back: {shared}";
        return $"{product} is a scarce product. For {Month(round.Month)}, {N(round.AvailableUnits)} units are available to the district, "
            + $"shared out in whole packs of {N(round.PackSize)} units. {reserve}.";
    }

    public override string ChainShare(string accountName, long packs, long units, string unit) =>
        $"Your chain, {accountName}, receives {N(packs)} {Packs(packs)} ({N(units)} units) this month.";

    public override string HqReceives(string accountName, long packs, long units, string unit) =>
        $"{accountName} receives {N(packs)} {Packs(packs)} ({N(units)} units) this month.";

    public override string StoreReceives(string storeName, long packs, long units, string unit) =>
        $"This store, {storeName}, receives {N(packs)} {Packs(packs)} ({N(units)} units) this month.";

    public override string Basis(RoundBasis basis, decimal value, int months, DateOnly month, string unit) => basis switch
    {
        RoundBasis.RecentSales => $"The packs are shared in proportion to each account's sales of the product over {MonthsBefore(months, month)}. "
            + $"Your stores sold {B(value)} units in that time.",
        RoundBasis.PlannedVolume => $"The packs are shared in proportion to each account's planned monthly volume. Your planned volume is {B(value)}.",
        _ => "The packs are shared equally: every active account of the district has the same basis.",
    };

    public override string Share(decimal sharePercent, decimal idealPacks) =>
        $"Your basis is {P(sharePercent)}% of all the accounts' bases together, which gives an exact share of {D(idealPacks)} packs.";

    public override string Raised(decimal sharePercent, int minimum, decimal idealPacks) =>
        $"Your basis is {P(sharePercent)}% of all the accounts' bases together. The share in proportion to it would have been below the minimum "
        + $"of {N(minimum)} {Packs(minimum)} per account, so it was raised to the minimum: an exact share of {D(idealPacks)} packs.";

    public override string Lowered(decimal sharePercent, int maximum, decimal idealPacks) =>
        $"Your basis is {P(sharePercent)}% of all the accounts' bases together. The share in proportion to it would have been above the maximum "
        + $"of {N(maximum)} {Packs(maximum)} per account, so it was lowered to the maximum: an exact share of {D(idealPacks)} packs. "
        + "The packs above the maximum went to the other accounts in proportion to their bases.";

    public override string WithinCaps(int? minimum, int? maximum) => (minimum, maximum) switch
    {
        ({ } min, { } max) => $"It lies between the minimum of {N(min)} and the maximum of {N(max)} packs, so neither applied.",
        ({ } min, null) => $"It is above the minimum of {N(min)} packs, so the minimum did not apply.",
        (null, { } max) => $"It is below the maximum of {N(max)} packs, so the maximum did not apply.",
        _ => "",
    };

    public override string StoreBasis(int stores, decimal value, int months, DateOnly month, string unit, decimal sharePercent, decimal idealPacks) =>
        $"The chain's packs are split among its {stores} active stores in proportion to each store's sales of the product over "
        + $"{MonthsBefore(months, month)}. This store sold {B(value)} units in that time, {P(sharePercent)}% of the stores' sales together, "
        + $"which gives an exact share of {D(idealPacks)} packs.";

    public override string StoreEqualSplit(int stores, decimal idealPacks) => stores == 1
        ? "This is the chain's only active store, so it receives all of the chain's packs."
        : $"The chain's packs are split equally among its {stores} active stores: an exact share of {D(idealPacks)} packs each.";

    public override string WholeShare(long packs) => $"The exact share is a whole number of packs ({N(packs)}), so no rounding was needed.";

    public override string RoundedUp(long wholePacks) =>
        $"Packs are handed out whole: everyone first receives the whole part of their exact share ({N(wholePacks)} here), and the packs "
        + "left over go one each to the largest fractions. This share had one of the largest fractions and received one more pack (+1).";

    public override string NotRoundedUp(long wholePacks) =>
        $"Packs are handed out whole: everyone first receives the whole part of their exact share ({N(wholePacks)} here), and the packs "
        + "left over go one each to the largest fractions. Other shares had larger fractions, so no pack was added (+0).";

    public override string Override(long enginePacks, long finalPacks, string reason) =>
        $"The calculation gave {N(enginePacks)} {Packs(enginePacks)}. The market manager set this to {N(finalPacks)} {Packs(finalPacks)} "
        + $"for this reason: \"{reason}\". The other accounts' shares were calculated again so that the total stays the same.";

    public override string Reserve(long reserveUnits, long looseUnits, long packsLeftInReserve, string unit)
    {
        var parts = new List<string>();
        if (reserveUnits > 0) parts.Add($"{N(reserveUnits)} units are held back in reserve");
        if (looseUnits > 0) parts.Add($"{N(looseUnits)} units that do not fill a whole pack stay back");
        if (packsLeftInReserve > 0)
            parts.Add($"{N(packsLeftInReserve)} {Packs(packsLeftInReserve)} stay in reserve because every account with a basis has reached its maximum");
        if (parts.Count == 0) return "";
        var text = string.Join("; ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    public override string StoresSplit(int stores, bool equally) => stores == 1
        ? "All of your packs go to your one active store, which is handed its own notice at a visit."
        : $"Your packs are split among your {stores} active stores {(equally ? "equally" : "in proportion to each store's sales of the product over the same months")}, "
          + "as the table shows. Each store is handed its own notice at a visit.";

    public override string NoActiveStores() => "Your chain has no active store on record, so no store notice is issued.";

    public override string StoreCopyOfHq() => "The chain's headquarters has received a notice of the whole allocation, with every store's quantity.";

    public override string Principles() =>
        "Scarce products are shared out fairly, justly and openly. Every active account of the district takes part; every share is "
        + "calculated by the same method from the same kind of figures; and every chain and every store is told in writing what it receives "
        + "and why. Supply is kept slightly tight but steady, so that stock reaches the shelves regularly rather than in surges.";

    public override string Superseded() => "This notice has been replaced by a later notice after the allocation was corrected.";

    public override string Emailed(DateTimeOffset at) => $"E-mailed to the chain's buyers on {Time(at)}.";

    public override string NotEmailed() => "Not e-mailed: the chain has no buyer contact on record.";

    public override string Acknowledged(string name, DateTimeOffset at) => $"Acknowledged by {name} on {Time(at)}.";

    public override string HandedOver(string name, DateTimeOffset at) => $"Handed over to {name} on {Time(at)}.";

    public override string NotHandedOver() => "Not handed over yet.";

    public override NoticeLabels Labels() => new(
        "How this quantity was decided", "Principles", "Your name", "I acknowledge receipt of this notice",
        "Thank you. Your acknowledgement has been recorded.", "Print");

    public override (string Caption, string Store, string Packs, string Units, string Total) StoreTable(string unit) =>
        ("What each store receives", "Store", "Packs", "Units", "Total");

    public override string MailSubject(string title) => title;

    public override string MailGreeting(string contactName) => $"Dear {contactName},";

    public override string MailAcknowledge(DateTimeOffset expiresAt) =>
        $"Please confirm that you have received this notice by opening the link below. The link is personal to you and works until {Time(expiresAt)}.";

    public override string MailLinkText() => "Acknowledge receipt of this notice";

    private static string Packs(long count) => count == 1 ? "pack" : "packs";

    private static string Month(DateOnly month) => WrittenDates.EnglishMonth(month);

    private static string MonthsBefore(int months, DateOnly month)
    {
        var first = month.AddMonths(-months);
        var last = month.AddMonths(-1);
        return months == 1 ? Month(last) : $"the {months} months from {Month(first)} to {Month(last)}";
    }
}
