using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages;

/// <summary>One page for every error status, so the user always gets a sentence, never an empty response.</summary>
[AllowAnonymous, IgnoreAntiforgeryToken, ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public void OnGet(int? status) => Status = status ?? StatusCodes.Status500InternalServerError;

    public void OnPost(int? status) => OnGet(status);

    public static readonly IReadOnlyDictionary<int, string> Messages = new Dictionary<int, string>
    {
        [StatusCodes.Status400BadRequest] = "The request could not be accepted. If you were sending a form, reload the page and try again.",
        [StatusCodes.Status403Forbidden] = "Your role does not give access to this page.",
        [StatusCodes.Status404NotFound] = "There is no such page, or it is not yours to see.",
        [StatusCodes.Status429TooManyRequests] = "Too many attempts. Wait a minute and try again.",
        [StatusCodes.Status500InternalServerError] = "Something went wrong on our side. Please try again.",
    };

    public string Message => Messages.GetValueOrDefault(Status, Messages[StatusCodes.Status500InternalServerError]);
}
