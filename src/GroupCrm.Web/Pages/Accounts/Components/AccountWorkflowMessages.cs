using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Workflow;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Accounts.Components;

/// <summary>Shows the workflow services' refusals in the user's language, arguments included (states, document type names).</summary>
public static class AccountWorkflowMessages
{
    public static string Localize(this IStringLocalizer L, WorkflowError error) =>
        L[error.Message, [.. error.Arguments.Select(a => Argument(L, a))]].Value;

    public static string Localize(this IStringLocalizer L, WorkflowResult result) =>
        string.Join(" ", result.Errors.Select(e => L.Localize(e)));

    /// <summary>Each refusal next to its input (the form's property of the same name under <paramref name="prefix"/>), or above the form.</summary>
    public static void AddErrors(this ModelStateDictionary state, WorkflowResult result, IStringLocalizer L, string prefix)
    {
        foreach (var error in result.Errors)
            state.AddModelError(error.Field.Length == 0 ? "" : $"{prefix}.{error.Field}", L.Localize(error));
    }

    private static object Argument(IStringLocalizer L, object argument) => argument switch
    {
        AccountState state => L[DisplayNames.State(state)].Value,
        NameList names => DistrictChoices.InChinese ? names.Chinese : names.English,
        _ => argument,
    };
}
