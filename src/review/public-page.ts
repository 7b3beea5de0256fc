import type { PrismaClient } from "../db/prisma.ts";
import { findStatementInArticle, type StatementDetail } from "../statements/queries.ts";

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
