using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Onboarding.Documents;

/// <summary>The list's and the account page's flags: expired, and expiring within 30 days (day 31 is not flagged).</summary>
public sealed class DocumentFlagsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly DateOnly Today = DocumentWorld.Today;
    private DocumentWorld _w = null!;

    public async Task InitializeAsync() => _w = await DocumentWorld.CreateAsync(fixture);

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task Each_account_gets_its_own_flags_in_one_query()
    {
        var expired = await AccountWithAsync(DocumentVerdict.Accepted, Today.AddDays(-1));
        var in30 = await AccountWithAsync(DocumentVerdict.Accepted, Today.AddDays(30));
        var today = await AccountWithAsync(DocumentVerdict.Pending, Today);
        var in31 = await AccountWithAsync(DocumentVerdict.Accepted, Today.AddDays(31));
        var lasting = await AccountWithAsync(DocumentVerdict.Accepted, null);
        var none = await _w.AccountAsync();
        await _w.InsertAsync(expired, "RETAIL_LICENCE", DocumentVerdict.Accepted, Today.AddDays(10)); // both flags on one account

        await using var db = _w.Db();
        var flags = await DocumentFlags.ForAccountsAsync(db, [expired, in30, today, in31, lasting, none], Today);

        flags[expired].ShouldBe((true, true));
        flags[in30].ShouldBe((false, true));
        flags[today].ShouldBe((false, true));
        flags[in31].ShouldBe((false, false));
        flags[lasting].ShouldBe((false, false));
        flags[none].ShouldBe((false, false));
        (await DocumentFlags.ForAccountAsync(db, in30, Today)).ShouldBe((false, true));
    }

    [Fact]
    public async Task Only_the_current_version_counts_and_a_rejected_one_is_not_flagged()
    {
        var renewed = await AccountWithAsync(DocumentVerdict.Accepted, Today.AddDays(-3));
        await _w.InsertAsync(renewed, Types.Expiring, DocumentVerdict.Pending, Today.AddYears(5));
        var rejected = await AccountWithAsync(DocumentVerdict.Rejected, Today.AddDays(-3));

        await using var db = _w.Db();
        var flags = await DocumentFlags.ForAccountsAsync(db, [renewed, rejected], Today);

        flags[renewed].ShouldBe((false, false));
        flags[rejected].ShouldBe((false, false));
    }

    private async Task<int> AccountWithAsync(DocumentVerdict verdict, DateOnly? expiresOn)
    {
        var account = await _w.AccountAsync(AccountState.Active);
        await _w.InsertAsync(account, Types.Expiring, verdict, expiresOn);
        return account;
    }
}
