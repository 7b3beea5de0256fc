-- The queue's most used filter is the language; its status tabs counted every statement in it
-- (hundreds of milliseconds at a million). Statements now carry their article's language, and the
-- triggers keep a tally per language beside the desk's, assignees' and reviewers'.
ALTER TABLE "status_tallies" ALTER COLUMN "scope" TYPE VARCHAR(32);
ALTER TABLE "statements" ADD COLUMN "language" VARCHAR(16);

-- Filled from the article on insert, whoever inserts: the application, an import, a script.
CREATE FUNCTION "statements_take_language"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."language" IS NULL THEN
        NEW."language" := (SELECT "language" FROM "articles" WHERE "id" = NEW."article_id");
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER "statements_language" BEFORE INSERT ON "statements" FOR EACH ROW EXECUTE FUNCTION "statements_take_language"();

ALTER TYPE "statement_count_delta" ADD ATTRIBUTE "language" VARCHAR(16);

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

    INSERT INTO "status_tallies" AS t ("scope", "subject_id", "status", "count")
    SELECT scope, subject_id, status, sum(n)::int FROM (
        SELECT 'desk' AS scope, 0 AS subject_id, d.status, d.n FROM unnest(deltas) d
        UNION ALL SELECT 'assignee', d."assignee_id", d.status, d.n FROM unnest(deltas) d WHERE d."assignee_id" IS NOT NULL
        UNION ALL SELECT 'reviewer', d."reviewer_id", d.status, d.n FROM unnest(deltas) d WHERE d."reviewer_id" IS NOT NULL
        UNION ALL SELECT 'language:' || d."language", 0, d.status, d.n FROM unnest(deltas) d WHERE d."language" IS NOT NULL
    ) rows
    GROUP BY scope, subject_id, status HAVING sum(n) <> 0
    ORDER BY scope, subject_id, status
    ON CONFLICT ("scope", "subject_id", "status") DO UPDATE SET "count" = t."count" + EXCLUDED."count";

    INSERT INTO "pending_hours" AS h ("hour", "count")
    SELECT date_trunc('hour', d."created_at"), sum(d.n)::int FROM unnest(deltas) d WHERE d.status = 'pending'
     GROUP BY 1 HAVING sum(d.n) <> 0 ORDER BY 1
    ON CONFLICT ("hour") DO UPDATE SET "count" = h."count" + EXCLUDED."count";
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
        INSERT INTO "verdict_days" AS v ("day", "status", "count")
        SELECT (now() AT TIME ZONE 'UTC')::date, nw."status", count(*)::int
          FROM new_rows nw JOIN old_rows o ON o."id" = nw."id"
         WHERE nw."status" <> o."status" AND nw."status" <> 'pending'
         GROUP BY nw."status"
         ORDER BY nw."status"
        ON CONFLICT ("day", "status") DO UPDATE SET "count" = v."count" + EXCLUDED."count";
    END IF;
    RETURN NULL;
END
$$;

-- Statements stored before take their language; the update trigger counts each as moving into its
-- language's tally (and out of and back into every other, which cancels).
UPDATE "statements" s SET "language" = a."language" FROM "articles" a WHERE a."id" = s."article_id" AND s."language" IS NULL;
