using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GroupCrm.Core.Onboarding;

internal sealed class AccountTransitionConfiguration : IEntityTypeConfiguration<AccountTransition>
{
    public void Configure(EntityTypeBuilder<AccountTransition> b)
    {
        b.Property(t => t.FromState).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.ToState).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.Note).HasMaxLength(1000);
        b.HasIndex(t => new { t.AccountId, t.At });
        b.HasOne<GroupAccount>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation.CrmUser>().WithMany().HasForeignKey(t => t.ByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SiteSurveyConfiguration : IEntityTypeConfiguration<SiteSurvey>
{
    public void Configure(EntityTypeBuilder<SiteSurvey> b)
    {
        b.Property(s => s.Notes).HasMaxLength(2000);
        b.HasIndex(s => s.AccountId);
        b.ToTable(t =>
        {
            foreach (var column in new[] { "location_score", "environment_score", "appearance_score", "sales_scale_score", "management_score" })
                t.HasCheckConstraint($"ck_site_surveys_{column}", $"{column} BETWEEN 1 AND 5");
        });
        b.HasOne<GroupAccount>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation.CrmUser>().WithMany().HasForeignKey(s => s.SurveyedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentTypeConfiguration : IEntityTypeConfiguration<DocumentType>
{
    public void Configure(EntityTypeBuilder<DocumentType> b)
    {
        b.ToTable("document_types");
        b.Property(t => t.Code).HasMaxLength(30);
        b.Property(t => t.Name).HasMaxLength(60);
        b.Property(t => t.NameEn).HasMaxLength(100);
        b.HasIndex(t => t.Code).IsUnique();
    }
}

internal sealed class AccountDocumentConfiguration : IEntityTypeConfiguration<AccountDocument>
{
    public void Configure(EntityTypeBuilder<AccountDocument> b)
    {
        b.Property(d => d.Number).HasMaxLength(60);
        b.Property(d => d.FileName).HasMaxLength(200);
        b.Property(d => d.ContentType).HasMaxLength(50);
        b.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        b.Property(d => d.Verdict).HasConversion<string>().HasMaxLength(10);
        b.Property(d => d.VerdictReason).HasMaxLength(500);
        b.HasIndex(d => new { d.AccountId, d.DocumentTypeId, d.Version }).IsUnique();
        b.HasIndex(d => d.ExpiresOn);
        b.HasOne(d => d.DocumentType).WithMany().HasForeignKey(d => d.DocumentTypeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<GroupAccount>().WithMany().HasForeignKey(d => d.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(d => d.FileId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation.CrmUser>().WithMany().HasForeignKey(d => d.UploadedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation.CrmUser>().WithMany().HasForeignKey(d => d.ReviewedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b) => b.Property(f => f.Id).ValueGeneratedNever();
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.Kind).HasMaxLength(40);
        b.Property(n => n.Text).HasMaxLength(500);
        b.HasIndex(n => new { n.UserId, n.Kind, n.SubjectId }).IsUnique();
        b.HasOne<Organisation.CrmUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
