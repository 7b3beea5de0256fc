-- Every statement written (a status change, an ingest, a merge) runs apply_statement_count_deltas,
-- whose four statements take the deltas as a parameter. PL/pgSQL caches their plans, but a plan made
-- for the parameter's actual rows (two for a status change) always looks cheaper than the generic one
-- (which assumes ten), so PostgreSQL planned all four again on every call. The plans are the same
-- either way: unnest, group, and an index lookup per article, speaker or tally row. Measured at a
-- million statements, a status change with its counts: 0.77 → 0.60 ms of PostgreSQL 15 on one
-- connection; through the API on PostgreSQL 18, 830 → 1,059 changes/s.
-- A later CREATE OR REPLACE of the function drops this setting unless it repeats it.
ALTER FUNCTION "apply_statement_count_deltas"("statement_count_delta"[]) SET "plan_cache_mode" = 'force_generic_plan';
