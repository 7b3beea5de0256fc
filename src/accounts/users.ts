import { z } from "zod";
import type { PrismaClient } from "../db/prisma.ts";
import { AccountError, insertUser, passwordHashOf, storePasswordHash, type Account } from "./queries.ts";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from "./passwords.ts";
import { ROLES } from "./roles.ts";

export const newUserSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "must be an email address" }).max(254)),
  name: z.string().trim().min(1, { error: "is required" }).max(200, { error: "must be at most 200 characters" }),
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` }),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
    .max(MAX_PASSWORD_LENGTH, { error: `must be at most ${MAX_PASSWORD_LENGTH} characters` }),
});
export type NewUser = z.infer<typeof newUserSchema>;

/** A password as every form and command takes it: the same length rules as at creation. */
export const passwordSchema = newUserSchema.shape.password;

/** Whether `password` is the account's: for changes a person proves with it. */
export async function passwordMatches(prisma: PrismaClient, userId: number, password: string): Promise<boolean> {
  return verifyPassword(await passwordHashOf(prisma, userId), password);
}

/** A person changing their own password proves the current one first; their other sessions end. */
export async function changeOwnPassword(
  prisma: PrismaClient,
  userId: number,
  current: string,
  next: string,
  context: { ip: string; sessionId: string },
): Promise<void> {
  if (!(await passwordMatches(prisma, userId, current))) throw new AccountError(400, "the current password is not right");
  await setPassword(prisma, userId, next, { id: userId, ip: context.ip }, { action: "user.password_changed", keepSession: context.sessionId });
}

export async function createUser(prisma: PrismaClient, input: NewUser, actor: { id: number | null; ip?: string | null }): Promise<Account> {
  return insertUser(prisma, { email: input.email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) }, actor);
}

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
  await storePasswordHash(prisma, userId, await hashPassword(password), actor, options);
}
