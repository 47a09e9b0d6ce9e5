namespace GroupCrm.Core.Onboarding.Records;

/// <summary>
/// One reason an edit of an account's records was refused. <see cref="Message"/> is English text that is
/// also the localization key; <see cref="Arguments"/> fill its placeholders. <see cref="Field"/> names the
/// input property it is about, or is empty when it is about the whole form.
/// </summary>
public sealed record RecordError(string Field, string Message, params object[] Arguments);

/// <summary>The outcome of an edit: done (with the record's id), or refused and nothing changed.</summary>
public sealed class RecordResult
{
    public const string ConflictMessage = "Someone else changed this record in the meantime. Reload the page and try again.";

    private RecordResult(int id, bool notFound, bool forbidden, IReadOnlyList<RecordError> errors) =>
        (Id, NotFound, Forbidden, Errors) = (id, notFound, forbidden, errors);

    public int Id { get; }

    /// <summary>The account (or its child record) does not exist or is not visible to the viewer: a 404.</summary>
    public bool NotFound { get; }

    /// <summary>The viewer sees the account but may not change its records: a 403.</summary>
    public bool Forbidden { get; }

    public IReadOnlyList<RecordError> Errors { get; }
    public bool Succeeded => !NotFound && !Forbidden && Errors.Count == 0;
    public bool IsConflict => Errors.Any(e => e.Message == ConflictMessage);

    public static RecordResult Done(int id) => new(id, false, false, []);
    public static RecordResult Refused(IEnumerable<RecordError> errors) => new(0, false, false, [.. errors]);
    public static RecordResult Refused(string field, string message, params object[] arguments) => Refused([new RecordError(field, message, arguments)]);
    public static RecordResult Conflict() => Refused("", ConflictMessage);
    public static readonly RecordResult NoSuchRecord = new(0, true, false, []);
    public static readonly RecordResult NotAllowed = new(0, false, true, []);
}
