import type { PrismaClient } from "./db/prisma.ts";

export interface DeskCounts {
  articles: number;
  speakers: number;
  statements: { total: number; pending: number; verified: number; disputed: number };
}

/** What the desk holds, in one round trip. */
export async function deskCounts(prisma: PrismaClient): Promise<DeskCounts> {
  const [row] = await prisma.$queryRaw<
    { articles: number; speakers: number; pending: number; verified: number; disputed: number }[]
  >`SELECT (SELECT count(*) FROM articles)::int AS articles,
           (SELECT count(*) FROM speakers)::int AS speakers,
           count(*) FILTER (WHERE status = 'pending')::int AS pending,
           count(*) FILTER (WHERE status = 'verified')::int AS verified,
           count(*) FILTER (WHERE status = 'disputed')::int AS disputed
      FROM statements WHERE removed_at IS NULL`;
  const counts = row ?? { articles: 0, speakers: 0, pending: 0, verified: 0, disputed: 0 };
  return {
    articles: counts.articles,
    speakers: counts.speakers,
    statements: {
      total: counts.pending + counts.verified + counts.disputed,
      pending: counts.pending,
      verified: counts.verified,
      disputed: counts.disputed,
    },
  };
}
