using GroupCrm.Core.Letters.Templates;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GroupCrm.Core.Letters;

internal sealed class SalesLetterConfiguration : IEntityTypeConfiguration<SalesLetter>
{
    public const int MaxNoteLength = 4000;
    public const int MaxSuggestionsLength = 4000;
    public const int MaxReasonLength = 1000;

    public void Configure(EntityTypeBuilder<SalesLetter> b)
    {
        b.ToTable("sales_letters", t =>
        {
            t.HasCheckConstraint("ck_sales_letters_first_of_month", "extract(day from month) = 1");
            t.HasCheckConstraint("ck_sales_letters_language", "language IN ('zh-Hans', 'en')");
            t.HasCheckConstraint("ck_sales_letters_approved", "state <> 'Approved' OR (approved_at IS NOT NULL AND subject IS NOT NULL AND text_body IS NOT NULL)");
        });
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Language).HasMaxLength(10);
        b.Property(x => x.Snapshot).HasColumnType("jsonb");
        b.Property(x => x.PersonalNote).HasMaxLength(MaxNoteLength);
        b.Property(x => x.Suggestions).HasMaxLength(MaxSuggestionsLength);
        b.Property(x => x.SentBackReason).HasMaxLength(MaxReasonLength);
        b.Property(x => x.Subject).HasMaxLength(LetterTemplateConfiguration.MaxSubjectLength);
        b.Property(x => x.Version).IsRowVersion();
        // One letter per account and month, ever: re-runs, concurrent runs and crashes cannot make a second.
        b.HasIndex(x => new { x.AccountId, x.Month }).IsUnique();
        b.HasIndex(x => new { x.Month, x.State });
        b.HasIndex(x => x.OutgoingMessageId).IsUnique();
        b.HasOne<GroupAccount>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LetterTemplate>().WithMany().HasForeignKey(x => x.TemplateId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OutgoingMessage>().WithMany().HasForeignKey(x => x.OutgoingMessageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(x => x.ApprovedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CrmUser>().WithMany().HasForeignKey(x => x.SentBackById).OnDelete(DeleteBehavior.Restrict);
    }
}
