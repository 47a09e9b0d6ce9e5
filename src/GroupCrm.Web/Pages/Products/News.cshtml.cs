using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Products;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Products;

/// <summary>A month's product news (new products, price changes), as prep sheets and letters tell it; this month by default.</summary>
public sealed class NewsModel(ProductNews news, OrganisationCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "month")]
    public string? Month { get; set; }

    /// <summary>The month shown; null when the one asked for is not a month the page can show.</summary>
    public DateOnly? Shown { get; private set; }

    public IReadOnlyList<ProductNewsItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = calendar.Today;
        var month = string.IsNullOrWhiteSpace(Month) ? new DateOnly(today.Year, today.Month, 1) : MonthText.Parse(Month);
        // Price changes may be dated up to a year ahead; nothing lies outside 2000 … next year.
        if (month is not { } shown || shown < ProductRules.Earliest || shown > today.AddYears(1)) return;
        Shown = shown;
        Month = MonthText.Format(shown);
        Items = await news.ForMonthAsync(shown, ct);
    }
}
