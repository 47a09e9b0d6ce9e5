using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Letters.Bulletins;

/// <summary>The three parts of a bulletin as typed: plain text or Markdown.</summary>
public sealed record BulletinInput(string? MarketSituation, string? BrandTrends, string? ProductNews)
{
    /// <summary>
    /// The parts as they are stored, tidied as everything typed into a letter is (<see cref="LetterText.Tidy"/>):
    /// control characters do not belong in a letter and break some mail clients.
    /// </summary>
    public BulletinInput Cleaned() => new(Clean(MarketSituation), Clean(BrandTrends), Clean(ProductNews));

    /// <summary>The refusals of a cleaned input: too long a part, or nothing written at all.</summary>
    public IReadOnlyList<RecordError> Problems()
    {
        const int max = MarketBulletinConfiguration.MaxPartLength;
        var errors = new List<RecordError>();
        if ((MarketSituation ?? "").Length > max) errors.Add(new(nameof(MarketSituation), BulletinMessages.MarketSituationTooLong, max));
        if ((BrandTrends ?? "").Length > max) errors.Add(new(nameof(BrandTrends), BulletinMessages.BrandTrendsTooLong, max));
        if ((ProductNews ?? "").Length > max) errors.Add(new(nameof(ProductNews), BulletinMessages.ProductNewsTooLong, max));
        if (string.IsNullOrEmpty(MarketSituation) && string.IsNullOrEmpty(BrandTrends) && string.IsNullOrEmpty(ProductNews))
            errors.Add(new("", BulletinMessages.Empty));
        return errors;
    }

    private static string Clean(string? text) => LetterText.Tidy(text) ?? "";
}
