using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Onboarding.Documents;

/// <summary>
/// Two districts with their own people, made fresh for every test on an empty migrated database, the
/// Core services on a clock that stands still, and builders for accounts and document versions. Every
/// test works on accounts of its own, so nothing one test writes is seen by another.
/// </summary>
public sealed class DocumentWorld : IAsyncDisposable
{
    /// <summary>12:00 in Shanghai on <see cref="Today"/>.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 4, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 6, 15);

    private readonly DatabaseFixture _fixture;
    private readonly ServiceProvider _services;

    private DocumentWorld(DatabaseFixture fixture)
    {
        _fixture = fixture;
        _services = CoreServices.Build(fixture.ConnectionString, new StillClock(Now));
    }

    public Viewer Manager { get; private set; } = null!;
    public Viewer OtherManager { get; private set; } = null!;
    public Viewer MarketManager { get; private set; } = null!;
    public Viewer OtherDistrictMarketManager { get; private set; } = null!;
    public Viewer Administrator { get; private set; } = null!;
    public Viewer Approver { get; private set; } = null!;

    public static async Task<DocumentWorld> CreateAsync(DatabaseFixture fixture)
    {
        var world = new DocumentWorld(fixture);
        await using var db = world.Db();
        var people = await TestPeople.AddAsync(db, Now);
        (world.Manager, world.OtherManager, world.MarketManager, world.OtherDistrictMarketManager, world.Administrator, world.Approver) =
            (people.Manager, people.OtherManager, people.MarketManager, people.AwayMarketManager, people.Administrator, people.Approver);
        return world;
    }

    public CrmDbContext Db() => _fixture.CreateContext();

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>An account of <see cref="Manager"/> (or the manager given) in the home district.</summary>
    public async Task<int> AccountAsync(AccountState state = AccountState.UnderReview, Viewer? manager = null, string name = "华联超市")
    {
        await using var db = Db();
        var account = new GroupAccount
        {
            Name = name, NameEn = "Test chain", BusinessLicenceNumber = "T" + Guid.NewGuid().ToString("N")[..17],
            State = state, DistrictId = Manager.DistrictId!.Value, AccountManagerId = (manager ?? Manager).UserId,
            MarketManagerId = MarketManager.UserId, CreatedAt = Now.AddDays(-30),
        };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }

    public async Task<int> TypeIdAsync(string code)
    {
        await using var db = Db();
        return await db.DocumentTypes.Where(t => t.Code == code).Select(t => t.Id).SingleAsync();
    }

    /// <summary>Uploads through the register; by default a business licence issued a year ago, valid for three more years when its type expires.</summary>
    public async Task<DocumentResult> UploadAsync(Viewer who, int accountId, byte[]? content = null, string type = Types.Expiring,
        string? number = "91310000MA1FL0001X", DateOnly? issuedOn = null, DateOnly? expiresOn = null, string? fileName = "营业执照.pdf", bool noExpiry = false)
    {
        await using var db = Db();
        var kind = await db.DocumentTypes.Where(t => t.Code == type).Select(t => new { t.Id, t.Expires }).SingleAsync();
        expiresOn ??= kind.Expires && !noExpiry ? Today.AddYears(3) : null;
        return await RunAsync<DocumentRegister, DocumentResult>(r => r.UploadAsync(
            who, accountId, kind.Id, number, issuedOn ?? Today.AddYears(-1), expiresOn, fileName, new MemoryStream(content ?? SampleFiles.Pdf())));
    }

    public Task<DocumentResult> ReviewAsync(Viewer who, int accountId, int documentId, DocumentVerdict verdict, string? reason = null) =>
        RunAsync<DocumentRegister, DocumentResult>(r => r.ReviewAsync(who, accountId, documentId, verdict, reason));

    /// <summary>A version written straight to the database, for states an upload cannot reach (an expired acceptance).</summary>
    public async Task<int> InsertAsync(int accountId, string type, DocumentVerdict verdict, DateOnly? expiresOn)
    {
        var typeId = await TypeIdAsync(type);
        await using var db = Db();
        var version = 1 + (await db.AccountDocuments.Where(d => d.AccountId == accountId && d.DocumentTypeId == typeId).MaxAsync(d => (int?)d.Version) ?? 0);
        var file = new StoredFile { Id = Guid.NewGuid(), Content = SampleFiles.Pdf(), StoredAt = Now };
        var document = new AccountDocument
        {
            AccountId = accountId, DocumentTypeId = typeId, Version = version, Number = "N-" + version, IssuedOn = Today.AddYears(-3),
            ExpiresOn = expiresOn, FileId = file.Id, FileName = "scan.pdf", ContentType = "application/pdf", SizeBytes = file.Content.Length,
            Sha256 = new string('0', 64), UploadedById = Manager.UserId, UploadedAt = Now.AddDays(-400), Verdict = verdict,
        };
        db.StoredFiles.Add(file);
        db.AccountDocuments.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }

    /// <summary>Every version of the account's documents, oldest first.</summary>
    public async Task<List<AccountDocument>> DocumentsAsync(int accountId)
    {
        await using var db = Db();
        return await db.AccountDocuments.AsNoTracking().Where(d => d.AccountId == accountId).OrderBy(d => d.Id).ToListAsync();
    }

    public async Task<int> StoredFileCountAsync()
    {
        await using var db = Db();
        return await db.StoredFiles.CountAsync();
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

}

/// <summary>Seeded document type codes the tests use.</summary>
public static class Types
{
    public const string Expiring = "BUSINESS_LICENCE";
    public const string NonExpiring = "TAX_REGISTRATION";
}
