using GroupCrm.Core.Onboarding.Documents;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Accounts.Documents;

/// <summary>
/// The transport limits of the upload form. A request up to <see cref="RequestBytes"/> (the 10 MB file
/// plus room for the other fields) is read and the file judged by Core, which refuses anything over
/// 10 MB with its own message. A larger one is answered by <see cref="RefuseOversizedUploadAttribute"/>
/// before antiforgery or model binding read it: they would fail on the size limit with a bare 400.
/// </summary>
public static class UploadLimits
{
    public const int RequestBytes = UploadedFileCheck.MaxBytes + 1024 * 1024;

    /// <summary>
    /// Up to this size a refused body is still read (and thrown away) before the answer: a server that
    /// answers and closes while the browser is still sending makes the browser show a connection
    /// error instead of the answer. Beyond it the connection is cut; the page's script stops such
    /// files before they are sent.
    /// </summary>
    public const long DrainBytes = 100L * 1024 * 1024;

    /// <summary>TempData key that carries the refusal to the form shown after the redirect.</summary>
    public const string RefusalKey = "UploadRefusal";
}

/// <summary>Sends a POST whose declared size exceeds <see cref="UploadLimits.RequestBytes"/> back to the form with the reason.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RefuseOversizedUploadAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Before the size-limit filters (900) and antiforgery (1000), which would read the body.</summary>
    public int Order => 0;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || http.Request.ContentLength is not { } length || length <= UploadLimits.RequestBytes) return;
        if (length <= UploadLimits.DrainBytes && http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = length;
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
        }
        var L = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
        tempData[UploadLimits.RefusalKey] = L[UploadedFileCheck.TooLargeMessage].Value;
        tempData.Save(); // result filters, which normally save it, do not run after an authorization filter answers
        // The browser follows with a GET of the form, so the body is not sent again.
        context.Result = new RedirectResult(http.Request.Path + http.Request.QueryString);
    }
}
