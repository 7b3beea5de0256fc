import type { PrismaClient } from "../db/prisma.ts";

/** Failed attempts allowed in the window before further attempts are refused. */
export const LOGIN_LIMITS = { perAccount: 10, perAddress: 30, windowMinutes: 15 } as const;

/**
 * Seconds until another attempt is allowed, or 0 when one is allowed now. Counted in PostgreSQL,
 * so every instance of isnad sees the same attempts.
 */
export async function retryAfterSeconds(prisma: PrismaClient, attempt: { email: string | null; ip: string }): Promise<number> {
  const rows = await prisma.$queryRaw<{ oldest: Date | null; n: number }[]>`
    SELECT min(created_at) AS oldest, count(*)::int AS n FROM (
      SELECT created_at FROM login_failures
       WHERE email = ${attempt.email} AND created_at > now() - make_interval(mins => ${LOGIN_LIMITS.windowMinutes})
       ORDER BY created_at DESC LIMIT ${LOGIN_LIMITS.perAccount}) f
    UNION ALL
    SELECT min(created_at), count(*)::int FROM (
      SELECT created_at FROM login_failures
       WHERE ip = ${attempt.ip} AND created_at > now() - make_interval(mins => ${LOGIN_LIMITS.windowMinutes})
       ORDER BY created_at DESC LIMIT ${LOGIN_LIMITS.perAddress}) a`;
  const [account, address] = rows;
  const waits = [
    { row: account, limit: LOGIN_LIMITS.perAccount },
    { row: address, limit: LOGIN_LIMITS.perAddress },
  ]
    .filter(({ row, limit }) => row && row.n >= limit && row.oldest)
    .map(({ row }) => Math.ceil((row!.oldest!.getTime() + LOGIN_LIMITS.windowMinutes * 60_000 - Date.now()) / 1000));
  return waits.length ? Math.max(1, ...waits) : 0;
}

export async function recordFailure(prisma: PrismaClient, attempt: { email: string | null; ip: string }): Promise<void> {
  await prisma.$transaction([
    prisma.loginFailure.create({ data: { email: attempt.email, ip: attempt.ip } }),
    // Keeps the table to one window's worth of rows.
    prisma.$executeRaw`DELETE FROM login_failures WHERE created_at < now() - make_interval(mins => ${LOGIN_LIMITS.windowMinutes * 2})`,
  ]);
}

/** A correct password clears the account's count, not the address's. */
export async function clearFailures(prisma: PrismaClient, email: string): Promise<void> {
  await prisma.loginFailure.deleteMany({ where: { email } });
}
