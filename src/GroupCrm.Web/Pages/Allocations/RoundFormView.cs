using GroupCrm.Core.Allocation.Rounds;

namespace GroupCrm.Web.Pages.Allocations;

/// <summary>The round form and what it offers to choose from.</summary>
public sealed record RoundFormView(RoundForm Input, RoundFormChoices Choices)
{
    public const string Prefix = "Input";

    /// <summary>
    /// The months offered: the open ones, plus the form's own when it is no longer open (a draft of a past
    /// month still shows what it is for, and saving it says why it cannot be).
    /// </summary>
    public IReadOnlyList<string> Months
    {
        get
        {
            var open = Choices.Months.Select(RoundText.Month).ToList();
            return string.IsNullOrWhiteSpace(Input.Month) || open.Contains(Input.Month.Trim()) ? open : [Input.Month.Trim(), .. open];
        }
    }

    /// <summary>A market manager runs rounds in one district only: it is shown, not chosen.</summary>
    public bool DistrictFixed => Choices.Districts.Count == 1;
}
