using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Accounts.Contacts;

/// <summary>Adds an HQ buyer contact to an account.</summary>
public sealed class AddModel(CrmDbContext database, BuyerContacts contacts, IStringLocalizer<SharedResource> localizer)
    : AccountRecordPage(database, localizer)
{
    public ContactForm Input { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await CheckAsync(id, toEdit: true, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, [Bind(Prefix = nameof(Input))] ContactForm input, CancellationToken ct)
    {
        if (await CheckAsync(id, toEdit: true, ct) is { } refused) return refused;
        Input = input;
        if (!ModelState.IsValid) return Page();
        var result = await contacts.AddAsync(User.ToViewer(), id, input.ToInput(), ct);
        if (result.Succeeded) return DoneToAccount(id, "The contact {0} was added.", input.Name!.Trim());
        if (result.NotFound || result.Forbidden) return Refusal(result);
        AddErrors(result, nameof(Input));
        return Page();
    }
}
