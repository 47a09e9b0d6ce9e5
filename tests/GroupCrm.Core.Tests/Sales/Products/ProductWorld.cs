using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Products;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Tests.Onboarding.Records;
using GroupCrm.Core.Tests.Onboarding.Workflow;
using Microsoft.Extensions.Configuration;

namespace GroupCrm.Core.Tests.Sales.Products;

/// <summary>
/// The catalogue on a test class's demo database, on a clock that stands at <see cref="Today"/> (or any
/// other day), and a builder of fresh products with unique codes, so tests never see each other's products.
/// </summary>
internal sealed class ProductWorld(DatabaseFixture fixture)
{
    public static readonly DateOnly Today = FixedClock.Today; // 2026-03-16 in Shanghai

    public CrmDbContext Db() => fixture.CreateContext();

    public static ProductCatalogue Catalogue(CrmDbContext db, DateOnly? today = null)
    {
        var clock = today is { } day ? new FixedClock(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(8))) : new FixedClock();
        return new ProductCatalogue(db, new OrganisationCalendar(clock, new ConfigurationBuilder().Build()), clock);
    }

    public async Task<Viewer> ViewerAsync(string userName)
    {
        await using var db = Db();
        return await RecordsDemo.ViewerAsync(db, userName);
    }

    public static string NewCode() => "T-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    public static NewProduct Input(string? code = null, decimal? price = 88.50m, string name = "测试烟(软)", string nameEn = "Test (Soft)") =>
        new(code ?? NewCode(), price, true, new ProductFields("测试 Test", name, nameEn, "B", "条", false, null));

    /// <summary>Creates a product as the administrator and returns its id.</summary>
    public async Task<int> ProductAsync(decimal price = 100m, NewProduct? input = null)
    {
        await using var db = Db();
        var result = await Catalogue(db).CreateAsync(await ViewerAsync("admin"), input ?? Input(price: price));
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Id;
    }

    public static void ShouldBeRefused(RecordResult result, params string[] fields)
    {
        result.Succeeded.ShouldBeFalse();
        result.Errors.Select(e => e.Field).ShouldBe(fields);
    }
}
