namespace GroupCrm.Web.Pages.Visits.Plans;

/// <summary>What the plan page says after a change (keys of the resource file, like Core's <c>PlanMessages</c>).</summary>
public static class PlanPageMessages
{
    public const string BadPeriod = "The period must be the first day of a plan period, written as yyyy-MM-dd; the next one starts on {0}.";
    public const string BadAdd = "Choose a day of the period and the HQ or a store of one of your accounts.";
    public const string Started = "A draft plan was started for this period.";
    public const string Added = "The visit was added to the plan.";
    public const string Removed = "The visit was removed from the plan.";
    public const string Submitted = "The plan was submitted and is now locked.";
    public const string Revised = "A new revision was started as a draft from the submitted plan.";
    public const string Discarded = "The draft was discarded.";

    public static readonly IReadOnlyList<string> All = [BadPeriod, BadAdd, Started, Added, Removed, Submitted, Revised, Discarded];
}
