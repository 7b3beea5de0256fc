import { createHash, randomBytes } from "node:crypto";
import { fastRows, type PrismaClient } from "../db/prisma.ts";
import { recordEvent } from "./audit.ts";
import { ACCOUNT_COLUMNS, type Account } from "./users.ts";

const TOKEN_PREFIX = "isnad_";
/** Only refresh last_used_at this often, so every API call is not also a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

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
  return prisma.$transaction(async (tx) => {
    const record = await tx.apiToken.create({
      data: { userId: options.userId, name: options.name, tokenHash: hashToken(token), prefix, expiresAt: options.expiresAt ?? null },
      select: { id: true },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "token.created",
      subjectType: "api_token",
      subjectId: record.id,
      after: { userId: options.userId, name: options.name, prefix, expiresAt: options.expiresAt?.toISOString() ?? null },
      ip: actor.ip,
    });
    return { token, id: record.id, prefix };
  });
}

/** The account a bearer token acts for, or null when the token is unknown, revoked, expired or its account disabled. */
export async function findTokenOwner(prisma: PrismaClient, token: string): Promise<Account | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  // Every API call checks its token: through pg directly (see fastRows).
  const [record] = await fastRows<Account & { tokenId: number; lastUsedAt: Date | null; expiresAt: Date | null; revokedAt: Date | null }>(
    prisma,
    `SELECT t.id AS "tokenId", t.last_used_at AS "lastUsedAt", t.expires_at AS "expiresAt", t.revoked_at AS "revokedAt", ${ACCOUNT_COLUMNS}
       FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1`,
    [hashToken(token)],
    { prepare: true },
  );
  const now = new Date();
  if (!record || record.revokedAt || record.disabledAt || (record.expiresAt && record.expiresAt <= now)) return null;
  const { tokenId, lastUsedAt, expiresAt: _, revokedAt: __, ...account } = record;
  if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: now } });
  }
  return account;
}

/** Revokes a token once; revoking it again changes nothing. "missing" when there is no such token. */
export async function revokeApiToken(prisma: PrismaClient, tokenId: number, actor: { id: number; ip?: string | null }): Promise<"revoked" | "already" | "missing"> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return (await tx.apiToken.findUnique({ where: { id: tokenId }, select: { id: true } })) ? "already" : "missing";
    await recordEvent(tx, { actorId: actor.id, action: "token.revoked", subjectType: "api_token", subjectId: tokenId, ip: actor.ip });
    return "revoked";
  });
}

/** A token for an active account, made by an admin; null when the account is missing or disabled. */
export async function issueApiToken(
  prisma: PrismaClient,
  options: { userId: number; name: string; expiresInDays: number | null },
  actor: { id: number; ip?: string | null },
): Promise<{ token: string; owner: string } | null> {
  const owner = await prisma.user.findFirst({ where: { id: options.userId, disabledAt: null }, select: { id: true, name: true } });
  if (!owner) return null;
  const expiresAt = options.expiresInDays ? new Date(Date.now() + options.expiresInDays * 86_400_000) : null;
  const created = await createApiToken(prisma, { userId: owner.id, name: options.name, expiresAt }, actor);
  return { token: created.token, owner: owner.name };
}

export function listApiTokens(prisma: PrismaClient): Promise<TokenSummary[]> {
  return prisma.apiToken.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { id: "desc" }],
    take: 1000,
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}
