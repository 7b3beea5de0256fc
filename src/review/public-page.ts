import type { PrismaClient } from "../db/prisma.ts";
import { recordEvent } from "../accounts/audit.ts";
import { findStatementInArticle, type StatementDetail } from "../statements/store.ts";

type ShownStatement = Pick<StatementDetail, "statement" | "article">;

/** A verdict's public page: only for a verified or disputed statement that is still a statement and was not withdrawn. */
export async function findPublicClaim(prisma: PrismaClient, id: number): Promise<ShownStatement | null> {
  const detail = await findStatementInArticle(prisma, id);
  if (!detail || !isPublic(detail)) return null;
  return detail;
}

function isPublic(detail: ShownStatement): boolean {
  const { statement } = detail;
  return statement.status !== "pending" && statement.removedAt === null && statement.publicWithdrawnAt === null;
}

/**
 * An editor takes a verdict's public page down or puts it back up, audited. Setting it to what it is already
 * changes nothing and records nothing, so two editors pressing the same button agree.
 */
export async function setPublicPage(prisma: PrismaClient, id: number, withdrawn: boolean, actor: { id: number; ip: string | null }): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.statement.updateMany({
      where: { id, publicWithdrawnAt: withdrawn ? null : { not: null } },
      data: { publicWithdrawnAt: withdrawn ? new Date() : null },
    });
    if (count === 0) return (await tx.statement.count({ where: { id } })) > 0;
    await recordEvent(tx, { actorId: actor.id, action: "statement.public_page", subjectType: "statement", subjectId: id, before: { public: withdrawn }, after: { public: !withdrawn }, ip: actor.ip });
    return true;
  });
}
