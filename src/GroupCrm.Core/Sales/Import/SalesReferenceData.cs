using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Import;

/// <summary>
/// The stores (by retail licence number) and products (by code) a file may name, loaded once per pass:
/// a few thousand entries, looked up without allocating by the span of the field. Each store and product
/// also gets a dense index (0, 1, 2, …) so that the cells a file names fit in small bit sets.
/// Inactive stores are accepted: the order system's figures for a store that has since closed are still
/// its sales. Inactive products are refused (see <see cref="SalesImportMessages.InactiveProduct"/>).
/// </summary>
internal sealed class SalesReferenceData
{
    private readonly Dictionary<string, int> _storeIndex;
    private readonly Dictionary<string, int> _productIndex;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _stores;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _products;

    private SalesReferenceData(List<(int Id, string Licence)> stores, List<(int Id, string Code, bool Active)> products)
    {
        StoreIds = [.. stores.Select(s => s.Id)];
        ProductIds = [.. products.Select(p => p.Id)];
        ProductCodes = [.. products.Select(p => p.Code)];
        ProductActive = [.. products.Select(p => p.Active)];
        // Licence numbers and codes as people type them: letters in either case.
        _storeIndex = new Dictionary<string, int>(stores.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < stores.Count; i++) _storeIndex[stores[i].Licence] = i;
        _productIndex = new Dictionary<string, int>(products.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < products.Count; i++) _productIndex[products[i].Code] = i;
        _stores = _storeIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        _products = _productIndex.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int[] StoreIds { get; }
    public int[] ProductIds { get; }
    public string[] ProductCodes { get; }
    public bool[] ProductActive { get; }
    public int StoreCount => StoreIds.Length;
    public int ProductCount => ProductIds.Length;

    public static async Task<SalesReferenceData> LoadAsync(CrmDbContext db, CancellationToken ct)
    {
        var stores = await db.Stores.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.RetailLicenceNumber }).ToListAsync(ct);
        var products = await db.Products.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Code, p.IsActive }).ToListAsync(ct);
        return new SalesReferenceData([.. stores.Select(s => (s.Id, s.RetailLicenceNumber))], [.. products.Select(p => (p.Id, p.Code, p.IsActive))]);
    }

    public bool TryStore(ReadOnlySpan<char> licence, out int index) => _stores.TryGetValue(licence, out index);

    public bool TryProduct(ReadOnlySpan<char> code, out int index) => _products.TryGetValue(code, out index);
}
