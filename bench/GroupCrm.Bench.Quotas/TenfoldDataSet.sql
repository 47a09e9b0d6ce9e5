-- Copies the demo's people and their work (factor - 1) more times into the same three districts, so every
-- district has (factor) times the account managers, market managers, chains, stores, appointments, visits, plans,
-- allocation rounds and notices. Copy k of a row keeps every column but its id (id + k * 1,000,000) and its unique
-- numbers, and points at copy k of every row it refers to. Not copied, because no quota reads them: sales, product
-- checks, follow-ups, documents, surveys, the rounds' lines and audit trails.
-- {factor} is replaced by the program.

CREATE TEMP TABLE copies AS SELECT k, k * 1000000 AS o FROM generate_series(1, {factor} - 1) AS k;

INSERT INTO users (id, display_name, district_id, is_disabled, created_at, user_name, normalized_user_name, email,
                   normalized_email, email_confirmed, password_hash, security_stamp, concurrency_stamp, phone_number,
                   phone_number_confirmed, two_factor_enabled, lockout_end, lockout_enabled, access_failed_count)
SELECT u.id + c.o, u.display_name || ' ' || c.k, u.district_id, u.is_disabled, u.created_at,
       u.user_name || '.x' || c.k, u.normalized_user_name || '.X' || c.k,
       replace(u.email, '@', '.x' || c.k || '@'), replace(u.normalized_email, '@', '.X' || c.k || '@'),
       u.email_confirmed, u.password_hash, u.security_stamp, u.concurrency_stamp, u.phone_number,
       u.phone_number_confirmed, u.two_factor_enabled, u.lockout_end, u.lockout_enabled, u.access_failed_count
FROM users u CROSS JOIN copies c;

INSERT INTO user_roles (user_id, role_id) SELECT ur.user_id + c.o, ur.role_id FROM user_roles ur CROSS JOIN copies c;

INSERT INTO group_accounts (id, name, name_en, business_licence_number, state, district_id, account_manager_id,
                            market_manager_id, legal_representative, hq_address, order_phone, order_frequency, bank_name,
                            bank_account_number, planned_monthly_volume, created_at, notice_language)
SELECT a.id + c.o, a.name || ' ' || c.k, a.name_en || ' ' || c.k, a.business_licence_number || '-X' || c.k, a.state,
       a.district_id, a.account_manager_id + c.o, a.market_manager_id + c.o, a.legal_representative, a.hq_address,
       a.order_phone, a.order_frequency, a.bank_name, a.bank_account_number, a.planned_monthly_volume, a.created_at,
       a.notice_language
FROM group_accounts a CROSS JOIN copies c;

INSERT INTO account_transitions (id, account_id, from_state, to_state, by_user_id, at, note)
SELECT t.id + c.o, t.account_id + c.o, t.from_state, t.to_state, t.by_user_id + c.o, t.at, t.note
FROM account_transitions t CROSS JOIN copies c;

INSERT INTO buyer_contacts (id, account_id, name, email, phone, title)
SELECT b.id + c.o, b.account_id + c.o, b.name, b.email, b.phone, b.title FROM buyer_contacts b CROSS JOIN copies c;

INSERT INTO stores (id, account_id, name, retail_licence_number, category_id, address, contact_name, phone,
                    estimated_monthly_sales, is_active, deactivated_at)
SELECT s.id + c.o, s.account_id + c.o, s.name, s.retail_licence_number || '-X' || c.k, s.category_id, s.address,
       s.contact_name, s.phone, s.estimated_monthly_sales, s.is_active, s.deactivated_at
FROM stores s CROSS JOIN copies c;

INSERT INTO hq_appointments (id, account_id, buyer_contact_id, starts_at, purpose, booked_by_id, booked_at, scheduled_at,
                             state, cancelled_at, cancel_reason)
SELECT h.id + c.o, h.account_id + c.o, h.buyer_contact_id + c.o, h.starts_at, h.purpose, h.booked_by_id + c.o,
       h.booked_at, h.scheduled_at, h.state, h.cancelled_at, h.cancel_reason
FROM hq_appointments h CROSS JOIN copies c;

INSERT INTO visits (id, kind, account_id, store_id, visitor_id, visited_at, visited_on, appointment_id, topics, requests,
                    problems, customer_feedback, compliance_concern, photo_file_id, photo_content_type,
                    notice_handed_over, notice_acknowledged_by, spot_check_of_user_id, compared_visit_id,
                    spot_check_fields_compared, spot_check_fields_matched, recorded_at)
SELECT v.id + c.o, v.kind, v.account_id + c.o, v.store_id + c.o, v.visitor_id + c.o, v.visited_at, v.visited_on,
       v.appointment_id + c.o, v.topics, v.requests, v.problems, v.customer_feedback, v.compliance_concern, NULL, NULL,
       v.notice_handed_over, v.notice_acknowledged_by, v.spot_check_of_user_id + c.o, v.compared_visit_id + c.o,
       v.spot_check_fields_compared, v.spot_check_fields_matched, v.recorded_at
FROM visits v CROSS JOIN copies c;

INSERT INTO visit_plans (id, user_id, period_start, revision, state, created_at, submitted_at)
SELECT p.id + c.o, p.user_id + c.o, p.period_start, p.revision, p.state, p.created_at, p.submitted_at
FROM visit_plans p CROSS JOIN copies c;

INSERT INTO planned_visits (id, plan_id, day, kind, account_id, store_id)
SELECT p.id + c.o, p.plan_id + c.o, p.day, p.kind, p.account_id + c.o, p.store_id + c.o
FROM planned_visits p CROSS JOIN copies c;

INSERT INTO allocation_rounds (id, district_id, product_id, month, revision, supersedes_id, available_units, pack_size,
                               reserve_units, basis, basis_months, minimum_packs, maximum_packs, state, created_by_id,
                               created_at, submitted_by_id, submitted_at, approved_by_id, approved_at, return_note)
SELECT r.id + c.o, r.district_id, r.product_id, r.month, r.revision, r.supersedes_id + c.o, r.available_units, r.pack_size,
       r.reserve_units, r.basis, r.basis_months, r.minimum_packs, r.maximum_packs, r.state, r.created_by_id + c.o,
       r.created_at, r.submitted_by_id + c.o, r.submitted_at, r.approved_by_id + c.o, r.approved_at, r.return_note
FROM allocation_rounds r CROSS JOIN copies c;

INSERT INTO allocation_notices (id, round_id, account_id, store_id, packs, units, language, issued_at, emailed_at,
                                acknowledged_at, acknowledged_by_name, acknowledged_by_contact_id, handed_over_at,
                                handed_over_visit_id, handed_over_to)
SELECT n.id + c.o, n.round_id + c.o, n.account_id + c.o, n.store_id + c.o, n.packs, n.units, n.language, n.issued_at,
       n.emailed_at, n.acknowledged_at, n.acknowledged_by_name, n.acknowledged_by_contact_id + c.o, n.handed_over_at,
       n.handed_over_visit_id + c.o, n.handed_over_to
FROM allocation_notices n CROSS JOIN copies c;

-- New rows made by the app after this get ids above the copies.
SELECT setval(pg_get_serial_sequence(t, 'id'), (SELECT max(k) + 1 FROM copies) * 1000000)
FROM unnest(ARRAY['users', 'group_accounts', 'account_transitions', 'buyer_contacts', 'stores', 'hq_appointments',
                  'visits', 'visit_plans', 'planned_visits', 'allocation_rounds', 'allocation_notices']) AS t;

