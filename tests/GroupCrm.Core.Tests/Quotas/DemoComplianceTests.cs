using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Quotas;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GroupCrm.Core.Tests.Quotas;

/// <summary>
/// The engine on the demo data, checked against a hand-written SQL count of the same figures and against what
/// the demo is known to contain: am.west3 leaves part of the round undone in even months, mm.north makes too few
/// outings in two months out of three, and the others keep up. The demo hangs on today, so the months are chosen
/// relative to it.
/// </summary>
public sealed class DemoComplianceTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task Every_persons_required_and_actual_figures_equal_a_hand_written_SQL_count()
    {
        var month = LastMonth(m => true);
        var judged = await JudgeEveryoneAsync(month);
        var expected = await CountWithSqlAsync(month);

        judged.Count.ShouldBe(12); // 9 account managers, 3 market managers
        var actual = judged.SelectMany(p => p.Rules.Where(r => r.Status != QuotaStatus.NotApplicable)
            .Select(r => (p.Person.UserId, r.Rule, r.Required, r.Actual))).OrderBy(x => x.UserId).ThenBy(x => x.Rule).ToList();
        actual.ShouldBe(expected.OrderBy(x => x.UserId).ThenBy(x => x.Rule).ToList());
    }

    [Fact]
    public async Task Am_west3_is_behind_on_stores_in_an_even_month_and_am_west1_is_not()
    {
        var month = LastMonth(m => m.Month % 2 == 0);
        var judged = await JudgeEveryoneAsync(month);
        var (west3Id, west1Id) = (await UserIdAsync("am.west3"), await UserIdAsync("am.west1"));
        var west3 = judged.Single(p => p.Person.UserId == west3Id);
        var west1 = judged.Single(p => p.Person.UserId == west1Id);

        var stores = west3.Rules.Single(r => r.Rule == QuotaRuleKind.StoreCoverage);
        stores.Status.ShouldBe(QuotaStatus.Missed);
        stores.Required.ShouldBeGreaterThan(20);
        // The demo leaves 10–30 % of the round undone (plus the odd store anyone misses).
        ((double)stores.Actual / stores.Required).ShouldBeInRange(0.65, 0.92);
        stores.Gaps.Count.ShouldBe(stores.Required - stores.Actual);
        stores.Gaps.ShouldAllBe(g => g.StoreId != null && g.AccountId != null && g.StoreName != null);
        west3.Overall.ShouldBe(QuotaStatus.Missed);
        west3.OpenGaps.ShouldBeGreaterThanOrEqualTo(stores.Gaps.Count);

        var diligent = west1.Rules.Single(r => r.Rule == QuotaRuleKind.StoreCoverage);
        (diligent.Required - diligent.Actual).ShouldBeLessThanOrEqualTo(Math.Max(1, diligent.Required / 50));
        west1.Rules.Single(r => r.Rule == QuotaRuleKind.PlanSubmission).Status.ShouldBe(QuotaStatus.Met);
    }

    [Fact]
    public async Task Mm_north_misses_the_outings_when_behind_and_mm_east_makes_them()
    {
        var month = LastMonth(m => m.Month % 3 != 0);
        var judged = await JudgeEveryoneAsync(month);
        var (northId, eastId) = (await UserIdAsync("mm.north"), await UserIdAsync("mm.east"));
        var north = judged.Single(p => p.Person.UserId == northId).Rules.Single(r => r.Rule == QuotaRuleKind.Outings);
        var east = judged.Single(p => p.Person.UserId == eastId).Rules.Single(r => r.Rule == QuotaRuleKind.Outings);

        north.Status.ShouldBe(QuotaStatus.Missed);
        north.Actual.ShouldBeLessThan(4);
        north.Gaps.ShouldNotBeEmpty();
        north.Gaps.ShouldAllBe(g => g.Day != null && g.Have >= 6 && g.Have <= 9 && g.Need == 10);
        east.Actual.ShouldBeGreaterThanOrEqualTo(4);
        east.Status.ShouldBe(QuotaStatus.Met);
    }

    [Fact]
    public async Task A_market_managers_district_matrix_takes_a_fixed_handful_of_queries_whatever_the_number_of_people()
    {
        var month = LastMonth(m => true);
        var counter = new CommandCounter();
        var options = new DbContextOptionsBuilder<CrmDbContext>().UseNpgsql(fixture.ConnectionString).AddInterceptors(counter).Options;
        await using var db = new CrmDbContext(options);
        var calendar = new OrganisationCalendar(TimeProvider.System, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        var engine = new ComplianceEngine(db, calendar, new QuotaRuleBook(db, TimeProvider.System, calendar));
        var viewer = new Viewer(await UserIdAsync("mm.east"), Roles.MarketManager, await db.Users.Where(u => u.UserName == "mm.east").Select(u => u.DistrictId).SingleAsync());
        var district = await new QuotaAudience(db).VisibleToAsync(viewer);

        counter.Count = 0;
        await engine.ForPeopleAsync(district, month);
        var forDistrict = counter.Count;
        counter.Count = 0;
        await engine.ForPeopleAsync(district.Take(1).ToList(), month);
        var forOne = counter.Count;

        district.Count.ShouldBe(4);
        forDistrict.ShouldBeLessThanOrEqualTo(6);
        forOne.ShouldBeLessThanOrEqualTo(forDistrict);
    }

    private static DateOnly LastMonth(Func<DateOnly, bool> wanted)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).DateTime);
        var month = QuotaMonth.Of(today).AddMonths(-1);
        while (!wanted(month)) month = month.AddMonths(-1);
        return month;
    }

    private async Task<IReadOnlyList<PersonCompliance>> JudgeEveryoneAsync(DateOnly month)
    {
        await using var services = CoreServices.Build(fixture.ConnectionString, TimeProvider.System);
        await using var scope = services.CreateAsyncScope();
        var admin = new Viewer(await UserIdAsync("admin"), Roles.Administrator, null);
        var people = await scope.ServiceProvider.GetRequiredService<QuotaAudience>().VisibleToAsync(admin);
        return await scope.ServiceProvider.GetRequiredService<ComplianceEngine>().ForPeopleAsync(people, month);
    }

    private async Task<int> UserIdAsync(string userName)
    {
        await using var db = fixture.CreateContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The same figures in plain SQL, written from the rules rather than from the engine's queries.</summary>
    private async Task<List<(int UserId, QuotaRuleKind Rule, int Required, int Actual)>> CountWithSqlAsync(DateOnly month)
    {
        const string sql = """
            WITH people AS (
                SELECT u.id, r.name AS role, u.district_id FROM users u
                JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.id = ur.role_id
                WHERE NOT u.is_disabled AND r.name IN ('AccountManager', 'MarketManager')),
            counting AS (
                SELECT a.id, a.account_manager_id, a.district_id FROM group_accounts a
                WHERE coalesce(
                    (SELECT t.to_state FROM account_transitions t WHERE t.account_id = a.id AND t.at < @end ORDER BY t.at DESC, t.id DESC LIMIT 1),
                    CASE WHEN EXISTS (SELECT 1 FROM account_transitions t WHERE t.account_id = a.id) THEN NULL ELSE a.state END) = 'Active'),
            owed AS (
                SELECT s.id, c.account_manager_id FROM stores s JOIN counting c ON c.id = s.account_id
                WHERE s.is_active OR s.deactivated_at >= @end),
            hq AS (
                SELECT v.visitor_id, v.account_id, count(*) AS n FROM visits v JOIN hq_appointments ap ON ap.id = v.appointment_id
                WHERE v.kind = 'Hq' AND v.visited_on BETWEEN @first AND @last AND ap.starts_at - ap.scheduled_at >= interval '24 hours'
                GROUP BY v.visitor_id, v.account_id),
            days AS (
                SELECT v.visitor_id, count(DISTINCT v.store_id) AS stores FROM visits v
                WHERE v.kind = 'Store' AND v.visited_on BETWEEN @first AND @last GROUP BY v.visitor_id, v.visited_on),
            noticed AS (
                SELECT n.store_id, bool_and(n.handed_over_at IS NOT NULL) AS handed_over
                FROM allocation_notices n JOIN allocation_rounds r ON r.id = n.round_id
                WHERE r.state = 'Approved' AND r.month = @first AND n.store_id IS NOT NULL GROUP BY n.store_id),
            periods AS (
                SELECT d::date AS start FROM generate_series(DATE '2024-01-01', @last, interval '14 days') d WHERE d >= @first)
            SELECT p.id, 'Outings', 4, (SELECT count(*) FROM days d WHERE d.visitor_id = p.id AND d.stores >= 10)::int
            FROM people p WHERE p.role = 'MarketManager'
            UNION ALL
            SELECT p.id, 'DistrictHqVisits', (SELECT count(*) FROM counting c WHERE c.district_id = p.district_id)::int,
                coalesce((SELECT sum(least(h.n, 1)) FROM hq h JOIN counting c ON c.id = h.account_id AND c.district_id = p.district_id WHERE h.visitor_id = p.id), 0)::int
            FROM people p WHERE p.role = 'MarketManager'
            UNION ALL
            SELECT p.id, 'PlanSubmission', (SELECT count(*) FROM periods)::int,
                (SELECT count(DISTINCT vp.period_start) FROM visit_plans vp JOIN periods ON periods.start = vp.period_start
                 WHERE vp.user_id = p.id AND vp.state = 'Submitted')::int
            FROM people p WHERE p.role = 'AccountManager'
            UNION ALL
            SELECT p.id, 'StoreCoverage', (SELECT count(*) FROM owed o WHERE o.account_manager_id = p.id)::int,
                (SELECT count(*) FROM owed o WHERE o.account_manager_id = p.id AND EXISTS (
                    SELECT 1 FROM visits v WHERE v.store_id = o.id AND v.visitor_id = p.id AND v.visited_on BETWEEN @first AND @last))::int
            FROM people p WHERE p.role = 'AccountManager'
            UNION ALL
            SELECT p.id, 'NoticeCoverage', count(*)::int, count(*) FILTER (WHERE x.handed_over)::int
            FROM people p JOIN owed o ON o.account_manager_id = p.id JOIN noticed x ON x.store_id = o.id
            WHERE p.role = 'AccountManager' GROUP BY p.id
            UNION ALL
            SELECT p.id, 'AccountHqVisits', 2 * (SELECT count(*) FROM counting c WHERE c.account_manager_id = p.id)::int,
                coalesce((SELECT sum(least(h.n, 2)) FROM hq h JOIN counting c ON c.id = h.account_id AND c.account_manager_id = p.id WHERE h.visitor_id = p.id), 0)::int
            FROM people p WHERE p.role = 'AccountManager'
            """;
        var midnight = month.AddMonths(1).ToDateTime(TimeOnly.MinValue);
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("first", month);
        command.Parameters.AddWithValue("last", QuotaMonth.LastDay(month));
        command.Parameters.AddWithValue("end", new DateTimeOffset(midnight, Shanghai.GetUtcOffset(midnight)).ToUniversalTime());
        var rows = new List<(int, QuotaRuleKind, int, int)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add((reader.GetInt32(0), Enum.Parse<QuotaRuleKind>(reader.GetString(1)), reader.GetInt32(2), reader.GetInt32(3)));
        return rows;
    }

    private sealed class CommandCounter : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public int Count { get; set; }

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
