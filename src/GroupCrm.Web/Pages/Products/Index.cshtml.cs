using System.ComponentModel.DataAnnotations;
using System.Globalization;
using GroupCrm.Core.Sales.Products;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Products;

/// <summary>Every product, filtered by brand, price band, scarcity, activity and text, with today's list price.</summary>
public sealed class IndexModel(ProductCatalogue catalogue, IStringLocalizer<SharedResource> localizer) : ProductPage(localizer)
{
    [BindProperty(SupportsGet = true)] public string? Brand { get; set; }
    [BindProperty(SupportsGet = true)] public string? PriceBand { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Scarce { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Active { get; set; }

    [BindProperty(SupportsGet = true), StringLength(100, ErrorMessage = "The search text can be at most 100 characters.")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public ProductListPage Result { get; private set; } = new([], 0, 1, 1);
    public ProductFilterChoices Choices { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Over-long search text is reported on the form and not searched for.
        var text = ModelState.IsValid ? Text : null;
        Result = await catalogue.ListAsync(new ProductFilter(Brand, PriceBand, Scarce, Active, text, PageNumber), ct);
        PageNumber = Result.Page;
        Choices = await catalogue.FilterChoicesAsync(ct);
    }

    /// <summary>The current filters plus a page number, for the paging links.</summary>
    public Dictionary<string, string> RouteFor(int page) => new()
    {
        [nameof(Brand)] = Brand ?? "",
        [nameof(PriceBand)] = PriceBand ?? "",
        [nameof(Scarce)] = Flag(Scarce),
        [nameof(Active)] = Flag(Active),
        [nameof(Text)] = Text ?? "",
        [nameof(PageNumber)] = page.ToString(CultureInfo.InvariantCulture),
    };

    private static string Flag(bool? value) => value switch { true => "true", false => "false", null => "" };
}
