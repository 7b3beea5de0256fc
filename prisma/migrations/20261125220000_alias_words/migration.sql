-- A misspelt surname («غوتيرس») was compared, by trigram word similarity, with every alias sharing a
-- few trigrams with it: 1,100 aliases for a common surname at a million statements, each scored
-- again by the recheck, 7 ms. Aliases share their words (a family name, a title), so the words are
-- kept once, in a table of their own; a misspelt word is compared with those, and the aliases
-- holding the nearest words are found through an index on their words.
CREATE TABLE "speaker_alias_words" (
    "word" TEXT NOT NULL,

    CONSTRAINT "speaker_alias_words_pkey" PRIMARY KEY ("word")
);

ALTER TABLE "speaker_aliases" ADD COLUMN "words" TEXT[] GENERATED ALWAYS AS (string_to_array("normalized_text", ' ')) STORED;

INSERT INTO "speaker_alias_words" ("word")
SELECT DISTINCT w FROM "speaker_aliases", unnest("words") AS w WHERE w <> '';

CREATE INDEX "speaker_alias_words_word_trgm_idx" ON "speaker_alias_words" USING GIN ("word" gin_trgm_ops) WITH (fastupdate = off);
CREATE INDEX "speaker_aliases_words_idx" ON "speaker_aliases" USING GIN ("words") WITH (fastupdate = off);

-- Words are only ever added: a word no alias holds any more finds no alias.
CREATE FUNCTION "speaker_aliases_add_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "speaker_alias_words" ("word")
    SELECT DISTINCT w FROM unnest(NEW."words") AS w WHERE w <> '' ORDER BY w
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER "speaker_aliases_add_words" AFTER INSERT OR UPDATE OF "normalized_text" ON "speaker_aliases"
    FOR EACH ROW EXECUTE FUNCTION "speaker_aliases_add_words"();
