using GroupCrm.Web.Infrastructure;
using System.ComponentModel.DataAnnotations;
using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Pages.Admin.Users;

/// <summary>Every user, filtered by role, district and text, 50 to a page.</summary>
public sealed class IndexModel(CrmDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;
    public const string StatusKey = "UserAdminStatus";

    public sealed record Row(int Id, string UserName, string DisplayName, string? Role, string? District, bool IsDisabled, bool IsLockedOut, DateTimeOffset CreatedAt)
    {
        public string State => IsDisabled ? "Disabled" : IsLockedOut ? "Locked out" : "Enabled";
    }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? DistrictId { get; set; }

    [BindProperty(SupportsGet = true), StringLength(100, ErrorMessage = "The search text can be at most 100 characters.")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Districts = await DistrictChoices.LoadAsync(db, ct);
        var query = Filtered();
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var now = clock.GetUtcNow();
        var rows = await query
            .OrderBy(u => u.UserName)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.IsDisabled, u.CreatedAt,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                District = u.District == null ? null : new { u.District.Name, u.District.NameEn },
                IsLockedOut = u.LockoutEnd != null && u.LockoutEnd > now,
            })
            .ToListAsync(ct);
        Rows = [.. rows.Select(u => new Row(u.Id, u.UserName!, u.DisplayName, u.Role,
            u.District is null ? null : DistrictChoices.NameOf(u.District.Name, u.District.NameEn), u.IsDisabled, u.IsLockedOut, u.CreatedAt))];
    }

    /// <summary>The current filters plus a page number, for the paging links.</summary>
    public Dictionary<string, string> RouteFor(int page) => new()
    {
        [nameof(Role)] = Role ?? "",
        [nameof(DistrictId)] = DistrictId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        [nameof(Text)] = Text ?? "",
        [nameof(PageNumber)] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private IQueryable<CrmUser> Filtered()
    {
        var query = db.Users.AsNoTracking();
        if (Role is not null && Roles.All.Contains(Role))
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Role)));
        if (DistrictId is { } district)
            query = query.Where(u => u.DistrictId == district);
        // Over-long text is reported by the form, and not searched for.
        if (!string.IsNullOrWhiteSpace(Text) && ModelState.IsValid)
        {
            var text = Text.Trim().ToLowerInvariant();
            query = query.Where(u => u.UserName!.ToLower().Contains(text) || u.DisplayName.ToLower().Contains(text)
                                     || (u.Email != null && u.Email.ToLower().Contains(text)));
        }
        return query;
    }
}
