using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GroupCrm.Core.Sales;

internal sealed class PriceChangeConfiguration : IEntityTypeConfiguration<PriceChange>
{
    public void Configure(EntityTypeBuilder<PriceChange> b)
    {
        b.Property(p => p.OldPrice).HasPrecision(12, 2);
        b.Property(p => p.NewPrice).HasPrecision(12, 2);
        b.HasIndex(p => new { p.ProductId, p.EffectiveOn });
        b.HasIndex(p => p.EffectiveOn);
        b.HasOne<Product>().WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(p => p.ChangedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SalesImportConfiguration : IEntityTypeConfiguration<SalesImport>
{
    public void Configure(EntityTypeBuilder<SalesImport> b)
    {
        b.Property(i => i.FileName).HasMaxLength(200);
        b.Property(i => i.State).HasConversion<string>().HasMaxLength(12);
        b.HasIndex(i => i.ImportedAt);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(i => i.ImportedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(i => i.RolledBackById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SalesImportCellConfiguration : IEntityTypeConfiguration<SalesImportCell>
{
    public void Configure(EntityTypeBuilder<SalesImportCell> b)
    {
        b.HasKey(c => new { c.ImportId, c.Month, c.StoreId });
        // "Which later import touched these cells?" is asked before every rollback.
        b.HasIndex(c => new { c.Month, c.StoreId });
        b.HasOne<SalesImport>().WithMany().HasForeignKey(c => c.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SalesImportBackupConfiguration : IEntityTypeConfiguration<SalesImportBackup>
{
    public void Configure(EntityTypeBuilder<SalesImportBackup> b)
    {
        b.HasKey(r => new { r.ImportId, r.Month, r.StoreId, r.ProductId });
        b.Property(r => r.Amount).HasPrecision(14, 2);
        b.HasOne<SalesImport>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SalesTargetConfiguration : IEntityTypeConfiguration<SalesTarget>
{
    public void Configure(EntityTypeBuilder<SalesTarget> b)
    {
        b.Property(t => t.Version).IsRowVersion();
        // One total target and one per product per account and month; NULLS NOT DISTINCT makes the total unique too.
        b.HasIndex(t => new { t.AccountId, t.Month, t.ProductId }).IsUnique().AreNullsDistinct(false);
        b.HasIndex(t => t.Month);
        b.HasOne<GroupAccount>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Product>().WithMany().HasForeignKey(t => t.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(t => t.SetById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DemandForecastConfiguration : IEntityTypeConfiguration<DemandForecast>
{
    public void Configure(EntityTypeBuilder<DemandForecast> b)
    {
        b.Property(f => f.Version).IsRowVersion();
        b.HasIndex(f => new { f.AccountId, f.ProductId, f.Month }).IsUnique();
        b.HasIndex(f => f.Month);
        b.HasOne<GroupAccount>().WithMany().HasForeignKey(f => f.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Product>().WithMany().HasForeignKey(f => f.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(f => f.EnteredById).OnDelete(DeleteBehavior.Restrict);
    }
}
