using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Stores;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Accounts.Stores;

/// <summary>Edits one store, and deactivates or reactivates it; the store is always looked up under the account of the route.</summary>
public sealed class EditModel(CrmDbContext database, StoreEditor stores, IStringLocalizer<SharedResource> localizer)
    : AccountRecordPage(database, localizer)
{
    public StoreForm Input { get; private set; } = new();
    public int StoreId { get; private set; }
    public bool IsActive { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int storeId, CancellationToken ct)
    {
        if (await CheckAsync(id, toEdit: true, ct) is { } refused) return refused;
        return await FormAsync(id, storeId, keepInput: false, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, int storeId, [Bind(Prefix = nameof(Input))] StoreForm input, CancellationToken ct)
    {
        if (await CheckAsync(id, toEdit: true, ct) is { } refused) return refused;
        Input = input;
        if (!ModelState.IsValid) return await FormAsync(id, storeId, keepInput: true, ct);
        var result = await stores.UpdateAsync(User.ToViewer(), id, storeId, input.ToInput(), input.Version, ct);
        if (result.Succeeded) return Done($"~/Accounts/{id}/Stores", "The store {0} was saved.", input.Name!.Trim());
        if (result.NotFound || result.Forbidden) return Refusal(result);
        AddErrors(result, nameof(Input));
        return await FormAsync(id, storeId, keepInput: true, ct);
    }

    public Task<IActionResult> OnPostDeactivateAsync(int id, int storeId, uint version, CancellationToken ct) =>
        SetActiveAsync(id, storeId, false, version, ct);

    public Task<IActionResult> OnPostReactivateAsync(int id, int storeId, uint version, CancellationToken ct) =>
        SetActiveAsync(id, storeId, true, version, ct);

    private async Task<IActionResult> SetActiveAsync(int id, int storeId, bool active, uint version, CancellationToken ct)
    {
        if (await CheckAsync(id, toEdit: true, ct) is { } refused) return refused;
        var result = await stores.SetActiveAsync(User.ToViewer(), id, storeId, active, version, ct);
        if (result.NotFound || result.Forbidden) return Refusal(result);
        if (result.Succeeded)
            return Done($"~/Accounts/{id}/Stores/{storeId}/Edit", active ? "The store was reactivated." : "The store was deactivated.");
        AddErrors(result, "");
        return await FormAsync(id, storeId, keepInput: false, ct);
    }

    private async Task<IActionResult> FormAsync(int id, int storeId, bool keepInput, CancellationToken ct)
    {
        var store = await Db.Stores.AsNoTracking().Where(s => s.AccountId == id && s.Id == storeId)
            .Select(s => new
            {
                s.IsActive,
                Form = new StoreForm
                {
                    Name = s.Name, CategoryId = s.CategoryId, RetailLicenceNumber = s.RetailLicenceNumber, Address = s.Address,
                    ContactName = s.ContactName, Phone = s.Phone, EstimatedMonthlySales = s.EstimatedMonthlySales, Version = s.Version,
                },
            }).SingleOrDefaultAsync(ct);
        if (store is null) return NotFound();
        (StoreId, IsActive) = (storeId, store.IsActive);
        if (!keepInput) Input = store.Form;
        CurrentVersion = store.Form.Version;
        ViewData["Categories"] = await CategoryNames.ChoicesAsync(Db, ct);
        return Page();
    }

    /// <summary>The version now in the database: the activity buttons act on the store as shown, not as the form last loaded it.</summary>
    public uint CurrentVersion { get; private set; }
}
