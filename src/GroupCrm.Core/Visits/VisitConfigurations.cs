using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GroupCrm.Core.Visits;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> b)
    {
        b.Property(v => v.Kind).HasConversion<string>().HasMaxLength(10);
        foreach (var text in new[] { nameof(Visit.Topics), nameof(Visit.Requests), nameof(Visit.Problems), nameof(Visit.CustomerFeedback) })
            b.Property(text).HasMaxLength(2000);
        b.Property(v => v.PhotoContentType).HasMaxLength(50);
        b.Property(v => v.NoticeAcknowledgedBy).HasMaxLength(100);
        b.HasIndex(v => new { v.VisitorId, v.VisitedOn });
        b.HasIndex(v => new { v.AccountId, v.VisitedOn });
        b.HasIndex(v => new { v.StoreId, v.VisitedOn });
        // An appointment is kept by one visit at most.
        b.HasIndex(v => v.AppointmentId).IsUnique();
        b.ToTable(t => t.HasCheckConstraint("ck_visits_store_matches_kind", "(kind = 'Store') = (store_id IS NOT NULL)"));
        b.HasOne<GroupAccount>().WithMany().HasForeignKey(v => v.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Store>().WithMany().HasForeignKey(v => v.StoreId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(v => v.VisitorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(v => v.SpotCheckOfUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<HqAppointment>().WithMany().HasForeignKey(v => v.AppointmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Visit>().WithMany().HasForeignKey(v => v.ComparedVisitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(v => v.PhotoFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(v => v.ProductChecks).WithOne().HasForeignKey(c => c.VisitId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(v => v.FollowUps).WithOne().HasForeignKey(f => f.VisitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VisitProductCheckConfiguration : IEntityTypeConfiguration<VisitProductCheck>
{
    public void Configure(EntityTypeBuilder<VisitProductCheck> b)
    {
        b.HasKey(c => new { c.VisitId, c.ProductId });
        b.Property(c => c.ShelfPrice).HasPrecision(12, 2);
        b.ToTable(t => t.HasCheckConstraint("ck_visit_product_checks_not_negative",
            "coalesce(sell_through, 0) >= 0 AND coalesce(shelf_price, 0) >= 0 AND coalesce(stock_on_hand, 0) >= 0"));
        b.HasOne<Product>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.Property(f => f.Text).HasMaxLength(500);
        b.HasIndex(f => new { f.OwnerId, f.DueOn });
        b.HasIndex(f => new { f.AccountId, f.DueOn });
        b.HasOne<GroupAccount>().WithMany().HasForeignKey(f => f.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(f => f.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(f => f.DoneById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class HqAppointmentConfiguration : IEntityTypeConfiguration<HqAppointment>
{
    public void Configure(EntityTypeBuilder<HqAppointment> b)
    {
        b.ToTable("hq_appointments");
        b.Property(a => a.Version).IsRowVersion();
        b.Property(a => a.Purpose).HasMaxLength(500);
        b.Property(a => a.State).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.CancelReason).HasMaxLength(500);
        b.HasIndex(a => new { a.AccountId, a.StartsAt });
        b.HasIndex(a => new { a.BookedById, a.StartsAt });
        b.HasOne<GroupAccount>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BuyerContact>().WithMany().HasForeignKey(a => a.BuyerContactId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(a => a.BookedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VisitPlanConfiguration : IEntityTypeConfiguration<VisitPlan>
{
    public void Configure(EntityTypeBuilder<VisitPlan> b)
    {
        b.Property(p => p.Version).IsRowVersion();
        b.Property(p => p.State).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(p => new { p.UserId, p.PeriodStart, p.Revision }).IsUnique();
        // At most one open draft per person and period.
        b.HasIndex(p => new { p.UserId, p.PeriodStart }).IsUnique().HasFilter("state = 'Draft'").HasDatabaseName("ix_visit_plans_one_draft");
        b.HasOne<CrmUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Visits).WithOne().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlannedVisitConfiguration : IEntityTypeConfiguration<PlannedVisit>
{
    public void Configure(EntityTypeBuilder<PlannedVisit> b)
    {
        b.Property(v => v.Kind).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(v => new { v.PlanId, v.Day, v.AccountId, v.StoreId }).IsUnique().AreNullsDistinct(false);
        b.ToTable(t => t.HasCheckConstraint("ck_planned_visits_store_matches_kind", "(kind = 'Store') = (store_id IS NOT NULL)"));
        b.HasOne<GroupAccount>().WithMany().HasForeignKey(v => v.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Store>().WithMany().HasForeignKey(v => v.StoreId).OnDelete(DeleteBehavior.Restrict);
    }
}
