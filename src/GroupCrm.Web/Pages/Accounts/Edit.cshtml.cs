using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Accounts;

/// <summary>The HQ record (总部档案) of one account, for the viewers who may edit its records.</summary>
public sealed class EditModel(CrmDbContext database, HqRecordEditor editor, IStringLocalizer<SharedResource> localizer)
    : AccountRecordPage(database, localizer)
{
    public HqRecordForm Input { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await CheckAsync(id, toEdit: true, ct) is { } refused) return refused;
        Input = await Db.Accounts.AsNoTracking().Where(a => a.Id == id).Select(a => new HqRecordForm
        {
            Name = a.Name, NameEn = a.NameEn, LegalRepresentative = a.LegalRepresentative, HqAddress = a.HqAddress,
            OrderPhone = a.OrderPhone, OrderFrequency = a.OrderFrequency, BankName = a.BankName,
            BankAccountNumber = a.BankAccountNumber, PlannedMonthlyVolume = a.PlannedMonthlyVolume,
            NoticeLanguage = a.NoticeLanguage, Version = a.Version,
        }).SingleAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, [Bind(Prefix = nameof(Input))] HqRecordForm input, CancellationToken ct)
    {
        if (await CheckAsync(id, toEdit: true, ct) is { } refused) return refused;
        Input = input;
        if (!ModelState.IsValid) return Page();
        var result = await editor.UpdateAsync(User.ToViewer(), id, input.ToInput(), input.Version, ct);
        if (result.Succeeded) return DoneToAccount(id, "The HQ record was saved.");
        if (result.NotFound || result.Forbidden) return Refusal(result);
        AddErrors(result, nameof(Input));
        return Page();
    }
}
