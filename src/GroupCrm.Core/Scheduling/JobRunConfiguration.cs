using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GroupCrm.Core.Scheduling;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> b)
    {
        b.Property(x => x.JobName).HasMaxLength(100);
        b.Property(x => x.FireInstanceId).HasMaxLength(200);
        b.Property(x => x.Instance).HasMaxLength(200);
        b.Property(x => x.StartedBy).HasMaxLength(100);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Summary).HasMaxLength(1000);
        b.Property(x => x.Error).HasMaxLength(4000);
        b.HasIndex(x => x.FireInstanceId).IsUnique();
        b.HasIndex(x => new { x.JobName, x.StartedAt });
    }
}
