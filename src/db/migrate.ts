import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

/*
 * Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's native
 * schema engine: each pending migration once, in its own transaction, recorded in
 * _prisma_migrations with Prisma's checksum, under Prisma's own advisory lock so that isnad
 * processes and `prisma migrate deploy` never migrate one database at the same time.
 */

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));
/** The functions and triggers, applied after the migrations whenever the file's text changes. */
export const TRIGGERS_FILE = fileURLToPath(new URL("../../prisma/triggers.sql", import.meta.url));

/** The baseline migration, and the migrations it folded: a database they made already has its schema. */
const BASELINE = "20261205000000_baseline";
export const FOLDED_INTO_BASELINE = [
  "20261125000000_init",
  "20261125120000_sign_in",
  "20261125130000_review",
  "20261125140000_statement_search",
  "20261125150000_not_a_statement",
  "20261125160000_speakers_and_board",
  "20261125170000_counts_survive_truncate",
  "20261125180000_statement_language",
  "20261125190000_tally_slots",
  "20261125200000_alias_index_without_pending_list",
  "20261125210000_alias_speaker_counts",
  "20261125220000_alias_words",
  "20261126000000_count_locks_only_across_rows",
  "20261126010000_speaker_word_ranks",
  "20261126020000_count_deltas_planned_once",
  "20261204080000_second_factor",
  "20261204090000_look_alike_alias",
  "20261204100000_public_pages",
];

/** The advisory lock key Prisma Migrate uses on PostgreSQL. */
const PRISMA_MIGRATE_LOCK = 72707369;

export class MigrationError extends Error {
  override name = "MigrationError";
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}

/**
 * What the application's role may do once the schema is in place: read and write every table, use the
 * sequences and functions, own the job queue's schema (pg-boss makes its tables at run time), and on
 * the audit log only read and append. It owns nothing else, so it cannot alter a table or switch a
 * trigger off. Idempotent: run after every migration.
 */
const APPLICATION_GRANTS = (role: string) => `
  GRANT USAGE ON SCHEMA public TO ${role};
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
  REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM ${role};
  REVOKE ALL ON _prisma_migrations, _isnad_sql_files FROM ${role};
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};
  GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${role};
  DO $$
  DECLARE item record;
  BEGIN
    IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss') THEN
      EXECUTE 'ALTER SCHEMA pgboss OWNER TO ${role}';
      FOR item IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'pgboss' AND c.relkind IN ('r', 'p', 'S', 'v') LOOP
        EXECUTE format('ALTER TABLE pgboss.%I OWNER TO ${role}', item.relname);
      END LOOP;
      FOR item IN SELECT p.oid::regprocedure::text AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'pgboss' LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO ${role}', item.sig);
      END LOOP;
      FOR item IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'pgboss' AND t.typtype = 'e' LOOP
        EXECUTE format('ALTER TYPE pgboss.%I OWNER TO ${role}', item.typname);
      END LOOP;
    END IF;
  END $$;`;

export async function migrate(
  url: string,
  options: { dir?: string; triggersFile?: string; log?: (message: string) => void; grantTo?: string } = {},
): Promise<MigrateResult> {
  const migrations = readMigrations(options.dir);
  const client = new pg.Client({ connectionString: url, application_name: "isnad-migrate" });
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS _prisma_migrations (
        id                      VARCHAR(36) PRIMARY KEY NOT NULL,
        checksum                VARCHAR(64) NOT NULL,
        finished_at             TIMESTAMPTZ,
        migration_name          VARCHAR(255) NOT NULL,
        logs                    TEXT,
        rolled_back_at          TIMESTAMPTZ,
        started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
        applied_steps_count     INTEGER NOT NULL DEFAULT 0
      )`);
    await client.query(`
      CREATE TABLE IF NOT EXISTS _isnad_sql_files (
        name        TEXT PRIMARY KEY,
        checksum    VARCHAR(64) NOT NULL,
        applied_at  TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
    let applied = await appliedMigrations(client);
    if (await adoptBaseline(client, migrations, applied)) {
      options.log?.(`recorded the ${FOLDED_INTO_BASELINE.length} earlier migrations as ${BASELINE}, which holds the same schema`);
      applied = await appliedMigrations(client);
    }
    checkHistory(migrations, applied);

    const result: MigrateResult = { applied: [], alreadyApplied: 0 };
    for (const migration of migrations) {
      if (applied.has(migration.name)) {
        result.alreadyApplied++;
        continue;
      }
      await apply(client, migration);
      options.log?.(`applied migration ${migration.name}`);
      result.applied.push(migration.name);
    }
    if (await applySqlFileIfChanged(client, options.triggersFile ?? TRIGGERS_FILE)) options.log?.("applied prisma/triggers.sql");
    if (options.grantTo) await client.query(APPLICATION_GRANTS(options.grantTo));
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]).catch(() => {});
    await client.end().catch(() => {});
  }
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

async function appliedMigrations(client: pg.Client): Promise<Map<string, AppliedRow>> {
  const { rows } = await client.query<AppliedRow>(
    "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations WHERE rolled_back_at IS NULL ORDER BY started_at",
  );
  return new Map(rows.map((row) => [row.migration_name, row]));
}

function checkHistory(migrations: Migration[], applied: Map<string, AppliedRow>): void {
  const known = new Map(migrations.map((migration) => [migration.name, migration]));
  for (const row of applied.values()) {
    if (row.finished_at === null) {
      throw new MigrationError(
        `migration ${row.migration_name} failed earlier and is marked unfinished in _prisma_migrations; repair the database, then mark it rolled back (prisma migrate resolve --rolled-back ${row.migration_name})`,
      );
    }
    const local = known.get(row.migration_name);
    if (!local) {
      throw new MigrationError(
        `the database has migration ${row.migration_name}, which this version of isnad does not know; run the isnad release that created it, or a newer one`,
      );
    }
    if (local.checksum !== row.checksum) {
      throw new MigrationError(
        `migration ${row.migration_name} was changed after it was applied; restore prisma/migrations/${row.migration_name}/migration.sql and add a new migration instead`,
      );
    }
  }
}

async function apply(client: pg.Client, migration: Migration): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query("INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())", [
      id,
      migration.checksum,
      migration.name,
    ]);
    await client.query(migration.sql);
    await client.query("UPDATE _prisma_migrations SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1", [id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw new MigrationError(`migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
  }
}

/**
 * A database made by the migrations the baseline folded has the baseline's schema (test/migrate.test.ts
 * builds both and compares them): their records are replaced by the baseline's, in one transaction.
 * Part of that history is refused, since the schema would be older than the baseline.
 */
async function adoptBaseline(client: pg.Client, migrations: Migration[], applied: Map<string, AppliedRow>): Promise<boolean> {
  const folded = FOLDED_INTO_BASELINE.filter((name) => applied.has(name));
  if (folded.length === 0) return false;
  const missing = FOLDED_INTO_BASELINE.filter((name) => !applied.get(name)?.finished_at);
  if (missing.length > 0) {
    throw new MigrationError(
      `the database stopped at an earlier schema (${missing[0]} was never applied); start it once with an isnad release from before ${BASELINE}, or use a new database`,
    );
  }
  const baseline = migrations.find((migration) => migration.name === BASELINE);
  if (!baseline) throw new MigrationError(`the baseline migration ${BASELINE} is missing from prisma/migrations`);
  await client.query("BEGIN");
  try {
    await client.query("DELETE FROM _prisma_migrations WHERE migration_name = ANY($1)", [FOLDED_INTO_BASELINE]);
    await client.query(
      "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)",
      [randomUUID(), baseline.checksum, BASELINE],
    );
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/**
 * Applies a file of CREATE OR REPLACE statements when its text differs from the one last applied. Not on
 * every start: replacing a trigger locks its table against writes for a moment.
 */
async function applySqlFileIfChanged(client: pg.Client, file: string): Promise<boolean> {
  const bytes = fs.readFileSync(file);
  const name = path.basename(file);
  const checksum = createHash("sha256").update(bytes).digest("hex");
  const { rows } = await client.query<{ checksum: string }>("SELECT checksum FROM _isnad_sql_files WHERE name = $1", [name]);
  if (rows[0]?.checksum === checksum) return false;
  await client.query("BEGIN");
  try {
    await client.query(bytes.toString("utf8"));
    await client.query(
      "INSERT INTO _isnad_sql_files (name, checksum) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now()",
      [name, checksum],
    );
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw new MigrationError(`prisma/${name} failed and was rolled back: ${(error as Error).message}`);
  }
}
