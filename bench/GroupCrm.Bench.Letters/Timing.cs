using System.Globalization;

namespace GroupCrm.Bench.Letters;

/// <summary>Repeated measurements of one thing (seconds, or a rate made from them).</summary>
internal sealed record Timing(IReadOnlyList<double> Seconds)
{
    public double Median
    {
        get
        {
            var sorted = Seconds.Order().ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }
    public double Min => Seconds.Min();
    public double Max => Seconds.Max();

    /// <summary>"median (min–max)" with the given format.</summary>
    public string Show(string format = "0.00") =>
        string.Create(CultureInfo.InvariantCulture, $"{Median.ToString(format, CultureInfo.InvariantCulture)} ({Min.ToString(format, CultureInfo.InvariantCulture)}–{Max.ToString(format, CultureInfo.InvariantCulture)})");
}
