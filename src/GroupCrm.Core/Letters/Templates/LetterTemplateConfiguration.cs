using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GroupCrm.Core.Letters.Templates;

internal sealed class LetterTemplateConfiguration : IEntityTypeConfiguration<LetterTemplate>
{
    public const int MaxSubjectLength = 2000;
    public const int MaxBodyLength = 100_000;

    public void Configure(EntityTypeBuilder<LetterTemplate> b)
    {
        b.ToTable("letter_templates", t =>
        {
            t.HasCheckConstraint("ck_letter_templates_language", "language IN ('zh-Hans', 'en')");
            t.HasCheckConstraint("ck_letter_templates_number", "number >= 1");
        });
        b.Property(x => x.Language).HasMaxLength(10);
        b.Property(x => x.Subject).HasMaxLength(MaxSubjectLength);
        b.Property(x => x.HtmlBody).HasMaxLength(MaxBodyLength);
        b.Property(x => x.TextBody).HasMaxLength(MaxBodyLength);
        // Two administrators saving at once cannot both make version n + 1.
        b.HasIndex(x => new { x.Language, x.Number }).IsUnique();
        b.HasOne<CrmUser>().WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}
