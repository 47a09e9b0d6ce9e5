using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Accounts.Contacts;

/// <summary>Edits or removes one buyer contact, always looked up under the account of the route.</summary>
public sealed class EditModel(CrmDbContext database, BuyerContacts contacts, IStringLocalizer<SharedResource> localizer)
    : AccountRecordPage(database, localizer)
{
    public ContactForm Input { get; private set; } = new();
    public int ContactId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int contactId, CancellationToken ct)
    {
        if (await CheckAsync(id, toEdit: true, ct) is { } refused) return refused;
        var form = await Db.BuyerContacts.AsNoTracking().Where(c => c.AccountId == id && c.Id == contactId)
            .Select(c => new ContactForm { Name = c.Name, Email = c.Email, Phone = c.Phone, Title = c.Title, Version = c.Version })
            .SingleOrDefaultAsync(ct);
        if (form is null) return NotFound();
        (Input, ContactId) = (form, contactId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int contactId, [Bind(Prefix = nameof(Input))] ContactForm input, CancellationToken ct)
    {
        if (await CheckAsync(id, toEdit: true, ct) is { } refused) return refused;
        (Input, ContactId) = (input, contactId);
        if (!ModelState.IsValid) return Page();
        var result = await contacts.UpdateAsync(User.ToViewer(), id, contactId, input.ToInput(), input.Version, ct);
        if (result.Succeeded) return DoneToAccount(id, "The contact {0} was saved.", input.Name!.Trim());
        if (result.NotFound || result.Forbidden) return Refusal(result);
        AddErrors(result, nameof(Input));
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int contactId, uint version, CancellationToken ct)
    {
        if (await CheckAsync(id, toEdit: true, ct) is { } refused) return refused;
        var result = await contacts.RemoveAsync(User.ToViewer(), id, contactId, version, ct);
        if (result.Succeeded) return DoneToAccount(id, "The contact was removed.");
        if (result.NotFound || result.Forbidden) return Refusal(result);
        // A stale removal: show the contact as it is now, with the reason.
        TempData["Error"] = L[result.Errors[0].Message, result.Errors[0].Arguments].Value;
        return Redirect(Url.Content($"~/Accounts/{id}/Contacts/{contactId}/Edit"));
    }
}
