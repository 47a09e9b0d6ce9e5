using System.Globalization;
using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Onboarding.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Notices;

/// <summary>
/// The page behind the link in a notice e-mail, for a buyer who has no account here. GET only shows the notice
/// (mail scanners open links), the form's POST records who acknowledged and when. A link that is not genuine,
/// has expired, belongs to another notice, or a notice already acknowledged or replaced, gets a page that says so,
/// and nothing is recorded. The page speaks the notice's language.
/// </summary>
[AllowAnonymous, ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class AcknowledgeModel(NoticeAcknowledgements acknowledgements) : PageModel, IAsyncResultFilter
{
    /// <summary>What to show. Until a handler has run: a refused link, so nothing of any notice can show by mistake.</summary>
    public AckPage Ack { get; private set; } = AckPage.Refused(AckRefusal.InvalidToken, NoticeLanguages.Chinese);

    [BindProperty]
    public string? Name { get; set; }

    /// <summary>Why the name typed was not accepted; worded when the page is, in the notice's language.</summary>
    public IReadOnlyList<RecordError> NameErrors { get; private set; } = [];

    /// <summary>Set by the POST that recorded the acknowledgement, read once by the GET it redirects to.</summary>
    [TempData]
    public bool JustAcknowledged { get; set; }

    public async Task<IActionResult> OnGetAsync(string? noticeId, string? token, CancellationToken ct)
    {
        Ack = NoticeIdOf(noticeId) is { } id ? await acknowledgements.OpenAsync(id, token, ct) : NotANotice;
        Name = Ack.ContactName;
        return Shown(StatusFor(Ack.Refusal, posted: false));
    }

    public async Task<IActionResult> OnPostAsync(string? noticeId, string? token, CancellationToken ct)
    {
        if (NoticeIdOf(noticeId) is not { } id)
        {
            Ack = NotANotice;
            return Shown(StatusFor(Ack.Refusal, posted: true));
        }
        var outcome = await acknowledgements.AcknowledgeAsync(id, token, Name, ct);
        if (outcome.Recorded)
        {
            JustAcknowledged = true;
            return RedirectToPage(new { noticeId = id, token });
        }
        Ack = outcome.Page;
        NameErrors = outcome.Errors;
        return Shown(NameErrors.Count > 0 ? StatusCodes.Status200OK : StatusFor(Ack.Refusal, posted: true));
    }

    /// <summary>Who acknowledged and when, as the notice's own status says it (the last of its lines once acknowledged).</summary>
    public string AcknowledgedLine => Ack.Notice is { Status: { Acknowledged: true, Lines.Count: > 0 } status } ? status.Lines[^1] : "";

    /// <summary>Refusals keep their own page (not the app's error page) with a status that tells machines too.</summary>
    public static int StatusFor(AckRefusal refusal, bool posted) => refusal switch
    {
        AckRefusal.None => StatusCodes.Status200OK,
        AckRefusal.AlreadyAcknowledged => posted ? StatusCodes.Status409Conflict : StatusCodes.Status200OK,
        AckRefusal.Expired or AckRefusal.Superseded or AckRefusal.ContactRemoved => StatusCodes.Status410Gone,
        AckRefusal.NoSuchNotice => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status400BadRequest,
    };

    // The whole page, layout included, is written in the notice's language (a result filter, because a culture
    // set in a handler does not outlive it). The address carries the token: it is never sent on as a referrer.
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = NoticeCulture.For(Ack.Language);
        try { await next(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture); }
    }

    private IActionResult Shown(int status)
    {
        Response.StatusCode = status;
        if (HttpContext.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
        return Page();
    }

    private static AckPage NotANotice => AckPage.Refused(AckRefusal.InvalidToken, NoticeLanguages.Chinese);

    /// <summary>The id in the address, if it is one at all: anything else is a broken link, not a missing page.</summary>
    private static int? NoticeIdOf(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
