namespace GroupCrm.Web.Pages.Allocations;

/// <summary>
/// One line's forms on the preview: an override (packs and reason) or its own limits (minimum and maximum).
/// Numbers travel as text and are read with <see cref="WholeNumber"/>, so a mangled one gets a message of ours.
/// </summary>
public sealed class LineForm
{
    public int AccountId { get; set; }
    public string? Packs { get; set; }
    public string? Reason { get; set; }
    public string? MinimumPacks { get; set; }
    public string? MaximumPacks { get; set; }
    public uint Version { get; set; }
}

/// <summary>Which of a line's forms was sent back with errors, so the preview opens it again with what was typed.</summary>
public sealed record FailedLineForm(string Form, LineForm Posted)
{
    public const string Override = nameof(Override);
    public const string Caps = nameof(Caps);
}
