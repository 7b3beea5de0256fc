import { z } from "zod";
import { fastRows, type PrismaClient } from "../db/prisma.ts";
import { recordEvent } from "./audit.ts";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from "./passwords.ts";
import { ROLES, type Role } from "./roles.ts";

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

export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "must be an email address" }).max(254)),
  name: z.string().trim().min(1, { error: "is required" }).max(200, { error: "must be at most 200 characters" }),
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` }),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
    .max(MAX_PASSWORD_LENGTH, { error: `must be at most ${MAX_PASSWORD_LENGTH} characters` }),
});
export type NewUser = z.infer<typeof newUserSchema>;

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

export async function countUsers(prisma: PrismaClient): Promise<number> {
  return prisma.user.count();
}

export async function createUser(prisma: PrismaClient, input: NewUser, actor: { id: number | null; ip?: string | null }): Promise<Account> {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const [created] = await tx.user.createManyAndReturn({
      data: [{ email: input.email, name: input.name, role: input.role, passwordHash }],
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

export function findUserByEmail(prisma: PrismaClient, email: string) {
  return prisma.user.findUnique({ where: { email: normalizeEmail(email) } });
}

/** The signed-in person, looked up on every request (through pg directly: see fastRows) so a disabled account or a changed role takes effect at once. */
export async function findActiveAccount(prisma: PrismaClient, id: number): Promise<Account | null> {
  const [account] = await fastRows<Account>(
    prisma,
    `SELECT ${ACCOUNT_COLUMNS} FROM users u WHERE u.id = $1 AND u.disabled_at IS NULL`,
    [id],
    { prepare: true },
  );
  return account ?? null;
}

/** Accounts for the admin page, with whether each has a second factor on (never the secret). */
export async function listAccounts(prisma: PrismaClient): Promise<(Account & { secondFactor: boolean })[]> {
  const users = await prisma.user.findMany({ orderBy: [{ disabledAt: { sort: "desc", nulls: "first" } }, { name: "asc" }, { id: "asc" }], select: { ...ACCOUNT_SELECT, totpSecret: true }, take: 1000 });
  return users.map(({ totpSecret, ...account }) => ({ ...account, secondFactor: totpSecret !== null }));
}

/**
 * Disables or re-enables an account. The last active admin cannot be disabled, so the desk can
 * never lock itself out of its own administration.
 */
export async function setAccountDisabled(
  prisma: PrismaClient,
  userId: number,
  disabled: boolean,
  actor: { id: number; ip?: string | null },
): Promise<Account> {
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

/** A password as every form and command takes it: the same length rules as at creation. */
export const passwordSchema = newUserSchema.shape.password;

/**
 * A new password for an account: hashed with argon2id, every session of the account ended except
 * `keepSession` (the person's own, when they changed it themselves), and an audit event that holds
 * who and when, never the password.
 */
export async function setPassword(
  prisma: PrismaClient,
  userId: number,
  password: string,
  actor: { id: number | null; ip?: string | null },
  options: { action: "user.password_changed" | "user.password_reset"; keepSession?: string },
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId }, data: { passwordHash } });
    if (updated.count === 0) throw new AccountError(404, "no such user");
    await tx.$executeRaw`DELETE FROM session WHERE (sess -> 'userId')::int = ${userId} AND sid <> ${options.keepSession ?? ""}`;
    await recordEvent(tx, { actorId: actor.id, action: options.action, subjectType: "user", subjectId: userId, ip: actor.ip });
  });
}

/** Whether `password` is the account's: for changes a person proves with it. */
export async function passwordMatches(prisma: PrismaClient, userId: number, password: string): Promise<boolean> {
  const [row] = await fastRows<{ hash: string | null }>(prisma, "SELECT password_hash AS hash FROM users WHERE id = $1", [userId]);
  return verifyPassword(row?.hash ?? null, password);
}

/** A person changing their own password proves the current one first; their other sessions end. */
export async function changeOwnPassword(prisma: PrismaClient, userId: number, current: string, next: string, context: { ip: string; sessionId: string }): Promise<void> {
  if (!(await passwordMatches(prisma, userId, current))) throw new AccountError(400, "the current password is not right");
  await setPassword(prisma, userId, next, { id: userId, ip: context.ip }, { action: "user.password_changed", keepSession: context.sessionId });
}

/** The account an address names, for commands run by an administrator. */
export async function findAccountByEmail(prisma: PrismaClient, email: string): Promise<Account | null> {
  return prisma.user.findUnique({ where: { email: normalizeEmail(email) }, select: ACCOUNT_SELECT });
}

/** Who statements can be assigned to: active checkers, editors and admins. On every queue page, so through pg directly (see fastRows). */
export function listAssignees(prisma: PrismaClient): Promise<{ id: number; name: string }[]> {
  return fastRows(
    prisma,
    "SELECT id, name FROM users WHERE disabled_at IS NULL AND role IN ('checker', 'editor', 'admin') ORDER BY name, id LIMIT 500",
    [],
    { prepare: true },
  );
}

/** A successful sign-in: the account's last sign-in time and the audit log's "signed in". */
export async function recordSignIn(prisma: PrismaClient, userId: number, ip: string | null): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } });
  await recordEvent(prisma, { actorId: userId, action: "login.succeeded", subjectType: "user", subjectId: userId, ip });
}
