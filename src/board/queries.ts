import { fastRows, type PrismaClient } from "../db/prisma.ts";
import { deskActivity } from "../accounts/queries.ts";

/*
 * The board's reads. Prisma for the figures, computed at most once a minute or per change however many
 * editors poll; pg directly (fastRows) for what every poll and every home page asks.
 */

/** Everything the board's figures are computed from, read at once. */
export async function boardRows(prisma: PrismaClient, limits: { oldestBand: Date; since: Date; oldestShown: number; listed: number; activityShown: number }) {
  const [tallies, hours, oldest, articles, speakers, users, verdicts, activity] = await Promise.all([
    prisma.statusTally.findMany({ select: { scope: true, subjectId: true, status: true, count: true } }),
    // Pending statements by the hour they arrived (kept by the trigger): ageing without counting the
    // backlog. Hours older than the last band's start are summed in the database, not fetched one by one.
    Promise.all([
      prisma.pendingHour.groupBy({ by: ["hour"], where: { hour: { gt: limits.oldestBand } }, _sum: { count: true } }),
      prisma.pendingHour.aggregate({ where: { hour: { lte: limits.oldestBand } }, _sum: { count: true } }),
    ]).then(([recent, older]) => [
      ...recent.map((row) => ({ hour: row.hour, count: row._sum.count ?? 0 })),
      { hour: limits.oldestBand, count: older._sum.count ?? 0 },
    ]),
    prisma.statement.findMany({
      where: { status: "pending", removedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limits.oldestShown,
      select: { id: true, text: true, createdAt: true, speaker: { select: { id: true, name: true } }, article: { select: { id: true, title: true } } },
    }),
    prisma.article.findMany({
      where: { pendingCount: { gt: 0 } },
      orderBy: [{ pendingCount: "desc" }, { id: "desc" }],
      take: limits.listed,
      select: { id: true, title: true, pendingCount: true, verifiedCount: true, disputedCount: true },
    }),
    prisma.speaker.findMany({
      where: { pendingCount: { gt: 0 }, mergedIntoId: null },
      orderBy: [{ pendingCount: "desc" }, { id: "asc" }],
      take: limits.listed,
      select: { id: true, name: true, pendingCount: true, verifiedCount: true, disputedCount: true },
    }),
    prisma.user.findMany({
      where: { disabledAt: null, role: { in: ["checker", "editor", "admin"] } },
      select: { id: true, name: true, role: true },
      orderBy: { name: "asc" },
    }),
    prisma.verdictDay.findMany({ where: { day: { gte: limits.since } }, select: { day: true, status: true, count: true } }),
    deskActivity(prisma, limits.activityShown),
  ]);

  return { tallies, hours, oldest, articles, speakers, users, verdicts, activity };
}

/** What changes whenever the board's figures may have: the latest audit event, and the desk's tallies (a status changed by SQL writes no audit event). */
export async function boardVersion(prisma: PrismaClient): Promise<{ id: number; desk: string | null } | undefined> {
  const [latest] = await fastRows<{ id: number; desk: string | null }>(
    prisma,
    `SELECT (SELECT coalesce(max(id), 0)::int FROM audit_events) AS id,
            (SELECT string_agg(status::text || n, ',' ORDER BY status) FROM (SELECT status, sum(count) AS n FROM status_tallies WHERE scope = 'desk' GROUP BY status) d) AS desk`,
    [],
    { prepare: true },
  );
  return latest;
}

export interface DeskCounts {
  articles: number;
  speakers: number;
  statements: { total: number; pending: number; verified: number; disputed: number };
}

/** What the desk holds, in one round trip; statements by status from the counts the triggers keep. */
export async function deskCounts(prisma: PrismaClient): Promise<DeskCounts> {
  const [row] = await fastRows<{ articles: number; speakers: number; pending: number; verified: number; disputed: number }>(
    prisma,
    `SELECT (SELECT count(*) FROM articles)::int AS articles,
           (SELECT count(*) FROM speakers)::int AS speakers,
           coalesce(sum(count) FILTER (WHERE status = 'pending'), 0)::int AS pending,
           coalesce(sum(count) FILTER (WHERE status = 'verified'), 0)::int AS verified,
           coalesce(sum(count) FILTER (WHERE status = 'disputed'), 0)::int AS disputed
      FROM status_tallies WHERE scope = 'desk'`,
    [],
  );
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
