namespace GroupCrm.Jobs.Runs;

/// <summary>
/// For a job that fires often and usually finds nothing to do: a run that sets no result
/// (<c>context.Result</c> null or empty) and does not fail leaves no row in the run history, so the
/// history shows the runs that did something rather than thousands that did not.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class QuietWhenIdleAttribute : Attribute;
