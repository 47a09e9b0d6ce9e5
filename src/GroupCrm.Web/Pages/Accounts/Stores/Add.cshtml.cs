using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Stores;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Accounts.Stores;

/// <summary>Adds one store to an account.</summary>
public sealed class AddModel(CrmDbContext database, StoreEditor stores, IStringLocalizer<SharedResource> localizer)
    : AccountRecordPage(database, localizer)
{
    public StoreForm Input { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await CheckAsync(id, toEdit: true, ct) is { } refused) return refused;
        return await FormAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, [Bind(Prefix = nameof(Input))] StoreForm input, CancellationToken ct)
    {
        if (await CheckAsync(id, toEdit: true, ct) is { } refused) return refused;
        Input = input;
        if (!ModelState.IsValid) return await FormAsync(ct);
        var result = await stores.AddAsync(User.ToViewer(), id, input.ToInput(), ct);
        if (result.Succeeded) return Done($"~/Accounts/{id}/Stores", "The store {0} was added.", input.Name!.Trim());
        if (result.NotFound || result.Forbidden) return Refusal(result);
        AddErrors(result, nameof(Input));
        return await FormAsync(ct);
    }

    private async Task<IActionResult> FormAsync(CancellationToken ct)
    {
        ViewData["Categories"] = await CategoryNames.ChoicesAsync(Db, ct);
        return Page();
    }
}
