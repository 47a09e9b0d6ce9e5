using GroupCrm.Core.Data;

namespace GroupCrm.Core.Visits.Prep;

/// <summary>
/// The scarce products an account (or one of its stores) receives in a month under an approved allocation
/// round: what the visit hands over in writing. No allocation round has been approved while rounds cannot
/// yet be recorded, so the list is empty and the prep sheet says that no allocation is approved for the month.
/// </summary>
public static class ScarceAllocations
{
    public static Task<IReadOnlyList<ScarceAllocationLine>> CurrentAsync(
        CrmDbContext db, int accountId, int? storeId, DateOnly month, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<ScarceAllocationLine>>([]);
}
