using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.DemoData;

/// <summary>
/// The gaps the quota pages should show in the demo (see DemoVisitPace): two account managers behind on store
/// visits, one market manager behind on outings, everybody else (nearly) on target. Counted over the twelve full
/// months before the current one.
/// </summary>
public sealed class DemoVisitPaceTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Am_west3_and_am_north2_fall_behind_on_store_visits_while_the_others_miss_at_most_one_store_in_fifty()
    {
        await using var db = fixture.CreateContext();
        var coverage = (await db.Database.SqlQueryRaw<Coverage>(
            """
            WITH months AS (
                SELECT generate_series(date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - interval '12 months',
                                       date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - interval '1 month', interval '1 month')::date AS month)
            SELECT u.user_name AS "UserName", m.month AS "Month",
                   count(DISTINCT s.id)::int AS "Stores",
                   count(DISTINCT v.store_id)::int AS "Visited"
            FROM months m CROSS JOIN group_accounts a JOIN users u ON u.id = a.account_manager_id
            JOIN stores s ON s.account_id = a.id AND s.is_active
            LEFT JOIN visits v ON v.store_id = s.id AND v.visitor_id = a.account_manager_id
                 AND v.visited_on >= m.month AND v.visited_on < m.month + interval '1 month'
            WHERE a.state = 'Active'
            GROUP BY u.user_name, m.month
            """).ToListAsync()).ToLookup(c => c.UserName);

        foreach (var behind in new[] { "am.west3", "am.north2" })
        {
            // 10–30 % of the round undone in four months of the twelve or more, never much worse.
            coverage[behind].Count(c => c.Share is >= 0.65 and <= 0.92).ShouldBeGreaterThanOrEqualTo(4, behind);
            coverage[behind].Min(c => c.Share).ShouldBeGreaterThanOrEqualTo(0.65, behind);
        }
        foreach (var diligent in new[] { "am.east1", "am.east2", "am.east3", "am.west1", "am.west2", "am.north1", "am.north3" })
            coverage[diligent].ShouldAllBe(c => c.Visited >= c.Stores - Math.Max(1, c.Stores / 50), diligent);
        coverage.Count.ShouldBe(9);
        coverage.ShouldAllBe(g => g.Count() == 12);
    }

    [Fact]
    public async Task Mm_north_makes_too_few_outings_of_ten_stores_while_the_other_market_managers_make_four_or_more()
    {
        await using var db = fixture.CreateContext();
        var outings = (await db.Database.SqlQueryRaw<Outings>(
            """
            WITH days AS (
                SELECT v.visitor_id, v.visited_on, count(DISTINCT v.store_id) AS stores
                FROM visits v WHERE v.kind = 'Store'
                  AND v.visited_on < date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai')::date
                GROUP BY v.visitor_id, v.visited_on)
            SELECT u.user_name AS "UserName", date_trunc('month', d.visited_on)::date AS "Month",
                   count(*)::int AS "All", count(*) FILTER (WHERE d.stores >= 10)::int AS "Counted",
                   min(d.stores)::int AS "Fewest", max(d.stores)::int AS "Most"
            FROM days d JOIN users u ON u.id = d.visitor_id
            WHERE u.user_name LIKE 'mm.%'
            GROUP BY u.user_name, date_trunc('month', d.visited_on)
            """).ToListAsync()).ToLookup(o => o.UserName);

        outings["mm.north"].Count(o => o.Counted < 4).ShouldBeGreaterThanOrEqualTo(6);
        foreach (var diligent in new[] { "mm.east", "mm.west" })
            outings[diligent].ShouldAllBe(o => o.Counted >= 4 && o.All <= 5, diligent);
        outings.SelectMany(g => g).ShouldAllBe(o => o.All >= 3 && o.All <= 5 && o.Fewest >= 6 && o.Most <= 14);
    }

    private sealed record Coverage(string UserName, DateOnly Month, int Stores, int Visited)
    {
        public double Share => Stores == 0 ? 1 : Visited / (double)Stores;
    }

    private sealed record Outings(string UserName, DateOnly Month, int All, int Counted, int Fewest, int Most);
}
