-- Trigram indexes make substring search on folded text fast ("trusted" since PostgreSQL 13: a database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "statements" ADD COLUMN "search_text" TEXT NOT NULL DEFAULT '';

-- Rows stored before this column: the same folding as nameKey, in SQL.
UPDATE "statements" SET "search_text" = btrim(regexp_replace(lower(translate(
    regexp_replace("text", '[\u064B-\u065F\u0670\u0640]', '', 'g'),
    'أإآٱىئةؤ', 'ااااييهو')), '[^[:alnum:]]+', ' ', 'g'));

-- CreateIndex
CREATE INDEX "statements_search_text_idx" ON "statements" USING GIN ("search_text" gin_trgm_ops);
