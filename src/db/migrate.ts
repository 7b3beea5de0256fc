import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { fillSurnameKeys } from "../speakers/backfill.ts";

/*
 * Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's native
 * schema engine: each pending migration once, in its own transaction, recorded in
 * _prisma_migrations with Prisma's checksum, under Prisma's own advisory lock so that isnad
 * processes and `prisma migrate deploy` never migrate one database at the same time.
 */

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

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
  REVOKE ALL ON _prisma_migrations FROM ${role};
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

export async function migrate(url: string, options: { dir?: string; log?: (message: string) => void; grantTo?: string } = {}): Promise<MigrateResult> {
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
    const applied = await appliedMigrations(client);
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
    const keyed = await fillSurnameKeys(client);
    if (keyed > 0) options.log?.(`keyed ${keyed} speaker aliases for matching`);
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
      throw new MigrationError(`migration ${row.migration_name} failed earlier and is marked unfinished in _prisma_migrations; repair the database, then mark it rolled back (prisma migrate resolve --rolled-back ${row.migration_name})`);
    }
    const local = known.get(row.migration_name);
    if (!local) {
      throw new MigrationError(`the database has migration ${row.migration_name}, which this version of isnad does not know; run the isnad release that created it, or a newer one`);
    }
    if (local.checksum !== row.checksum) {
      throw new MigrationError(`migration ${row.migration_name} was changed after it was applied; restore prisma/migrations/${row.migration_name}/migration.sql and add a new migration instead`);
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
