using System.Diagnostics.CodeAnalysis;

namespace GroupCrm.Core.Allocation.Engine;

/// <summary>The engine's outcome: a plan, or the reasons the input cannot be allocated (never both).</summary>
public sealed class AllocationResult
{
    private AllocationResult(AllocationPlan? plan, IReadOnlyList<AllocationError> errors) => (Plan, Errors) = (plan, errors);

    public AllocationPlan? Plan { get; }
    public IReadOnlyList<AllocationError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Plan))]
    public bool Succeeded => Plan is not null;

    public static AllocationResult Done(AllocationPlan plan) => new(plan, []);
    public static AllocationResult Refused(IEnumerable<AllocationError> errors) => new(null, [.. errors]);
}
