using GroupCrm.Core.Allocation.Rounds;

namespace GroupCrm.Web.Pages.Allocations;

/// <summary>What a round's state means for the people who look at it.</summary>
public static class RoundStates
{
    /// <summary>Why a round that is not a draft cannot be changed: Core's own words.</summary>
    public static string WhyLocked(RoundState state) => state switch
    {
        RoundState.Submitted => RoundMessages.Submitted,
        RoundState.Approved => RoundMessages.Immutable,
        RoundState.Superseded => RoundMessages.SupersededImmutable,
        _ => RoundMessages.NotDraft,
    };

    /// <summary>Bootstrap's colour for the state badge; the word always says it too.</summary>
    public static string Colour(RoundState state) => state switch
    {
        RoundState.Draft => "text-bg-light border",
        RoundState.Submitted => "text-bg-info",
        RoundState.Approved => "text-bg-success",
        _ => "text-bg-secondary",
    };
}
