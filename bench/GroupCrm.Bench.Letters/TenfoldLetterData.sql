-- Runs after bench/GroupCrm.Bench.Quotas/TenfoldDataSet.sql, in the same session (it uses that script's temporary
-- table of copies): copies what a monthly letter reads that the quotas' script leaves out, with the same rule (copy
-- k of a row points at copy k of every row it refers to; ids + k * 1,000,000). Monthly sales of every store and
-- month, sales targets, demand forecasts, and the product checks of the copied store visits. Not copied: products
-- and price changes (one catalogue for the whole organisation) and market bulletins (one per district and month,
-- and the districts are not multiplied). {factor} is replaced by the program.

INSERT INTO monthly_sales (month, store_id, product_id, quantity, amount)
SELECT s.month, s.store_id + c.o, s.product_id, s.quantity, s.amount FROM monthly_sales s CROSS JOIN copies c;

INSERT INTO sales_targets (id, account_id, month, product_id, quantity, set_by_id, set_at)
SELECT t.id + c.o, t.account_id + c.o, t.month, t.product_id, t.quantity, t.set_by_id + c.o, t.set_at
FROM sales_targets t CROSS JOIN copies c;

INSERT INTO demand_forecasts (id, account_id, product_id, month, quantity, entered_by_id, entered_at)
SELECT f.id + c.o, f.account_id + c.o, f.product_id, f.month, f.quantity, f.entered_by_id + c.o, f.entered_at
FROM demand_forecasts f CROSS JOIN copies c;

INSERT INTO visit_product_checks (visit_id, product_id, listed, sell_through, shelf_price, stock_on_hand)
SELECT p.visit_id + c.o, p.product_id, p.listed, p.sell_through, p.shelf_price, p.stock_on_hand
FROM visit_product_checks p CROSS JOIN copies c;

SELECT setval(pg_get_serial_sequence(t, 'id'), (SELECT max(k) + 1 FROM copies) * 1000000)
FROM unnest(ARRAY['sales_targets', 'demand_forecasts']) AS t;
