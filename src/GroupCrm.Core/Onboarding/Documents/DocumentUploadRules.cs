namespace GroupCrm.Core.Onboarding.Documents;

/// <summary>The checks of an upload's form fields; each refusal names its field.</summary>
internal static class DocumentUploadRules
{
    public static List<DocumentError> Check(DocumentType? type, string number, DateOnly? issuedOn, DateOnly? expiresOn, DateOnly today)
    {
        var errors = new List<DocumentError>();
        void Refuse(string field, string message, params object[] arguments) => errors.Add(new DocumentError(field, message, arguments));

        if (type is null) Refuse("DocumentTypeId", "Choose a document type.");
        if (number.Length == 0) Refuse("Number", "Enter the document number.");
        else if (number.Length > DocumentRules.MaxNumberLength) Refuse("Number", "The document number can be at most 60 characters.");
        else if (number.Any(char.IsControl)) Refuse("Number", "The document number contains characters that are not allowed.");

        if (issuedOn is null) Refuse("IssuedOn", "Enter the date of issue.");
        else if (issuedOn < DocumentRules.EarliestDate) Refuse("IssuedOn", "The date of issue cannot be before 1950.");
        else if (issuedOn > today) Refuse("IssuedOn", "The date of issue cannot be in the future.");

        // An expiry is compared with the issue date only when that date is itself sound: one mistake, one message.
        var issueSound = errors.All(e => e.Field != "IssuedOn");
        if (type is null) return errors;
        if (!type.Expires)
        {
            // Rejected rather than dropped: a date typed into the wrong form should not vanish unnoticed.
            if (expiresOn is not null) Refuse("ExpiresOn", "This type of document does not expire; leave the expiry date empty.");
        }
        else if (expiresOn is null) Refuse("ExpiresOn", "This type of document expires; enter its expiry date.");
        else if (expiresOn > DocumentRules.LatestExpiry) Refuse("ExpiresOn", "The expiry date cannot be after 2099.");
        else if (issueSound && expiresOn <= issuedOn) Refuse("ExpiresOn", "The expiry date must be after the date of issue.");
        else if (expiresOn < today) Refuse("ExpiresOn", "This document has already expired; upload the current one.");
        return errors;
    }
}
