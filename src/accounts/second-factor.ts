import { Secret, TOTP } from "otpauth";
import type { PrismaClient } from "../db/prisma.ts";
import { acceptStep, disableSecondFactor, secondFactorSecret, storeSecondFactor } from "./queries.ts";

import { passwordMatches } from "./users.ts";
import { hasRole, type Role } from "./roles.ts";

/** Who may turn on a second factor: the roles that change what others rely on. */
export function mayUseSecondFactor(role: Role): boolean {
  return hasRole(role, "editor");
}

const PERIOD_SECONDS = 30;

function totp(secret: string, label: string): TOTP {
  return new TOTP({ issuer: "isnad", label, algorithm: "SHA1", digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

/** A new secret and the address an authenticator app reads it from (typed in, or pasted). */
export function newSecondFactor(email: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: newSecondFactorUri(email, secret) };
}

/** The authenticator address of a secret already made (the page shown again after a wrong code). */
export function newSecondFactorUri(email: string, secret: string): string {
  return totp(secret, email).toString();
}

/** The time step a code belongs to, when it is right for the secret now (one step of clock drift either way), else null. */
export function codeStep(secret: string, code: string): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret, "").validate({ token: code, window: 1 });
  return delta === null ? null : Math.floor(Date.now() / 1000 / PERIOD_SECONDS) + delta;
}

/** Turns the second factor on once its owner has shown a code from the new secret. */
export async function enableSecondFactor(prisma: PrismaClient, userId: number, secret: string, code: string, ip: string): Promise<boolean> {
  const step = codeStep(secret, code);
  if (step === null) return false;
  await storeSecondFactor(prisma, userId, secret, step, ip);
  return true;
}

/** Its owner turns it off by proving their password, so a session left open is not enough. */
export async function turnOffOwnSecondFactor(prisma: PrismaClient, userId: number, password: string, ip: string): Promise<boolean> {
  if (!(await passwordMatches(prisma, userId, password))) return false;
  await disableSecondFactor(prisma, userId, { id: userId, ip });
  return true;
}

/**
 * A sign-in's code: right for the account's secret and from a later time step than the last one
 * accepted, which is recorded in the same statement, so a code is good once even when two arrive at once.
 */
export async function acceptCode(prisma: PrismaClient, userId: number, code: string): Promise<boolean> {
  const secret = await secondFactorSecret(prisma, userId);
  const step = secret === null ? null : codeStep(secret, code);
  if (step === null) return false;
  return acceptStep(prisma, userId, step);
}
