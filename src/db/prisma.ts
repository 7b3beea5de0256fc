import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";

export type { PrismaClient };

/** The client a `$transaction(async (tx) => …)` callback receives. */
export type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** The connection pool under each client createPrisma made, for the few queries every request sends. */
const pools = new WeakMap<PrismaClient, pg.Pool>();

export function createPrisma(url: string, options: { maxConnections?: number } = {}): PrismaClient {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    // Fail a request quickly rather than queue it while the database is unreachable.
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    application_name: "isnad",
  });
  // An idle connection the server closed (a restart, a dropped database) is replaced on next use.
  pool.on("error", () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(prisma, pool);
  return prisma;
}

/** Where a transaction's queries go: a Prisma transaction, or a pg client of Prisma's pool (withTransaction). */
export type TransactionDb = Transaction | pg.ClientBase;

/**
 * fn in one transaction on a connection of Prisma's pool, its queries sent through pg with fastRows.
 * For the writes every article makes (ingest, import), where Prisma's engine cost more CPU than the
 * extraction. A client without a pool of createPrisma's (as in the benchmark's capture) runs fn in a
 * Prisma transaction instead, through which fastRows sends the same SQL.
 */
export async function withTransaction<T>(prisma: PrismaClient, fn: (db: TransactionDb) => Promise<T>): Promise<T> {
  const pool = pools.get(prisma);
  if (!pool) return prisma.$transaction((tx) => fn(tx));
  const client = await pool.connect();
  // A checked-out client has no listener of the pool's: a backend terminated under it (a restart, a
  // failover, an administrator) would raise an unhandled 'error' and end the process. The failed query
  // rejects on its own; the listener keeps the event from killing the server, and the broken client
  // is destroyed instead of going back to the pool.
  let broken: Error | undefined;
  const onError = (error: Error) => {
    broken = error;
  };
  client.on("error", onError);
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    if (!broken) await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.off("error", onError);
    client.release(broken);
  }
}

/** Names of the statements fastRows prepares, by their text. */
const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `isnad_${createHash("sha1").update(sql).digest("hex").slice(0, 16)}`;
    statementNames.set(sql, name);
  }
  return name;
}

/**
 * Rows from hand-written SQL straight through pg, on the same pool as Prisma. For the queries every
 * request makes (its session, its account, a status change): Prisma's query engine costs about 0.3 ms
 * of CPU per query against pg's 0.08, which at a page's three such queries is a fifth of a cheap page's
 * time. `prepare` names the statement, so each connection parses and plans it once (half the cost
 * again, on both sides); for lookups by key, whose plan does not depend on the values.
 */
export async function fastRows<T extends pg.QueryResultRow>(
  db: PrismaClient | TransactionDb,
  sql: string,
  params: unknown[],
  options: { prepare?: boolean } = {},
): Promise<T[]> {
  const query = options.prepare ? { name: statementName(sql), text: sql, values: params } : { text: sql, values: params };
  if (db instanceof pg.Client) return (await db.query<T>(query)).rows;
  // A transaction's queries must go through it, on its connection.
  const pool = pools.get(db as PrismaClient);
  if (pool) return (await pool.query<T>(query)).rows;
  return (db as PrismaClient | Transaction).$queryRawUnsafe<T[]>(sql, ...params);
}

const DATABASE_CHECK_TIMEOUT_MS = 2000;

/** Whether the database answers within two seconds, for /healthz. */
export async function databaseAnswers(prisma: PrismaClient): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), DATABASE_CHECK_TIMEOUT_MS);
  });
  const check = prisma.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
