namespace GroupCrm.Core.Allocation.Engine;

/// <summary>
/// What a round asks the engine to share out: a quantity of one product, in units (what the warehouse
/// counts), allocated in whole packs only.
/// <para>
/// The reserve is in units too, like the quantity it is taken from: the manager holds stock back, not
/// packaging. The engine shares out P = ⌊(available − reserve) / pack size⌋ packs; the few units that do
/// not fill a pack after the reserve (<see cref="AllocationPlan.LooseUnits"/>) stay back with it.
/// </para>
/// </summary>
/// <param name="AvailableUnits">Units of the product available this round; never negative.</param>
/// <param name="PackSize">Units per pack; at least 1.</param>
/// <param name="ReserveUnits">Units held back before sharing; never negative, never more than the quantity.</param>
/// <param name="Recipients">The accounts (or an account's stores) to share among; each id once.</param>
public sealed record AllocationRequest(long AvailableUnits, int PackSize, long ReserveUnits, IReadOnlyList<Recipient> Recipients);

/// <summary>
/// One account (or store) that receives packs, with what its share is measured by.
/// </summary>
/// <param name="Id">The account's (or store's) id; also the last tie-break: the lower id first.</param>
/// <param name="Basis">
/// Sales of the last months, planned volume, or 1 for equal shares; never negative. Only the ratios between
/// the bases matter, so pass sales as sums, not averages: averages carry 28 decimal places, which the engine
/// takes exactly but about four times slower. A basis of 0 receives its minimum and nothing more.
/// </param>
/// <param name="MinimumPacks">Whole packs this recipient receives at least; null for none (0).</param>
/// <param name="MaximumPacks">Whole packs this recipient receives at most; null for no limit.</param>
public sealed record Recipient(int Id, decimal Basis, long? MinimumPacks = null, long? MaximumPacks = null);
