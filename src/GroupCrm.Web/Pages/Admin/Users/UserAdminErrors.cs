using GroupCrm.Core.Organisation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Admin.Users;

internal static class UserAdminErrors
{
    /// <summary>
    /// Shows each refusal of <see cref="UserAdministration"/> next to its input (the form's property of the
    /// same name under <paramref name="prefix"/>), or above the form when it is about no single input.
    /// </summary>
    public static void AddErrors(this ModelStateDictionary state, UserAdminResult result, IStringLocalizer L, string prefix)
    {
        foreach (var error in result.Errors)
            state.AddModelError(error.Field.Length == 0 ? "" : $"{prefix}.{error.Field}", L[error.Message, error.Arguments]);
    }
}
