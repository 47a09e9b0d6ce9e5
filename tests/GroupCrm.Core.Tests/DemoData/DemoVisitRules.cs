namespace GroupCrm.Core.Tests.DemoData;

/// <summary>
/// The visit rules as SQL, each query counting the demo rows that break one rule. Dates are local dates in
/// China time, the organisation's default time zone.
/// </summary>
internal static class DemoVisitRules
{
    private const string Local = "AT TIME ZONE 'Asia/Shanghai'";

    public static readonly (string Rule, string Sql)[] All =
    [
        ("visit before its account existed",
            $"SELECT count(*) FROM visits v JOIN group_accounts a ON a.id = v.account_id WHERE v.visited_on < (a.created_at {Local})::date"),
        ("visit in the future",
            $"SELECT count(*) FROM visits WHERE visited_at > now() OR visited_on >= (now() {Local})::date OR recorded_at > now()"),
        ("visited_on is not the local date of visited_at", $"SELECT count(*) FROM visits WHERE visited_on <> (visited_at {Local})::date"),
        ("recorded before the visit", "SELECT count(*) FROM visits WHERE recorded_at < visited_at"),
        ("visit of a chain that is not active", "SELECT count(*) FROM visits v JOIN group_accounts a ON a.id = v.account_id WHERE a.state <> 'Active'"),
        ("store of another account or closed",
            "SELECT count(*) FROM visits v JOIN stores s ON s.id = v.store_id WHERE s.account_id <> v.account_id OR NOT s.is_active"),
        ("visitor who may not visit the account",
            "SELECT count(*) FROM visits v JOIN group_accounts a ON a.id = v.account_id WHERE v.visitor_id NOT IN (a.account_manager_id, a.market_manager_id)"),
        ("HQ visit without a booked appointment of its account on the same day",
            $"""
            SELECT count(*) FROM visits v LEFT JOIN hq_appointments ap ON ap.id = v.appointment_id
            WHERE v.kind = 'Hq' AND (ap.id IS NULL OR ap.account_id <> v.account_id OR ap.state <> 'Booked'
                  OR (ap.starts_at {Local})::date <> v.visited_on)
            """),
        ("HQ visit with store-visit fields",
            "SELECT count(*) FROM visits v WHERE v.kind = 'Hq' AND (v.photo_file_id IS NOT NULL OR v.notice_handed_over OR v.spot_check_of_user_id IS NOT NULL " +
            "OR EXISTS (SELECT 1 FROM visit_product_checks c WHERE c.visit_id = v.id))"),
        ("store visit with an appointment, topics or follow-ups",
            "SELECT count(*) FROM visits v WHERE v.kind = 'Store' AND (v.appointment_id IS NOT NULL OR v.topics IS NOT NULL OR v.requests IS NOT NULL " +
            "OR EXISTS (SELECT 1 FROM follow_ups f WHERE f.visit_id = v.id))"),
        ("notice handed over without a name", "SELECT count(*) FROM visits WHERE notice_handed_over AND coalesce(notice_acknowledged_by, '') = ''"),
        ("store visit with fewer than 3 or more than 6 products checked, or no scarce one",
            """
            SELECT count(*) FROM visits v WHERE v.kind = 'Store' AND v.spot_check_of_user_id IS NULL AND NOT (
                (SELECT count(*) FROM visit_product_checks c WHERE c.visit_id = v.id) BETWEEN 3 AND 6
                AND EXISTS (SELECT 1 FROM visit_product_checks c JOIN products p ON p.id = c.product_id WHERE c.visit_id = v.id AND p.is_scarce))
            """),
        ("shelf price far from every list price the product had",
            """
            SELECT count(*) FROM visit_product_checks c JOIN products p ON p.id = c.product_id
            CROSS JOIN LATERAL (SELECT min(old_price) AS low, max(old_price) AS high FROM price_changes pc WHERE pc.product_id = p.id) h
            WHERE c.shelf_price NOT BETWEEN least(p.list_price, h.low) * 0.85 AND greatest(p.list_price, h.high) * 1.15
            """),
        ("spot check that is not a market manager's store visit of the account manager's store",
            """
            SELECT count(*) FROM visits v JOIN group_accounts a ON a.id = v.account_id
            WHERE v.spot_check_of_user_id IS NOT NULL AND (v.kind <> 'Store' OR v.visitor_id <> a.market_manager_id
                  OR v.spot_check_of_user_id <> a.account_manager_id OR v.compared_visit_id IS NULL)
            """),
        ("compared visit that is not the account manager's latest earlier visit of the store",
            """
            SELECT count(*) FROM visits v
            WHERE v.spot_check_of_user_id IS NOT NULL AND v.compared_visit_id IS DISTINCT FROM (
                SELECT e.id FROM visits e
                WHERE e.visitor_id = v.spot_check_of_user_id AND e.store_id = v.store_id AND e.kind = 'Store'
                      AND e.recorded_at < v.recorded_at AND e.visited_at < v.visited_at
                ORDER BY e.visited_at DESC, e.id DESC LIMIT 1)
            """),
        ("spot-check fields not counted by the rule",
            """
            SELECT count(*) FROM visits v CROSS JOIN LATERAL (
                SELECT coalesce(sum(1 + (r.shelf_price IS NOT NULL AND c.shelf_price IS NOT NULL)::int
                                      + (r.stock_on_hand IS NOT NULL AND c.stock_on_hand IS NOT NULL)::int), 0) AS compared,
                       coalesce(sum((r.listed = c.listed)::int + coalesce(r.shelf_price = c.shelf_price, false)::int
                                      + coalesce(r.stock_on_hand = c.stock_on_hand, false)::int), 0) AS matched
                FROM visit_product_checks c JOIN visit_product_checks r ON r.visit_id = v.compared_visit_id AND r.product_id = c.product_id
                WHERE c.visit_id = v.id) s
            WHERE v.spot_check_fields_compared <> s.compared OR v.spot_check_fields_matched <> s.matched
            """),
        ("follow-up due before its visit or more than a year after, or owned by someone who may not visit",
            """
            SELECT count(*) FROM follow_ups f JOIN visits v ON v.id = f.visit_id JOIN group_accounts a ON a.id = f.account_id
            WHERE f.account_id <> v.account_id OR f.due_on < v.visited_on OR f.due_on > v.visited_on + 365
                  OR f.owner_id NOT IN (a.account_manager_id, a.market_manager_id)
                  OR (f.done_at IS NULL) <> (f.done_by_id IS NULL) OR f.done_at < v.recorded_at OR f.done_at > now()
            """),
        ("appointment booked after it was set, set after it starts, or in the future",
            "SELECT count(*) FROM hq_appointments WHERE booked_at > scheduled_at OR scheduled_at >= starts_at OR booked_at > now()"),
        ("cancelled appointment without a reason, or cancelled before it was booked",
            "SELECT count(*) FROM hq_appointments WHERE (state = 'Cancelled') <> (cancel_reason IS NOT NULL AND cancelled_at IS NOT NULL) OR cancelled_at < booked_at"),
        ("plan made once its period had begun",
            $"SELECT count(*) FROM visit_plans WHERE (created_at {Local})::date >= period_start OR (submitted_at {Local})::date >= period_start"),
        ("plan state and submission disagree", "SELECT count(*) FROM visit_plans WHERE (state = 'Submitted') <> (submitted_at IS NOT NULL)"),
        ("planned visit outside its period or not of the manager's active chain and open store",
            """
            SELECT count(*) FROM planned_visits pv JOIN visit_plans p ON p.id = pv.plan_id JOIN group_accounts a ON a.id = pv.account_id
            LEFT JOIN stores s ON s.id = pv.store_id
            WHERE pv.day < p.period_start OR pv.day > p.period_start + 13 OR a.account_manager_id <> p.user_id OR a.state <> 'Active'
                  OR (pv.store_id IS NOT NULL AND (s.account_id <> pv.account_id OR NOT s.is_active))
            """),
    ];
}
