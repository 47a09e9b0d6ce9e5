using GroupCrm.Core.Data;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace GroupCrm.Core.Tests.DemoData;

/// <summary>The demo visits: a year of them, every one allowed by the visit rules.</summary>
public sealed class DemoVisitsTests(DemoDatabaseFixture fixture, ITestOutputHelper output) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Every_demo_visit_plan_appointment_and_follow_up_keeps_the_rules()
    {
        await using var db = fixture.CreateContext();
        var broken = new List<string>();
        foreach (var (rule, sql) in DemoVisitRules.All)
        {
            var count = await CountAsync(db, sql);
            if (count > 0) broken.Add($"{rule}: {count}");
        }
        broken.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_year_of_visits_of_both_kinds_with_plans_appointments_follow_ups_and_spot_checks()
    {
        await using var db = fixture.CreateContext();
        var stats = await db.Database.SqlQueryRaw<VisitStats>(
            """
            SELECT (SELECT count(*) FROM visits WHERE kind = 'Store')::int AS "StoreVisits",
                   (SELECT count(*) FROM visits WHERE kind = 'Hq')::int AS "HqVisits",
                   (SELECT count(*) FROM visit_product_checks)::int AS "ProductChecks",
                   (SELECT count(*) FROM visits WHERE notice_handed_over)::int AS "Notices",
                   (SELECT count(*) FROM visits WHERE compliance_concern)::int AS "Concerns",
                   (SELECT count(*) FROM visits WHERE photo_file_id IS NOT NULL)::int AS "Photos",
                   (SELECT count(*) FROM visits WHERE spot_check_of_user_id IS NOT NULL)::int AS "SpotChecks",
                   (SELECT count(*) FROM visits WHERE spot_check_fields_matched < spot_check_fields_compared)::int AS "SpotChecksWithDifferences",
                   (SELECT coalesce(sum(spot_check_fields_matched)::float8 / nullif(sum(spot_check_fields_compared), 0), 0) FROM visits) AS "Integrity",
                   (SELECT count(*) FROM hq_appointments)::int AS "Appointments",
                   (SELECT count(*) FROM hq_appointments WHERE state = 'Cancelled')::int AS "Cancelled",
                   (SELECT count(*) FROM hq_appointments WHERE starts_at - scheduled_at < interval '24 hours')::int AS "ShortNotice",
                   (SELECT count(*) FROM hq_appointments a WHERE state = 'Booked' AND starts_at < now()
                        AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.appointment_id = a.id))::int AS "Unkept",
                   (SELECT count(*) FROM hq_appointments a WHERE starts_at > now())::int AS "Upcoming",
                   (SELECT count(*) FROM follow_ups WHERE done_at IS NOT NULL)::int AS "FollowUpsDone",
                   (SELECT count(*) FROM follow_ups WHERE done_at IS NULL AND due_on < (now() AT TIME ZONE 'Asia/Shanghai')::date)::int AS "FollowUpsOverdue",
                   (SELECT count(*) FROM visit_plans WHERE state = 'Submitted')::int AS "SubmittedPlans",
                   (SELECT count(*) FROM visit_plans WHERE revision = 2)::int AS "RevisedPlans",
                   (SELECT count(*) FROM visit_plans WHERE state = 'Draft')::int AS "DraftPlans",
                   (SELECT count(*) FROM planned_visits)::int AS "PlannedVisits",
                   (SELECT min(visited_on) FROM visits) AS "First",
                   (SELECT max(visited_on) FROM visits) AS "Last"
            """).SingleAsync();
        output.WriteLine(stats.ToString());

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var yearAgo = new DateOnly(today.Year, today.Month, 1).AddMonths(-12);
        stats.First.ShouldBeInRange(yearAgo, yearAgo.AddDays(3)); // the first working day of that month
        stats.Last.ShouldBeLessThan(today);
        stats.StoreVisits.ShouldBeGreaterThan(12_000);
        stats.HqVisits.ShouldBeGreaterThan(800);
        (stats.ProductChecks / (double)stats.StoreVisits).ShouldBeInRange(3.0, 6.0);
        new[] { stats.Notices, stats.Concerns, stats.SpotChecks, stats.Cancelled, stats.ShortNotice, stats.Unkept, stats.FollowUpsDone, stats.FollowUpsOverdue }
            .ShouldAllBe(n => n > 0);
        stats.Photos.ShouldBeLessThanOrEqualTo(stats.Concerns);
        // Spot checks: most fields match, some checks find differences.
        stats.Integrity.ShouldBeInRange(0.75, 0.97);
        stats.SpotChecksWithDifferences.ShouldBeInRange(1, stats.SpotChecks - 1);
        stats.RevisedPlans.ShouldBe(2);
        stats.SubmittedPlans.ShouldBeGreaterThan(200);
    }

    private static Task<int> CountAsync(CrmDbContext db, string sql)
    {
        var query = "SELECT (" + sql + ")::int AS \"Value\"";
        return db.Database.SqlQueryRaw<int>(query).SingleAsync();
    }

    private sealed record VisitStats(
        int StoreVisits, int HqVisits, int ProductChecks, int Notices, int Concerns, int Photos, int SpotChecks, int SpotChecksWithDifferences,
        double Integrity, int Appointments, int Cancelled, int ShortNotice, int Unkept, int Upcoming, int FollowUpsDone, int FollowUpsOverdue,
        int SubmittedPlans, int RevisedPlans, int DraftPlans, int PlannedVisits, DateOnly First, DateOnly Last);
}
