using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Onboarding.Records;

/// <summary>
/// The HQ buyer contacts of an account. A contact is always looked up by (account, contact), so an id
/// from a form can never reach a contact of an account the viewer was not checked for.
/// </summary>
public sealed class BuyerContacts(CrmDbContext db)
{
    public async Task<RecordResult> AddAsync(Viewer viewer, int accountId, ContactInput input, CancellationToken ct = default)
    {
        if (await db.RefuseUnlessEditableAsync(viewer, accountId, ct) is { } refused) return refused;
        var contact = ContactRules.Tidy(input);
        var errors = ContactRules.Check(contact);
        if (errors.Count > 0) return RecordResult.Refused(errors);

        var entity = new BuyerContact { AccountId = accountId, Name = contact.Name!, Email = contact.Email!, Phone = contact.Phone, Title = contact.Title };
        db.BuyerContacts.Add(entity);
        await db.SaveChangesAsync(ct);
        return RecordResult.Done(entity.Id);
    }

    public async Task<RecordResult> UpdateAsync(
        Viewer viewer, int accountId, int contactId, ContactInput input, uint expectedVersion, CancellationToken ct = default)
    {
        if (await db.RefuseUnlessEditableAsync(viewer, accountId, ct) is { } refused) return refused;
        var entity = await FindAsync(accountId, contactId, ct);
        if (entity is null) return RecordResult.NoSuchRecord;
        var contact = ContactRules.Tidy(input);
        var errors = ContactRules.Check(contact);
        if (errors.Count > 0) return RecordRefusal(errors);

        entity.Name = contact.Name!;
        entity.Email = contact.Email!;
        entity.Phone = contact.Phone;
        entity.Title = contact.Title;
        return await db.SaveVersionedAsync(entity, c => c.Version, expectedVersion, c => c.Id, ct);
    }

    /// <summary>Removing over a stale version is refused too: the remover may not have seen the latest details.</summary>
    public async Task<RecordResult> RemoveAsync(Viewer viewer, int accountId, int contactId, uint expectedVersion, CancellationToken ct = default)
    {
        if (await db.RefuseUnlessEditableAsync(viewer, accountId, ct) is { } refused) return refused;
        var entity = await FindAsync(accountId, contactId, ct);
        if (entity is null) return RecordResult.NoSuchRecord;
        db.BuyerContacts.Remove(entity);
        return await db.SaveVersionedAsync(entity, c => c.Version, expectedVersion, c => c.Id, ct);
    }

    private Task<BuyerContact?> FindAsync(int accountId, int contactId, CancellationToken ct) =>
        db.BuyerContacts.SingleOrDefaultAsync(c => c.AccountId == accountId && c.Id == contactId, ct);

    private RecordResult RecordRefusal(List<RecordError> errors) => RecordAccess.Forget(db, RecordResult.Refused(errors));
}
