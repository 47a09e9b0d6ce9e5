using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Infrastructure;

/// <summary>
/// Sends an upload POST whose declared size exceeds <paramref name="requestBytes"/> back to its form with
/// <paramref name="message"/> (a localization key), before antiforgery or model binding read the body: they
/// would fail on the size limit with a bare 400. The form shows the message from TempData[<see cref="RefusalKey"/>].
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RefuseOversizedUploadAttribute(int requestBytes, string message) : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public const string RefusalKey = "UploadRefusal";

    /// <summary>
    /// Up to this size a refused body is still read (and thrown away) before the answer: a server that
    /// answers and closes while the browser is still sending makes the browser show a connection
    /// error instead of the answer. Beyond it the connection is cut; the pages' script stops such
    /// files before they are sent.
    /// </summary>
    public const long DrainBytes = 100L * 1024 * 1024;

    /// <summary>Before the size-limit filters (900) and antiforgery (1000), which would read the body.</summary>
    public int Order => 0;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || http.Request.ContentLength is not { } length || length <= requestBytes) return;
        if (length <= DrainBytes && http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = length;
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
        }
        var L = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
        tempData[RefusalKey] = L[message].Value;
        tempData.Save(); // result filters, which normally save it, do not run after an authorization filter answers
        // The browser follows with a GET of the form, so the body is not sent again.
        context.Result = new RedirectResult(http.Request.Path + http.Request.QueryString);
    }
}
