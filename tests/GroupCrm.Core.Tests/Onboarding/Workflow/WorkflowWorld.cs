using GroupCrm.Core.Data;
using GroupCrm.Core.DemoData;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Workflow;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Onboarding.Workflow;

/// <summary>
/// The demo people on a test class's database, the Core services as the app registers them (on a fixed
/// clock), and small builders that insert accounts, documents and surveys directly. Every test makes its
/// own accounts, so tests of one class never see each other's changes.
/// </summary>
public sealed class WorkflowWorld(DatabaseFixture fixture) : IAsyncDisposable
{
    private readonly ServiceProvider _services = Build(fixture.ConnectionString);

    /// <summary>The Core services as the app registers them, with an empty configuration (the defaults) and the fixed clock.</summary>
    private static ServiceProvider Build(string connectionString)
    {
        return CoreServices.Build(connectionString, new FixedClock());
    }

    public CrmDbContext Db() => fixture.CreateContext();

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task<Viewer> ViewerAsync(string userName)
    {
        await using var db = Db();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        return new Viewer(user.Id, DemoLogins.All.Single(l => l.UserName == userName).Role, user.DistrictId);
    }

    /// <summary>An account of <paramref name="owner"/>, in their district with that district's market manager.</summary>
    public async Task<int> AccountAsync(AccountState state, string owner = "am.east1", string? name = null)
    {
        var manager = await ViewerAsync(owner);
        await using var db = Db();
        var marketManager = await db.Users.Where(u => u.DistrictId == manager.DistrictId && u.UserName!.StartsWith("mm.")).Select(u => u.Id).SingleAsync();
        var account = new GroupAccount
        {
            Name = name ?? "测试连锁 " + Guid.NewGuid().ToString("N")[..6], NameEn = "Test chain",
            BusinessLicenceNumber = "T" + Guid.NewGuid().ToString("N")[..17].ToUpperInvariant(),
            State = state, DistrictId = manager.DistrictId!.Value, AccountManagerId = manager.UserId, MarketManagerId = marketManager,
            CreatedAt = FixedClock.Instant.AddDays(-30),
        };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }

    /// <summary>An account that meets every gate: six accepted current documents and a recommending survey.</summary>
    public async Task<int> ReadyAccountAsync(AccountState state, string owner = "am.east1")
    {
        var id = await AccountAsync(state, owner);
        await DocumentsAsync(id);
        await SurveyAsync(id, recommend: true);
        return id;
    }

    /// <summary>One accepted, unexpired document of every type except those given.</summary>
    public async Task DocumentsAsync(int accountId, params string[] except)
    {
        await using var db = Db();
        foreach (var type in await db.DocumentTypes.Where(t => !except.Contains(t.Code)).ToListAsync())
            await DocumentAsync(accountId, type.Code, DocumentVerdict.Accepted, type.Expires ? FixedClock.Today.AddYears(2) : null);
    }

    /// <summary>A new version of one document of the account, with the given verdict and expiry.</summary>
    public async Task DocumentAsync(int accountId, string typeCode, DocumentVerdict verdict, DateOnly? expiresOn)
    {
        await using var db = Db();
        var type = await db.DocumentTypes.SingleAsync(t => t.Code == typeCode);
        var uploader = await db.Accounts.Where(a => a.Id == accountId).Select(a => a.AccountManagerId).SingleAsync();
        var version = 1 + (await db.AccountDocuments.Where(d => d.AccountId == accountId && d.DocumentTypeId == type.Id).MaxAsync(d => (int?)d.Version) ?? 0);
        var file = new StoredFile { Id = Guid.NewGuid(), Content = "%PDF-1.4\n"u8.ToArray(), StoredAt = FixedClock.Instant };
        db.StoredFiles.Add(file);
        db.AccountDocuments.Add(new AccountDocument
        {
            AccountId = accountId, DocumentTypeId = type.Id, Version = version, Number = "NO-" + version,
            IssuedOn = FixedClock.Today.AddYears(-1), ExpiresOn = expiresOn, FileId = file.Id, FileName = "scan.pdf",
            ContentType = "application/pdf", SizeBytes = file.Content.Length, Sha256 = new string('a', 64),
            UploadedById = uploader, UploadedAt = FixedClock.Instant, Verdict = verdict,
        });
        await db.SaveChangesAsync();
    }

    public async Task SurveyAsync(int accountId, bool recommend, DateOnly? surveyedOn = null)
    {
        await using var db = Db();
        var surveyor = await db.Accounts.Where(a => a.Id == accountId).Select(a => a.MarketManagerId!.Value).SingleAsync();
        db.SiteSurveys.Add(new SiteSurvey
        {
            AccountId = accountId, SurveyedOn = surveyedOn ?? FixedClock.Today.AddDays(-1), LocationScore = 4, EnvironmentScore = 4,
            AppearanceScore = 3, SalesScaleScore = 5, ManagementScore = 4, Recommend = recommend, SurveyedById = surveyor,
            RecordedAt = FixedClock.Instant,
        });
        await db.SaveChangesAsync();
    }

    public async Task<(AccountState State, uint Version)> StateAsync(int accountId)
    {
        await using var db = Db();
        var account = await db.Accounts.Where(a => a.Id == accountId).Select(a => new { a.State, a.Version }).SingleAsync();
        return (account.State, account.Version);
    }

    public async Task<List<AccountTransition>> TimelineAsync(int accountId)
    {
        await using var db = Db();
        return await db.AccountTransitions.Where(t => t.AccountId == accountId).OrderBy(t => t.Id).ToListAsync();
    }

    /// <summary>Takes a step as <paramref name="userName"/> on the account's current version (or the one given).</summary>
    public async Task<WorkflowResult> MoveAsync(string userName, int accountId, AccountState to, string? note = null, uint? version = null)
    {
        var viewer = await ViewerAsync(userName);
        var expected = version ?? (await StateAsync(accountId)).Version;
        return await RunAsync<OnboardingWorkflow, WorkflowResult>(w => w.TransitionAsync(viewer, accountId, to, note, expected));
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
