-- AlterTable
ALTER TABLE "statements" ADD COLUMN "removed_at" TIMESTAMPTZ(3);
