using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Products;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Products;

/// <summary>
/// One product for an editor: its fields, a dated price change, withdrawing a scheduled change, and
/// deactivating or reactivating. Each handler binds only its own form, so one form's empty fields never
/// fail another's validation.
/// </summary>
public sealed class EditModel(ProductCatalogue catalogue, OrganisationCalendar calendar, IStringLocalizer<SharedResource> localizer)
    : ProductPage(localizer)
{
    public ProductRecord Product { get; private set; } = null!;
    public ProductForm Input { get; private set; } = new();
    public PriceChangeForm Price { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        CanEdit ? await FormAsync(id, ct) : Forbid();

    public async Task<IActionResult> OnPostAsync(int id, [Bind(Prefix = nameof(Input))] ProductForm input, CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        if (!ModelState.IsValid) return await FormAsync(id, ct, input: input);
        var result = await catalogue.UpdateAsync(User.ToViewer(), id, input.ToFields(), input.Version, ct);
        if (result.Succeeded) return Done($"~/Products/{id}/Edit", "The changes were saved.");
        return Refused(result, nameof(Input)) ?? await FormAsync(id, ct, input: input);
    }

    public async Task<IActionResult> OnPostChangePriceAsync(int id, [Bind(Prefix = nameof(Price))] PriceChangeForm price, CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        if (!ModelState.IsValid) return await FormAsync(id, ct, price: price);
        var result = await catalogue.ChangePriceAsync(User.ToViewer(), id, price.NewPrice!.Value, price.EffectiveOn!.Value, price.Version, ct);
        if (result.Succeeded) return Done($"~/Products/{id}/Edit", "The price change was recorded.");
        return Refused(result, nameof(Price)) ?? await FormAsync(id, ct, price: price);
    }

    public async Task<IActionResult> OnPostCancelChangeAsync(int id, int changeId, uint version, CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        var result = await catalogue.CancelScheduledChangeAsync(User.ToViewer(), id, changeId, version, ct);
        if (result.Succeeded) return Done($"~/Products/{id}/Edit", "The scheduled price change was withdrawn.");
        return Refused(result, "") ?? await FormAsync(id, ct);
    }

    public Task<IActionResult> OnPostDeactivateAsync(int id, uint version, CancellationToken ct) => SetActiveAsync(id, false, version, ct);

    public Task<IActionResult> OnPostReactivateAsync(int id, uint version, CancellationToken ct) => SetActiveAsync(id, true, version, ct);

    private async Task<IActionResult> SetActiveAsync(int id, bool active, uint version, CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        var result = await catalogue.SetActiveAsync(User.ToViewer(), id, active, version, ct);
        if (result.Succeeded) return Done($"~/Products/{id}/Edit", active ? "The product was reactivated." : "The product was deactivated.");
        return Refused(result, "") ?? await FormAsync(id, ct);
    }

    /// <returns>The 404 or 403 for a refusal Core made itself; null after putting its messages on the form.</returns>
    private IActionResult? Refused(RecordResult result, string prefix)
    {
        if (result.NotFound || result.Forbidden) return Refusal(result);
        AddErrors(result, prefix);
        return null;
    }

    /// <summary>The page as stored now, keeping what the user typed in the form that was refused.</summary>
    private async Task<IActionResult> FormAsync(int id, CancellationToken ct, ProductForm? input = null, PriceChangeForm? price = null)
    {
        var product = await catalogue.FindAsync(id, ct);
        if (product is null) return NotFound();
        Product = product;
        Input = input ?? ProductForm.From(product);
        Price = price ?? new PriceChangeForm { EffectiveOn = calendar.Today, Version = product.Version };
        return Page();
    }
}
