using GroupCrm.Core.Visits.Recording;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GroupCrm.Web.Pages.Visits;

/// <summary>
/// One repeatable row of the visit form. <see cref="Index"/> is the row's number in the posted list, or
/// "__i__" in the template the page's script copies when a row is added.
/// </summary>
public abstract record VisitRowView(string List, string Index, ModelStateDictionary ModelState)
{
    public const string TemplateIndex = "__i__";

    public string Name(string field) => $"Input.{List}[{Index}].{field}";

    public string Id(string field) => $"{List}-{Index}-{field}".ToLowerInvariant();

    /// <summary>The first error of a field of this row, if the last post had one.</summary>
    public string? Error(string field) =>
        ModelState.TryGetValue(Name(field), out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public string Invalid(string field) => Error(field) is null ? "" : "is-invalid";
}

public sealed record ProductRowView(string Index, ProductRowForm Row, IReadOnlyList<ProductChoice> Products, ModelStateDictionary ModelState)
    : VisitRowView(nameof(VisitForm.Products), Index, ModelState);

public sealed record FollowUpRowView(string Index, FollowUpRowForm Row, IReadOnlyList<PersonChoice> Owners, int VisitorId, ModelStateDictionary ModelState)
    : VisitRowView(nameof(VisitForm.FollowUps), Index, ModelState);
