import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { acquireEmbeddedPostgres } from "../../src/db/embedded-postgres.ts";
import { migrate } from "../../src/db/migrate.ts";
import { createPrisma, type PrismaClient } from "../../src/db/prisma.ts";

export const REPO_DIR = fileURLToPath(new URL("../..", import.meta.url));
/** The embedded server the suite shares when DATABASE_URL is unset; each file gets its own database on it. */
export const TEST_DATA_DIR = path.join(REPO_DIR, ".data", "test");

/** Which server the suite runs against, for test names. */
export const BACKEND = process.env.DATABASE_URL ? "DATABASE_URL" : "embedded PostgreSQL";

export interface TestDatabase {
  url: string;
  name: string;
  prisma: PrismaClient;
  query: <T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<T[]>;
  destroy(): Promise<void>;
}

async function serverUrl(): Promise<{ url: string; release(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, release: async () => {} };
  return acquireEmbeddedPostgres(TEST_DATA_DIR);
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A new, empty database on the test server; migrated unless told otherwise. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const server = await serverUrl();
  const name = `isnad_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = databaseUrl(server.url, name);
  if (options.migrate !== false) await migrate(url);
  const prisma = createPrisma(url, { maxConnections: 5 });
  // One client rather than a pool: pg.Pool.end() resolves before its sockets close, and the
  // forced DROP DATABASE in destroy() would then kill a connection that has no error listener.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    url,
    name,
    prisma,
    async query(sql, params) {
      return (await client.query(sql, params)).rows;
    },
    async destroy() {
      await prisma.$disconnect();
      await client.end();
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      await server.release();
    },
  };
}
