using System.Globalization;

namespace GroupCrm.Core.Allocation.Engine;

/// <summary>
/// Names recipients in an error message. A round can have thousands of lines, so the message lists the
/// first few and counts the rest; <see cref="AllocationError.RecipientIds"/> keeps them all.
/// </summary>
internal static class RecipientList
{
    private const int Shown = 10;

    public static string Describe<T>(IReadOnlyList<T> recipients, Func<T, string> describe)
    {
        var shown = string.Join(", ", recipients.Take(Shown).Select(describe));
        return recipients.Count <= Shown ? shown : $"{shown} and {recipients.Count - Shown} more";
    }

    public static string Describe(IReadOnlyList<int> ids) => Describe(ids, id => Number(id));

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
