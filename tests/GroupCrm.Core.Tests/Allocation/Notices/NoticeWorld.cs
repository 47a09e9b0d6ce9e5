using GroupCrm.Core.Allocation.Engine;
using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Data;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Allocation.Notices;

/// <summary>
/// Two fresh districts with their people, a scarce product, and the Core services on a clock the test can move
/// (12:00 in Shanghai on 15 June 2026). Rounds are written approved straight into the database with lines the
/// engine computes, then their notices are issued through <see cref="NoticeIssuer"/> as approval issues them.
/// </summary>
public sealed class NoticeWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 4, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly June = new(2026, 6, 1);

    private readonly DatabaseFixture _fixture;
    private readonly ServiceProvider _services;

    private NoticeWorld(DatabaseFixture fixture, TestPeople people)
    {
        _fixture = fixture;
        People = people;
        _services = CoreServices.Build(fixture.ConnectionString, Clock);
    }

    public ManualClock Clock { get; } = new(Now);
    public TestPeople People { get; }
    public int Product { get; private set; }
    public string ProductCode { get; private set; } = "";

    /// <summary>A second scarce product, for a month with two rounds.</summary>
    public int OtherProduct { get; private set; }

    public static async Task<NoticeWorld> CreateAsync(DatabaseFixture fixture)
    {
        await using var db = fixture.CreateContext();
        var world = new NoticeWorld(fixture, await TestPeople.AddAsync(db, Now.AddYears(-1)));
        var product = new Product
        {
            Code = "S" + world.People.Tag, Brand = "中华", Name = "中华（软）", NameEn = "Zhonghua Soft", PriceBand = "A",
            Unit = "条", ListPrice = 450m, IsScarce = true,
        };
        var other = new Product
        {
            Code = "T" + world.People.Tag, Brand = "黄鹤楼", Name = "黄鹤楼（1916）", NameEn = "Huanghelou 1916", PriceBand = "A",
            Unit = "条", ListPrice = 900m, IsScarce = true,
        };
        db.Products.AddRange(product, other);
        await db.SaveChangesAsync();
        (world.Product, world.ProductCode, world.OtherProduct) = (product.Id, product.Code, other.Id);
        return world;
    }

    public CrmDbContext Db() => _fixture.CreateContext();

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Task<NoticeDocument?> DocumentAsync(int noticeId) => RunAsync<NoticeDocuments, NoticeDocument?>(d => d.ForNoticeAsync(noticeId));

    public Task<AckPage> OpenAsync(int noticeId, string? token) => RunAsync<NoticeAcknowledgements, AckPage>(a => a.OpenAsync(noticeId, token));

    public Task<AckOutcome> AcknowledgeAsync(int noticeId, string? token, string? name) =>
        RunAsync<NoticeAcknowledgements, AckOutcome>(a => a.AcknowledgeAsync(noticeId, token, name));

    public Task<RoundTracking?> TrackingAsync(Viewer viewer, int roundId) => RunAsync<NoticeTracking, RoundTracking?>(t => t.ForRoundAsync(viewer, roundId));

    /// <summary>An active account of the home district's first account manager (or the manager given).</summary>
    public async Task<int> AccountAsync(string name, string nameEn = "", string language = NoticeLanguages.Chinese, Viewer? manager = null)
    {
        manager ??= People.Manager;
        await using var db = Db();
        var account = new GroupAccount
        {
            Name = name + " " + Guid.NewGuid().ToString("N")[..4], NameEn = nameEn, BusinessLicenceNumber = "T" + Guid.NewGuid().ToString("N")[..17],
            State = AccountState.Active, DistrictId = manager.DistrictId!.Value, AccountManagerId = manager.UserId,
            CreatedAt = Now.AddYears(-1), NoticeLanguage = language,
        };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }

    public async Task<string> AccountNameAsync(int accountId)
    {
        await using var db = Db();
        return await db.Accounts.Where(a => a.Id == accountId).Select(a => a.Name).SingleAsync();
    }

    public async Task<int> StoreAsync(int accountId, string name)
    {
        await using var db = Db();
        var store = new Store
        {
            AccountId = accountId, Name = name, RetailLicenceNumber = "L" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
            CategoryId = await db.CustomerCategories.Select(c => c.Id).FirstAsync(),
        };
        db.Stores.Add(store);
        await db.SaveChangesAsync();
        return store.Id;
    }

    /// <summary>A buyer written straight to the table, so a test can have an address the contact form would refuse.</summary>
    public async Task<int> BuyerAsync(int accountId, string name, string email)
    {
        await using var db = Db();
        var contact = new BuyerContact { AccountId = accountId, Name = name, Email = email };
        db.BuyerContacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    }

    /// <summary>
    /// An approved round of the home district for the world's product: account lines by the engine from the bases
    /// given, each account's packs split over its stores by the stores' bases (all zero: equally). <paramref name="adjust"/>
    /// may change the round before it is saved (an override, a state). Then the notices are issued unless told not to.
    /// </summary>
    public async Task<int> RoundAsync(RoundPlan plan, Action<AllocationRound>? adjust = null, bool issue = true)
    {
        var result = AllocationEngine.Allocate(new AllocationRequest(plan.AvailableUnits, plan.PackSize, plan.ReserveUnits,
            [.. plan.Accounts.Select(a => new Recipient(a.AccountId, a.Basis, a.MinimumPacks ?? plan.MinimumPacks, a.MaximumPacks ?? plan.MaximumPacks))]));
        var lines = result.Plan?.Lines ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Text)));
        var round = new AllocationRound
        {
            DistrictId = People.Home.Id, ProductId = plan.ProductId ?? Product, Month = plan.Month, AvailableUnits = plan.AvailableUnits, PackSize = plan.PackSize,
            ReserveUnits = plan.ReserveUnits, Basis = plan.Basis, BasisMonths = plan.BasisMonths, MinimumPacks = plan.MinimumPacks,
            MaximumPacks = plan.MaximumPacks, State = RoundState.Approved, CreatedById = People.MarketManager.UserId, CreatedAt = Now.AddDays(-2),
            SubmittedById = People.MarketManager.UserId, SubmittedAt = Now.AddDays(-1), ApprovedById = People.Approver.UserId, ApprovedAt = Now,
            Lines = [.. lines.Select(l => Line(l, plan.PackSize, plan.Accounts.Single(a => a.AccountId == l.RecipientId).Stores))],
        };
        adjust?.Invoke(round);
        await using (var db = Db())
        {
            db.AllocationRounds.Add(round);
            await db.SaveChangesAsync();
        }
        if (issue) await IssueAsync(round.Id);
        return round.Id;
    }

    /// <summary>Issues a round's notices in a transaction, as approval does.</summary>
    public async Task IssueAsync(int roundId)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var round = await db.AllocationRounds.Include(r => r.Lines).ThenInclude(l => l.Stores).SingleAsync(r => r.Id == roundId);
        await scope.ServiceProvider.GetRequiredService<NoticeIssuer>().IssueAsync(round);
        await transaction.CommitAsync();
    }

    public async Task SetRoundStateAsync(int roundId, RoundState state)
    {
        await using var db = Db();
        await db.AllocationRounds.Where(r => r.Id == roundId).ExecuteUpdateAsync(u => u.SetProperty(r => r.State, state));
    }

    public async Task<List<AllocationNotice>> NoticesAsync(int roundId)
    {
        await using var db = Db();
        return await db.AllocationNotices.AsNoTracking().Where(n => n.RoundId == roundId).OrderBy(n => n.AccountId).ThenBy(n => n.StoreId).ToListAsync();
    }

    public async Task<AllocationNotice> HqNoticeAsync(int roundId, int accountId)
    {
        await using var db = Db();
        return await db.AllocationNotices.AsNoTracking().SingleAsync(n => n.RoundId == roundId && n.AccountId == accountId && n.StoreId == null);
    }

    public async Task<AllocationNotice> StoreNoticeAsync(int roundId, int storeId)
    {
        await using var db = Db();
        return await db.AllocationNotices.AsNoTracking().SingleAsync(n => n.RoundId == roundId && n.StoreId == storeId);
    }

    public async Task<List<OutgoingMessage>> MailsAsync(int noticeId)
    {
        await using var db = Db();
        var prefix = noticeId + ":";
        return await db.OutgoingMessages.AsNoTracking().Where(m => m.Kind == "allocation-notice" && m.SubjectKey.StartsWith(prefix))
            .OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>The acknowledgement token in a notice e-mail's link.</summary>
    public static string TokenIn(OutgoingMessage mail)
    {
        var start = mail.TextBody.IndexOf("?token=", StringComparison.Ordinal) + "?token=".Length;
        var end = mail.TextBody.IndexOfAny(['\r', '\n'], start);
        return Uri.UnescapeDataString(mail.TextBody[start..end]);
    }

    private static RoundLine Line(AllocationLine line, int packSize, IReadOnlyList<(int StoreId, decimal Basis)> stores)
    {
        var split = stores.Count == 0 ? null : AllocationEngine.SplitOverStores(line.FinalPacks, packSize,
            [.. stores.Select(s => new Recipient(s.StoreId, stores.All(x => x.Basis == 0) ? 1 : s.Basis))]).Plan!;
        return new RoundLine
        {
            AccountId = line.RecipientId, Basis = line.Basis, MinimumPacks = (int?)line.MinimumPacks, MaximumPacks = (int?)line.MaximumPacks,
            SharePercent = Math.Round(line.SharePercent, 4), IdealPacks = Math.Round(line.IdealPacks, 6, MidpointRounding.ToZero), Cap = line.Cap.ToString(),
            WholePacks = line.WholePacks, RoundingAdjustment = line.RoundingAdjustment, EnginePacks = line.FinalPacks,
            FinalPacks = line.FinalPacks, FinalUnits = line.FinalUnits,
            Stores = split is null ? [] : [.. split.Lines.Select(s => new RoundStoreLine
            {
                StoreId = s.RecipientId, Basis = s.Basis, SharePercent = Math.Round(s.SharePercent, 4),
                IdealPacks = Math.Round(s.IdealPacks, 6, MidpointRounding.ToZero), Cap = s.Cap.ToString(), WholePacks = s.WholePacks,
                RoundingAdjustment = s.RoundingAdjustment, FinalPacks = s.FinalPacks, FinalUnits = s.FinalUnits,
            })],
        };
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

public sealed record PlannedAccount(int AccountId, decimal Basis, IReadOnlyList<(int StoreId, decimal Basis)> Stores, int? MinimumPacks = null, int? MaximumPacks = null);

public sealed record RoundPlan(DateOnly Month, long AvailableUnits, int PackSize, long ReserveUnits, IReadOnlyList<PlannedAccount> Accounts)
{
    public RoundBasis Basis { get; init; } = RoundBasis.RecentSales;
    public int BasisMonths { get; init; } = 3;

    /// <summary>Another product than the world's scarce one.</summary>
    public int? ProductId { get; init; }

    public int? MinimumPacks { get; init; }
    public int? MaximumPacks { get; init; }
}
