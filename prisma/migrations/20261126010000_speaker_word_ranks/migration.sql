-- Speaker search ranked every alias its query matched: «بلين» is in the surname of 849 aliases of 567
-- speakers at a million statements, each read from the table and sorted, to show the twenty with the
-- most statements (1.0 ms of the database per search). Each alias's words are now also listed here,
-- with where the word stands in the alias and the speaker's statement count, in an index ordered by
-- that count: a one-word search reads the first twenty speakers of each matching word, as few as
-- twenty rows where it read 849.
CREATE TABLE "speaker_word_ranks" (
    "word" TEXT NOT NULL,
    -- 0: the alias is this one word; 1: the first of its words; 2: a later word; 3: not a word but the
    -- alias's surname consonants (surname_key), which find a surname spelled otherwise.
    "place" SMALLINT NOT NULL,
    "alias_id" INTEGER NOT NULL,
    "speaker_id" INTEGER NOT NULL,
    -- The speaker's statements, as speaker_aliases.speaker_statement_count: NULL once merged away.
    "statements" INTEGER,
    "alias_length" INTEGER NOT NULL,

    CONSTRAINT "speaker_word_ranks_pkey" PRIMARY KEY ("alias_id", "word", "place")
);

ALTER TABLE "speaker_word_ranks" ADD CONSTRAINT "speaker_word_ranks_alias_id_fkey" FOREIGN KEY ("alias_id") REFERENCES "speaker_aliases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The rows of one alias.
CREATE FUNCTION "speaker_alias_word_ranks"(alias "speaker_aliases") RETURNS SETOF "speaker_word_ranks" LANGUAGE sql STABLE AS $$
    SELECT w.word, (CASE WHEN cardinality(a.words) = 1 THEN 0 WHEN w.n = 1 THEN 1 ELSE 2 END)::smallint,
           alias."id", alias."speaker_id", alias."speaker_statement_count", length(alias."text")
      FROM (SELECT array_remove(alias."words", '') AS words) a, unnest(a.words) WITH ORDINALITY AS w(word, n)
    UNION
    SELECT alias."surname_key", 3::smallint, alias."id", alias."speaker_id", alias."speaker_statement_count", length(alias."text")
     WHERE alias."surname_key" NOT IN ('', '-')
$$;

INSERT INTO "speaker_word_ranks" SELECT r.* FROM "speaker_aliases" a, "speaker_alias_word_ranks"(a) r;

CREATE INDEX "speaker_word_ranks_ranked_idx" ON "speaker_word_ranks" ("word", "place", "statements" DESC, "speaker_id", "alias_length") WHERE "statements" IS NOT NULL;

-- An alias's rows follow its text, its speaker and its speaker's count.
CREATE FUNCTION "speaker_aliases_rank_words"() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE TRIGGER "speaker_aliases_rank_words" AFTER INSERT ON "speaker_aliases"
    FOR EACH ROW EXECUTE FUNCTION "speaker_aliases_rank_words"();

CREATE TRIGGER "speaker_aliases_rerank_words" AFTER UPDATE OF "speaker_id", "text", "normalized_text", "surname_key", "speaker_statement_count" ON "speaker_aliases"
    FOR EACH ROW
    WHEN ((OLD."speaker_id", OLD."text", OLD."normalized_text", OLD."surname_key", OLD."speaker_statement_count")
          IS DISTINCT FROM (NEW."speaker_id", NEW."text", NEW."normalized_text", NEW."surname_key", NEW."speaker_statement_count"))
    EXECUTE FUNCTION "speaker_aliases_rank_words"();
