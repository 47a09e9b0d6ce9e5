using GroupCrm.Core.Sales.Products;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Products;

/// <summary>One product as every role reads it: its fields, today's list price and the price history.</summary>
public sealed class DetailsModel(ProductCatalogue catalogue, IStringLocalizer<SharedResource> localizer) : ProductPage(localizer)
{
    public ProductRecord Product { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await catalogue.FindAsync(id, ct) is not { } product) return NotFound();
        Product = product;
        return Page();
    }
}
