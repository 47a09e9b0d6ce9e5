using System.Numerics;

namespace GroupCrm.Core.Allocation.Engine;

/// <summary>A non-negative rational number, kept as numerator over denominator so the common factor is exact.</summary>
internal readonly record struct Fraction<T>(T Numerator, T Denominator) where T : IBinaryInteger<T>
{
    public static readonly Fraction<T> Zero = new(T.Zero, T.One);
}
