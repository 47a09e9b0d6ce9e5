namespace GroupCrm.Core.Onboarding.Workflow;

/// <summary>
/// One reason a workflow step was refused. <see cref="Message"/> is English text that is also the
/// localization key; <see cref="Arguments"/> fill its placeholders (states and <see cref="NameList"/>s
/// are translated by the page that shows them). <see cref="Field"/> names the input it is about, or is empty.
/// </summary>
public sealed record WorkflowError(string Field, string Message, params object[] Arguments);

public enum WorkflowOutcome
{
    Done,
    /// <summary>The account does not exist or the viewer may not see it: report it as not found.</summary>
    NotFound,
    /// <summary>The viewer sees the account but their role or person may not take this step.</summary>
    Forbidden,
    /// <summary>The step is not possible now (state, gate, input); nothing was written.</summary>
    Refused,
    /// <summary>Someone else changed the account since the viewer loaded it; nothing was written.</summary>
    Conflict,
}

/// <summary>The outcome of a workflow step: done (with the id of the record it is about), or refused and nothing changed.</summary>
public sealed class WorkflowResult
{
    public const string ConflictMessage = "Someone else changed this record in the meantime. Reload the page and try again.";

    private WorkflowResult(WorkflowOutcome outcome, int id, IReadOnlyList<WorkflowError> errors) =>
        (Outcome, Id, Errors) = (outcome, id, errors);

    public WorkflowOutcome Outcome { get; }
    public int Id { get; }
    public IReadOnlyList<WorkflowError> Errors { get; }
    public bool Succeeded => Outcome == WorkflowOutcome.Done;

    public static WorkflowResult Done(int id) => new(WorkflowOutcome.Done, id, []);

    public static readonly WorkflowResult NotFound =
        new(WorkflowOutcome.NotFound, 0, [new WorkflowError("", "There is no such account.")]);

    public static readonly WorkflowResult Conflict =
        new(WorkflowOutcome.Conflict, 0, [new WorkflowError("", ConflictMessage)]);

    public static WorkflowResult Forbidden(string message, params object[] arguments) =>
        new(WorkflowOutcome.Forbidden, 0, [new WorkflowError("", message, arguments)]);

    public static WorkflowResult Refused(IEnumerable<WorkflowError> errors) => new(WorkflowOutcome.Refused, 0, [.. errors]);

    public static WorkflowResult Refused(string field, string message, params object[] arguments) =>
        Refused([new WorkflowError(field, message, arguments)]);
}
