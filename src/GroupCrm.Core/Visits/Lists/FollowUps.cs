using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Lists;

/// <summary>Closing follow-ups. Their owner closes them, or anyone who may visit the account (a colleague who did the job).</summary>
public sealed class FollowUps(CrmDbContext db, TimeProvider clock)
{
    public static bool CanMarkDone(Viewer viewer, int ownerId, AccountScope account) => ownerId == viewer.UserId || viewer.CanVisit(account);

    /// <summary>
    /// Marks the follow-up done. Doing it twice changes nothing: the first "done" (who and when) stands,
    /// even when two people press the button at the same moment.
    /// </summary>
    public async Task<RecordResult> MarkDoneAsync(Viewer viewer, int followUpId, CancellationToken ct = default)
    {
        var followUp = await db.FollowUps.AsNoTracking().VisibleTo(db, viewer).Where(f => f.Id == followUpId)
            .Select(f => new { f.OwnerId, f.AccountId, f.DoneAt })
            .SingleOrDefaultAsync(ct);
        if (followUp is null) return RecordResult.NoSuchRecord;
        var scope = await db.FindVisibleAsync(viewer, followUp.AccountId, ct);
        if (scope is null) return RecordResult.NoSuchRecord;
        if (!CanMarkDone(viewer, followUp.OwnerId, scope)) return RecordResult.NotAllowed;
        if (followUp.DoneAt is not null) return RecordResult.Done(followUpId);

        var now = clock.GetUtcNow();
        await db.FollowUps.Where(f => f.Id == followUpId && f.DoneAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.DoneAt, (DateTimeOffset?)now).SetProperty(f => f.DoneById, (int?)viewer.UserId), ct);
        return RecordResult.Done(followUpId);
    }
}
