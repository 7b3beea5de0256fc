import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { FOLDED_INTO_BASELINE, MIGRATIONS_DIR, MigrationError, migrate, readMigrations, TRIGGERS_FILE } from "../src/db/migrate.ts";
import { BACKEND, createTestDatabase, type TestDatabase } from "./support/database.ts";

/** A copy of the real migrations that a test may change. */
function migrationsCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "isnad-migrations-"));
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe(`migrations (${BACKEND})`, () => {
  const databases: TestDatabase[] = [];
  const fresh = async () => {
    const db = await createTestDatabase({ migrate: false });
    databases.push(db);
    return db;
  };
  after(async () => {
    await Promise.all(databases.map((db) => db.destroy()));
  });

  describe("on a new database", () => {
    let db: TestDatabase;
    let first: Awaited<ReturnType<typeof migrate>>;
    before(async () => {
      db = await fresh();
      first = await migrate(db.url);
    });

    it("applies every migration and records it the way Prisma Migrate does", async () => {
      const expected = readMigrations();
      assert.deepEqual(
        first.applied,
        expected.map((m) => m.name),
      );
      const rows = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; id: string }>(
        "SELECT * FROM _prisma_migrations ORDER BY migration_name",
      );
      assert.equal(rows.length, expected.length);
      for (const [index, row] of rows.entries()) {
        const file = fs.readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
        assert.equal(row.checksum, createHash("sha256").update(file).digest("hex"));
        assert.ok(row.finished_at instanceof Date);
        assert.equal(row.applied_steps_count, 1);
        assert.match(row.id, /^[0-9a-f-]{36}$/);
        assert.equal(row.migration_name, expected[index]!.name);
      }
    });

    it("applies nothing the second time", async () => {
      assert.deepEqual(await migrate(db.url), { applied: [], alreadyApplied: readMigrations().length });
    });
  });

  it("lets concurrent processes migrate one database without applying anything twice", async () => {
    const db = await fresh();
    const results = await Promise.all(Array.from({ length: 4 }, () => migrate(db.url)));
    const applied = results.flatMap((result) => result.applied);
    assert.deepEqual(
      applied.sort(),
      readMigrations()
        .map((m) => m.name)
        .sort(),
    );
    const [{ count }] = (await db.query<{ count: number }>("SELECT count(*)::int AS count FROM _prisma_migrations")) as [{ count: number }];
    assert.equal(count, readMigrations().length);
  });

  it("rolls a failing migration back completely and keeps the data already stored", async () => {
    const db = await fresh();
    const dir = migrationsCopy();
    await migrate(db.url, { dir });
    await db.query("INSERT INTO articles (title, body, language, content_hash) VALUES ('t', 'body', 'en', repeat('a', 64))");

    const broken = path.join(dir, "20990101000000_broken");
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, "migration.sql"), 'CREATE TABLE "half_done" ("id" INTEGER);\nDELETE FROM "articles";\nSELECT 1 / 0;\n');
    await assert.rejects(
      migrate(db.url, { dir }),
      (error: unknown) => error instanceof MigrationError && /20990101000000_broken failed and was rolled back: division by zero/.test(error.message),
    );

    const [{ tables }] = (await db.query<{ tables: number }>("SELECT count(*)::int AS tables FROM pg_tables WHERE tablename = 'half_done'")) as [
      { tables: number },
    ];
    assert.equal(tables, 0, "the half-applied table is gone");
    assert.equal((await db.query("SELECT 1 FROM articles")).length, 1, "the article survived");
    assert.equal((await db.query("SELECT 1 FROM _prisma_migrations WHERE migration_name = '20990101000000_broken'")).length, 0);
  });

  it("applies a migration that failed once it is mended", async () => {
    const db = await fresh();
    const dir = migrationsCopy();
    const mended = path.join(dir, "20990101000000_mended");
    fs.mkdirSync(mended);
    fs.writeFileSync(path.join(mended, "migration.sql"), "SELECT 1 / 0;\n");
    await assert.rejects(migrate(db.url, { dir }), MigrationError);
    fs.writeFileSync(path.join(mended, "migration.sql"), 'CREATE TABLE "half_done" ("id" INTEGER);\n');
    assert.deepEqual((await migrate(db.url, { dir })).applied, ["20990101000000_mended"]);
  });

  it("refuses to run when an applied migration was edited", async () => {
    const db = await fresh();
    const dir = migrationsCopy();
    await migrate(db.url, { dir });
    const [name] = fs
      .readdirSync(dir)
      .filter((entry) => /^\d+_/.test(entry))
      .sort();
    fs.appendFileSync(path.join(dir, name!, "migration.sql"), "\n-- an innocent-looking edit\n");
    await assert.rejects(migrate(db.url, { dir }), /was changed after it was applied/);
  });

  it("refuses to run on a database newer than the code, naming the migration it does not know", async () => {
    const db = await fresh();
    await migrate(db.url);
    await db.query(
      "INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES (gen_random_uuid()::text, 'x', '20991231000000_from_the_future', now(), 1)",
    );
    await assert.rejects(migrate(db.url), /20991231000000_from_the_future, which this version of isnad does not know/);
  });

  describe("a database made by the migrations the baseline folded", () => {
    async function withHistory(names: string[]): Promise<TestDatabase> {
      const db = await fresh();
      await migrate(db.url);
      await db.query("INSERT INTO articles (title, body, language, content_hash) VALUES ('t', 'body', 'en', repeat('a', 64))");
      await db.query("DELETE FROM _prisma_migrations");
      await db.query(
        "INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) SELECT gen_random_uuid()::text, 'old', name, now(), 1 FROM unnest($1::text[]) AS name",
        [names],
      );
      return db;
    }

    it("is refused when it stopped part way, naming the first migration it lacks", async () => {
      const db = await withHistory(FOLDED_INTO_BASELINE.slice(0, -1));
      await assert.rejects(migrate(db.url), /stopped at an earlier schema \(20261204100000_public_pages was never applied\)/);
    });

    it("is taken as it is, its history recorded as the baseline and its data kept", async () => {
      const db = await withHistory(FOLDED_INTO_BASELINE);
      const logged: string[] = [];
      assert.deepEqual(await migrate(db.url, { log: (line) => logged.push(line) }), { applied: [], alreadyApplied: 1 });
      assert.match(logged.join("\n"), /recorded the 18 earlier migrations as 20261205000000_baseline/);
      const names = await db.query<{ migration_name: string }>("SELECT migration_name FROM _prisma_migrations");
      assert.deepEqual(
        names.map((row) => row.migration_name),
        ["20261205000000_baseline"],
      );
      assert.equal((await db.query("SELECT 1 FROM articles")).length, 1, "the article survived");
    });
  });

  describe("the functions and triggers file", () => {
    let db: TestDatabase;
    let triggersFile: string;
    const logged: string[] = [];
    const log = (line: string) => logged.push(line);
    before(async () => {
      db = await fresh();
      triggersFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "isnad-triggers-")), "triggers.sql");
      fs.copyFileSync(TRIGGERS_FILE, triggersFile);
      await migrate(db.url, { triggersFile, log });
      await migrate(db.url, { triggersFile, log });
    });

    it("is applied once while its text is unchanged", () => {
      assert.equal(logged.filter((line) => line.includes("triggers.sql")).length, 1);
    });

    it("is applied again when its text changed, reaching a running desk's database", async () => {
      // A statement now costs its article two pending counts.
      const doubled = fs
        .readFileSync(TRIGGERS_FILE, "utf8")
        .replace('SET "pending_count" = a."pending_count" + g.p,', 'SET "pending_count" = a."pending_count" + 2 * g.p,');
      assert.notEqual(doubled, fs.readFileSync(TRIGGERS_FILE, "utf8"));
      fs.writeFileSync(triggersFile, doubled);
      await migrate(db.url, { triggersFile, log });
      const [article] = await db.query<{ id: number }>(
        "INSERT INTO articles (title, body, language, content_hash) VALUES ('t', 'body', 'en', repeat('b', 64)) RETURNING id",
      );
      await db.query("INSERT INTO statements (article_id, text, start_offset, end_offset, type, updated_at) VALUES ($1, 'body', 0, 4, 'direct', now())", [
        article!.id,
      ]);
      const [counts] = await db.query<{ pending_count: number }>("SELECT pending_count FROM articles WHERE id = $1", [article!.id]);
      assert.equal(counts!.pending_count, 2);
    });

    it("is rolled back when it fails, leaving the functions as they were", async () => {
      fs.writeFileSync(
        triggersFile,
        "CREATE OR REPLACE FUNCTION tally_slot() RETURNS smallint LANGUAGE sql AS $$ SELECT 1 / 0 $$;\nSELECT no_such_function();\n",
      );
      await assert.rejects(migrate(db.url, { triggersFile }), /triggers.sql failed and was rolled back/);
      const [slot] = await db.query<{ slot: number }>("SELECT tally_slot() AS slot");
      assert.ok(slot!.slot >= 0 && slot!.slot < 16);
    });
  });

  describe("audit history", () => {
    let db: TestDatabase;
    before(async () => {
      db = await createTestDatabase();
      databases.push(db);
    });

    it("can be appended to", async () => {
      await db.query("INSERT INTO audit_events (action, subject_type, subject_id, note) VALUES ('statement.status', 'statement', 1, 'checked')");
      const rows = await db.query<{ note: string }>("SELECT note FROM audit_events");
      assert.deepEqual(
        rows.map((row) => row.note),
        ["checked"],
      );
    });

    for (const [command, sql] of [
      ["UPDATE", "UPDATE audit_events SET note = 'rewritten'"],
      ["DELETE", "DELETE FROM audit_events"],
      ["TRUNCATE", "TRUNCATE audit_events"],
    ]) {
      it(`refuses ${command}, keeping every event`, async () => {
        await db.query("INSERT INTO audit_events (action, subject_type, subject_id, note) VALUES ('statement.status', 'statement', 2, 'kept')");
        const before = await db.query("SELECT id, note FROM audit_events ORDER BY id");
        await assert.rejects(db.query(sql!), new RegExp(`append-only: ${command} is not allowed`));
        assert.deepEqual(await db.query("SELECT id, note FROM audit_events ORDER BY id"), before);
      });
    }
  });
});
