-- isnad's functions and triggers: every count the desk shows is kept here, in the database, in the
-- transaction that changes the statements. Each function is defined once, in this file, with the
-- invariant it keeps. isnad applies the file after the migrations whenever its text has changed
-- (src/db/migrate.ts), so a change to a function is an edit here, not a new migration.

-- ====================================================================================================
-- Counting: articles', speakers' and the desk's figures follow the statements in the same transaction
-- ====================================================================================================

-- Which of sixteen rows a connection adds its counts to. Invariant: a tally is the sum over its slots, so
-- concurrent writers update different rows and never wait on one hot counter.
CREATE OR REPLACE FUNCTION tally_slot() RETURNS smallint
    LANGUAGE sql STABLE
    AS $$ SELECT (pg_backend_pid() % 16)::smallint $$;

-- Applies counted statements' deltas to every count the desk reads: articles' and speakers' counts by status,
-- status_tallies (desk, assignee, reviewer, language), pending_hours. Invariant: each count equals a count(*)
-- over the statements not removed. Rows are locked in id order only when a change spans several articles or
-- speakers, so two writers never deadlock; the plan is made once per session (force_generic_plan).
CREATE OR REPLACE FUNCTION apply_statement_count_deltas(deltas statement_count_delta[]) RETURNS void
    LANGUAGE plpgsql
    SET plan_cache_mode TO 'force_generic_plan'
    AS $$
DECLARE
    delta "statement_count_delta";
    several_articles boolean := false;
    several_speakers boolean := false;
BEGIN
    IF cardinality(deltas) = 0 THEN
        RETURN;
    END IF;
    FOREACH delta IN ARRAY deltas LOOP
        several_articles := several_articles OR delta."article_id" IS DISTINCT FROM deltas[1]."article_id";
        several_speakers := several_speakers OR delta."speaker_id" IS DISTINCT FROM deltas[1]."speaker_id";
        EXIT WHEN several_articles AND several_speakers;
    END LOOP;
    IF several_articles THEN
        PERFORM 1 FROM "articles" WHERE "id" IN (SELECT d."article_id" FROM unnest(deltas) d) ORDER BY "id" FOR UPDATE;
    END IF;
    UPDATE "articles" a
       SET "pending_count" = a."pending_count" + g.p, "verified_count" = a."verified_count" + g.v, "disputed_count" = a."disputed_count" + g.x
      FROM (SELECT d."article_id" AS id,
                   coalesce(sum(d.n) FILTER (WHERE d.status = 'pending'), 0) AS p,
                   coalesce(sum(d.n) FILTER (WHERE d.status = 'verified'), 0) AS v,
                   coalesce(sum(d.n) FILTER (WHERE d.status = 'disputed'), 0) AS x
              FROM unnest(deltas) d GROUP BY d."article_id") g
     WHERE a."id" = g.id AND (g.p <> 0 OR g.v <> 0 OR g.x <> 0);

    IF several_speakers THEN
        PERFORM 1 FROM "speakers" WHERE "id" IN (SELECT d."speaker_id" FROM unnest(deltas) d) ORDER BY "id" FOR UPDATE;
    END IF;
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

-- Turns each INSERT, UPDATE or DELETE on statements into count deltas, once per SQL statement (transition tables),
-- and records each verdict given in verdict_days. Invariant: only rows whose counted fields changed move a count.
CREATE OR REPLACE FUNCTION statements_keep_counts() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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

-- TRUNCATE fires no row triggers. Invariant: after it, every count that statements feed is zero.
CREATE OR REPLACE FUNCTION statements_truncated() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    DELETE FROM "status_tallies";
    DELETE FROM "pending_hours";
    UPDATE "articles" SET "pending_count" = 0, "verified_count" = 0, "disputed_count" = 0
     WHERE "pending_count" <> 0 OR "verified_count" <> 0 OR "disputed_count" <> 0;
    UPDATE "speakers" SET "pending_count" = 0, "verified_count" = 0, "disputed_count" = 0
     WHERE "pending_count" <> 0 OR "verified_count" <> 0 OR "disputed_count" <> 0;
    RETURN NULL;
END
$$;

-- A statement inherits its article's language unless given one. Invariant: statements.language is set, for the
-- per-language tallies and search.
CREATE OR REPLACE FUNCTION statements_take_language() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW."language" IS NULL THEN
        NEW."language" := (SELECT "language" FROM "articles" WHERE "id" = NEW."article_id");
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER statements_count_insert AFTER INSERT ON statements REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statements_keep_counts();

CREATE OR REPLACE TRIGGER statements_count_update AFTER UPDATE ON statements REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statements_keep_counts();

CREATE OR REPLACE TRIGGER statements_count_delete AFTER DELETE ON statements REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION statements_keep_counts();

CREATE OR REPLACE TRIGGER statements_count_truncate AFTER TRUNCATE ON statements FOR EACH STATEMENT EXECUTE FUNCTION statements_truncated();

CREATE OR REPLACE TRIGGER statements_language BEFORE INSERT ON statements FOR EACH ROW EXECUTE FUNCTION statements_take_language();

-- ====================================================================================================
-- Speaker search: aliases carry their speaker's total and index their words
-- ====================================================================================================

-- Invariant: each alias carries its speaker's statement total (none once the speaker is merged away), which ranks
-- speaker search without a join.
CREATE OR REPLACE FUNCTION speakers_give_count() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "speaker_aliases"
       SET "speaker_statement_count" = CASE WHEN NEW."merged_into_id" IS NULL THEN NEW."pending_count" + NEW."verified_count" + NEW."disputed_count" END
     WHERE "speaker_id" = NEW."id";
    RETURN NULL;
END
$$;

-- An alias added to, or moved to, a speaker takes that speaker's current total (see speakers_give_count).
CREATE OR REPLACE FUNCTION speaker_aliases_take_count() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    SELECT CASE WHEN s."merged_into_id" IS NULL THEN s."pending_count" + s."verified_count" + s."disputed_count" END
      INTO NEW."speaker_statement_count"
      FROM "speakers" s WHERE s."id" = NEW."speaker_id";
    RETURN NEW;
END
$$;

-- Invariant: speaker_alias_words holds every word of every alias, the list the typo search compares against.
CREATE OR REPLACE FUNCTION speaker_aliases_add_words() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO "speaker_alias_words" ("word")
    SELECT DISTINCT w FROM unnest(NEW."words") AS w WHERE w <> '' ORDER BY w
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

-- An alias's rows in speaker_word_ranks: each word with its place (0 the only word, 1 the first, 2 a later one,
-- 3 the surname key), so a one-word search reads a few ranked rows per word.
CREATE OR REPLACE FUNCTION speaker_alias_word_ranks(alias speaker_aliases) RETURNS SETOF speaker_word_ranks
    LANGUAGE sql STABLE
    AS $$
    SELECT w.word, (CASE WHEN cardinality(a.words) = 1 THEN 0 WHEN w.n = 1 THEN 1 ELSE 2 END)::smallint,
           alias."id", alias."speaker_id", alias."speaker_statement_count", length(alias."text")
      FROM (SELECT array_remove(alias."words", '') AS words) a, unnest(a.words) WITH ORDINALITY AS w(word, n)
    UNION
    SELECT alias."surname_key", 3::smallint, alias."id", alias."speaker_id", alias."speaker_statement_count", length(alias."text")
     WHERE alias."surname_key" NOT IN ('', '-')
$$;

-- Invariant: speaker_word_ranks holds exactly speaker_alias_word_ranks() of every alias; a change of speaker or count
-- only updates its rows in place.
CREATE OR REPLACE FUNCTION speaker_aliases_rank_words() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD."text", OLD."normalized_text", OLD."surname_key") IS NOT DISTINCT FROM (NEW."text", NEW."normalized_text", NEW."surname_key") THEN
        UPDATE "speaker_word_ranks" SET "speaker_id" = NEW."speaker_id", "statements" = NEW."speaker_statement_count" WHERE "alias_id" = NEW."id";
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM "speaker_word_ranks" WHERE "alias_id" = NEW."id";
    END IF;
    INSERT INTO "speaker_word_ranks" SELECT * FROM "speaker_alias_word_ranks"(NEW);
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER speakers_give_count AFTER UPDATE OF pending_count, verified_count, disputed_count, merged_into_id ON speakers FOR EACH ROW WHEN (((old.merged_into_id IS DISTINCT FROM new.merged_into_id) OR (((old.pending_count + old.verified_count) + old.disputed_count) <> ((new.pending_count + new.verified_count) + new.disputed_count)))) EXECUTE FUNCTION speakers_give_count();

CREATE OR REPLACE TRIGGER speaker_aliases_take_count BEFORE INSERT OR UPDATE OF speaker_id ON speaker_aliases FOR EACH ROW EXECUTE FUNCTION speaker_aliases_take_count();

CREATE OR REPLACE TRIGGER speaker_aliases_add_words AFTER INSERT OR UPDATE OF normalized_text ON speaker_aliases FOR EACH ROW EXECUTE FUNCTION speaker_aliases_add_words();

CREATE OR REPLACE TRIGGER speaker_aliases_rank_words AFTER INSERT ON speaker_aliases FOR EACH ROW EXECUTE FUNCTION speaker_aliases_rank_words();

CREATE OR REPLACE TRIGGER speaker_aliases_rerank_words AFTER UPDATE OF speaker_id, text, normalized_text, surname_key, speaker_statement_count ON speaker_aliases
    FOR EACH ROW
    WHEN ((OLD.speaker_id, OLD.text, OLD.normalized_text, OLD.surname_key, OLD.speaker_statement_count)
          IS DISTINCT FROM (NEW.speaker_id, NEW.text, NEW.normalized_text, NEW.surname_key, NEW.speaker_statement_count))
    EXECUTE FUNCTION speaker_aliases_rank_words();

-- ====================================================================================================
-- Audit
-- ====================================================================================================

-- Invariant: the audit log is never changed or shortened, even by the table's owner.
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE OR REPLACE TRIGGER audit_events_append_only BEFORE DELETE OR UPDATE OR TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
