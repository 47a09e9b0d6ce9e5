using System.Globalization;
using GroupCrm.Core.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Pages.Accounts.Stores;

/// <summary>Customer categories named in the language the user reads: the Chinese name, or the English one.</summary>
public static class CategoryNames
{
    public static string Of(string name, string nameEn) =>
        CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? name : nameEn;

    public static async Task<IReadOnlyList<SelectListItem>> ChoicesAsync(CrmDbContext db, CancellationToken ct) =>
        [.. (await db.CustomerCategories.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Name, c.NameEn }).ToListAsync(ct))
            .Select(c => new SelectListItem(Of(c.Name, c.NameEn), c.Id.ToString(CultureInfo.InvariantCulture)))];
}
