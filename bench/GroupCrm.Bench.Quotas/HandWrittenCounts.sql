-- Every quota figure of a district's people for one month, in one statement: one row per person and rule with
-- whether the rule applies, its required and its actual figure. The same rules as the compliance engine
-- (docs/decisions/0015-visit-quotas.md), written by hand for PostgreSQL: the floor the engine is compared with.
-- Parameters: @district (null = every district), @month (first day), @next (first day of the next month),
-- @cutoff (the month's last instant, or now for the current month), @over (the month is over).

WITH rules AS (        -- the version of each rule in force for the month
    SELECT DISTINCT ON (rule) rule, is_enabled, required, stores_per_outing
    FROM quota_rules WHERE effective_from <= @month
    ORDER BY rule, effective_from DESC),
people AS (
    SELECT u.id, r.name AS role, u.district_id
    FROM users u JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.id = ur.role_id
    WHERE NOT u.is_disabled AND r.name IN ('AccountManager', 'MarketManager')
      AND (@district::integer IS NULL OR u.district_id = @district)),
accounts AS (          -- the people's accounts that count: Active at the month's end
    SELECT a.id, a.account_manager_id, a.district_id
    FROM group_accounts a
    LEFT JOIN LATERAL (SELECT t.to_state FROM account_transitions t WHERE t.account_id = a.id AND t.at <= @cutoff
                       ORDER BY t.at DESC, t.id DESC LIMIT 1) last ON true
    WHERE (a.account_manager_id IN (SELECT id FROM people WHERE role = 'AccountManager')
           OR a.district_id IN (SELECT district_id FROM people WHERE role = 'MarketManager'))
      AND CASE WHEN EXISTS (SELECT 1 FROM account_transitions t WHERE t.account_id = a.id)
               THEN last.to_state IS NOT DISTINCT FROM 'Active' ELSE a.state = 'Active' END),
visited AS (           -- the stores each account manager visited in the month
    SELECT DISTINCT v.visitor_id, v.store_id
    FROM visits v
    WHERE v.kind = 'Store' AND v.visited_on >= @month AND v.visited_on < @next
      AND v.visitor_id = ANY (ARRAY(SELECT id FROM people WHERE role = 'AccountManager'))),
notices AS (           -- per store, the store notices of the rounds approved for the month, and those handed over
    SELECT x.store_id, count(*) AS notices, count(x.handed_over_at) AS handed
    FROM allocation_notices x JOIN allocation_rounds r ON r.id = x.round_id
    WHERE x.store_id IS NOT NULL AND r.state = 'Approved' AND r.month = @month
    GROUP BY x.store_id),
owed AS (              -- the stores of those accounts open at the month's end, with the account manager's work
    SELECT a.account_manager_id AS person, vs.store_id IS NOT NULL AS visited,
           n.store_id IS NOT NULL AS noticed, n.handed = n.notices AS handed
    FROM stores s
    JOIN accounts a ON a.id = s.account_id AND a.account_manager_id IN (SELECT id FROM people WHERE role = 'AccountManager')
    LEFT JOIN visited vs ON vs.store_id = s.id AND vs.visitor_id = a.account_manager_id
    LEFT JOIN notices n ON n.store_id = s.id
    WHERE s.is_active OR (@over AND s.deactivated_at > @cutoff)),
hq AS (                -- HQ visits that kept an appointment fixed at least 24 hours ahead, per visitor and account
    SELECT v.visitor_id, v.account_id, count(*) AS visits
    FROM (SELECT visitor_id, account_id, appointment_id FROM visits
          WHERE kind = 'Hq' AND visited_on >= @month AND visited_on < @next
            AND visitor_id = ANY (ARRAY(SELECT id FROM people)) OFFSET 0) v     -- OFFSET 0: filter first, then join
    JOIN hq_appointments ap ON ap.id = v.appointment_id AND ap.starts_at - ap.scheduled_at >= interval '24 hours'
    GROUP BY v.visitor_id, v.account_id),
outing_days AS (       -- distinct stores per market manager and day
    SELECT v.visitor_id, v.visited_on, count(DISTINCT v.store_id) AS stores
    FROM visits v
    WHERE v.kind = 'Store' AND v.visited_on >= @month AND v.visited_on < @next
      AND v.visitor_id = ANY (ARRAY(SELECT id FROM people WHERE role = 'MarketManager'))
    GROUP BY v.visitor_id, v.visited_on),
periods AS (           -- the two-week plan periods (Mondays, every 14 days from 2024-01-01) that start in the month
    SELECT d::date AS start FROM generate_series(@month::timestamp, @next::timestamp - interval '1 day', interval '1 day') d
    WHERE (d::date - DATE '2024-01-01') % 14 = 0),
figures AS (
    SELECT p.id AS person, 'Outings' AS rule, true AS applies, rl.required,
           (SELECT count(*) FROM outing_days o WHERE o.visitor_id = p.id AND o.stores >= rl.stores_per_outing) AS actual
    FROM people p JOIN rules rl ON rl.rule = 'Outings' WHERE p.role = 'MarketManager'
    UNION ALL
    SELECT p.id, rl.rule, true, count(a.id) * rl.required, coalesce(sum(least(coalesce(h.visits, 0), rl.required)), 0)
    FROM people p
    JOIN rules rl ON rl.rule = CASE p.role WHEN 'AccountManager' THEN 'AccountHqVisits' ELSE 'DistrictHqVisits' END
    LEFT JOIN accounts a ON CASE p.role WHEN 'AccountManager' THEN a.account_manager_id = p.id ELSE a.district_id = p.district_id END
    LEFT JOIN hq h ON h.visitor_id = p.id AND h.account_id = a.id
    GROUP BY p.id, rl.rule, rl.required
    UNION ALL
    SELECT p.id, 'PlanSubmission', true, ((SELECT count(*) FROM periods) * rl.required + 99) / 100,
           (SELECT count(*) FROM periods pe WHERE EXISTS (SELECT 1 FROM visit_plans vp
                WHERE vp.user_id = p.id AND vp.period_start = pe.start AND vp.state = 'Submitted'))
    FROM people p JOIN rules rl ON rl.rule = 'PlanSubmission' WHERE p.role = 'AccountManager'
    UNION ALL
    SELECT p.id, 'StoreCoverage', true, (count(o.person) * rl.required + 99) / 100, count(o.person) FILTER (WHERE o.visited)
    FROM people p JOIN rules rl ON rl.rule = 'StoreCoverage' LEFT JOIN owed o ON o.person = p.id
    WHERE p.role = 'AccountManager' GROUP BY p.id, rl.required
    UNION ALL
    SELECT p.id, 'NoticeCoverage', count(o.person) FILTER (WHERE o.noticed) > 0,
           (count(o.person) FILTER (WHERE o.noticed) * rl.required + 99) / 100, count(o.person) FILTER (WHERE o.noticed AND o.handed)
    FROM people p JOIN rules rl ON rl.rule = 'NoticeCoverage' LEFT JOIN owed o ON o.person = p.id
    WHERE p.role = 'AccountManager' GROUP BY p.id, rl.required)
SELECT f.person, f.rule, f.applies AND rl.is_enabled AS applies,
       CASE WHEN f.applies AND rl.is_enabled THEN f.required ELSE 0 END::integer AS required,
       CASE WHEN f.applies AND rl.is_enabled THEN f.actual ELSE 0 END::integer AS actual
FROM figures f JOIN rules rl ON rl.rule = f.rule
ORDER BY f.person, f.rule;
