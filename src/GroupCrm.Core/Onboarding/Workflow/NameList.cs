namespace GroupCrm.Core.Onboarding.Workflow;

/// <summary>
/// Reference-data names (Chinese and English) for a message argument, e.g. the missing document types.
/// Reads as the English names; a page showing the message in Chinese uses <see cref="Chinese"/>.
/// </summary>
public sealed record NameList(IReadOnlyList<(string Name, string NameEn)> Items)
{
    public string English => string.Join(", ", Items.Select(i => i.NameEn));

    public string Chinese => string.Join("、", Items.Select(i => i.Name));

    public override string ToString() => English;
}
