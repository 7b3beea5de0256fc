import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";

export type { PrismaClient };

/** The client a `$transaction(async (tx) => …)` callback receives. */
export type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createPrisma(url: string, options: { maxConnections?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.maxConnections ?? 10,
    // Fail a request quickly rather than queue it while the database is unreachable.
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    application_name: "isnad",
  });
  return new PrismaClient({ adapter });
}
