namespace GroupCrm.Core.Letters.Bulletins;

/// <summary>
/// A district's market bulletin for one month, written by its market manager. The three parts are
/// plain text or Markdown; they go into every letter of the district for that month.
/// </summary>
public sealed class MarketBulletin
{
    public int Id { get; set; }
    public int DistrictId { get; set; }

    /// <summary>The first day of the month the bulletin is about.</summary>
    public DateOnly Month { get; set; }

    public string MarketSituation { get; set; } = "";
    public string BrandTrends { get; set; } = "";
    public string ProductNews { get; set; } = "";

    public int AuthorId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>PostgreSQL xmin: two people saving the same bulletin at once cannot overwrite each other unseen.</summary>
    public uint Version { get; set; }
}
