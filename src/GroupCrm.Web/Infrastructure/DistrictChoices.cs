using System.Globalization;
using GroupCrm.Core.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Infrastructure;

/// <summary>Districts for the filter and the forms, named in the language the user reads (Chinese name or English name).</summary>
public static class DistrictChoices
{
    public static bool InChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public static string NameOf(string name, string nameEn) => InChinese ? name : nameEn;

    public static async Task<IReadOnlyList<SelectListItem>> LoadAsync(CrmDbContext db, CancellationToken ct)
    {
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Code)
            .Select(d => new { d.Id, d.Name, d.NameEn })
            .ToListAsync(ct);
        return [.. districts.Select(d => new SelectListItem(NameOf(d.Name, d.NameEn), d.Id.ToString(CultureInfo.InvariantCulture)))];
    }
}
