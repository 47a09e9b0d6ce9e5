using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.DemoData;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Web.Tests.Notices;

/// <summary>
/// Approved rounds of the demo's east district, made through the app's own services as a market manager and the
/// approver would (so the notices are the ones approval issues), and the links their e-mails carry.
/// </summary>
internal static class NoticeWorld
{
    public const string MarketManager = "mm.east";

    /// <summary>An HQ notice of the round with one of its buyers, and the account's manager.</summary>
    public sealed record HqNotice(int Id, int RoundId, int AccountId, string Language, int ContactId, string ContactName, string ManagerUserName);

    /// <summary>Creates, submits and approves a round of this month over the district's active accounts (equal shares).</summary>
    /// <param name="languages">Notice languages to give accounts first (account id → "en" or "zh-Hans").</param>
    public static async Task<int> ApprovedRoundAsync(CrmWebFactory factory, IReadOnlyDictionary<int, string>? languages = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<GroupCrm.Core.Data.CrmDbContext>();
        foreach (var (account, language) in languages ?? new Dictionary<int, string>())
            await db.Accounts.Where(a => a.Id == account).ExecuteUpdateAsync(s => s.SetProperty(a => a.NoticeLanguage, language));
        var manager = await ViewerAsync(db, MarketManager);
        var approver = await ViewerAsync(db, "approver");
        var product = await db.Products.Where(p => p.IsScarce && p.IsActive).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var today = services.GetRequiredService<OrganisationCalendar>().Today;
        var rounds = services.GetRequiredService<AllocationRounds>();

        var created = Succeeded(await rounds.CreateAsync(manager, new RoundInput(
            manager.DistrictId!.Value, product, new DateOnly(today.Year, today.Month, 1), 12_000, 10, 200, RoundBasis.EqualShares, 3, null, null)));
        Succeeded(await rounds.SubmitAsync(manager, created, await VersionAsync(db, created)));
        Succeeded(await rounds.ApproveAsync(approver, created, await VersionAsync(db, created)));
        return created;
    }

    /// <summary>Corrects the round with a revision and approves it: the round and its notices are superseded.</summary>
    public static async Task<int> SupersedeAsync(CrmWebFactory factory, int roundId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GroupCrm.Core.Data.CrmDbContext>();
        var rounds = scope.ServiceProvider.GetRequiredService<AllocationRounds>();
        var manager = await ViewerAsync(db, MarketManager);
        var revision = Succeeded(await rounds.ReviseAsync(manager, roundId));
        Succeeded(await rounds.SubmitAsync(manager, revision, await VersionAsync(db, revision)));
        Succeeded(await rounds.ApproveAsync(await ViewerAsync(db, "approver"), revision, await VersionAsync(db, revision)));
        return revision;
    }

    /// <summary>The round's HQ notices whose account has a buyer, each with its first buyer.</summary>
    public static async Task<List<HqNotice>> HqNoticesAsync(CrmWebFactory factory, int roundId)
    {
        await using var db = factory.CreateDbContext();
        var notices = await db.AllocationNotices.AsNoTracking().Where(n => n.RoundId == roundId && n.StoreId == null)
            .Join(db.Accounts, n => n.AccountId, a => a.Id, (n, a) => new { n.Id, n.AccountId, n.Language, Manager = a.AccountManager!.UserName! })
            .OrderBy(n => n.AccountId).ToListAsync();
        var accounts = notices.Select(n => n.AccountId).ToList();
        var buyers = (await db.BuyerContacts.AsNoTracking().Where(c => accounts.Contains(c.AccountId)).OrderBy(c => c.Id)
            .Select(c => new { c.AccountId, c.Id, c.Name }).ToListAsync())
            .GroupBy(c => c.AccountId).ToDictionary(g => g.Key, g => g.First());
        return [.. notices.Where(n => buyers.ContainsKey(n.AccountId)).Select(n =>
            new HqNotice(n.Id, roundId, n.AccountId, n.Language, buyers[n.AccountId].Id, buyers[n.AccountId].Name, n.Manager))];
    }

    public static async Task<AllocationNotice> NoticeAsync(CrmWebFactory factory, int noticeId)
    {
        await using var db = factory.CreateDbContext();
        return await db.AllocationNotices.AsNoTracking().SingleAsync(n => n.Id == noticeId);
    }

    /// <summary>A store notice of the round (the first, of the account if given), with the manager of its account.</summary>
    public static async Task<(int Id, int AccountId, string ManagerUserName)> StoreNoticeAsync(CrmWebFactory factory, int roundId, int? accountId = null)
    {
        await using var db = factory.CreateDbContext();
        var notice = await db.AllocationNotices.AsNoTracking()
            .Where(n => n.RoundId == roundId && n.StoreId != null && (accountId == null || n.AccountId == accountId))
            .Join(db.Accounts, n => n.AccountId, a => a.Id, (n, a) => new { n.Id, n.AccountId, Manager = a.AccountManager!.UserName! })
            .OrderBy(n => n.Id).FirstAsync();
        return (notice.Id, notice.AccountId, notice.Manager);
    }

    /// <summary>The page address of the link the buyer's e-mail carries (path and query: the test server's host is its own).</summary>
    public static string LinkFor(CrmWebFactory factory, int noticeId, int contactId) =>
        new Uri(factory.Services.GetRequiredService<AcknowledgementLinks>().LinkFor(noticeId, contactId)).PathAndQuery;

    public static string TokenFor(CrmWebFactory factory, int noticeId, int contactId, DateTimeOffset expiresAt) =>
        factory.Services.GetRequiredService<AcknowledgementLinks>().TokenFor(noticeId, contactId, expiresAt);

    public static string PageFor(int noticeId, string token) => $"/Notices/{noticeId}/Acknowledge?token={Uri.EscapeDataString(token)}";

    /// <summary>An account manager of the district other than the one given.</summary>
    public static string OtherEastManager(string manager) => manager == "am.east1" ? "am.east2" : "am.east1";

    private static async Task<Viewer> ViewerAsync(GroupCrm.Core.Data.CrmDbContext db, string userName)
    {
        var login = DemoLogins.All.Single(l => l.UserName == userName);
        var user = await db.Users.Where(u => u.UserName == userName).Select(u => new { u.Id, u.DistrictId }).SingleAsync();
        return new Viewer(user.Id, login.Role, user.DistrictId);
    }

    private static Task<uint> VersionAsync(GroupCrm.Core.Data.CrmDbContext db, int roundId) =>
        db.AllocationRounds.AsNoTracking().Where(r => r.Id == roundId).Select(r => r.Version).SingleAsync();

    private static int Succeeded(RecordResult result)
    {
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Errors.Select(e => e.Message)));
        return result.Id;
    }
}
