import type session from "express-session";
import type { Prisma } from "../generated/prisma/client.ts";
import { fastRows, type PrismaClient, type TransactionDb } from "../db/prisma.ts";
import type { Role } from "./roles.ts";

/*
 * The accounts' queries: users, sessions, API tokens, sign-in throttling and the audit log. pg directly
 * (fastRows) for what every request asks (its session and account, its token, its throttle); Prisma for
 * the rest, which people do now and then.
 */

export interface Account {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabledAt: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export const ACCOUNT_SELECT = { id: true, email: true, name: true, role: true, disabledAt: true, lastLoginAt: true, createdAt: true } as const;

/** ACCOUNT_SELECT for SQL sent through pg, on `users u`. */
export const ACCOUNT_COLUMNS = `u.id, u.email, u.name, u.role::text AS role, u.disabled_at AS "disabledAt", u.last_login_at AS "lastLoginAt", u.created_at AS "createdAt"`;

/** Something about an account change the person asking can fix; `status` is the HTTP answer. */
export class AccountError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

type Writer = Pick<PrismaClient, "auditEvent">;

export interface AuditEntry {
  actorId: number | null;
  action: string;
  subjectType: string;
  subjectId?: number | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  note?: string | null;
  ip?: string | null;
}

/** Appends to the audit log; inside a transaction, pass the transaction so the event commits with the change. */
export async function recordEvent(db: Writer, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      before: entry.before,
      after: entry.after,
      note: entry.note ?? null,
      ip: entry.ip ?? null,
    },
  });
}

export interface AuditEventView {
  id: number;
  action: string;
  subjectType: string;
  subjectId: number | null;
  actor: { id: number; name: string; email: string } | null;
  before: unknown;
  after: unknown;
  note: string | null;
  ip: string | null;
  createdAt: Date;
}

const EVENT_SELECT = {
  id: true,
  action: true,
  subjectType: true,
  subjectId: true,
  before: true,
  after: true,
  note: true,
  ip: true,
  createdAt: true,
  actor: { select: { id: true, name: true, email: true } },
} as const;

/** The newest changes to the desk's work (statements, articles, speakers): sign-ins and accounts left out. */
export function deskActivity(prisma: PrismaClient, limit: number): Promise<AuditEventView[]> {
  return prisma.auditEvent.findMany({
    where: { subjectType: { in: ["statement", "article", "speaker"] } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: EVENT_SELECT,
  });
}

export function recentEvents(prisma: PrismaClient, limit: number): Promise<AuditEventView[]> {
  return prisma.auditEvent.findMany({ orderBy: { id: "desc" }, take: limit, select: EVENT_SELECT });
}

/** A statement's history: how its article arrived, then every change to the statement itself, oldest first. */
export function statementHistory(prisma: PrismaClient, statement: { id: number; articleId: number }): Promise<AuditEventView[]> {
  // On every statement page: through pg directly (see fastRows).
  return fastRows<AuditEventView>(
    prisma,
    `SELECT e.id, e.action, e.subject_type AS "subjectType", e.subject_id AS "subjectId", e.before, e.after, e.note, e.ip, e.created_at AS "createdAt",
            CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name, 'email', u.email) END AS actor
       FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
      WHERE (e.subject_type = 'statement' AND e.subject_id = $1) OR (e.subject_type = 'article' AND e.subject_id = $2 AND e.action = 'article.created')
      ORDER BY e.id`,
    [statement.id, statement.articleId],
    { prepare: true },
  );
}

export async function countUsers(prisma: PrismaClient): Promise<number> {
  return prisma.user.count();
}

export function findUserByEmail(prisma: PrismaClient, email: string) {
  return prisma.user.findUnique({ where: { email: normalizeEmail(email) } });
}

/** The signed-in person, looked up on every request (through pg directly: see fastRows) so a disabled account or a changed role takes effect at once. */
export async function findActiveAccount(prisma: PrismaClient, id: number): Promise<Account | null> {
  const [account] = await fastRows<Account>(prisma, `SELECT ${ACCOUNT_COLUMNS} FROM users u WHERE u.id = $1 AND u.disabled_at IS NULL`, [id], {
    prepare: true,
  });
  return account ?? null;
}

/** Accounts for the admin page, with whether each has a second factor on (never the secret). */
export async function listAccounts(prisma: PrismaClient): Promise<(Account & { secondFactor: boolean })[]> {
  const users = await prisma.user.findMany({
    orderBy: [{ disabledAt: { sort: "desc", nulls: "first" } }, { name: "asc" }, { id: "asc" }],
    select: { ...ACCOUNT_SELECT, totpSecret: true },
    take: 1000,
  });
  return users.map(({ totpSecret, ...account }) => ({ ...account, secondFactor: totpSecret !== null }));
}

/**
 * Disables or re-enables an account. The last active admin cannot be disabled, so the desk can
 * never lock itself out of its own administration.
 */
export async function setAccountDisabled(prisma: PrismaClient, userId: number, disabled: boolean, actor: { id: number; ip?: string | null }): Promise<Account> {
  return prisma.$transaction(async (tx) => {
    // Lock the admins' rows so two admins disabling each other at once cannot both succeed.
    await tx.$queryRaw`SELECT id FROM users WHERE role = 'admin' AND disabled_at IS NULL ORDER BY id FOR UPDATE`;
    const user = await tx.user.findUnique({ where: { id: userId }, select: ACCOUNT_SELECT });
    if (!user) throw new AccountError(404, "no such user");
    if ((user.disabledAt !== null) === disabled) return user;
    if (disabled && user.role === "admin") {
      const admins = await tx.user.count({ where: { role: "admin", disabledAt: null } });
      if (admins <= 1) throw new AccountError(409, "the last active admin cannot be disabled");
    }
    const updated = await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null }, select: ACCOUNT_SELECT });
    await recordEvent(tx, {
      actorId: actor.id,
      action: disabled ? "user.disabled" : "user.enabled",
      subjectType: "user",
      subjectId: userId,
      before: { disabled: !disabled },
      after: { disabled },
      ip: actor.ip,
    });
    if (disabled) {
      // Their sessions end here, and their API tokens are revoked for good: re-enabling the account
      // later must not bring back a token that may have leaked with the reason it was disabled.
      await tx.$executeRaw`DELETE FROM session WHERE (sess -> 'userId')::int = ${userId}`;
      await tx.$executeRaw`UPDATE api_tokens SET revoked_at = now() WHERE user_id = ${userId} AND revoked_at IS NULL`;
    }
    return updated;
  });
}

/** The account an address names, for commands run by an administrator. */
export async function findAccountByEmail(prisma: PrismaClient, email: string): Promise<Account | null> {
  return prisma.user.findUnique({ where: { email: normalizeEmail(email) }, select: ACCOUNT_SELECT });
}

/** Who statements can be assigned to: active checkers, editors and admins. On every queue page, so through pg directly (see fastRows). */
export function listAssignees(prisma: PrismaClient): Promise<{ id: number; name: string }[]> {
  return fastRows(prisma, "SELECT id, name FROM users WHERE disabled_at IS NULL AND role IN ('checker', 'editor', 'admin') ORDER BY name, id LIMIT 500", [], {
    prepare: true,
  });
}

/** A successful sign-in: the account's last sign-in time and the audit log's "signed in". */
export async function recordSignIn(prisma: PrismaClient, userId: number, ip: string | null): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } });
  await recordEvent(prisma, { actorId: userId, action: "login.succeeded", subjectType: "user", subjectId: userId, ip });
}

/** A new account with its password hash, audited; 409 when the email is taken. */
export async function insertUser(
  prisma: PrismaClient,
  input: { email: string; name: string; role: Role; passwordHash: string },
  actor: { id: number | null; ip?: string | null },
): Promise<Account> {
  return prisma.$transaction(async (tx) => {
    const [created] = await tx.user.createManyAndReturn({
      data: [{ email: input.email, name: input.name, role: input.role, passwordHash: input.passwordHash }],
      skipDuplicates: true,
      select: ACCOUNT_SELECT,
    });
    if (!created) throw new AccountError(409, `a user with the email ${input.email} already exists`);
    await recordEvent(tx, {
      actorId: actor.id,
      action: "user.created",
      subjectType: "user",
      subjectId: created.id,
      after: { email: created.email, name: created.name, role: created.role },
      ip: actor.ip,
    });
    return created;
  });
}

/** Stores a new password hash and ends the account's sessions but `keepSession`, audited; 404 for no such account. */
export async function storePasswordHash(
  prisma: PrismaClient,
  userId: number,
  passwordHash: string,
  actor: { id: number | null; ip?: string | null },
  options: { action: string; keepSession?: string },
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId }, data: { passwordHash } });
    if (updated.count === 0) throw new AccountError(404, "no such user");
    await tx.$executeRaw`DELETE FROM session WHERE (sess -> 'userId')::int = ${userId} AND sid <> ${options.keepSession ?? ""}`;
    await recordEvent(tx, { actorId: actor.id, action: options.action, subjectType: "user", subjectId: userId, ip: actor.ip });
  });
}

/** The account's password hash, null when it has none or does not exist. */
export async function passwordHashOf(prisma: PrismaClient, userId: number): Promise<string | null> {
  const [row] = await fastRows<{ hash: string | null }>(prisma, "SELECT password_hash AS hash FROM users WHERE id = $1", [userId]);
  return row?.hash ?? null;
}

/** A token's record (its hash, never the token), audited; the new id. */
export async function insertApiToken(
  prisma: PrismaClient,
  record: { userId: number; name: string; tokenHash: string; prefix: string; expiresAt: Date | null },
  actor: { id: number | null; ip?: string | null },
): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const created = await tx.apiToken.create({ data: record, select: { id: true } });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "token.created",
      subjectType: "api_token",
      subjectId: created.id,
      after: { userId: record.userId, name: record.name, prefix: record.prefix, expiresAt: record.expiresAt?.toISOString() ?? null },
      ip: actor.ip,
    });
    return created.id;
  });
}

/** A token by its hash, with its account. Every API call asks: through pg directly. */
export async function tokenByHash(prisma: PrismaClient, tokenHash: string) {
  const [record] = await fastRows<Account & { tokenId: number; lastUsedAt: Date | null; expiresAt: Date | null; revokedAt: Date | null }>(
    prisma,
    `SELECT t.id AS "tokenId", t.last_used_at AS "lastUsedAt", t.expires_at AS "expiresAt", t.revoked_at AS "revokedAt", ${ACCOUNT_COLUMNS}
       FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1`,
    [tokenHash],
    { prepare: true },
  );
  return record ?? null;
}

export async function markTokenUsed(prisma: PrismaClient, tokenId: number, at: Date): Promise<void> {
  await prisma.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: at } });
}

/** An active account's id and name, for what an admin does on its behalf. */
export function activeAccountName(prisma: PrismaClient, userId: number): Promise<{ id: number; name: string } | null> {
  return prisma.user.findFirst({ where: { id: userId, disabledAt: null }, select: { id: true, name: true } });
}

export interface TokenSummary {
  id: number;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  user: { id: number; name: string; email: string };
}

/** Revokes a token once; revoking it again changes nothing. "missing" when there is no such token. */
export async function revokeApiToken(
  prisma: PrismaClient,
  tokenId: number,
  actor: { id: number; ip?: string | null },
): Promise<"revoked" | "already" | "missing"> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return (await tx.apiToken.findUnique({ where: { id: tokenId }, select: { id: true } })) ? "already" : "missing";
    await recordEvent(tx, { actorId: actor.id, action: "token.revoked", subjectType: "api_token", subjectId: tokenId, ip: actor.ip });
    return "revoked";
  });
}

export function listApiTokens(prisma: PrismaClient): Promise<TokenSummary[]> {
  return prisma.apiToken.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { id: "desc" }],
    take: 1000,
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
}

/** Turns a second factor on with its secret and the step of the code that proved it, audited. */
export async function storeSecondFactor(prisma: PrismaClient, userId: number, secret: string, step: number, ip: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpSecret: secret, totpLastStep: BigInt(step) } });
    await recordEvent(tx, { actorId: userId, action: "user.second_factor_on", subjectType: "user", subjectId: userId, ip });
  });
}

export async function disableSecondFactor(prisma: PrismaClient, userId: number, actor: { id: number | null; ip: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpLastStep: null } });
    await recordEvent(tx, { actorId: actor.id, action: "user.second_factor_off", subjectType: "user", subjectId: userId, ip: actor.ip });
  });
}

export async function secondFactorSecret(prisma: PrismaClient, userId: number): Promise<string | null> {
  const [row] = await fastRows<{ secret: string | null }>(prisma, "SELECT totp_secret AS secret FROM users WHERE id = $1", [userId]);
  return row?.secret ?? null;
}

/** Records a code's time step if it is later than the last one accepted, in one statement: true when it was. */
export async function acceptStep(prisma: PrismaClient, userId: number, step: number): Promise<boolean> {
  const rows = await fastRows(prisma, "UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id", [
    userId,
    step,
  ]);
  return rows.length === 1;
}

/**
 * A session and the active account signed in to it, in one query: every request reads both, through pg
 * directly. The expire column is a timestamp without time zone holding UTC, as Prisma writes it.
 */
export async function sessionWithAccount(prisma: PrismaClient, sid: string) {
  const [row] = await fastRows<{ sess: session.SessionData } & Partial<Account>>(
    prisma,
    `SELECT s.sess, ${ACCOUNT_COLUMNS} FROM session s
       LEFT JOIN users u ON u.id = (s.sess->>'userId')::int AND u.disabled_at IS NULL
      WHERE s.sid = $1 AND s.expire > (now() AT TIME ZONE 'UTC')`,
    [sid],
    { prepare: true },
  );
  return row;
}

export async function saveSession(prisma: PrismaClient, sid: string, sess: object, expire: Date): Promise<void> {
  await prisma.session.upsert({ where: { sid }, create: { sid, sess, expire }, update: { sess, expire } });
}

export async function deleteSession(prisma: PrismaClient, sid: string): Promise<void> {
  await prisma.session.deleteMany({ where: { sid } });
}

/** Moves a session's expiry to `expire` if it is earlier than `unlessAfter`: a click within the minute writes nothing. */
export async function extendSession(prisma: PrismaClient, sid: string, expire: Date, unlessAfter: Date): Promise<void> {
  await fastRows(
    prisma,
    "UPDATE session SET expire = ($1::timestamptz AT TIME ZONE 'UTC') WHERE sid = $2 AND expire < ($3::timestamptz AT TIME ZONE 'UTC')",
    [expire.toISOString(), sid, unlessAfter.toISOString()],
    { prepare: true },
  );
}

/** Deletes sessions past their expiry; the server runs it now and then. */
export async function pruneSessions(prisma: PrismaClient): Promise<number> {
  const { count } = await prisma.session.deleteMany({ where: { expire: { lt: new Date() } } });
  return count;
}

export interface SignInCounts {
  pair: number;
  address: number;
  account: number;
  pairOldest: Date | null;
  addressOldest: Date | null;
  accountLatest: Date | null;
}

/** The sign-in failures within the window, for one email at one address, one address, and one email. */
export async function signInCounts(db: TransactionDb, email: string, ip: string, windowMinutes: number): Promise<SignInCounts> {
  const [row] = await fastRows<SignInCounts>(
    db,
    `SELECT count(*) FILTER (WHERE email = $1 AND ip = $2)::int AS pair,
            count(*) FILTER (WHERE ip = $2)::int AS address,
            count(*) FILTER (WHERE email = $1)::int AS account,
            min(created_at) FILTER (WHERE email = $1 AND ip = $2) AS "pairOldest",
            min(created_at) FILTER (WHERE ip = $2) AS "addressOldest",
            max(created_at) FILTER (WHERE email = $1) AS "accountLatest"
       FROM login_failures
      WHERE email IS NOT NULL AND (email = $1 OR ip = $2) AND created_at > now() - make_interval(mins => $3)`,
    [email, ip, windowMinutes],
  );
  return row!;
}

/** Always the account's lock first, then the address's: two attempts never wait on each other in a circle. */
export async function lockSignIns(tx: TransactionDb, email: string, ip: string): Promise<void> {
  await fastRows(tx, "SELECT pg_advisory_xact_lock(hashtext('isnad.login.account:' || $1)), pg_advisory_xact_lock(hashtext('isnad.login.address:' || $2))", [
    email,
    ip,
  ]);
}

/** A sign-in attempt's row, standing as a failure until it succeeds; its id (a bigint) as text. */
export async function insertSignInFailure(tx: TransactionDb, email: string, ip: string): Promise<string> {
  const [row] = await fastRows<{ id: string }>(tx, "INSERT INTO login_failures (email, ip) VALUES ($1, $2) RETURNING id", [email, ip]);
  return row!.id;
}

export async function pruneSignInFailures(tx: TransactionDb, olderThanMinutes: number): Promise<void> {
  await fastRows(tx, "DELETE FROM login_failures WHERE created_at < now() - make_interval(mins => $1)", [olderThanMinutes]);
}

/** The attempt, and the account's earlier failures at this address. */
export async function forgetSignInFailures(prisma: PrismaClient, attemptId: string, email: string, ip: string): Promise<void> {
  await fastRows(prisma, "DELETE FROM login_failures WHERE id = $1 OR (email = $2 AND ip = $3)", [attemptId, email, ip]);
}

/** Rejected API tokens from an address within the window, and the oldest of them. */
export async function rejectedTokens(prisma: PrismaClient, ip: string, windowMinutes: number): Promise<{ n: number; oldest: Date | null } | undefined> {
  const [row] = await fastRows<{ n: number; oldest: Date | null }>(
    prisma,
    "SELECT count(*)::int AS n, min(created_at) AS oldest FROM login_failures WHERE email IS NULL AND ip = $1 AND created_at > now() - make_interval(mins => $2)",
    [ip, windowMinutes],
  );
  return row;
}

export async function insertRejectedToken(prisma: PrismaClient, ip: string): Promise<void> {
  await fastRows(prisma, "INSERT INTO login_failures (email, ip) VALUES (NULL, $1)", [ip]);
}
