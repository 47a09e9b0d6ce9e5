namespace GroupCrm.Web.Pages.Sales.Forecasts;

/// <summary>One product line of the entry form as posted: the quantity is text, so that any typing gets the form's own message.</summary>
public sealed class ForecastLineInput
{
    public int ProductId { get; set; }
    public string? Quantity { get; set; }

    /// <summary>The saved line's version the form was shown with (0 when there was none).</summary>
    public uint Version { get; set; }
}

/// <summary>A product the form did not list, added by choosing it.</summary>
public sealed class ForecastExtraInput
{
    public int? ProductId { get; set; }
    public string? Quantity { get; set; }
}
