import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../db/prisma.ts";
import { activeAccountName, insertApiToken, markTokenUsed, tokenByHash, type Account } from "./queries.ts";

const TOKEN_PREFIX = "isnad_";
/** Only refresh last_used_at this often, so every API call is not also a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Makes a token for a user. The token itself is returned once and only its hash is stored. */
export async function createApiToken(
  prisma: PrismaClient,
  options: { userId: number; name: string; expiresAt?: Date | null },
  actor: { id: number | null; ip?: string | null },
): Promise<{ token: string; id: number; prefix: string }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const prefix = token.slice(0, 12);
  const id = await insertApiToken(
    prisma,
    { userId: options.userId, name: options.name, tokenHash: hashToken(token), prefix, expiresAt: options.expiresAt ?? null },
    actor,
  );
  return { token, id, prefix };
}

/** The account a bearer token acts for, or null when the token is unknown, revoked, expired or its account disabled. */
export async function findTokenOwner(prisma: PrismaClient, token: string): Promise<Account | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const record = await tokenByHash(prisma, hashToken(token));
  const now = new Date();
  if (!record || record.revokedAt || record.disabledAt || (record.expiresAt && record.expiresAt <= now)) return null;
  const { tokenId, lastUsedAt, expiresAt: _, revokedAt: __, ...account } = record;
  if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await markTokenUsed(prisma, tokenId, now);
  }
  return account;
}

/** A token for an active account, made by an admin; null when the account is missing or disabled. */
export async function issueApiToken(
  prisma: PrismaClient,
  options: { userId: number; name: string; expiresInDays: number | null },
  actor: { id: number; ip?: string | null },
): Promise<{ token: string; owner: string } | null> {
  const owner = await activeAccountName(prisma, options.userId);
  if (!owner) return null;
  const expiresAt = options.expiresInDays ? new Date(Date.now() + options.expiresInDays * 86_400_000) : null;
  const created = await createApiToken(prisma, { userId: owner.id, name: options.name, expiresAt }, actor);
  return { token: created.token, owner: owner.name };
}
