using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Sales.Products;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Products;

/// <summary>What the product pages that change things share: the role check, Core's refusals on the form, the way back.</summary>
public abstract class ProductPage(IStringLocalizer<SharedResource> localizer) : PageModel
{
    protected IStringLocalizer<SharedResource> L => localizer;

    /// <summary>Administrators and market managers edit products; everyone else reads them.</summary>
    public bool CanEdit => ProductCatalogue.CanEdit(User.ToViewer());

    /// <summary>For a refusal Core made itself.</summary>
    protected IActionResult Refusal(RecordResult result) => result.NotFound ? NotFound() : Forbid();

    /// <summary>Shows each refusal next to its input (the form's property of the same name under <paramref name="prefix"/>), or above the form.</summary>
    protected void AddErrors(RecordResult result, string prefix)
    {
        foreach (var error in result.Errors)
            ModelState.AddModelError(error.Field.Length == 0 ? "" : $"{prefix}.{error.Field}", L[error.Message, error.Arguments]);
    }

    protected RedirectResult Done(string url, string message, params object[] arguments)
    {
        TempData["Status"] = L[message, arguments].Value;
        return Redirect(Url.Content(url));
    }
}
