using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Data;
using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Letters.Templates;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Admin.Templates;

/// <summary>
/// Editing one language's template: the three parts, checked and previewed on an account and month as its
/// letter would read (the HTML in a sandboxed frame from <see cref="OnGetPreviewHtml"/>), then saved as the
/// next version. The page's script asks <see cref="OnPostPreviewJsonAsync"/> while the administrator types;
/// without script, "Check and preview" posts the page.
/// </summary>
public sealed class EditModel(
    LetterTemplates templates, TemplatePreviewer previewer, TemplatePreviews previews, CrmDbContext db,
    OrganisationCalendar calendar, IStringLocalizer<SharedResource> L) : PageModel
{
    /// <summary>The preview's HTML runs nothing, loads nothing from elsewhere and is framed only by our own pages.</summary>
    public const string PreviewPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

    /// <summary>AccountId that asks for the sample letter instead of an account's.</summary>
    public const int Sample = 0;

    public sealed record AccountChoice(int Id, string Name, string NameEn);

    [BindProperty(SupportsGet = true)]
    public string Language { get; set; } = "";

    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? AccountId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    /// <summary>On a first visit, an older version of this language to start from.</summary>
    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    public LetterTemplate Current { get; private set; } = null!;
    public IReadOnlyList<AccountChoice> Accounts { get; private set; } = [];
    public TemplatePreviewView Preview { get; private set; } = TemplatePreviewView.None;
    public string? MonthProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!NoticeLanguages.IsKnown(Language)) return NotFound();
        Current = await templates.CurrentAsync(Language, ct);
        var start = Current;
        if (From is { } from)
        {
            var older = await templates.GetAsync(from, ct);
            if (older is null || older.Language != Language) return NotFound();
            start = older;
        }
        Input = TemplateInput.Of(start, Current.Id);
        await PrepareAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!NoticeLanguages.IsKnown(Language)) return NotFound();
        Current = await templates.CurrentAsync(Language, ct);
        await PrepareAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewJsonAsync(CancellationToken ct)
    {
        if (!NoticeLanguages.IsKnown(Language)) return NotFound();
        await PrepareAsync(ct);
        return new JsonResult(Preview with { Notice = MonthProblem ?? Preview.Notice });
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!NoticeLanguages.IsKnown(Language)) return NotFound();
        var result = await templates.SaveAsync(User.ToViewer(), Language, Input.ToText(), Input.BasedOnId, ct);
        if (result.Forbidden) return Forbid();
        if (result.Succeeded)
        {
            TempData["Status"] = L["The {0} template was saved as a new version; letters drafted from now on use it.", L[TemplateDisplay.LanguageName(Language)]].Value;
            return RedirectToPage("Index");
        }
        foreach (var error in result.Errors)
            ModelState.AddModelError(error.Field is "" or "Language" ? "" : $"{nameof(Input)}.{error.Field}", L[error.Message, error.Arguments].Value);
        Current = await templates.CurrentAsync(Language, ct);
        await PrepareAsync(ct);
        return Page();
    }

    /// <summary>The preview's HTML on its own, for the sandboxed frame of the page that made it.</summary>
    public IActionResult OnGetPreviewHtml(string? token)
    {
        var headers = Response.Headers;
        headers.ContentSecurityPolicy = PreviewPolicy;
        headers.XFrameOptions = "SAMEORIGIN";
        headers.CacheControl = "no-store";
        var html = previews.Find(User.ToViewer().UserId, token);
        return html is null
            ? new ContentResult { StatusCode = StatusCodes.Status404NotFound, ContentType = "text/plain; charset=utf-8", Content = L["This preview has expired. Check and preview again."].Value }
            : Content(html, "text/html; charset=utf-8");
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        Accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new AccountChoice(a.Id, a.Name, a.NameEn)).ToListAsync(ct);
        AccountId ??= Accounts.Count > 0 ? Accounts[0].Id : Sample;
        var month = LetterMonths.Previous(calendar.Today);
        if (Month is { Length: > 0 } && !LetterMonths.TryParse(Month, out month))
        {
            MonthProblem = L["\"{0}\" is not a month; showing {1}.", Month, LetterMonths.Previous(calendar.Today).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)].Value;
            month = LetterMonths.Previous(calendar.Today);
        }
        Month = month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var preview = await previewer.PreviewAsync(Language, Input.ToText(), AccountId == Sample ? null : AccountId, month, ct);
        var problems = preview.Problems.Select(p => new TemplatePreviewProblem(p.Part, p.Line, TemplateDisplay.Problem(L, p))).ToList();
        var notice = preview.FromSample
            ? AccountId == Sample ? L["A sample letter with made-up figures."].Value : L["That account was not found; showing a sample letter."].Value
            : null;
        if (preview.Letter is not { } letter)
        {
            Preview = new TemplatePreviewView(null, null, null, problems, notice);
            return;
        }
        var token = previews.Keep(User.ToViewer().UserId, letter.HtmlBody);
        Preview = new TemplatePreviewView(letter.Subject, Url.Page("Edit", "PreviewHtml", new { language = Language, token }), letter.TextBody, problems, notice);
    }
}
