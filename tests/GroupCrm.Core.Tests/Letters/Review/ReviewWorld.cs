using System.Globalization;
using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Data;
using GroupCrm.Core.Letters;
using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Letters.Review;
using GroupCrm.Core.Letters.Templates;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Letters.Review;

/// <summary>
/// For one test: a fresh database with two districts and their people, an SMTP server process (not yet started), and
/// the Core services wired to them as the app wires them, on a clock the test moves (12:00 in Shanghai on 15 June
/// 2026, so the month under review is May). Letters are written as drafting leaves them: a snapshot (the sample
/// letter's facts, with the account's own names) and the template version in use for the account's language.
/// Each call runs in a scope of its own, like a separate request.
/// </summary>
public sealed class ReviewWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 4, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly May = new(2026, 5, 1);

    private readonly DatabaseFixture _database = new();
    private ServiceProvider _services = null!;

    private ReviewWorld() { }

    public SmtpTestServer Smtp { get; } = new();
    public ManualClock Clock { get; } = new(Now);
    public TestPeople People { get; private set; } = null!;
    public string ManagerEmail => $"am.{People.Tag}@groupcrm.example";

    public static async Task<ReviewWorld> CreateAsync(Dictionary<string, string?>? settings = null)
    {
        var world = new ReviewWorld();
        await world._database.InitializeAsync();
        var configuration = new Dictionary<string, string?>
        {
            ["Mail:From"] = "GroupCrm <crm@groupcrm.example>",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = world.Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail:Smtp:EnableSsl"] = "false",
            ["Mail:Smtp:TimeoutSeconds"] = "10",
        };
        foreach (var (key, value) in settings ?? []) configuration[key] = value;
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        services.AddGroupCrmCore(world._database.ConnectionString);
        services.AddSingleton<TimeProvider>(world.Clock);
        world._services = services.BuildServiceProvider();

        await using var db = world.Db();
        world.People = await TestPeople.AddAsync(db, Now.AddYears(-1));
        await db.Users.Where(u => u.Id == world.People.Manager.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, world.ManagerEmail));
        return world;
    }

    public CrmDbContext Db() => _database.CreateContext();

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<T> ReviewAsync<T>(Func<LetterReview, Task<T>> action) => RunAsync(action);

    public Task<LetterDetails?> GetAsync(Viewer viewer, int letterId) => ReviewAsync(r => r.GetAsync(viewer, letterId));

    public Task<LetterList> ListAsync(Viewer viewer, DateOnly? month = null, LetterState? state = null, int? district = null) =>
        ReviewAsync(r => r.ListAsync(viewer, month, state, district));

    public Task<RecordResult> SaveNoteAsync(Viewer viewer, int letterId, string? note, string? suggestions, uint? version = null) =>
        WithVersionAsync(letterId, version, v => ReviewAsync(r => r.SaveNoteAsync(viewer, letterId, note, suggestions, v)));

    public Task<RecordResult> ApproveAsync(Viewer viewer, int letterId, uint? version = null) =>
        WithVersionAsync(letterId, version, v => ReviewAsync(r => r.ApproveAsync(viewer, letterId, v)));

    public Task<RecordResult> SendBackAsync(Viewer viewer, int letterId, string? reason, uint? version = null) =>
        WithVersionAsync(letterId, version, v => ReviewAsync(r => r.SendBackAsync(viewer, letterId, reason, v)));

    public Task<RecordResult> ResendAsync(Viewer viewer, int letterId) => ReviewAsync(r => r.ResendAsync(viewer, letterId));

    public Task<RecordResult> MarkArrivedAsync(Viewer viewer, int letterId) => ReviewAsync(r => r.MarkArrivedAsync(viewer, letterId));

    public Task<RecordResult> RegenerateAsync(Viewer viewer, int letterId) => RunAsync<LetterDrafting, RecordResult>(d => d.RegenerateAsync(viewer, letterId));

    public Task<DeliveryReport> DeliverAsync() => RunAsync<OutboxDelivery, DeliveryReport>(d => d.RunOnceAsync());

    /// <summary>An active account of <paramref name="manager"/> (default: the home district's first account manager).</summary>
    public async Task<int> AccountAsync(string name, string nameEn = "Chain", string language = NoticeLanguages.English, Viewer? manager = null)
    {
        manager ??= People.Manager;
        await using var db = Db();
        var account = new GroupAccount
        {
            Name = name, NameEn = nameEn, BusinessLicenceNumber = "T" + Guid.NewGuid().ToString("N")[..17], State = AccountState.Active,
            DistrictId = manager.DistrictId!.Value, AccountManagerId = manager.UserId, CreatedAt = Now.AddYears(-1), NoticeLanguage = language,
        };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }

    /// <summary>A buyer written straight to the table, so that a test can have an address the contact form would refuse.</summary>
    public async Task<int> BuyerAsync(int accountId, string name, string email)
    {
        await using var db = Db();
        var contact = new BuyerContact { AccountId = accountId, Name = name, Email = email };
        db.BuyerContacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    }

    public async Task SetBuyerEmailAsync(int contactId, string email)
    {
        await using var db = Db();
        await db.BuyerContacts.Where(c => c.Id == contactId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Email, email));
    }

    /// <summary>An account with one buyer and its draft letter for May; returns the letter's id.</summary>
    public async Task<int> DraftAsync(string name = "华联超市", string nameEn = "Hualian Supermarkets", bool withSales = true, string? buyerEmail = "buyer@hualian.example")
    {
        var account = await AccountAsync(name, nameEn);
        if (buyerEmail is not null) await BuyerAsync(account, "Wang Fang", buyerEmail);
        return await LetterAsync(account, withSales: withSales);
    }

    /// <summary>A letter for May as drafting writes it, in the account's language, with the sample facts under the account's own names.</summary>
    public async Task<int> LetterAsync(int accountId, LetterState state = LetterState.Draft, bool withSales = true)
    {
        await using var db = Db();
        var account = await db.Accounts.Where(a => a.Id == accountId)
            .Select(a => new { a.Name, a.NameEn, a.NoticeLanguage, District = a.District!.NameEn, Manager = a.AccountManager!.DisplayName, a.AccountManager.Email })
            .SingleAsync();
        var sample = withSales ? LetterSamples.Rich(May) : LetterSamples.NoSales(May);
        var snapshot = sample with { Account = new SnapshotAccount(accountId, account.Name, account.NameEn, "东区", account.District, account.Manager, account.Email) };
        var template = await RunAsync<LetterTemplates, LetterTemplate>(t => t.CurrentAsync(account.NoticeLanguage));
        var letter = new SalesLetter
        {
            AccountId = accountId, Month = May, State = state, Language = account.NoticeLanguage, TemplateId = template.Id,
            Snapshot = LetterSnapshotJson.Write(snapshot), CreatedAt = Now.AddDays(-14), GeneratedAt = Now.AddDays(-14), Generation = 1,
        };
        db.SalesLetters.Add(letter);
        await db.SaveChangesAsync();
        return letter.Id;
    }

    public async Task<SalesLetter> LetterRowAsync(int letterId)
    {
        await using var db = Db();
        return await db.SalesLetters.AsNoTracking().SingleAsync(l => l.Id == letterId);
    }

    public async Task<OutgoingMessage?> MessageAsync(int letterId)
    {
        await using var db = Db();
        var key = letterId.ToString(CultureInfo.InvariantCulture);
        return await db.OutgoingMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Kind == LetterDelivery.Kind && m.SubjectKey == key);
    }

    /// <summary>Leaves a letter's message as a worker that died left it: claimed <paramref name="claimedAgo"/>, in <paramref name="state"/>.</summary>
    public async Task LeaveMessageAsync(int letterId, MailState state, TimeSpan claimedAgo)
    {
        var id = (await MessageAsync(letterId))!.Id;
        var claimedAt = Clock.GetUtcNow() - claimedAgo;
        await using var db = Db();
        await db.OutgoingMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.State, state).SetProperty(m => m.ClaimedBy, "dead-host/4242/0").SetProperty(m => m.ClaimedAt, claimedAt));
    }

    public async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<RecordResult> WithVersionAsync(int letterId, uint? version, Func<uint, Task<RecordResult>> action) =>
        await action(version ?? (await LetterRowAsync(letterId)).Version);
}
