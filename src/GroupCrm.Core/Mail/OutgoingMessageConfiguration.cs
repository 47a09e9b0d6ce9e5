using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GroupCrm.Core.Mail;

internal sealed class OutgoingMessageConfiguration : IEntityTypeConfiguration<OutgoingMessage>
{
    public void Configure(EntityTypeBuilder<OutgoingMessage> b)
    {
        b.Property(m => m.Version).IsRowVersion();
        b.Property(m => m.MessageId).HasMaxLength(250);
        b.Property(m => m.Kind).HasMaxLength(40);
        b.Property(m => m.SubjectKey).HasMaxLength(100);
        b.Property(m => m.FromAddress).HasMaxLength(320);
        b.Property(m => m.Subject).HasMaxLength(1000);
        b.Property(m => m.State).HasConversion<string>().HasMaxLength(10);
        b.Property(m => m.LastError).HasMaxLength(2000);
        b.Property(m => m.ClaimedBy).HasMaxLength(100);
        // Queueing the same thing twice is a no-op (INSERT … ON CONFLICT on this index).
        b.HasIndex(m => new { m.Kind, m.SubjectKey }).IsUnique();
        // The delivery's "what is due" query.
        b.HasIndex(m => new { m.State, m.NextAttemptAt });
    }
}
