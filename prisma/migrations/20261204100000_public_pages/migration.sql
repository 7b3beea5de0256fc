-- A verified or disputed statement has a public, read-only page (/claims/:id) unless an editor withdrew it:
-- when, here; who, in the audit log.
ALTER TABLE "statements" ADD COLUMN "public_withdrawn_at" TIMESTAMPTZ(3);
