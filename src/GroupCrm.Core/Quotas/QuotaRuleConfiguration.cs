using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GroupCrm.Core.Quotas;

internal sealed class QuotaRuleConfiguration : IEntityTypeConfiguration<QuotaRule>
{
    public void Configure(EntityTypeBuilder<QuotaRule> b)
    {
        b.Property(r => r.Rule).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(r => new { r.Rule, r.EffectiveFrom }).IsUnique();
        b.ToTable(t =>
        {
            t.HasCheckConstraint("ck_quota_rules_first_of_month", "extract(day from effective_from) = 1");
            t.HasCheckConstraint("ck_quota_rules_required", "required >= 0");
            t.HasCheckConstraint("ck_quota_rules_stores_per_outing", "(rule = 'Outings') = (stores_per_outing IS NOT NULL) AND coalesce(stores_per_outing, 1) >= 1");
        });
        b.HasOne<CrmUser>().WithMany().HasForeignKey(r => r.ChangedById).OnDelete(DeleteBehavior.Restrict);
    }
}
