using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Onboarding.Records;

/// <summary>
/// Saves the HQ record of an account: by the viewers who may edit its records, over the version the
/// editor loaded. The licence number, district and managers are not part of it: they belong to
/// onboarding and user administration.
/// </summary>
public sealed class HqRecordEditor(CrmDbContext db)
{
    public async Task<RecordResult> UpdateAsync(Viewer viewer, int accountId, HqRecordInput input, uint expectedVersion, CancellationToken ct = default)
    {
        if (await db.RefuseUnlessEditableAsync(viewer, accountId, ct) is { } refused) return refused;
        var hq = HqRecordRules.Tidy(input);
        var errors = HqRecordRules.Check(hq);
        if (errors.Count > 0) return RecordResult.Refused(errors);

        var account = await db.Accounts.SingleAsync(a => a.Id == accountId, ct);
        account.Name = hq.Name!;
        account.NameEn = hq.NameEn!;
        account.LegalRepresentative = hq.LegalRepresentative;
        account.HqAddress = hq.HqAddress;
        account.OrderPhone = hq.OrderPhone;
        account.OrderFrequency = hq.OrderFrequency;
        account.BankName = hq.BankName;
        account.BankAccountNumber = hq.BankAccountNumber;
        account.PlannedMonthlyVolume = hq.PlannedMonthlyVolume;
        if (hq.NoticeLanguage is { } language) account.NoticeLanguage = language;
        return await db.SaveVersionedAsync(account, a => a.Version, expectedVersion, a => a.Id, ct);
    }
}
