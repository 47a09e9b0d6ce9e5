using GroupCrm.Core.Sales.Products;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Products;

/// <summary>A new product, by an administrator or a market manager.</summary>
public sealed class CreateModel(ProductCatalogue catalogue, IStringLocalizer<SharedResource> localizer) : ProductPage(localizer)
{
    public NewProductForm Input { get; private set; } = new() { Unit = "条" };

    public IActionResult OnGet() => CanEdit ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Input))] NewProductForm input, CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        Input = input;
        if (!ModelState.IsValid) return Page();
        var result = await catalogue.CreateAsync(User.ToViewer(), input.ToNewProduct(), ct);
        if (result.Succeeded) return Done($"~/Products/{result.Id}/Edit", "The product {0} was created.", input.Code!.Trim().ToUpperInvariant());
        if (result.NotFound || result.Forbidden) return Refusal(result);
        AddErrors(result, nameof(Input));
        return Page();
    }
}
