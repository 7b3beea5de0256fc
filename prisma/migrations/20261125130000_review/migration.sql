-- AlterTable
ALTER TABLE "statements" ADD COLUMN "note" TEXT,
ADD COLUMN "evidence" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "assignee_id" INTEGER,
ADD COLUMN "reviewed_by_id" INTEGER,
ADD COLUMN "reviewed_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "statements_assignee_id_status_idx" ON "statements"("assignee_id", "status");

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
