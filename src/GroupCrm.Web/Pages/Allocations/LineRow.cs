using GroupCrm.Core.Allocation.Rounds;

namespace GroupCrm.Web.Pages.Allocations;

/// <summary>One account line as the preview's partials draw it, with the page it belongs to.</summary>
public sealed record LineRow(DetailsModel Page, RoundLineView Line)
{
    public RoundView Round => Page.Round;
    public string Anchor => DetailsModel.Anchor(Line.AccountId);
    public bool Failed => Page.FailedAccountId == Line.AccountId;

    /// <summary>What one of the line's forms shows: what was typed when that form was refused, else the line as it stands.</summary>
    public LineForm FormFor(string form) => Failed && Page.Failed is { } failed && failed.Form == form ? failed.Posted : new()
    {
        AccountId = Line.AccountId, Packs = RoundText.Field(Line.FinalPacks), Reason = Line.OverrideReason,
        MinimumPacks = RoundText.Field(Line.MinimumPacks), MaximumPacks = RoundText.Field(Line.MaximumPacks),
    };
}
