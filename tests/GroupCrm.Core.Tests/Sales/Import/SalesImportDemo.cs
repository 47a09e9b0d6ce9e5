using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales;
using GroupCrm.Core.Sales.Import;
using GroupCrm.Core.Tests.Onboarding.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace GroupCrm.Core.Tests.Sales.Import;

/// <summary>The services of the sales import on a test database, and the demo facts the tests build their files from.</summary>
internal static class SalesImportDemo
{
    private static readonly IConfiguration Configuration = new ConfigurationBuilder().Build();
    public static readonly OrganisationCalendar Calendar = new(TimeProvider.System, Configuration);

    public static DateOnly CurrentMonth => new(Calendar.Today.Year, Calendar.Today.Month, 1);

    /// <summary>A month of the demo sales (1 = the last full month).</summary>
    public static DateOnly MonthsAgo(int months) => CurrentMonth.AddMonths(-months);

    public static string Text(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static SalesImporter Importer(CrmDbContext db, int maxMegabytes = SalesImportSettings.DefaultMaxMegabytes) =>
        new(db, Calendar, TimeProvider.System, new SalesImportSettings(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sales:ImportMaxMegabytes"] = maxMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .Build()));

    public static SalesImportRollback Rollback(CrmDbContext db) => new(db, TimeProvider.System, Calendar);

    public static Task<Viewer> AdminAsync(CrmDbContext db) => RecordsDemo.ViewerAsync(db, "admin");

    /// <summary>Stores that have sales in the demo data, by id; tests take different ones so that they do not meet.</summary>
    public static async Task<List<(int Id, string Licence)>> StoresWithSalesAsync(CrmDbContext db, int skip, int take) =>
        [.. (await db.Stores.AsNoTracking()
                .Where(s => db.MonthlySales.Any(m => m.StoreId == s.Id && m.Month == MonthsAgo(1)))
                .OrderBy(s => s.Id).Skip(skip).Take(take)
                .Select(s => new { s.Id, s.RetailLicenceNumber }).ToListAsync())
            .Select(s => (s.Id, s.RetailLicenceNumber))];

    public static async Task<List<(int Id, string Code)>> ActiveProductsAsync(CrmDbContext db, int take) =>
        [.. (await db.Products.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Id).Take(take)
            .Select(p => new { p.Id, p.Code }).ToListAsync()).Select(p => (p.Id, p.Code))];

    public static Task<string> InactiveProductCodeAsync(CrmDbContext db) =>
        db.Products.Where(p => !p.IsActive).OrderBy(p => p.Id).Select(p => p.Code).FirstAsync();

    /// <summary>The rows of one month × store cell, in key order.</summary>
    public static async Task<List<(int Product, int Quantity, decimal Amount)>> CellAsync(CrmDbContext db, DateOnly month, int storeId) =>
        [.. (await db.MonthlySales.AsNoTracking().Where(s => s.Month == month && s.StoreId == storeId).OrderBy(s => s.ProductId)
            .Select(s => new { s.ProductId, s.Quantity, s.Amount }).ToListAsync()).Select(s => (s.ProductId, s.Quantity, s.Amount))];

    /// <summary>A fingerprint of all sales and import history: equal before and after means nothing was written.</summary>
    public static async Task<(int Rows, long Quantity, decimal Amount, int Imports, int Cells, int Backups)> FingerprintAsync(CrmDbContext db) =>
        (await db.MonthlySales.CountAsync(), await db.MonthlySales.SumAsync(s => (long)s.Quantity), await db.MonthlySales.SumAsync(s => s.Amount),
         await db.SalesImports.CountAsync(), await db.SalesImportCells.CountAsync(), await db.SalesImportBackups.CountAsync());
}
