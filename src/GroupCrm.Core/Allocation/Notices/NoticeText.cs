using System.Globalization;
using GroupCrm.Core.Allocation.Rounds;

namespace GroupCrm.Core.Allocation.Notices;

/// <summary>
/// The sentences of a notice in one language. The writer decides which sentences a notice needs; each
/// language only says them. Numbers are formatted the same way in both (1,234; 12.5%), dates each its own way.
/// </summary>
internal abstract class NoticeText
{
    public static NoticeText For(string language) => language == NoticeLanguages.English ? English : Chinese;

    public static readonly NoticeText English = new NoticeTextEnglish();
    public static readonly NoticeText Chinese = new NoticeTextChinese();

    public abstract string Language { get; }

    public abstract string Title(string product, string code, DateOnly month, int revision);
    public abstract string HqRecipient(string accountName);
    public abstract string StoreRecipient(string storeName, string accountName);
    public abstract string IssuedOn(DateOnly day);

    public abstract string Supply(NoticeRoundFacts round, string product);
    public abstract string ChainShare(string accountName, long packs, long units, string unit);
    public abstract string HqReceives(string accountName, long packs, long units, string unit);
    public abstract string StoreReceives(string storeName, long packs, long units, string unit);

    public abstract string Basis(RoundBasis basis, decimal value, int months, DateOnly month, string unit);
    public abstract string Share(decimal sharePercent, decimal idealPacks);
    public abstract string Raised(decimal sharePercent, int minimum, decimal idealPacks);
    public abstract string Lowered(decimal sharePercent, int maximum, decimal idealPacks);
    public abstract string WithinCaps(int? minimum, int? maximum);
    public abstract string StoreBasis(int stores, decimal value, int months, DateOnly month, string unit, decimal sharePercent, decimal idealPacks);
    public abstract string StoreEqualSplit(int stores, decimal idealPacks);

    public abstract string WholeShare(long packs);
    public abstract string RoundedUp(long wholePacks);
    public abstract string NotRoundedUp(long wholePacks);
    public abstract string Override(long enginePacks, long finalPacks, string reason);
    public abstract string Reserve(long reserveUnits, long looseUnits, long packsLeftInReserve, string unit);

    public abstract string StoresSplit(int stores, bool equally);
    public abstract string NoActiveStores();
    public abstract string StoreCopyOfHq();

    public abstract string Principles();

    public abstract string Superseded();
    public abstract string Emailed(DateTimeOffset at);
    public abstract string NotEmailed();
    public abstract string Acknowledged(string name, DateTimeOffset at);
    public abstract string HandedOver(string name, DateTimeOffset at);
    public abstract string NotHandedOver();

    public abstract NoticeLabels Labels();
    public abstract (string Caption, string Store, string Packs, string Units, string Total) StoreTable(string unit);

    public abstract string MailSubject(string title);
    public abstract string MailGreeting(string contactName);
    public abstract string MailAcknowledge(DateTimeOffset expiresAt);
    public abstract string MailLinkText();

    // Shared number formats: grouped integers, bases without trailing zeros, and percentages and exact shares to two
    // decimals cut (never rounded up, so 12.996 packs reads 12.99 and its whole part is still the 12 named), as the
    // round's preview shows them.
    protected static string N(long value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    protected static string B(decimal value) => value.ToString("#,##0.###", CultureInfo.InvariantCulture);

    protected static string P(decimal value) => D(value);

    protected static string D(decimal value) => (Math.Truncate(value * 100m) / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture);

    protected static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
