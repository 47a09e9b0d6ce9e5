namespace GroupCrm.Core.Allocation.Rounds;

/// <summary>
/// The refusals of round writes. Each is English text that is also the localization key; {0}… are filled from the
/// error's arguments. Kept together so the pages and the tests name the same text.
/// </summary>
public static class RoundMessages
{
    public const string AvailableNotPositive = "The available quantity must be more than 0 units.";
    public const string AvailableTooLarge = "The available quantity can be at most 1,000,000,000 units.";
    public const string PackSizeNotPositive = "The pack size must be at least 1 unit.";
    public const string ReserveNegative = "The reserve cannot be negative.";
    public const string ReserveNotBelowAvailable = "The reserve must be less than the available quantity.";
    public const string NoWholePack = "After the reserve, {0} units are left: not one whole pack of {1} units.";
    public const string BasisMonthsOutOfRange = "Recent sales are measured over 1 to 24 months.";
    public const string UnknownBasis = "Choose a basis: recent sales, planned volume or equal shares.";
    public const string MinimumNegative = "The minimum cannot be negative.";
    public const string MaximumNegative = "The maximum cannot be negative.";
    public const string MaximumBelowMinimum = "The maximum cannot be below the minimum.";
    public const string NoSuchProduct = "There is no such product.";
    public const string ProductInactive = "{0} is no longer sold.";
    public const string ProductNotScarce = "{0} is not a scarce product.";
    public const string NoSuchDistrict = "There is no such district.";
    public const string MonthClosed = "{0} is closed: a round is for the current month or a later one.";
    public const string MonthTooFar = "A round can be planned at most 12 months ahead (until {0}).";
    public const string NoEligibleAccounts = "The district has no active account to allocate to.";

    // The engine's infeasible cases, with the accounts named.
    public const string MinimumsAbovePacks = "The minimums of {0} add up to {1} packs, more than the {2} packs available.";
    public const string NoRecentSales = "None of the accounts sold this product in the {0} months before the round's month ({1}), so nothing says how to share the packs. Choose another basis, such as planned volume or equal shares.";
    public const string NoPlannedVolume = "None of the accounts has a planned monthly volume ({0}), so nothing says how to share the packs. Choose another basis, such as recent sales or equal shares.";
    public const string MaximumsBelowMinimums = "The maximum is below the minimum for {0}.";
    public const string BasisTooLarge = "The accounts' bases are too large to compute with; choose another basis.";

    public const string AccountNotInRound = "This account is not in the round: only the district's active accounts are.";
    public const string ReasonLength = "Give the reason for the override (3 to 500 characters).";
    public const string PacksNegative = "The packs cannot be negative.";
    public const string OverrideBelowMinimum = "{0} packs is below this account's minimum of {1}; change its minimum first.";
    public const string OverrideAboveMaximum = "{0} packs is above this account's maximum of {1}; change its maximum first.";
    public const string OverridesAbovePacks = "The overrides add up to {0} packs, more than the {1} packs this round hands out.";
    public const string AllOverriddenMismatch = "Every line is overridden and they add up to {0} packs, not the {1} packs this round hands out.";
    public const string RestAtMaximum = "The other accounts cannot take {0} packs: they are all held at their maximum. Lower the override or raise their maximums.";
    public const string RestMinimumsAbovePacks = "After the overrides, {0} packs remain, fewer than the minimums of {1} ({2} packs).";
    public const string RestNoBasis = "After the overrides, {0} packs remain for accounts with a basis of 0 ({1}), so nothing says how to share them. Override them too, or choose another basis.";
    public const string OverrideOutsideCaps = "The override of {0} packs for {1} is outside its minimum and maximum; remove the override or change the caps.";
    public const string NotOverridden = "This line has no override to remove.";
    public const string CapsBreakOverride = "The override of {0} packs would be outside these caps; remove the override first.";

    public const string NotDraft = "Only a draft round can be changed.";
    public const string Submitted = "This round is submitted: nothing can change until MarketingCenter approves it or sends it back.";
    public const string Immutable = "This round is approved and can no longer be changed; a correction is a new revision.";
    public const string SupersededImmutable = "This round has been superseded by a later revision and can no longer be changed.";
    public const string NotSubmitted = "Only a submitted round can be approved or sent back.";
    public const string NoteRequired = "Say why the round is sent back (up to 1,000 characters).";
    public const string AccountNoLongerActive = "{0} is no longer active: send the round back so that it is computed again.";
    public const string AccountNoLongerActiveInDraft = "{0} is no longer active: save the round again so that it is computed without it.";
    public const string OnlyApprovedRevised = "Only an approved round in force can be corrected by a revision.";
    public const string AlreadyRevised = "This round already has a revision: round {0}.";
    public const string RevisedMeanwhile = "Someone else has just revised this round. Reload the page to see the revision.";
    public const string RevisionMonthClosed = "{0} is closed: its round can no longer be corrected.";
}
