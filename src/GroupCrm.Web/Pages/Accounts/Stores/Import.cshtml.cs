using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Stores;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Accounts.Stores;

/// <summary>
/// Store CSV import: upload → preview of every row with its errors → confirm (only when there are none)
/// → all rows written in one transaction. The confirm form carries the previewed file itself (see
/// <see cref="ProtectedFileHandOff"/>), so the commit checks and writes exactly the file the user saw.
/// </summary>
public sealed class ImportModel(CrmDbContext database, StoreCsvImport import, IDataProtectionProvider protection, IStringLocalizer<SharedResource> localizer)
    : AccountRecordPage(database, localizer)
{
    private readonly ProtectedFileHandOff _handOff = new(protection, "GroupCrm.StoreImport.v1");

    public StoreImportPreview? Preview { get; private set; }

    /// <summary>Set when the preview has no errors: the confirm form posts it back.</summary>
    public string? HandOff { get; private set; }

    public string? FileName { get; private set; }

    /// <summary>The category codes and names a file may use, for the instructions.</summary>
    public IReadOnlyList<(string Code, string Name)> Categories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await CheckAsync(id, toEdit: true, ct) ?? await ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(int id, IFormFile? file, CancellationToken ct)
    {
        if (await CheckAsync(id, toEdit: true, ct) is { } refused) return refused;
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", L["Choose a CSV file to upload."]);
            return await ShowAsync(ct);
        }
        FileName = Path.GetFileName(file.FileName);
        // An oversized upload goes to Core unread, which refuses it after 2 MB; a small one is kept for the hand-off.
        var bytes = file.Length <= StoreCsvImport.MaxBytes ? await ReadAsync(file, ct) : null;
        await using var stream = bytes is null ? file.OpenReadStream() : new MemoryStream(bytes);
        var result = await import.PreviewAsync(User.ToViewer(), id, stream, ct);
        if (result.NotFound || result.Forbidden) return result.NotFound ? NotFound() : Forbid();
        Preview = result.Preview;
        if (!Preview.HasErrors && bytes is not null) HandOff = _handOff.Protect(bytes, id, User.ToViewer().UserId);
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostCommitAsync(int id, string? handOff, CancellationToken ct)
    {
        if (await CheckAsync(id, toEdit: true, ct) is { } refused) return refused;
        var bytes = _handOff.Unprotect(handOff, id, User.ToViewer().UserId);
        if (bytes is null)
        {
            ModelState.AddModelError("", L["The preview has expired or is not valid. Upload the file again."]);
            return await ShowAsync(ct);
        }
        var result = await import.CommitAsync(User.ToViewer(), id, new MemoryStream(bytes), ct);
        if (result.NotFound || result.Forbidden) return result.NotFound ? NotFound() : Forbid();
        if (result.Committed)
            return Done($"~/Accounts/{id}/Stores", "The import is done: {0} stores added, {1} updated.", result.Added, result.Updated);
        // The stores changed since the preview: show what is wrong now; the user uploads the file again.
        Preview = result.Preview;
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Categories = [.. (await Db.CustomerCategories.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Code, c.Name, c.NameEn }).ToListAsync(ct))
            .Select(c => (c.Code, CategoryNames.Of(c.Name, c.NameEn)))];
        return Page();
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
