using System.Globalization;
using GroupCrm.Core.Sales.Analytics;

namespace GroupCrm.Web.Pages.Sales.Charts;

/// <summary>
/// The geometry of a monthly chart drawn on the server as SVG (no script, no external library): bars or a
/// line in a fixed coordinate box that scales to the width of its container. Coordinates are written with
/// the invariant culture; every text a person reads is in theirs.
/// </summary>
public sealed class TrendChart
{
    public const int Width = 640;
    public const int Height = 260;
    private const double Left = 84, Right = 44, Top = 14, Bottom = 34;
    private const double PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;

    public sealed record Mark(string X, string Y, string Width, string Height, string CentreX, string Tooltip, bool IsLast);

    public sealed record Tick(string Y, string Label);

    /// <summary>A month under the axis; a minor one gives way on a narrow screen.</summary>
    public sealed record AxisLabel(string X, string Label, bool Minor);

    private TrendChart(string id, string title, string description, bool line)
    {
        Id = id;
        Title = title;
        Description = description;
        Line = line;
    }

    public string Id { get; }
    public string Title { get; }
    public string Description { get; }
    public bool Line { get; }
    public IReadOnlyList<Mark> Marks { get; private init; } = [];
    public IReadOnlyList<Tick> Ticks { get; private init; } = [];
    public IReadOnlyList<AxisLabel> Months { get; private init; } = [];
    public string Points => string.Join(' ', Marks.Select(m => m.CentreX + "," + m.Y));
    public string AxisY => N(Top + PlotHeight);
    public string PlotLeft => N(Left);
    public string PlotRight => N(Width - Right);
    public string TickLabelX => N(Left - 8);
    public string MonthLabelY => N(Height - 12);

    /// <summary>A chart of monthly quantities; <paramref name="describe"/> words the accessible description.</summary>
    public static TrendChart Of(string id, string title, IReadOnlyList<TrendPoint> trend, bool line, Func<TrendPoint, TrendPoint, string> describe)
    {
        var top = NiceTop(trend.Count == 0 ? 0 : trend.Max(p => p.Quantity), out var step);
        var slot = PlotWidth / Math.Max(1, trend.Count);
        var barWidth = slot * 0.7;
        double Y(long value) => Top + PlotHeight - PlotHeight * value / top;
        var highest = trend.Count == 0 ? null : trend.MaxBy(p => p.Quantity);
        return new TrendChart(id, title, highest is null ? title : describe(highest, trend[^1]), line)
        {
            Marks = [.. trend.Select((p, i) => new Mark(
                N(Left + i * slot + (slot - barWidth) / 2), N(Y(p.Quantity)), N(barWidth), N(Top + PlotHeight - Y(p.Quantity)),
                N(Left + i * slot + slot / 2), SalesFormat.Month(p.Month) + ": " + SalesFormat.Quantity(p.Quantity), i == trend.Count - 1))],
            Ticks = [.. Enumerable.Range(0, (int)(top / step) + 1).Select(k => new Tick(N(Y(k * step)), SalesFormat.Quantity(k * step)))],
            // Counted back from the month shown, so that month is always labelled: every third month, every sixth on a phone.
            Months = [.. trend.Select((p, i) => (p, back: trend.Count - 1 - i)).Where(x => x.back % 3 == 0)
                .Select(x => new AxisLabel(N(Left + (trend.Count - 1 - x.back) * slot + slot / 2), SalesFormat.AxisMonth(x.p.Month), x.back % 6 != 0))],
        };
    }

    /// <summary>The axis top: the largest value rounded up to a whole number of 1, 2 or 5 × 10ⁿ steps, four or five of them.</summary>
    public static long NiceTop(long max, out long step)
    {
        if (max <= 0)
        {
            step = 1;
            return 4;
        }
        var raw = max / 4.0;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        step = Math.Max(1, (long)((fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude));
        return (max + step - 1) / step * step;
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
