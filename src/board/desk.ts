import type { PrismaClient } from "../db/prisma.ts";

export interface DeskCounts {
  articles: number;
  speakers: number;
  statements: { total: number; pending: number; verified: number; disputed: number };
}

/** What the desk holds, in one round trip; statements by status from the counts the triggers keep. */
export async function deskCounts(prisma: PrismaClient): Promise<DeskCounts> {
  const [row] = await prisma.$queryRaw<
    { articles: number; speakers: number; pending: number; verified: number; disputed: number }[]
  >`SELECT (SELECT count(*) FROM articles)::int AS articles,
           (SELECT count(*) FROM speakers)::int AS speakers,
           coalesce(sum(count) FILTER (WHERE status = 'pending'), 0)::int AS pending,
           coalesce(sum(count) FILTER (WHERE status = 'verified'), 0)::int AS verified,
           coalesce(sum(count) FILTER (WHERE status = 'disputed'), 0)::int AS disputed
      FROM status_tallies WHERE scope = 'desk'`;
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
