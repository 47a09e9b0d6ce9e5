using GroupCrm.Core.Sales.Targets;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Sales.Targets;

/// <summary>
/// Target CSV import: upload → preview with every row's errors → confirm (only when there are none) → all
/// rows upserted in one transaction. The confirm form carries the previewed file (<see cref="ProtectedFileHandOff"/>).
/// </summary>
public sealed class ImportModel(TargetCsvImport import, IDataProtectionProvider protection, IStringLocalizer<SharedResource> localizer)
    : TargetPage(localizer)
{
    /// <summary>Rows shown in the preview: those with errors when there are any, else the first ones as a sample.</summary>
    public const int RowsShown = 200;

    private readonly ProtectedFileHandOff _handOff = new(protection, "GroupCrm.TargetImport.v1");

    public TargetImportPreview? Preview { get; private set; }
    public string? HandOff { get; private set; }
    public string? FileName { get; private set; }

    public IActionResult OnGet() => User.ToViewer().SetsTargets() ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (!User.ToViewer().SetsTargets()) return Forbid();
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", L["Choose a CSV file to upload."]);
            return Page();
        }
        FileName = Path.GetFileName(file.FileName);
        // An oversized upload goes to Core unread, which refuses it after 1 MB; a small one is kept for the hand-off.
        var bytes = file.Length <= TargetCsvImport.MaxBytes ? await ReadAsync(file, ct) : null;
        await using var stream = bytes is null ? file.OpenReadStream() : new MemoryStream(bytes);
        var result = await import.PreviewAsync(User.ToViewer(), stream, ct);
        if (result.Forbidden) return Forbid();
        Preview = result.Preview;
        if (!Preview.HasErrors && bytes is not null) HandOff = _handOff.Protect(bytes, User.ToViewer().UserId);
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(string? handOff, CancellationToken ct)
    {
        if (!User.ToViewer().SetsTargets()) return Forbid();
        var bytes = _handOff.Unprotect(handOff, User.ToViewer().UserId);
        if (bytes is null)
        {
            ModelState.AddModelError("", L["The preview has expired or is not valid. Upload the file again."]);
            return Page();
        }
        var result = await import.CommitAsync(User.ToViewer(), new MemoryStream(bytes), ct);
        if (result.Forbidden) return Forbid();
        if (result.Committed) return Back("~/Sales/Targets", "The import is done: {0} targets added, {1} updated.", result.Added, result.Updated);
        // The targets changed since the preview (a month closed, an account moved): show what is wrong now.
        Preview = result.Preview;
        return Page();
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
