using System.ComponentModel.DataAnnotations;
using System.Globalization;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Accounts.Stores;

/// <summary>Every store of one account, filtered by activity and text, 50 to a page.</summary>
public sealed class IndexModel(CrmDbContext database, IStringLocalizer<SharedResource> localizer) : AccountRecordPage(database, localizer)
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string Name, string Category, string Licence, string? Address, string? Contact, string? Phone, decimal? Sales, bool IsActive);

    /// <summary>"active", "inactive", or anything else for all stores.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true), StringLength(100, ErrorMessage = "The search text can be at most 100 characters.")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await CheckAsync(id, toEdit: false, ct) is { } refused) return refused;
        var query = Filtered(id);
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var rows = await query.OrderByDescending(s => s.IsActive).ThenBy(s => s.Name).ThenBy(s => s.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(s => new
            {
                s.Id, s.Name, s.Category!.NameEn, CategoryName = s.Category.Name, s.RetailLicenceNumber, s.Address, s.ContactName, s.Phone,
                s.EstimatedMonthlySales, s.IsActive,
            })
            .ToListAsync(ct);
        Rows = [.. rows.Select(s => new Row(s.Id, s.Name, CategoryNames.Of(s.CategoryName, s.NameEn), s.RetailLicenceNumber,
            s.Address, s.ContactName, s.Phone, s.EstimatedMonthlySales, s.IsActive))];
        return Page();
    }

    /// <summary>The current filters plus a page number, for the paging links.</summary>
    public Dictionary<string, string> RouteFor(int page) => new()
    {
        ["id"] = Account.Id.ToString(CultureInfo.InvariantCulture),
        [nameof(Show)] = Show ?? "",
        [nameof(Text)] = Text ?? "",
        [nameof(PageNumber)] = page.ToString(CultureInfo.InvariantCulture),
    };

    private IQueryable<Store> Filtered(int accountId)
    {
        var query = Db.Stores.AsNoTracking().Where(s => s.AccountId == accountId);
        if (Show == "active") query = query.Where(s => s.IsActive);
        else if (Show == "inactive") query = query.Where(s => !s.IsActive);
        // Over-long text is reported by the form, and not searched for.
        if (!string.IsNullOrWhiteSpace(Text) && ModelState.IsValid)
        {
            var text = Text.Trim().ToLowerInvariant();
            query = query.Where(s => s.Name.ToLower().Contains(text) || s.RetailLicenceNumber.ToLower().Contains(text)
                                     || (s.Address != null && s.Address.ToLower().Contains(text))
                                     || (s.ContactName != null && s.ContactName.ToLower().Contains(text)));
        }
        return query;
    }
}
