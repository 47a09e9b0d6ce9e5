namespace GroupCrm.Core.Letters.Bulletins;

/// <summary>A district whose bulletins the viewer reads, and whether they may write them.</summary>
public sealed record BulletinDistrict(int Id, string Name, string NameEn, bool CanWrite);

/// <summary>One bulletin in the list: where and when, who saved it last, and the start of its text.</summary>
public sealed record BulletinRow(
    int Id, int DistrictId, string DistrictName, string DistrictNameEn, DateOnly Month, string AuthorName, DateTimeOffset UpdatedAt, string Opening);

/// <summary>A whole bulletin for reading or editing.</summary>
public sealed record BulletinDetails(
    int Id, BulletinDistrict District, DateOnly Month, string MarketSituation, string BrandTrends, string ProductNews,
    string AuthorName, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, uint Version);
