namespace GroupCrm.Core.Letters.Bulletins;

/// <summary>The bulletin's refusals, in English; each is also its localization key.</summary>
public static class BulletinMessages
{
    public const string NotFirstOfMonth = "A bulletin is about a whole month: give the month, not a day.";
    public const string MonthOutOfRange = "Bulletins can be written for the months from {0} to {1}.";
    public const string Empty = "Write at least one of the three parts.";
    public const string MarketSituationTooLong = "The market situation may be at most {0} characters long.";
    public const string BrandTrendsTooLong = "The brand trends may be at most {0} characters long.";
    public const string ProductNewsTooLong = "The product news may be at most {0} characters long.";
}
