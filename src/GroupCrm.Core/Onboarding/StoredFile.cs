namespace GroupCrm.Core.Onboarding;

/// <summary>
/// The bytes of an uploaded file, under a generated id, kept in PostgreSQL: backed up and
/// transactional with the record that points at it, and never reachable under wwwroot.
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset StoredAt { get; set; }
}
