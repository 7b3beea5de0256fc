import type { PrismaClient } from "../db/prisma.ts";
import { countTotal, keptCounts } from "../statuses.ts";

export const SPEAKER_SELECT = {
  id: true,
  name: true,
  kind: true,
  roles: true,
  mergedIntoId: true,
  pendingCount: true,
  verifiedCount: true,
  disputedCount: true,
  createdAt: true,
} as const;

export function findSpeaker(prisma: PrismaClient, id: number) {
  return prisma.speaker.findUnique({ where: { id }, select: SPEAKER_SELECT });
}

export type SpeakerRow = NonNullable<Awaited<ReturnType<typeof findSpeaker>>>;

export interface MonthCounts {
  month: string;
  pending: number;
  verified: number;
  disputed: number;
}

/** The months a chart shows: the most recent ones with statements, gaps included. */
const MONTHS_SHOWN = 24;

/**
 * Everything the speaker page shows besides the statements themselves: aliases with why they belong,
 * counts by status per month (of publication, else of saving), the articles, and the merges and detaches.
 * A handful of grouped queries; none grows with the number of statements on the page.
 */
export async function speakerRecord(prisma: PrismaClient, speaker: SpeakerRow) {
  const [aliases, aliasCounts, months, articles, articleCount, moves] = await Promise.all([
    prisma.speakerAlias.findMany({
      where: { speakerId: speaker.id },
      orderBy: { id: "asc" },
      select: { id: true, text: true, normalizedText: true, reason: true, matchedText: true, createdAt: true, article: { select: { id: true, title: true } } },
    }),
    prisma.statement.groupBy({ by: ["speakerAliasId"], where: { speakerId: speaker.id, removedAt: null }, _count: { _all: true } }),
    prisma.$queryRaw<{ month: string; status: string; count: number }[]>`
      SELECT to_char(coalesce(a.published_at, s.created_at) AT TIME ZONE 'UTC', 'YYYY-MM') AS month, s.status::text AS status, count(*)::int AS count
        FROM statements s JOIN articles a ON a.id = s.article_id
       WHERE s.speaker_id = ${speaker.id} AND s.removed_at IS NULL
       GROUP BY 1, 2 ORDER BY 1`,
    prisma.$queryRaw<{ id: number; title: string; publishedAt: Date | null; statements: number }[]>`
      SELECT a.id, a.title, a.published_at AS "publishedAt", count(*)::int AS statements
        FROM statements s JOIN articles a ON a.id = s.article_id
       WHERE s.speaker_id = ${speaker.id} AND s.removed_at IS NULL
       GROUP BY a.id ORDER BY max(coalesce(a.published_at, s.created_at)) DESC, a.id DESC LIMIT 20`,
    prisma.$queryRaw<{ count: number }[]>`SELECT count(DISTINCT article_id)::int AS count FROM statements WHERE speaker_id = ${speaker.id} AND removed_at IS NULL`,
    prisma.speakerMove.findMany({
      where: { OR: [{ fromSpeakerId: speaker.id }, { toSpeakerId: speaker.id }] },
      orderBy: { id: "desc" },
      take: 20,
      select: {
        id: true,
        kind: true,
        statementIds: true,
        aliasIds: true,
        createdAt: true,
        undoneAt: true,
        from: { select: { id: true, name: true } },
        to: { select: { id: true, name: true } },
        createdBy: { select: { name: true } },
      },
    }),
  ]);
  const perAlias = new Map(aliasCounts.map((row) => [row.speakerAliasId, row._count._all]));
  return {
    aliases: aliases.map((alias) => ({ ...alias, statements: perAlias.get(alias.id) ?? 0, isName: alias.text === speaker.name })),
    months: monthSeries(months),
    articles,
    articleCount: articleCount[0]?.count ?? 0,
    moves,
  };
}

/** Rows of (month, status, count) as one entry per month, the empty months between included. */
export function monthSeries(rows: { month: string; status: string; count: number }[]): MonthCounts[] {
  if (rows.length === 0) return [];
  const byMonth = new Map<string, MonthCounts>();
  for (const row of rows) {
    const month = row.month;
    const entry = byMonth.get(month) ?? { month, pending: 0, verified: 0, disputed: 0 };
    entry[row.status as "pending"] += row.count;
    byMonth.set(month, entry);
  }
  const first = rows[0]!.month;
  const [year, lastMonth] = rows[rows.length - 1]!.month.split("-").map(Number) as [number, number];
  const series: MonthCounts[] = [];
  for (let k = MONTHS_SHOWN - 1; k >= 0; k--) {
    const month = new Date(Date.UTC(year, lastMonth - 1 - k, 1)).toISOString().slice(0, 7);
    if (month < first) continue;
    series.push(byMonth.get(month) ?? { month, pending: 0, verified: 0, disputed: 0 });
  }
  return series;
}

/** A speaker as the API gives it: its record with aliases and counts by status. */
export async function speakerJson(prisma: PrismaClient, speaker: SpeakerRow) {
  const aliases = await prisma.speakerAlias.findMany({
    where: { speakerId: speaker.id },
    orderBy: { id: "asc" },
    select: { id: true, text: true, reason: true, matchedText: true, articleId: true, createdAt: true },
  });
  const { pendingCount: _p, verifiedCount: _v, disputedCount: _d, ...fields } = speaker;
  const statusCounts = keptCounts(speaker);
  return { ...fields, aliases, statementCount: countTotal(statusCounts), statusCounts };
}
