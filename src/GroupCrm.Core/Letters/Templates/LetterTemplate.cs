namespace GroupCrm.Core.Letters.Templates;

/// <summary>
/// One version of the letter template of one language: subject, HTML body and text body, in Handlebars.
/// Versions are never changed: saving makes the next number, and the highest number is the one in use.
/// A letter keeps the id of the version it was drafted with. Version 1 of each language is the default
/// that ships with the app (no author).
/// </summary>
public sealed class LetterTemplate
{
    public int Id { get; set; }

    /// <summary>"en" or "zh-Hans".</summary>
    public required string Language { get; set; }

    /// <summary>1, 2, 3… per language.</summary>
    public int Number { get; set; }

    public required string Subject { get; set; }
    public required string HtmlBody { get; set; }
    public required string TextBody { get; set; }

    /// <summary>Null for a default that shipped with the app.</summary>
    public int? CreatedById { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
