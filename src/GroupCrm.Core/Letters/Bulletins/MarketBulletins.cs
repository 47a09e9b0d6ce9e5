using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GroupCrm.Core.Letters.Bulletins;

/// <summary>
/// The districts' monthly market bulletins: list, read, and write one (create or update). Every call is scoped
/// by the viewer (see <see cref="BulletinAccess"/>); a district the viewer does not read is "not found".
/// A save names the version the form showed (null for a bulletin not written yet), so two writers never
/// overwrite each other unseen.
/// </summary>
public sealed class MarketBulletins(CrmDbContext db, OrganisationCalendar calendar, TimeProvider clock)
{
    public const int MaxPartLength = MarketBulletinConfiguration.MaxPartLength;

    private const int OpeningLength = 120;

    /// <summary>How much of a part the list reads: enough for the opening once Markdown marks are taken out.</summary>
    private const int OpeningSource = 600;

    /// <summary>The districts the viewer reads, by code.</summary>
    public async Task<IReadOnlyList<BulletinDistrict>> DistrictsAsync(Viewer viewer, CancellationToken ct = default)
    {
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Code)
            .Select(d => new { d.Id, d.Name, d.NameEn }).ToListAsync(ct);
        return [.. districts.Where(d => viewer.MayReadBulletins(d.Id)).Select(d => new BulletinDistrict(d.Id, d.Name, d.NameEn, viewer.MayWriteBulletins(d.Id)))];
    }

    /// <summary>The district if the viewer reads its bulletins; otherwise null.</summary>
    public async Task<BulletinDistrict?> FindDistrictAsync(Viewer viewer, int districtId, CancellationToken ct = default)
    {
        if (!viewer.MayReadBulletins(districtId)) return null;
        var district = await db.Districts.AsNoTracking().Where(d => d.Id == districtId)
            .Select(d => new { d.Name, d.NameEn }).SingleOrDefaultAsync(ct);
        return district is null ? null : new BulletinDistrict(districtId, district.Name, district.NameEn, viewer.MayWriteBulletins(districtId));
    }

    /// <summary>The bulletins the viewer reads (of one district, when given), newest month first.</summary>
    public async Task<IReadOnlyList<BulletinRow>> ListAsync(Viewer viewer, int? districtId = null, CancellationToken ct = default)
    {
        var bulletins = db.MarketBulletins.AsNoTracking().VisibleTo(viewer);
        if (districtId is { } only) bulletins = bulletins.Where(b => b.DistrictId == only);
        var rows = await bulletins
            .Join(db.Districts, b => b.DistrictId, d => d.Id, (b, d) => new { b, d })
            .Join(db.Users, x => x.b.AuthorId, u => u.Id, (x, u) => new { x.b, x.d, Author = u.DisplayName })
            .OrderByDescending(x => x.b.Month).ThenBy(x => x.d.Code)
            .Select(x => new
            {
                x.b.Id, x.b.DistrictId, x.d.Name, x.d.NameEn, x.b.Month, x.Author, x.b.UpdatedAt,
                Situation = x.b.MarketSituation.Substring(0, OpeningSource + 1),
                Trends = x.b.BrandTrends.Substring(0, OpeningSource + 1),
                News = x.b.ProductNews.Substring(0, OpeningSource + 1),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new BulletinRow(r.Id, r.DistrictId, r.Name, r.NameEn, r.Month, r.Author, r.UpdatedAt, Opening(r.Situation, r.Trends, r.News)))];
    }

    /// <summary>The district's bulletin for the month, if it is written and the viewer reads the district; otherwise null.</summary>
    public async Task<BulletinDetails?> GetAsync(Viewer viewer, int districtId, DateOnly month, CancellationToken ct = default)
    {
        var district = await FindDistrictAsync(viewer, districtId, ct);
        if (district is null) return null;
        var found = await db.MarketBulletins.AsNoTracking()
            .Where(b => b.DistrictId == districtId && b.Month == month)
            .Join(db.Users, b => b.AuthorId, u => u.Id, (b, u) => new { b, Author = u.DisplayName })
            .SingleOrDefaultAsync(ct);
        if (found is null) return null;
        var b = found.b;
        return new BulletinDetails(b.Id, district, b.Month, b.MarketSituation, b.BrandTrends, b.ProductNews, found.Author, b.CreatedAt, b.UpdatedAt, b.Version);
    }

    /// <summary>
    /// Writes the district's bulletin for the month: creates it when <paramref name="expectedVersion"/> is null,
    /// otherwise updates the one the form showed. The last writer becomes its author. Nothing is written when refused.
    /// </summary>
    public async Task<RecordResult> SaveAsync(
        Viewer viewer, int districtId, DateOnly month, BulletinInput input, uint? expectedVersion, CancellationToken ct = default)
    {
        if (await FindDistrictAsync(viewer, districtId, ct) is not { } district) return RecordResult.NoSuchRecord;
        if (!district.CanWrite) return RecordResult.NotAllowed;
        if (BulletinMonths.Problem(month, calendar.Today) is { } monthProblem) return RecordResult.Refused([monthProblem]);
        var text = input.Cleaned();
        if (text.Problems() is { Count: > 0 } problems) return RecordResult.Refused(problems);

        var now = clock.GetUtcNow();
        var bulletin = await db.MarketBulletins.SingleOrDefaultAsync(b => b.DistrictId == districtId && b.Month == month, ct);
        if (expectedVersion is null)
        {
            if (bulletin is not null) return RecordAccess.Forget(db, RecordResult.Conflict());
            bulletin = new MarketBulletin { DistrictId = districtId, Month = month, CreatedAt = now };
            Write(bulletin, text, viewer, now);
            return await InsertAsync(bulletin, ct);
        }
        if (bulletin is null) return RecordResult.Conflict();
        Write(bulletin, text, viewer, now);
        return await db.SaveVersionedAsync(bulletin, b => b.Version, expectedVersion.Value, b => b.Id, ct);
    }

    private static void Write(MarketBulletin bulletin, BulletinInput text, Viewer viewer, DateTimeOffset now)
    {
        bulletin.MarketSituation = text.MarketSituation ?? "";
        bulletin.BrandTrends = text.BrandTrends ?? "";
        bulletin.ProductNews = text.ProductNews ?? "";
        bulletin.AuthorId = viewer.UserId;
        bulletin.UpdatedAt = now;
    }

    /// <summary>The unique (district, month) index stops a second bulletin started at the same moment.</summary>
    private async Task<RecordResult> InsertAsync(MarketBulletin bulletin, CancellationToken ct)
    {
        db.MarketBulletins.Add(bulletin);
        try
        {
            await db.SaveChangesAsync(ct);
            return RecordResult.Done(bulletin.Id);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return RecordAccess.Forget(db, RecordResult.Conflict());
        }
    }

    /// <summary>The start of the first written part as one line of plain text, at most <see cref="OpeningLength"/> characters.</summary>
    private static string Opening(params string[] parts)
    {
        var first = parts.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p)) ?? "";
        var source = first.Length > OpeningSource ? first[..OpeningSource] : first;
        var flat = string.Join(' ', SafeMarkdown.ToPlainText(source).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (flat.Length > OpeningLength) return flat[..OpeningLength] + "…";
        return first.Length > OpeningSource ? flat + "…" : flat;
    }
}
