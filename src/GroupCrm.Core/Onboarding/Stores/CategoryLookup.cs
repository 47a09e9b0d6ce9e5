using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Onboarding.Stores;

/// <summary>Finds a customer category by what a file may say: its code (HYPER), its Chinese name (大卖场) or its English name.</summary>
internal sealed class CategoryLookup
{
    private readonly Dictionary<string, int> _byText = new(StringComparer.OrdinalIgnoreCase);

    private CategoryLookup(IEnumerable<CustomerCategory> categories)
    {
        var list = categories.ToList();
        foreach (var c in list)
        {
            _byText.TryAdd(c.Code, c.Id);
            _byText.TryAdd(c.Name, c.Id);
            _byText.TryAdd(c.NameEn, c.Id);
        }
        Ids = [.. list.Select(c => c.Id)];
        Codes = string.Join(", ", list.Select(c => c.Code));
    }

    public IReadOnlyCollection<int> Ids { get; }

    /// <summary>The codes, for the message about an unknown category.</summary>
    public string Codes { get; }

    public int? Find(string text) => _byText.TryGetValue(text.Trim(), out var id) ? id : null;

    public static async Task<CategoryLookup> LoadAsync(CrmDbContext db, CancellationToken ct) =>
        new(await db.CustomerCategories.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct));
}
