using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GroupCrm.Core.Allocation.Rounds;

internal sealed class AllocationRoundConfiguration : IEntityTypeConfiguration<AllocationRound>
{
    public void Configure(EntityTypeBuilder<AllocationRound> b)
    {
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(12);
        b.Property(r => r.Basis).HasConversion<string>().HasMaxLength(15);
        b.Property(r => r.ReturnNote).HasMaxLength(1000);
        b.Property(r => r.Version).IsRowVersion();
        b.HasIndex(r => new { r.DistrictId, r.Month });
        b.HasIndex(r => new { r.ProductId, r.Month });
        // A round is corrected by one revision at most.
        b.HasIndex(r => r.SupersedesId).IsUnique();
        b.ToTable(t =>
        {
            t.HasCheckConstraint("ck_allocation_rounds_first_of_month", "extract(day from month) = 1");
            t.HasCheckConstraint("ck_allocation_rounds_quantities",
                "available_units > 0 AND pack_size > 0 AND reserve_units >= 0 AND basis_months BETWEEN 1 AND 24");
            t.HasCheckConstraint("ck_allocation_rounds_caps",
                "coalesce(minimum_packs, 0) >= 0 AND coalesce(maximum_packs, 0) >= 0 AND coalesce(maximum_packs, minimum_packs, 0) >= coalesce(minimum_packs, 0)");
        });
        b.HasOne<District>().WithMany().HasForeignKey(r => r.DistrictId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AllocationRound>().WithMany().HasForeignKey(r => r.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(r => r.CreatedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(r => r.SubmittedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(r => r.ApprovedById).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoundLineConfiguration : IEntityTypeConfiguration<RoundLine>
{
    public void Configure(EntityTypeBuilder<RoundLine> b)
    {
        b.ToTable("allocation_round_lines", t => t.HasCheckConstraint("ck_allocation_round_lines_not_negative",
            "basis >= 0 AND final_packs >= 0 AND final_units >= 0 AND engine_packs >= 0"));
        b.Property(l => l.Basis).HasPrecision(18, 3);
        b.Property(l => l.SharePercent).HasPrecision(9, 4);
        b.Property(l => l.IdealPacks).HasPrecision(18, 6);
        b.Property(l => l.Cap).HasMaxLength(10);
        b.Property(l => l.OverrideReason).HasMaxLength(500);
        b.HasIndex(l => new { l.RoundId, l.AccountId }).IsUnique();
        b.HasIndex(l => l.AccountId);
        b.HasOne<GroupAccount>().WithMany().HasForeignKey(l => l.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(l => l.OverriddenById).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(l => l.Stores).WithOne().HasForeignKey(s => s.RoundLineId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoundStoreLineConfiguration : IEntityTypeConfiguration<RoundStoreLine>
{
    public void Configure(EntityTypeBuilder<RoundStoreLine> b)
    {
        b.ToTable("allocation_round_store_lines");
        b.Property(l => l.Basis).HasPrecision(18, 3);
        b.Property(l => l.SharePercent).HasPrecision(9, 4);
        b.Property(l => l.IdealPacks).HasPrecision(18, 6);
        b.Property(l => l.Cap).HasMaxLength(10);
        b.HasIndex(l => new { l.RoundLineId, l.StoreId }).IsUnique();
        b.HasIndex(l => l.StoreId);
        b.HasOne<Store>().WithMany().HasForeignKey(l => l.StoreId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RoundEventConfiguration : IEntityTypeConfiguration<RoundEvent>
{
    public void Configure(EntityTypeBuilder<RoundEvent> b)
    {
        b.ToTable("allocation_round_events");
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Note).HasMaxLength(1000);
        b.HasIndex(e => new { e.RoundId, e.At });
        b.HasOne<AllocationRound>().WithMany().HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(e => e.ById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<GroupAccount>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
