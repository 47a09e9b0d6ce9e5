using GroupCrm.Core.Sales.Import;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Sales.Import;

/// <summary>
/// The transport limits of the sales upload, from the Sales:ImportMaxMegabytes setting. A request up to
/// the limit (plus room for the form's other fields) is let through past Kestrel's 30 MB and the form
/// reader's 128 MB defaults, and the file is judged by Core. A request that declares a larger size is
/// sent back to the form with the size message before antiforgery or model binding read a byte of it.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SalesUploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public const string RefusalKey = "SalesUploadRefusal";
    private const long FormOverhead = 1024 * 1024;

    /// <summary>
    /// Up to this size a refused body is still read and thrown away before the answer, so that the browser,
    /// still sending, shows the answer rather than a broken connection. Beyond it the page's script stops
    /// such files before they are sent.
    /// </summary>
    private const long DrainBytes = 100L * 1024 * 1024;

    /// <summary>Before the size-limit filters (900) and antiforgery (1000), which would read the body.</summary>
    public int Order => 0;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method)) return;
        var settings = http.RequestServices.GetRequiredService<SalesImportSettings>();
        var limit = settings.MaxBytes + FormOverhead;
        var bodySize = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (http.Request.ContentLength is not { } length || length <= limit)
        {
            if (bodySize is { IsReadOnly: false }) bodySize.MaxRequestBodySize = limit;
            if (http.Features.Get<IFormFeature>()?.Form is null)
                http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
            return;
        }
        if (length <= DrainBytes && bodySize is { IsReadOnly: false })
        {
            bodySize.MaxRequestBodySize = length;
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
        }
        var L = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
        tempData[RefusalKey] = L[SalesImportMessages.TooLarge, settings.MaxMegabytes].Value;
        tempData.Save(); // result filters, which normally save it, do not run after an authorization filter answers
        // The browser follows with a GET of the form, so the body is not sent again.
        context.Result = new RedirectResult(http.Request.Path + http.Request.QueryString);
    }
}
