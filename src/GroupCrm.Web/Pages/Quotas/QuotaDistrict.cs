using GroupCrm.Core.Data;
using GroupCrm.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Pages.Quotas;

/// <summary>A district as the quota pages name it: in the reader's language, in the districts' own order.</summary>
public sealed record QuotaDistrict(int Id, string Code, string Name, string NameEn)
{
    public string DisplayName => DistrictChoices.NameOf(Name, NameEn);

    public static async Task<IReadOnlyList<QuotaDistrict>> AllAsync(CrmDbContext db, CancellationToken ct) =>
        await db.Districts.AsNoTracking().OrderBy(d => d.Code).Select(d => new QuotaDistrict(d.Id, d.Code, d.Name, d.NameEn)).ToListAsync(ct);
}
