import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { readDatamodel, schemaDifferences } from "./support/schema-diff.ts";
import { BACKEND, createTestDatabase, type TestDatabase } from "./support/database.ts";

describe(`prisma/schema.prisma and the migrated database (${BACKEND})`, () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
  });
  after(() => db.destroy());

  it("agree on every model, field, enum, relation and index", async () => {
    const datamodel = readDatamodel();
    assert.ok(datamodel.models.length >= 8 && datamodel.indexes.length >= 20, "the schema was read");
    assert.deepEqual(await schemaDifferences(db.query), []);
  });

  it("would notice a migration that drifts from the schema", async () => {
    await db.query('DROP INDEX "statements_status_created_at_id_idx"');
    await db.query('ALTER TABLE "articles" ALTER COLUMN "source" SET NOT NULL, ALTER COLUMN "language" TYPE VARCHAR(8)');
    await db.query(
      'ALTER TABLE "statements" DROP CONSTRAINT "statements_speaker_id_fkey", ADD CONSTRAINT "statements_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "speakers"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await db.query(`ALTER TYPE "StatementStatus" ADD VALUE 'retracted'`);
    await db.query('ALTER TABLE "speakers" ADD COLUMN "nickname" TEXT');
    const differences = await schemaDifferences(db.query);
    assert.deepEqual(differences.sort(), [
      "column articles.language has length 8, the schema says 16",
      "column articles.source is NOT NULL, the schema says nullable",
      "column speakers.nickname is not in the schema",
      "enum StatementStatus has (pending,verified,disputed,retracted) instead of (pending,verified,disputed)",
      "foreign key statements_speaker_id_fkey is ON DELETE Cascade, the schema says SetNull",
      "index statements_status_created_at_id_idx on statements(status,created_at,id) is missing",
    ]);
  });
});
