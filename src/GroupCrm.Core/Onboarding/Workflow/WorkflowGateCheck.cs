using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Documents;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Onboarding.Workflow;

/// <summary>The conditions a step past UnderReview needs: complete documents and a (recommending) site survey.</summary>
internal static class WorkflowGateCheck
{
    public static async Task<List<WorkflowError>> CheckAsync(CrmDbContext db, int accountId, WorkflowGates gates, DateOnly today, CancellationToken ct)
    {
        var errors = new List<WorkflowError>();
        if (gates.HasFlag(WorkflowGates.Documents))
        {
            var missing = await DocumentCompleteness.MissingAsync(db, accountId, today, ct);
            if (missing.Count > 0)
                errors.Add(new("", "These required documents are missing, not yet accepted or expired: {0}.",
                    new NameList([.. missing.Select(t => (t.Name, t.NameEn))])));
        }
        if ((gates & (WorkflowGates.Survey | WorkflowGates.Recommendation)) == 0) return errors;

        var latest = await db.SiteSurveys.AsNoTracking().Where(s => s.AccountId == accountId).LatestFirst()
            .Select(s => (bool?)s.Recommend).FirstOrDefaultAsync(ct);
        if (latest is null)
            errors.Add(new("", "No site survey has been recorded for this account yet."));
        else if (gates.HasFlag(WorkflowGates.Recommendation) && latest == false)
            errors.Add(new("", "The latest site survey does not recommend this chain, so it cannot go for approval."));
        return errors;
    }
}
