using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.DemoData;

/// <summary>Counts, sums and a fingerprint of every row of the visits demo: equal checksums mean equal visits data.</summary>
public sealed record DemoVisitsChecksum(
    int Visits, int ProductChecks, int FollowUps, int Appointments, int Plans, int PlannedVisits,
    long Stock, decimal ShelfPrices, long SpotCheckFieldsMatched, string Hash)
{
    public static Task<DemoVisitsChecksum> ReadAsync(CrmDbContext db) => db.Database.SqlQueryRaw<DemoVisitsChecksum>(
        """
        SELECT (SELECT count(*) FROM visits)::int AS "Visits",
               (SELECT count(*) FROM visit_product_checks)::int AS "ProductChecks",
               (SELECT count(*) FROM follow_ups)::int AS "FollowUps",
               (SELECT count(*) FROM hq_appointments)::int AS "Appointments",
               (SELECT count(*) FROM visit_plans)::int AS "Plans",
               (SELECT count(*) FROM planned_visits)::int AS "PlannedVisits",
               (SELECT coalesce(sum(stock_on_hand), 0) FROM visit_product_checks)::bigint AS "Stock",
               (SELECT coalesce(sum(shelf_price), 0) FROM visit_product_checks) AS "ShelfPrices",
               (SELECT coalesce(sum(spot_check_fields_matched), 0) FROM visits)::bigint AS "SpotCheckFieldsMatched",
               md5(concat_ws('/',
                   (SELECT md5(string_agg(format('%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s', id, kind, account_id, store_id, visitor_id,
                           visited_at, appointment_id, topics, requests, problems, customer_feedback, compliance_concern, photo_file_id,
                           notice_acknowledged_by, spot_check_of_user_id, compared_visit_id, recorded_at), ',' ORDER BY id)) FROM visits),
                   (SELECT md5(string_agg(format('%s|%s|%s|%s|%s|%s', visit_id, product_id, listed, sell_through, shelf_price, stock_on_hand),
                           ',' ORDER BY visit_id, product_id)) FROM visit_product_checks),
                   (SELECT md5(string_agg(format('%s|%s|%s|%s|%s|%s', id, visit_id, text, due_on, owner_id, done_at), ',' ORDER BY id)) FROM follow_ups),
                   (SELECT md5(string_agg(format('%s|%s|%s|%s|%s|%s|%s|%s', id, account_id, buyer_contact_id, starts_at, booked_at, scheduled_at,
                           state, cancelled_at), ',' ORDER BY id)) FROM hq_appointments),
                   (SELECT md5(string_agg(format('%s|%s|%s|%s|%s|%s', id, user_id, period_start, revision, state, submitted_at), ',' ORDER BY id)) FROM visit_plans),
                   (SELECT md5(string_agg(format('%s|%s|%s|%s|%s', plan_id, day, kind, account_id, store_id), ',' ORDER BY id)) FROM planned_visits))) AS "Hash"
        """).SingleAsync();
}
