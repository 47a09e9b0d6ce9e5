using GroupCrm.Core.Data;
using GroupCrm.Core.Letters.Bulletins;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Letters.Bulletins;

/// <summary>
/// Two districts with their people on a clock that stands still at noon on 15 June 2026 (Shanghai), and the
/// bulletin service. Each world makes its own districts, so worlds sharing a database do not see each other's bulletins.
/// </summary>
public sealed class BulletinWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 4, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly ThisMonth = new(2026, 6, 1);
    public static readonly DateOnly LastMonth = new(2026, 5, 1);

    private readonly DatabaseFixture _fixture;
    private readonly ServiceProvider _services;

    private BulletinWorld(DatabaseFixture fixture, TestPeople people)
    {
        _fixture = fixture;
        _services = CoreServices.Build(fixture.ConnectionString, new StillClock(Now));
        People = people;
    }

    public TestPeople People { get; }
    public int Home => People.Home.Id;
    public int Away => People.Away.Id;

    public static async Task<BulletinWorld> CreateAsync(DatabaseFixture fixture)
    {
        await using var db = fixture.CreateContext();
        return new BulletinWorld(fixture, await TestPeople.AddAsync(db, Now));
    }

    public CrmDbContext Db() => _fixture.CreateContext();

    public async Task<T> RunAsync<T>(Func<MarketBulletins, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<MarketBulletins>());
    }

    public Task<RecordResult> SaveAsync(Viewer who, int district, DateOnly month, BulletinInput input, uint? version = null) =>
        RunAsync(b => b.SaveAsync(who, district, month, input, version));

    /// <summary>Writes a bulletin as the district's market manager (or the writer given) and returns its version.</summary>
    public async Task<uint> WrittenAsync(int district, DateOnly month, string situation = "市场平稳", Viewer? writer = null)
    {
        var result = await SaveAsync(writer ?? (district == Home ? People.MarketManager : People.AwayMarketManager), district, month, new(situation, "", ""));
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        return await VersionAsync(district, month);
    }

    public async Task<uint> VersionAsync(int district, DateOnly month)
    {
        await using var db = Db();
        return await db.MarketBulletins.Where(b => b.DistrictId == district && b.Month == month).Select(b => b.Version).SingleAsync();
    }

    public async Task<MarketBulletin?> StoredAsync(int district, DateOnly month)
    {
        await using var db = Db();
        return await db.MarketBulletins.AsNoTracking().SingleOrDefaultAsync(b => b.DistrictId == district && b.Month == month);
    }

    public async Task<int> CountAsync()
    {
        await using var db = Db();
        return await db.MarketBulletins.CountAsync(b => b.DistrictId == Home || b.DistrictId == Away);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
