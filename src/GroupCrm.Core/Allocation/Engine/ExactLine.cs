using System.Numerics;

namespace GroupCrm.Core.Allocation.Engine;

/// <summary>
/// One recipient as the arithmetic sees it: its basis as an exact integer on the round's common scale
/// (see <see cref="ExactBases{T}"/>), its minimum (0 when none) and its maximum (null when none).
/// Lines sit in recipient-id order, so a line's index orders ties the way ids do.
/// </summary>
internal readonly record struct ExactLine<T>(T Basis, long Minimum, long? Maximum) where T : IBinaryInteger<T>;
