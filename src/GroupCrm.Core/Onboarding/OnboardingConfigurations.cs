using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GroupCrm.Core.Onboarding;

internal sealed class GroupAccountConfiguration : IEntityTypeConfiguration<GroupAccount>
{
    public void Configure(EntityTypeBuilder<GroupAccount> b)
    {
        b.ToTable("group_accounts");
        b.Property(a => a.Version).IsRowVersion();
        b.Property(a => a.Name).HasMaxLength(200);
        b.Property(a => a.NameEn).HasMaxLength(200);
        b.Property(a => a.NoticeLanguage).HasMaxLength(10).HasDefaultValue("zh-Hans");
        b.ToTable(t => t.HasCheckConstraint("ck_group_accounts_notice_language", "notice_language IN ('zh-Hans', 'en')"));
        b.Property(a => a.BusinessLicenceNumber).HasMaxLength(50);
        b.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.LegalRepresentative).HasMaxLength(100);
        b.Property(a => a.HqAddress).HasMaxLength(300);
        b.Property(a => a.OrderPhone).HasMaxLength(40);
        b.Property(a => a.OrderFrequency).HasMaxLength(60);
        b.Property(a => a.BankName).HasMaxLength(100);
        b.Property(a => a.BankAccountNumber).HasMaxLength(60);
        b.Property(a => a.PlannedMonthlyVolume).HasPrecision(14, 2);
        b.HasIndex(a => a.BusinessLicenceNumber).IsUnique();
        b.HasIndex(a => new { a.DistrictId, a.State });
        b.HasIndex(a => a.AccountManagerId);
        b.HasOne(a => a.District).WithMany().HasForeignKey(a => a.DistrictId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.AccountManager).WithMany().HasForeignKey(a => a.AccountManagerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.MarketManager).WithMany().HasForeignKey(a => a.MarketManagerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.BuyerContacts).WithOne().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Stores).WithOne(s => s.Account).HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BuyerContactConfiguration : IEntityTypeConfiguration<BuyerContact>
{
    public void Configure(EntityTypeBuilder<BuyerContact> b)
    {
        b.Property(c => c.Version).IsRowVersion();
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.Email).HasMaxLength(254);
        b.Property(c => c.Phone).HasMaxLength(40);
        b.Property(c => c.Title).HasMaxLength(100);
    }
}

internal sealed class CustomerCategoryConfiguration : IEntityTypeConfiguration<CustomerCategory>
{
    public void Configure(EntityTypeBuilder<CustomerCategory> b)
    {
        b.ToTable("customer_categories");
        b.Property(c => c.Code).HasMaxLength(20);
        b.Property(c => c.Name).HasMaxLength(60);
        b.Property(c => c.NameEn).HasMaxLength(60);
        b.HasIndex(c => c.Code).IsUnique();
    }
}

internal sealed class StoreConfiguration : IEntityTypeConfiguration<Store>
{
    public void Configure(EntityTypeBuilder<Store> b)
    {
        b.Property(s => s.Version).IsRowVersion();
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.RetailLicenceNumber).HasMaxLength(50);
        b.Property(s => s.Address).HasMaxLength(300);
        b.Property(s => s.ContactName).HasMaxLength(100);
        b.Property(s => s.Phone).HasMaxLength(40);
        b.Property(s => s.EstimatedMonthlySales).HasPrecision(14, 2);
        b.HasIndex(s => s.RetailLicenceNumber).IsUnique();
        b.HasIndex(s => s.AccountId);
        b.HasOne(s => s.Category).WithMany().HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
