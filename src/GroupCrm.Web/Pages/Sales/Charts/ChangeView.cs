using GroupCrm.Core.Sales.Analytics;

namespace GroupCrm.Web.Pages.Sales.Charts;

/// <summary>A change for the _Change partial; a missing value is a missing plan.</summary>
public sealed record ChangeView(Change? Value, string? TestId = null, bool ShowDifference = false);
