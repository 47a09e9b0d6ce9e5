using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Onboarding.Documents;

/// <summary>
/// The daily reminder: one notification per due document for its account manager, never two,
/// whether the job runs again or twice at once. Each test has a database of its own, so counts are exact.
/// </summary>
public sealed class ExpiryRemindersTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DocumentWorld.Today;
    private readonly DatabaseFixture _fixture = new();
    private DocumentWorld _w = null!;

    public async Task InitializeAsync()
    {
        await _fixture.InitializeAsync();
        _w = await DocumentWorld.CreateAsync(_fixture);
    }

    public async Task DisposeAsync()
    {
        await _w.DisposeAsync();
        await _fixture.DisposeAsync();
    }

    [Fact]
    public async Task Reminds_the_account_manager_of_each_accepted_document_due_within_30_days()
    {
        var account = await _w.AccountAsync(AccountState.Active, name: "华联超市");
        var soon = await _w.InsertAsync(account, "BUSINESS_LICENCE", DocumentVerdict.Accepted, Today.AddDays(30));
        var gone = await _w.InsertAsync(account, "RETAIL_LICENCE", DocumentVerdict.Accepted, Today.AddDays(-2));
        await _w.InsertAsync(account, "LEGAL_REP_ID", DocumentVerdict.Accepted, Today.AddDays(31));
        await _w.InsertAsync(account, "ORGANISATION_CODE", DocumentVerdict.Pending, Today.AddDays(5));
        await _w.InsertAsync(account, "TAX_REGISTRATION", DocumentVerdict.Accepted, null);

        (await CreateDueAsync()).ShouldBe(2);

        var notes = await NotificationsAsync();
        notes.Select(n => (n.UserId, n.Kind, n.SubjectId, n.AccountId, n.Text, n.CreatedAt, n.ReadAt)).ShouldBe(
        [
            (_w.Manager.UserId, "document-expiring", soon, account, "营业执照 of 华联超市 expires on 2026-07-15", DocumentWorld.Now, null),
            (_w.Manager.UserId, "document-expiring", gone, account, "零售许可证 of 华联超市 expired on 2026-06-13", DocumentWorld.Now, null),
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task Accounts_not_in_onboarding_or_trading_and_superseded_versions_are_left_alone()
    {
        foreach (var state in new[] { AccountState.Draft, AccountState.Submitted, AccountState.Rejected, AccountState.Suspended, AccountState.Closed })
            await _w.InsertAsync(await _w.AccountAsync(state), "BUSINESS_LICENCE", DocumentVerdict.Accepted, Today.AddDays(3));
        var renewed = await _w.AccountAsync(AccountState.Active);
        await _w.InsertAsync(renewed, "BUSINESS_LICENCE", DocumentVerdict.Accepted, Today.AddDays(3));
        await _w.InsertAsync(renewed, "BUSINESS_LICENCE", DocumentVerdict.Pending, Today.AddYears(3));

        (await CreateDueAsync()).ShouldBe(0);
        (await NotificationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Running_again_creates_nothing_new()
    {
        await DueDocumentsAsync(4);

        var first = await CreateDueAsync();
        var second = await CreateDueAsync();

        (first, second).ShouldBe((4, 0));
        (await NotificationsAsync()).Count.ShouldBe(4);
    }

    [Fact]
    public async Task Two_runs_at_once_create_each_reminder_once()
    {
        await DueDocumentsAsync(20);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(CreateDueAsync)));

        runs.Sum().ShouldBe(20);
        var notes = await NotificationsAsync();
        notes.Count.ShouldBe(20);
        notes.Select(n => n.SubjectId).Distinct().Count().ShouldBe(20);
    }

    [Fact]
    public async Task A_new_account_manager_is_reminded_too()
    {
        var account = await _w.AccountAsync(AccountState.Active);
        await _w.InsertAsync(account, "BUSINESS_LICENCE", DocumentVerdict.Accepted, Today.AddDays(3));
        await CreateDueAsync();
        await using (var db = _w.Db())
            await db.Accounts.Where(a => a.Id == account).ExecuteUpdateAsync(s => s.SetProperty(a => a.AccountManagerId, _w.OtherManager.UserId));

        (await CreateDueAsync()).ShouldBe(1);
        (await NotificationsAsync()).Select(n => n.UserId).ShouldBe([_w.Manager.UserId, _w.OtherManager.UserId], ignoreOrder: true);
    }

    private async Task DueDocumentsAsync(int count)
    {
        for (var i = 0; i < count; i++)
            await _w.InsertAsync(await _w.AccountAsync(AccountState.Active), "BUSINESS_LICENCE", DocumentVerdict.Accepted, Today.AddDays(i % 30));
    }

    private Task<int> CreateDueAsync() => _w.RunAsync<ExpiryReminders, int>(r => r.CreateDueAsync(Today));

    private async Task<List<Notification>> NotificationsAsync()
    {
        await using var db = _w.Db();
        return await db.Notifications.AsNoTracking().ToListAsync();
    }
}
