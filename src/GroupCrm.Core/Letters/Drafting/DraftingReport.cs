using System.Globalization;

namespace GroupCrm.Core.Letters.Drafting;

/// <summary>
/// What a drafting run of a month did: of the active accounts' letters, how many it created, how many drafts
/// (or sent-back letters) it regenerated, and how many it left alone because they were already approved.
/// </summary>
public sealed record DraftingReport(DateOnly Month, int Accounts, int Created, int Regenerated, int Approved)
{
    /// <summary>For the job's result and its log, e.g. "60 letters for 2026-10: 58 drafted, 0 regenerated, 2 already approved".</summary>
    public string Summary => string.Format(CultureInfo.InvariantCulture,
        "{0} {1} for {2}: {3} drafted, {4} regenerated, {5} already approved",
        Accounts, Accounts == 1 ? "letter" : "letters", LetterMonths.Format(Month), Created, Regenerated, Approved);
}
