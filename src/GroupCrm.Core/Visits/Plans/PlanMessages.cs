namespace GroupCrm.Core.Visits.Plans;

/// <summary>
/// Every refusal the plan services give. The English text is also the localization key, so the pages
/// translate them as they come; the list lets a test check that each has its Chinese.
/// </summary>
public static class PlanMessages
{
    public const string NotAPeriodStart = "{0} is not the first day of a plan period. Periods run for two weeks from a Monday; the next one starts on {1}.";
    public const string AlreadyStarted = "This period has already started: plans are made before it begins.";
    public const string TooFarAhead = "Plans are made at most a year ahead.";
    public const string OnlyAccountManagers = "Visit plans are made by account managers.";
    public const string SubmittedUseRevise = "This period's plan has been submitted. Revise it to make changes.";
    public const string Locked = "This plan has been submitted and is locked. Revise it to make changes.";
    public const string NotLatestRevision = "Only the latest submitted revision of a plan can be revised.";
    public const string RevisionInDraft = "A revision of this plan is already being drafted.";
    public const string DayOutsidePeriod = "Choose a day inside the plan's period ({0} to {1}).";
    public const string NotYourAccount = "Choose one of your own accounts.";
    public const string StoreOfOtherAccount = "This store does not belong to the chosen account.";
    public const string StoreInactive = "This store is inactive: plan visits to active stores only.";
    public const string AlreadyPlanned = "This visit is already planned for that day.";
    public const string TooManyVisits = "A plan holds at most {0} visits.";
    public const string NoSuchPlannedVisit = "This planned visit is no longer in the plan.";
    public const string EmptyPlan = "Add at least one planned visit before submitting the plan.";
    public const string NoLongerPossible = "Some planned visits are no longer possible (an inactive store, or an account that is no longer yours): remove them before submitting.";

    public static readonly IReadOnlyList<string> All =
    [
        NotAPeriodStart, AlreadyStarted, TooFarAhead, OnlyAccountManagers, SubmittedUseRevise, Locked, NotLatestRevision,
        RevisionInDraft, DayOutsidePeriod, NotYourAccount, StoreOfOtherAccount, StoreInactive, AlreadyPlanned, TooManyVisits,
        NoSuchPlannedVisit, EmptyPlan, NoLongerPossible, VisitAccess.NotVisitableMessage,
        Onboarding.Records.RecordResult.ConflictMessage,
    ];
}
