using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GroupCrm.Core.Quotas;

/// <summary>
/// The quota rules as dated versions. A month is judged by each rule's version with the latest effective-from
/// month not after it. Only the administrator saves versions, and only from the current month on.
/// </summary>
public sealed class QuotaRuleBook(CrmDbContext db, TimeProvider clock, OrganisationCalendar calendar)
{
    /// <summary>One version per rule (those in force for <paramref name="month"/>), in the order of <see cref="QuotaRuleKind"/>.</summary>
    public async Task<IReadOnlyList<QuotaRule>> InForceAsync(DateOnly month, CancellationToken ct = default) =>
        InForce(await HistoryAsync(ct), month);

    /// <summary>Every version of every rule: by rule, newest first.</summary>
    public async Task<IReadOnlyList<QuotaRule>> HistoryAsync(CancellationToken ct = default) =>
        await db.QuotaRules.AsNoTracking()
            .OrderBy(r => r.Rule).ThenByDescending(r => r.EffectiveFrom)
            .ToListAsync(ct);

    /// <summary>The version of each rule in force for <paramref name="month"/>, picked from <paramref name="history"/>.</summary>
    public static IReadOnlyList<QuotaRule> InForce(IEnumerable<QuotaRule> history, DateOnly month)
    {
        var first = QuotaMonth.Of(month);
        return [.. history.Where(r => r.EffectiveFrom <= first)
            .GroupBy(r => r.Rule)
            .Select(g => g.MaxBy(r => r.EffectiveFrom)!)
            .OrderBy(r => r.Rule)];
    }

    /// <summary>
    /// Saves a version of a rule from a month on: replaces the version already saved for that month, or adds one.
    /// Administrator only; refused (nothing changed) for a past month or a number out of bounds.
    /// </summary>
    public async Task<RecordResult> SaveAsync(Viewer viewer, QuotaRuleInput input, CancellationToken ct = default)
    {
        if (viewer.Role != Roles.Administrator) return RecordResult.NotAllowed;
        var errors = QuotaRuleLimits.Check(input, QuotaMonth.Of(calendar.Today));
        if (errors.Count > 0) return RecordResult.Refused(errors);
        var month = QuotaMonth.Of(input.EffectiveFrom);
        var version = await db.QuotaRules.SingleOrDefaultAsync(r => r.Rule == input.Rule && r.EffectiveFrom == month, ct);
        if (version is null) db.QuotaRules.Add(version = new QuotaRule { Rule = input.Rule, EffectiveFrom = month });
        version.IsEnabled = input.IsEnabled;
        version.Required = input.Required;
        version.StoresPerOuting = input.Rule == QuotaRuleKind.Outings ? input.StoresPerOuting : null;
        version.ChangedById = viewer.UserId;
        version.ChangedAt = clock.GetUtcNow().ToUniversalTime();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Someone saved the same rule and month at the same moment.
            db.ChangeTracker.Clear();
            return RecordResult.Conflict();
        }
        return RecordResult.Done(version.Id);
    }
}
