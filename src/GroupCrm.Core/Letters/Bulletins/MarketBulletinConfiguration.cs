using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GroupCrm.Core.Letters.Bulletins;

internal sealed class MarketBulletinConfiguration : IEntityTypeConfiguration<MarketBulletin>
{
    public const int MaxPartLength = 8000;

    public void Configure(EntityTypeBuilder<MarketBulletin> b)
    {
        b.ToTable("market_bulletins", t => t.HasCheckConstraint("ck_market_bulletins_first_of_month", "extract(day from month) = 1"));
        b.Property(x => x.MarketSituation).HasMaxLength(MaxPartLength);
        b.Property(x => x.BrandTrends).HasMaxLength(MaxPartLength);
        b.Property(x => x.ProductNews).HasMaxLength(MaxPartLength);
        b.Property(x => x.Version).IsRowVersion();
        // One bulletin per district and month.
        b.HasIndex(x => new { x.DistrictId, x.Month }).IsUnique();
        b.HasOne<District>().WithMany().HasForeignKey(x => x.DistrictId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}
