import { withTransaction, type PrismaClient } from "../db/prisma.ts";
import {
  forgetSignInFailures,
  insertRejectedToken,
  insertSignInFailure,
  lockSignIns,
  pruneSignInFailures,
  rejectedTokens,
  signInCounts,
  type SignInCounts,
} from "./queries.ts";

/**
 * Failed attempts allowed in the window. A guesser at one address is refused for that account after
 * `perPair` and for every account after `perAddress`; an account guessed at from many addresses is
 * slowed down after `perAccount` (one attempt per `slowSeconds`, doubling up to `maxSlowSeconds`),
 * never locked, so its owner can still sign in. Rejected API tokens have a budget of their own, so a
 * stale token in a CMS never locks a newsroom behind one address out of the sign-in form.
 */
export const LOGIN_LIMITS = {
  perPair: 10,
  perAddress: 30,
  perAccount: 20,
  slowSeconds: 2,
  maxSlowSeconds: 60,
  tokensPerAddress: 30,
  windowMinutes: 15,
} as const;

/** Seconds to wait before the attempt the counts allow, 0 when it may go ahead now. */
function waitFor(counts: SignInCounts, now: number): number {
  const windowEnd = (oldest: Date | null) => (oldest ? Math.ceil((oldest.getTime() + LOGIN_LIMITS.windowMinutes * 60_000 - now) / 1000) : 0);
  const waits = [0];
  if (counts.pair >= LOGIN_LIMITS.perPair) waits.push(windowEnd(counts.pairOldest));
  if (counts.address >= LOGIN_LIMITS.perAddress) waits.push(windowEnd(counts.addressOldest));
  if (counts.account >= LOGIN_LIMITS.perAccount && counts.accountLatest) {
    const slow = Math.min(LOGIN_LIMITS.maxSlowSeconds, LOGIN_LIMITS.slowSeconds * 2 ** (counts.account - LOGIN_LIMITS.perAccount));
    waits.push(Math.ceil((counts.accountLatest.getTime() + slow * 1000 - now) / 1000));
  }
  return Math.max(...waits) > 0 ? Math.max(1, ...waits) : 0;
}

/** The attempt's row (a bigint, as text), or how long to wait when there is none. */
export type Reservation = { wait: number; id: null } | { wait: 0; id: string };

/**
 * Takes a sign-in attempt's place before its password is checked: counted and recorded in one
 * transaction that holds the account's and the address's locks, so a hundred attempts sent at once
 * are counted one after another and only those within the limits are let through. The row stands as
 * a failure unless the attempt succeeds (forgetAttempt).
 */
export async function reserveSignIn(prisma: PrismaClient, attempt: { email: string; ip: string }): Promise<Reservation> {
  return withTransaction(prisma, async (tx) => {
    // Always the account's lock first, then the address's: two attempts never wait on each other in a circle.
    await lockSignIns(tx, attempt.email, attempt.ip);
    const wait = waitFor(await signInCounts(tx, attempt.email, attempt.ip, LOGIN_LIMITS.windowMinutes), Date.now());
    if (wait > 0) return { wait, id: null };
    const id = await insertSignInFailure(tx, attempt.email, attempt.ip);
    // Keeps the table to one window's worth of rows.
    await pruneSignInFailures(tx, LOGIN_LIMITS.windowMinutes * 2);
    return { wait: 0, id };
  });
}

/** A correct password: the attempt was no failure, and the account's earlier failures at this address are forgiven. */
export async function forgetAttempt(prisma: PrismaClient, reservation: { id: string }, attempt: { email: string; ip: string }): Promise<void> {
  await forgetSignInFailures(prisma, reservation.id, attempt.email, attempt.ip);
}

/** Seconds until this address may try another API token, 0 when it may now; only rejected tokens count. */
export async function tokenRetryAfterSeconds(prisma: PrismaClient, ip: string): Promise<number> {
  const row = await rejectedTokens(prisma, ip, LOGIN_LIMITS.windowMinutes);
  if (!row || row.n < LOGIN_LIMITS.tokensPerAddress || !row.oldest) return 0;
  return Math.max(1, Math.ceil((row.oldest.getTime() + LOGIN_LIMITS.windowMinutes * 60_000 - Date.now()) / 1000));
}

/** A rejected API token, counted against its address's token budget only. */
export async function recordRejectedToken(prisma: PrismaClient, ip: string): Promise<void> {
  await insertRejectedToken(prisma, ip);
}
