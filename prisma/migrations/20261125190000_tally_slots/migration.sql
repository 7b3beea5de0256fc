-- Every status change added to the same few rows (the desk's tallies, its language's, the reviewer's,
-- today's verdicts) and held their locks until it committed, so concurrent changes queued one behind
-- another: at 32 connections most backends were waiting on a row lock (wait event
-- Lock:transactionid). Each tally is now spread over 16 slots, one per backend (its pid modulo 16),
-- and readers sum the slots.
ALTER TABLE "status_tallies" ADD COLUMN "slot" SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE "status_tallies" DROP CONSTRAINT "status_tallies_pkey", ADD CONSTRAINT "status_tallies_pkey" PRIMARY KEY ("scope", "subject_id", "status", "slot");
ALTER TABLE "verdict_days" ADD COLUMN "slot" SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE "verdict_days" DROP CONSTRAINT "verdict_days_pkey", ADD CONSTRAINT "verdict_days_pkey" PRIMARY KEY ("day", "status", "slot");
ALTER TABLE "pending_hours" ADD COLUMN "slot" SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE "pending_hours" DROP CONSTRAINT "pending_hours_pkey", ADD CONSTRAINT "pending_hours_pkey" PRIMARY KEY ("hour", "slot");

CREATE FUNCTION "tally_slot"() RETURNS SMALLINT LANGUAGE sql STABLE AS $$ SELECT (pg_backend_pid() % 16)::smallint $$;

CREATE OR REPLACE FUNCTION "apply_statement_count_deltas"(deltas "statement_count_delta"[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF cardinality(deltas) = 0 THEN
        RETURN;
    END IF;
    PERFORM 1 FROM "articles" WHERE "id" IN (SELECT d."article_id" FROM unnest(deltas) d) ORDER BY "id" FOR UPDATE;
    UPDATE "articles" a
       SET "pending_count" = a."pending_count" + g.p, "verified_count" = a."verified_count" + g.v, "disputed_count" = a."disputed_count" + g.x
      FROM (SELECT d."article_id" AS id,
                   coalesce(sum(d.n) FILTER (WHERE d.status = 'pending'), 0) AS p,
                   coalesce(sum(d.n) FILTER (WHERE d.status = 'verified'), 0) AS v,
                   coalesce(sum(d.n) FILTER (WHERE d.status = 'disputed'), 0) AS x
              FROM unnest(deltas) d GROUP BY d."article_id") g
     WHERE a."id" = g.id AND (g.p <> 0 OR g.v <> 0 OR g.x <> 0);

    PERFORM 1 FROM "speakers" WHERE "id" IN (SELECT d."speaker_id" FROM unnest(deltas) d) ORDER BY "id" FOR UPDATE;
    UPDATE "speakers" s
       SET "pending_count" = s."pending_count" + g.p, "verified_count" = s."verified_count" + g.v, "disputed_count" = s."disputed_count" + g.x
      FROM (SELECT d."speaker_id" AS id,
                   coalesce(sum(d.n) FILTER (WHERE d.status = 'pending'), 0) AS p,
                   coalesce(sum(d.n) FILTER (WHERE d.status = 'verified'), 0) AS v,
                   coalesce(sum(d.n) FILTER (WHERE d.status = 'disputed'), 0) AS x
              FROM unnest(deltas) d WHERE d."speaker_id" IS NOT NULL GROUP BY d."speaker_id") g
     WHERE s."id" = g.id AND (g.p <> 0 OR g.v <> 0 OR g.x <> 0);

    INSERT INTO "status_tallies" AS t ("scope", "subject_id", "status", "slot", "count")
    SELECT scope, subject_id, status, "tally_slot"(), sum(n)::int FROM (
        SELECT 'desk' AS scope, 0 AS subject_id, d.status, d.n FROM unnest(deltas) d
        UNION ALL SELECT 'assignee', d."assignee_id", d.status, d.n FROM unnest(deltas) d WHERE d."assignee_id" IS NOT NULL
        UNION ALL SELECT 'reviewer', d."reviewer_id", d.status, d.n FROM unnest(deltas) d WHERE d."reviewer_id" IS NOT NULL
        UNION ALL SELECT 'language:' || d."language", 0, d.status, d.n FROM unnest(deltas) d WHERE d."language" IS NOT NULL
    ) rows
    GROUP BY scope, subject_id, status HAVING sum(n) <> 0
    ORDER BY scope, subject_id, status
    ON CONFLICT ("scope", "subject_id", "status", "slot") DO UPDATE SET "count" = t."count" + EXCLUDED."count";

    INSERT INTO "pending_hours" AS h ("hour", "slot", "count")
    SELECT date_trunc('hour', d."created_at"), "tally_slot"(), sum(d.n)::int FROM unnest(deltas) d WHERE d.status = 'pending'
     GROUP BY 1 HAVING sum(d.n) <> 0 ORDER BY 1
    ON CONFLICT ("hour", "slot") DO UPDATE SET "count" = h."count" + EXCLUDED."count";
END
$$;

CREATE OR REPLACE FUNCTION "statements_keep_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "apply_statement_count_deltas"(ARRAY(
            SELECT ROW(n."article_id", n."speaker_id", n."assignee_id", n."reviewed_by_id", n."status", n."created_at", 1, n."language")::"statement_count_delta"
              FROM new_rows n WHERE n."removed_at" IS NULL));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM "apply_statement_count_deltas"(ARRAY(
            SELECT ROW(o."article_id", o."speaker_id", o."assignee_id", o."reviewed_by_id", o."status", o."created_at", -1, o."language")::"statement_count_delta"
              FROM old_rows o WHERE o."removed_at" IS NULL));
    ELSE
        -- Only rows whose counted fields changed.
        PERFORM "apply_statement_count_deltas"(ARRAY(
            SELECT ROW(c."article_id", c."speaker_id", c."assignee_id", c."reviewed_by_id", c."status", c."created_at", c.n, c."language")::"statement_count_delta"
              FROM (
                SELECT o.*, -1 AS n FROM old_rows o JOIN new_rows nw ON nw."id" = o."id"
                 WHERE o."removed_at" IS NULL
                   AND (nw."removed_at" IS NOT NULL OR (o."status", o."speaker_id", o."assignee_id", o."reviewed_by_id", o."article_id", o."created_at", o."language")
                        IS DISTINCT FROM (nw."status", nw."speaker_id", nw."assignee_id", nw."reviewed_by_id", nw."article_id", nw."created_at", nw."language"))
                UNION ALL
                SELECT nw.*, 1 AS n FROM new_rows nw JOIN old_rows o ON o."id" = nw."id"
                 WHERE nw."removed_at" IS NULL
                   AND (o."removed_at" IS NOT NULL OR (o."status", o."speaker_id", o."assignee_id", o."reviewed_by_id", o."article_id", o."created_at", o."language")
                        IS DISTINCT FROM (nw."status", nw."speaker_id", nw."assignee_id", nw."reviewed_by_id", nw."article_id", nw."created_at", nw."language"))
              ) c));
        INSERT INTO "verdict_days" AS v ("day", "status", "slot", "count")
        SELECT (now() AT TIME ZONE 'UTC')::date, nw."status", "tally_slot"(), count(*)::int
          FROM new_rows nw JOIN old_rows o ON o."id" = nw."id"
         WHERE nw."status" <> o."status" AND nw."status" <> 'pending'
         GROUP BY nw."status"
         ORDER BY nw."status"
        ON CONFLICT ("day", "status", "slot") DO UPDATE SET "count" = v."count" + EXCLUDED."count";
    END IF;
    RETURN NULL;
END
$$;
