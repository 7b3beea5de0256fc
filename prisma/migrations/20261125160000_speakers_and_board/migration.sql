-- Speakers as entities across articles, full-text search of statements, and the counts the status board reads.

-- AlterEnum
ALTER TYPE "SpeakerKind" ADD VALUE 'unnamed';

-- CreateEnum
CREATE TYPE "AliasReason" AS ENUM ('name', 'mention', 'exact', 'spelling', 'surname', 'full_name', 'typed');
CREATE TYPE "SpeakerMoveKind" AS ENUM ('merge', 'detach');

-- AlterTable
ALTER TABLE "articles"
    ADD COLUMN "pending_count" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "verified_count" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "disputed_count" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "speakers"
    ADD COLUMN "merged_into_id" INTEGER,
    ADD COLUMN "pending_count" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "verified_count" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "disputed_count" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "speaker_aliases"
    ADD COLUMN "surname_key" TEXT NOT NULL DEFAULT '',
    ADD COLUMN "reason" "AliasReason" NOT NULL DEFAULT 'mention',
    ADD COLUMN "matched_text" TEXT,
    ADD COLUMN "article_id" INTEGER;

-- The configuration follows the text's script: the arabic stemmer for Arabic, the english one otherwise.
ALTER TABLE "statements"
    ADD COLUMN "speaker_alias_id" INTEGER,
    ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
        to_tsvector(CASE WHEN "text" ~ '[\u0600-\u06FF]' THEN 'arabic'::regconfig ELSE 'english'::regconfig END, "text")
    ) STORED;

-- CreateTable
CREATE TABLE "speaker_moves" (
    "id" SERIAL NOT NULL,
    "kind" "SpeakerMoveKind" NOT NULL,
    "from_speaker_id" INTEGER NOT NULL,
    "to_speaker_id" INTEGER NOT NULL,
    "statement_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "alias_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "to_roles_before" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undone_at" TIMESTAMPTZ(3),

    CONSTRAINT "speaker_moves_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "status_tallies" (
    "scope" VARCHAR(16) NOT NULL,
    "subject_id" INTEGER NOT NULL DEFAULT 0,
    "status" "StatementStatus" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "status_tallies_pkey" PRIMARY KEY ("scope", "subject_id", "status")
);

CREATE TABLE "pending_hours" (
    "hour" TIMESTAMPTZ(0) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "pending_hours_pkey" PRIMARY KEY ("hour")
);

CREATE TABLE "verdict_days" (
    "day" DATE NOT NULL,
    "status" "StatementStatus" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "verdict_days_pkey" PRIMARY KEY ("day", "status")
);

-- CreateIndex
CREATE INDEX "articles_pending_count_idx" ON "articles"("pending_count" DESC);
CREATE INDEX "speakers_pending_count_idx" ON "speakers"("pending_count" DESC);
CREATE INDEX "speakers_merged_into_id_idx" ON "speakers"("merged_into_id");
CREATE INDEX "speaker_aliases_surname_key_idx" ON "speaker_aliases"("surname_key");
CREATE INDEX "speaker_aliases_article_id_idx" ON "speaker_aliases"("article_id");
CREATE INDEX "speaker_aliases_normalized_text_trgm_idx" ON "speaker_aliases" USING GIN ("normalized_text" gin_trgm_ops);
CREATE INDEX "statements_search_vector_idx" ON "statements" USING GIN ("search_vector");
CREATE INDEX "statements_speaker_alias_id_idx" ON "statements"("speaker_alias_id");
CREATE INDEX "speaker_moves_from_speaker_id_idx" ON "speaker_moves"("from_speaker_id");
CREATE INDEX "speaker_moves_to_speaker_id_idx" ON "speaker_moves"("to_speaker_id");

-- AddForeignKey
ALTER TABLE "speakers" ADD CONSTRAINT "speakers_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "speakers"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "speaker_aliases" ADD CONSTRAINT "speaker_aliases_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "statements" ADD CONSTRAINT "statements_speaker_alias_id_fkey" FOREIGN KEY ("speaker_alias_id") REFERENCES "speaker_aliases"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "speaker_moves" ADD CONSTRAINT "speaker_moves_from_speaker_id_fkey" FOREIGN KEY ("from_speaker_id") REFERENCES "speakers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "speaker_moves" ADD CONSTRAINT "speaker_moves_to_speaker_id_fkey" FOREIGN KEY ("to_speaker_id") REFERENCES "speakers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "speaker_moves" ADD CONSTRAINT "speaker_moves_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every speaker's own name is one of its aliases, so that search and matching read aliases only.
INSERT INTO "speaker_aliases" ("speaker_id", "text", "normalized_text", "reason")
SELECT "id", "name", "normalized_name", 'name' FROM "speakers" WHERE "normalized_name" <> ''
ON CONFLICT ("speaker_id", "normalized_text") DO UPDATE SET "reason" = 'name';
-- surname_key is filled in by the application (src/speakers/backfill.ts): it needs the name matcher's folding.

/*
 * Counts by status (and pending statements by the hour they arrived, for the board's ageing), kept in step with statements by statement-level triggers: one grouped update per
 * INSERT, UPDATE or DELETE however many rows it touches. Statements marked "not a statement" are not counted.
 * Rows are locked in id order so that two transactions touching the same speakers never deadlock.
 */
CREATE TYPE "statement_count_delta" AS ("article_id" INTEGER, "speaker_id" INTEGER, "assignee_id" INTEGER, "reviewer_id" INTEGER, "status" "StatementStatus", "created_at" TIMESTAMPTZ, "n" INTEGER);

CREATE FUNCTION "apply_statement_count_deltas"(deltas "statement_count_delta"[]) RETURNS void LANGUAGE plpgsql AS $$
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

CREATE FUNCTION "statements_keep_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "apply_statement_count_deltas"(ARRAY(
            SELECT ROW(n."article_id", n."speaker_id", n."assignee_id", n."reviewed_by_id", n."status", n."created_at", 1)::"statement_count_delta"
              FROM new_rows n WHERE n."removed_at" IS NULL));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM "apply_statement_count_deltas"(ARRAY(
            SELECT ROW(o."article_id", o."speaker_id", o."assignee_id", o."reviewed_by_id", o."status", o."created_at", -1)::"statement_count_delta"
              FROM old_rows o WHERE o."removed_at" IS NULL));
    ELSE
        -- Only rows whose counted fields changed.
        PERFORM "apply_statement_count_deltas"(ARRAY(
            SELECT ROW(c."article_id", c."speaker_id", c."assignee_id", c."reviewed_by_id", c."status", c."created_at", c.n)::"statement_count_delta"
              FROM (
                SELECT o.*, -1 AS n FROM old_rows o JOIN new_rows nw ON nw."id" = o."id"
                 WHERE o."removed_at" IS NULL
                   AND (nw."removed_at" IS NOT NULL OR (o."status", o."speaker_id", o."assignee_id", o."reviewed_by_id", o."article_id", o."created_at")
                        IS DISTINCT FROM (nw."status", nw."speaker_id", nw."assignee_id", nw."reviewed_by_id", nw."article_id", nw."created_at"))
                UNION ALL
                SELECT nw.*, 1 AS n FROM new_rows nw JOIN old_rows o ON o."id" = nw."id"
                 WHERE nw."removed_at" IS NULL
                   AND (o."removed_at" IS NOT NULL OR (o."status", o."speaker_id", o."assignee_id", o."reviewed_by_id", o."article_id", o."created_at")
                        IS DISTINCT FROM (nw."status", nw."speaker_id", nw."assignee_id", nw."reviewed_by_id", nw."article_id", nw."created_at"))
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

CREATE TRIGGER "statements_count_insert" AFTER INSERT ON "statements"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statements_keep_counts"();
CREATE TRIGGER "statements_count_update" AFTER UPDATE ON "statements"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statements_keep_counts"();
CREATE TRIGGER "statements_count_delete" AFTER DELETE ON "statements"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statements_keep_counts"();

-- Statements stored before these counts.
UPDATE "articles" a SET "pending_count" = g.p, "verified_count" = g.v, "disputed_count" = g.x
  FROM (SELECT "article_id" AS id, count(*) FILTER (WHERE "status" = 'pending') AS p, count(*) FILTER (WHERE "status" = 'verified') AS v,
               count(*) FILTER (WHERE "status" = 'disputed') AS x
          FROM "statements" WHERE "removed_at" IS NULL GROUP BY "article_id") g
 WHERE a."id" = g.id;
UPDATE "speakers" s SET "pending_count" = g.p, "verified_count" = g.v, "disputed_count" = g.x
  FROM (SELECT "speaker_id" AS id, count(*) FILTER (WHERE "status" = 'pending') AS p, count(*) FILTER (WHERE "status" = 'verified') AS v,
               count(*) FILTER (WHERE "status" = 'disputed') AS x
          FROM "statements" WHERE "removed_at" IS NULL AND "speaker_id" IS NOT NULL GROUP BY "speaker_id") g
 WHERE s."id" = g.id;
INSERT INTO "status_tallies" ("scope", "subject_id", "status", "count")
SELECT 'desk', 0, "status", count(*) FROM "statements" WHERE "removed_at" IS NULL GROUP BY "status"
UNION ALL SELECT 'assignee', "assignee_id", "status", count(*) FROM "statements" WHERE "removed_at" IS NULL AND "assignee_id" IS NOT NULL GROUP BY "assignee_id", "status"
UNION ALL SELECT 'reviewer', "reviewed_by_id", "status", count(*) FROM "statements" WHERE "removed_at" IS NULL AND "reviewed_by_id" IS NOT NULL GROUP BY "reviewed_by_id", "status";
INSERT INTO "pending_hours" ("hour", "count")
SELECT date_trunc('hour', "created_at"), count(*) FROM "statements" WHERE "removed_at" IS NULL AND "status" = 'pending' GROUP BY 1;
INSERT INTO "verdict_days" ("day", "status", "count")
SELECT ("reviewed_at" AT TIME ZONE 'UTC')::date, "status", count(*) FROM "statements"
 WHERE "reviewed_at" IS NOT NULL AND "status" <> 'pending' GROUP BY 1, 2;
