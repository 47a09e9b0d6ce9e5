namespace GroupCrm.Core.Onboarding.Documents;

/// <summary>
/// One reason a document step was refused. <see cref="Message"/> is English text that is also the
/// localization key; <see cref="Field"/> names the input it is about (DocumentTypeId, Number,
/// IssuedOn, ExpiresOn, File, Reason) or is empty for the form as a whole.
/// </summary>
public sealed record DocumentError(string Field, string Message, params object[] Arguments);

/// <summary>The outcome of a document step: done, refused with reasons, or a 404/403 for the page to return.</summary>
public sealed class DocumentResult
{
    private DocumentResult(int documentId, bool notFound, bool forbidden, IReadOnlyList<DocumentError> errors) =>
        (DocumentId, NotFound, Forbidden, Errors) = (documentId, notFound, forbidden, errors);

    public int DocumentId { get; }
    public bool NotFound { get; }
    public bool Forbidden { get; }
    public IReadOnlyList<DocumentError> Errors { get; }
    public bool Succeeded => !NotFound && !Forbidden && Errors.Count == 0;

    public static DocumentResult Done(int documentId) => new(documentId, false, false, []);

    public static DocumentResult Refused(IEnumerable<DocumentError> errors) => new(0, false, false, [.. errors]);

    public static DocumentResult Refused(string field, string message, params object[] arguments) =>
        Refused([new DocumentError(field, message, arguments)]);

    public static readonly DocumentResult NoSuchDocument = new(0, true, false, []);

    public static readonly DocumentResult NotAllowed = new(0, false, true, []);
}
