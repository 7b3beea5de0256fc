import type { PrismaClient } from "../db/prisma.ts";
import { changeReview, type ReviewChange } from "./change.ts";

/** PostgreSQL's answers to two transactions that wait on each other: retried, then counted as skipped. */
const CONFLICT_CODES = new Set(["40P01", "40001"]);
const CONFLICT_RETRIES = 3;

function isConflict(error: unknown): boolean {
  const e = error as { code?: string; meta?: { code?: string }; cause?: { code?: string } };
  return CONFLICT_CODES.has(e?.code ?? "") || CONFLICT_CODES.has(e?.meta?.code ?? "") || CONFLICT_CODES.has(e?.cause?.code ?? "");
}

/**
 * One change to many statements, each at the version the editor saw. Each statement is its own short
 * transaction, taken in id order: two editors changing the same statements in opposite orders never
 * hold locks the other waits for, and a statement changed meanwhile is skipped, as a single edit
 * would answer with a conflict. Nothing is retried that lost to a colleague's change.
 */
export async function applyBulkChange(
  prisma: PrismaClient,
  items: { id: number; version: number }[],
  change: Omit<ReviewChange, "version">,
  actor: { id: number; ip?: string | null },
): Promise<{ changed: number; skipped: number }> {
  let changed = 0;
  for (const item of [...items].sort((a, b) => a.id - b.id)) {
    if (await changeOne(prisma, item, change, actor)) changed++;
  }
  return { changed, skipped: items.length - changed };
}

async function changeOne(
  prisma: PrismaClient,
  item: { id: number; version: number },
  change: Omit<ReviewChange, "version">,
  actor: { id: number; ip?: string | null },
): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await changeReview(prisma, item.id, { ...change, version: item.version }, actor)).outcome === "changed";
    } catch (error) {
      if (!isConflict(error) || attempt >= CONFLICT_RETRIES) {
        if (isConflict(error)) return false;
        throw error;
      }
    }
  }
}
