import pg from "pg";
import { redactUrl, type Config } from "../config.ts";
import { acquireEmbeddedPostgres, APP_ROLE, type Log } from "./embedded-postgres.ts";
import { migrate, type MigrateResult } from "./migrate.ts";

/*
 * The one way every isnad command finds its database: DATABASE_URL when set, otherwise the
 * embedded PostgreSQL in DATA_DIR, attached to when it already runs and started when not.
 */

export interface Database {
  /** Where the application connects: the embedded database's APP_ROLE, or DATABASE_URL as given. */
  url: string;
  /** Where migrations run: the embedded database's owner, or DATABASE_URL as given. */
  adminUrl: string;
  /** The role migrations grant the application's rights to, when it differs from the owner's. */
  appRole: string | null;
  embedded: boolean;
  /** Call once the command is done with the database. */
  release(): Promise<void>;
  /** For the web server: restart the embedded database whenever it dies (nothing to do with DATABASE_URL). */
  supervise(): void;
}

/** Migrations for the database a command opened: run as its owner, the application's rights granted after. */
export function migrateDatabase(db: Database, options: { log?: (message: string) => void } = {}): Promise<MigrateResult> {
  return migrate(db.adminUrl, { ...options, ...(db.appRole ? { grantTo: db.appRole } : {}) });
}

export class DatabaseUnreachableError extends Error {
  override name = "DatabaseUnreachableError";
}

export async function openDatabase(config: Pick<Config, "databaseUrl" | "dataDir"> & Partial<Pick<Config, "port">>, log?: Log): Promise<Database> {
  if (config.databaseUrl) {
    await checkReachable(config.databaseUrl);
    return { url: config.databaseUrl, adminUrl: config.databaseUrl, appRole: null, embedded: false, release: async () => {}, supervise: () => {} };
  }
  // The embedded PostgreSQL starts before isnad listens: it must not take isnad's own port.
  const lease = await acquireEmbeddedPostgres(config.dataDir, log, config.port ? [config.port] : []);
  return { url: lease.appUrl, adminUrl: lease.url, appRole: APP_ROLE, embedded: true, release: () => lease.release(), supervise: () => lease.supervise() };
}

export async function checkReachable(url: string, timeoutMs = 5000): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new DatabaseUnreachableError(`cannot reach the database at ${redactUrl(url)}: ${describe(error)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string; errors?: { message?: string }[] };
  // Node reports a refused dual-stack connection as an AggregateError with an empty message.
  const message = e.message || e.errors?.map((inner) => inner.message).join("; ") || e.code || String(error);
  return message.replace(/\s+/g, " ").trim();
}
