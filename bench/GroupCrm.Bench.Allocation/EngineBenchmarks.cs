using BenchmarkDotNet.Attributes;
using GroupCrm.Core.Allocation.Engine;

namespace GroupCrm.Bench.Allocation;

/// <summary>One call of the engine on a round of <see cref="Lines"/> recipients, validation and plan included.</summary>
public class EngineBenchmarks
{
    private AllocationRequest sales = null!, planned = null!, equal = null!, averages = null!;

    [Params(20_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (sales, planned, equal, averages) =
            (Rounds.Sales(Lines), Rounds.PlannedWithCaps(Lines), Rounds.EqualShares(Lines), Rounds.Averages(Lines));
        // A benchmark of a refusal would measure nothing: make sure every round is allocated.
        foreach (var request in new[] { sales, planned, equal, averages })
            if (!AllocationEngine.Allocate(request).Succeeded) throw new InvalidOperationException("A benchmark round was refused.");
    }

    [Benchmark(Baseline = true)]
    public AllocationResult SalesNoCaps() => AllocationEngine.Allocate(sales);

    [Benchmark]
    public AllocationResult PlannedVolumeWithCaps() => AllocationEngine.Allocate(planned);

    [Benchmark]
    public AllocationResult EqualSharesAllTied() => AllocationEngine.Allocate(equal);

    [Benchmark]
    public AllocationResult AverageSalesOnBigInteger() => AllocationEngine.Allocate(averages);

    [Benchmark]
    public AllocationResult SplitOverStores() => AllocationEngine.SplitOverStores(Lines * 12L, 24, sales.Recipients);
}
