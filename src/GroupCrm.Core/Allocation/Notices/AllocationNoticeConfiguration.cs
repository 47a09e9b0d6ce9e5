using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GroupCrm.Core.Allocation.Notices;

internal sealed class AllocationNoticeConfiguration : IEntityTypeConfiguration<AllocationNotice>
{
    public void Configure(EntityTypeBuilder<AllocationNotice> b)
    {
        b.Property(n => n.Language).HasMaxLength(10);
        b.Property(n => n.AcknowledgedByName).HasMaxLength(100);
        b.Property(n => n.HandedOverTo).HasMaxLength(100);
        b.Property(n => n.Version).IsRowVersion();
        // One HQ notice per account and one notice per store, per round.
        b.HasIndex(n => new { n.RoundId, n.AccountId }).IsUnique().HasFilter("store_id IS NULL");
        b.HasIndex(n => new { n.RoundId, n.StoreId }).IsUnique().HasFilter("store_id IS NOT NULL");
        b.HasIndex(n => new { n.AccountId, n.StoreId });
        b.HasIndex(n => n.StoreId);
        b.HasOne<AllocationRound>().WithMany().HasForeignKey(n => n.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<GroupAccount>().WithMany().HasForeignKey(n => n.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Store>().WithMany().HasForeignKey(n => n.StoreId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BuyerContact>().WithMany().HasForeignKey(n => n.AcknowledgedByContactId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Visit>().WithMany().HasForeignKey(n => n.HandedOverVisitId).OnDelete(DeleteBehavior.Restrict);
    }
}
