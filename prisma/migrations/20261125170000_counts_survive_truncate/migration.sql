-- TRUNCATE fires no row or DELETE triggers, so the counts kept beside statements (status_tallies,
-- pending_hours, the *_count columns) would go on counting statements that are gone. Emptying the
-- table empties its counts too. verdict_days stays: it records verdicts given, not statements held.
CREATE FUNCTION "statements_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE TRIGGER "statements_count_truncate" AFTER TRUNCATE ON "statements"
    FOR EACH STATEMENT EXECUTE FUNCTION "statements_truncated"();
