using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Onboarding.Workflow;

/// <summary>
/// Moves accounts through the onboarding state machine (<see cref="WorkflowSteps"/>). The rules are
/// enforced here, not by hiding buttons: every step checks visibility, the current state, who is asking,
/// the gates and the note, and then writes the new state and its timeline row together.
/// </summary>
public sealed class OnboardingWorkflow(CrmDbContext db, TimeProvider clock, OrganisationCalendar calendar)
{
    /// <summary>The steps this viewer may offer on this account now (gates are checked when a step is taken).</summary>
    public IReadOnlyList<WorkflowStep> AllowedActions(Viewer viewer, AccountScope account) =>
        [.. WorkflowSteps.From(account.State).Where(s => s.Actors.Includes(viewer, account))];

    /// <param name="expectedVersion">The account's <see cref="GroupAccount.Version"/> the viewer's page was built from.</param>
    public async Task<WorkflowResult> TransitionAsync(
        Viewer viewer, int accountId, AccountState toState, string? note, uint expectedVersion, CancellationToken ct = default)
    {
        var account = await db.Accounts.VisibleTo(viewer).SingleOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is null) return WorkflowResult.NotFound;
        // A stale page may show buttons for a state the account has left: say so rather than judge the old click.
        if (account.Version != expectedVersion) return Refuse(WorkflowResult.Conflict);

        var scope = new AccountScope(account.Id, account.Name, account.DistrictId, account.AccountManagerId, account.State);
        var step = WorkflowSteps.Find(account.State, toState);
        if (step is null) return Refuse(WorkflowResult.Refused("", WorkflowSteps.WrongStateMessage(toState), account.State));
        if (!step.Actors.Includes(viewer, scope)) return Refuse(WorkflowResult.Forbidden(step.OnlyMessage));

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (step.ReasonRequired && note is null)
            return Refuse(WorkflowResult.Refused("Note", "Enter a reason: this step needs one."));
        if (note?.Length > WorkflowSteps.MaxNoteLength)
            return Refuse(WorkflowResult.Refused("Note", "The note can be at most 1000 characters."));
        var gateErrors = await WorkflowGateCheck.CheckAsync(db, account.Id, step.Gates, calendar.Today, ct);
        if (gateErrors.Count > 0) return Refuse(WorkflowResult.Refused(gateErrors));

        account.State = toState;
        db.AccountTransitions.Add(new AccountTransition
        {
            AccountId = account.Id, FromState = step.From, ToState = toState, ByUserId = viewer.UserId, At = clock.GetUtcNow(), Note = note,
        });
        try
        {
            // One SaveChanges: the state and its timeline row are written together, guarded by the row version (xmin).
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refuse(WorkflowResult.Conflict);
        }
        return WorkflowResult.Done(account.Id);
    }

    // Nothing of a refused step may linger in the context for a later SaveChanges.
    private WorkflowResult Refuse(WorkflowResult result)
    {
        db.ChangeTracker.Clear();
        return result;
    }
}
