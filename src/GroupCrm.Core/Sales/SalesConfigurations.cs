using GroupCrm.Core.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GroupCrm.Core.Sales;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.Property(p => p.Version).IsRowVersion();
        b.Property(p => p.Code).HasMaxLength(30);
        b.Property(p => p.Brand).HasMaxLength(60);
        b.Property(p => p.Name).HasMaxLength(120);
        b.Property(p => p.NameEn).HasMaxLength(120);
        b.Property(p => p.PriceBand).HasMaxLength(20);
        b.Property(p => p.Unit).HasMaxLength(20);
        b.Property(p => p.ListPrice).HasPrecision(12, 2);
        b.HasIndex(p => p.Code).IsUnique();
    }
}

internal sealed class MonthlySaleConfiguration : IEntityTypeConfiguration<MonthlySale>
{
    public void Configure(EntityTypeBuilder<MonthlySale> b)
    {
        // Month first: imports replace whole months, and most reports read a range of months.
        b.HasKey(s => new { s.Month, s.StoreId, s.ProductId });
        b.Property(s => s.Amount).HasPrecision(14, 2);
        b.HasIndex(s => new { s.StoreId, s.Month });
        b.HasOne<Store>().WithMany().HasForeignKey(s => s.StoreId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Product>().WithMany().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
