using System.Text;
using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Letters.Review;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Letters;

/// <summary>
/// One letter: as the buyer will read it (its HTML in a sandboxed frame from <see cref="OnGetHtmlAsync"/>, and its
/// text part), the account manager's note and suggestions, the decision (approve or send back), regenerating a
/// draft, and once approved its delivery with "send again". Every form posts the version it was shown, so a change
/// from a stale page is a conflict and changes nothing.
/// </summary>
public sealed partial class DetailsModel(
    LetterReview review, LetterDrafting drafting, MailSettings mail, OrganisationCalendar calendar, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    /// <summary>
    /// The letter's own HTML may style itself inline and show embedded images, nothing else: no script, no
    /// requests, no forms; sandboxed even when opened outside its frame, and framed only by our own pages.
    /// </summary>
    public const string LetterPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

    public const string EditForm = "Edit";
    public const string DecisionForm = "Decision";
    public const string SendBackForm = "SendBack";
    public const string DeliveryForm = "Delivery";

    private IStringLocalizer<SharedResource> L => localizer;

    public LetterDetails Letter { get; private set; } = null!;
    public TimeZoneInfo Zone => calendar.TimeZone;
    public bool UsesPickupFolder => mail.UsesPickupDirectory;
    public string? PickupFolder => mail.UsesPickupDirectory && User.IsInRole(Roles.Administrator) ? mail.PickupDirectory : null;

    /// <summary>What was typed in a refused form, shown again instead of the stored text.</summary>
    [BindProperty] public LetterForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = new LetterForm { PersonalNote = Letter.PersonalNote, Suggestions = Letter.Suggestions, Version = Letter.Version };
        return Page();
    }

    /// <summary>The letter's HTML on its own, for the sandboxed frame: the same authorization as the page.</summary>
    public async Task<IActionResult> OnGetHtmlAsync(int id, CancellationToken ct)
    {
        var rendered = await review.RenderedAsync(User.ToViewer(), id, ct);
        if (rendered is null) return NotFound();
        var headers = Response.Headers;
        headers.ContentSecurityPolicy = LetterPolicy;
        headers.XFrameOptions = "SAMEORIGIN";
        headers.CacheControl = "private, no-store";
        return Content(rendered.HtmlBody, "text/html; charset=utf-8", Encoding.UTF8);
    }

    public string AccountName => DistrictChoices.NameOf(Letter.Account.Name, Letter.Account.NameEn is { Length: > 0 } en ? en : Letter.Account.Name);

    public string Problem(string? text) => LetterDisplay.Problem(text, (m, a) => L[m, a].Value);

    /// <summary>Errors of one form (under its prefix), in the order they were added.</summary>
    public IEnumerable<string> ErrorsOf(string form, string? field = null) =>
        ModelState.Where(e => field is null ? e.Key == form : e.Key == $"{form}.{field}")
            .SelectMany(e => e.Value?.Errors.AsEnumerable() ?? []).Select(e => e.ErrorMessage);

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var letter = await review.GetAsync(User.ToViewer(), id, ct);
        if (letter is null) return false;
        Letter = letter;
        return true;
    }

    private IActionResult Refusal(RecordResult result) => result.NotFound ? NotFound() : Forbid();

    private RedirectResult ToLetter(int id, string message, string? anchor = null)
    {
        TempData["Status"] = L[message].Value;
        return Redirect(Url.Content($"~/Letters/{id}") + (anchor is null ? "" : "#" + anchor));
    }

    private void AddErrors(RecordResult result, string form)
    {
        foreach (var error in result.Errors)
            ModelState.AddModelError(error.Field.Length == 0 ? form : $"{form}.{error.Field}", L[error.Message, error.Arguments]);
    }
}

/// <summary>The edit form: the note and the suggestions, one a line, with the version they were read at.</summary>
public sealed class LetterForm
{
    public string? PersonalNote { get; set; }
    public string? Suggestions { get; set; }
    public uint Version { get; set; }
}
