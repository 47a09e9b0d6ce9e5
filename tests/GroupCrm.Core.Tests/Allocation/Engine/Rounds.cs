using GroupCrm.Core.Allocation.Engine;

namespace GroupCrm.Core.Tests.Allocation.Engine;

/// <summary>Short ways to write a hand-made round and read its answer.</summary>
internal static class Rounds
{
    /// <summary>A round of <paramref name="packs"/> packs of one unit each, with no reserve.</summary>
    public static AllocationPlan Packs(long packs, params Recipient[] recipients) =>
        Allocate(packs, packSize: 1, reserve: 0, recipients);

    public static AllocationPlan Allocate(long available, int packSize, long reserve, params Recipient[] recipients)
    {
        var request = new AllocationRequest(available, packSize, reserve, recipients);
        var plan = PlanChecks.Allocated(request);
        PlanChecks.AllHold(request, plan);
        return plan;
    }

    /// <summary>As <see cref="Packs"/>, for bases whose common factor is too small for a decimal to check the shares by.</summary>
    public static AllocationPlan PacksAtTheLimits(long packs, params Recipient[] recipients)
    {
        var request = new AllocationRequest(packs, 1, 0, recipients);
        var plan = PlanChecks.Allocated(request);
        PlanChecks.AllButTheFactorHold(request, plan);
        return plan;
    }

    public static AllocationResult Refused(long available, int packSize, long reserve, params Recipient[] recipients)
    {
        var result = AllocationEngine.Allocate(new AllocationRequest(available, packSize, reserve, recipients));
        result.Succeeded.ShouldBeFalse();
        result.Plan.ShouldBeNull();
        return result;
    }

    /// <summary>Final packs by recipient id.</summary>
    public static Dictionary<int, long> Finals(this AllocationPlan plan) => plan.Lines.ToDictionary(l => l.RecipientId, l => l.FinalPacks);

    public static AllocationLine Line(this AllocationPlan plan, int id) => plan.Lines.Single(l => l.RecipientId == id);

    public static AllocationError Single(this AllocationResult result, AllocationProblem problem) => result.Errors.Single(e => e.Problem == problem);
}
