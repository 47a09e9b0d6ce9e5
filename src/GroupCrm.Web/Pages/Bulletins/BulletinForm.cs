using GroupCrm.Core.Letters.Bulletins;

namespace GroupCrm.Web.Pages.Bulletins;

/// <summary>The edit form: the three parts and the version the form showed (none for a bulletin not yet written).</summary>
public sealed class BulletinForm
{
    public string? MarketSituation { get; set; }
    public string? BrandTrends { get; set; }
    public string? ProductNews { get; set; }
    public uint? Version { get; set; }

    public BulletinInput ToInput() => new(MarketSituation, BrandTrends, ProductNews);

    public static BulletinForm From(BulletinDetails bulletin) => new()
    {
        MarketSituation = bulletin.MarketSituation, BrandTrends = bulletin.BrandTrends, ProductNews = bulletin.ProductNews, Version = bulletin.Version,
    };
}
