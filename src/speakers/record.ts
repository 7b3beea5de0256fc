import type { PrismaClient } from "../db/prisma.ts";
import { aliasesOf, speakerPageRows, type SpeakerRow } from "./queries.ts";

import { countTotal, keptCounts } from "../statuses.ts";

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
  const { aliases, aliasCounts, months, articles, articleCount, moves } = await speakerPageRows(prisma, speaker.id);
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
  const aliases = await aliasesOf(prisma, speaker.id);
  const { pendingCount: _p, verifiedCount: _v, disputedCount: _d, ...fields } = speaker;
  const statusCounts = keptCounts(speaker);
  return { ...fields, aliases, statementCount: countTotal(statusCounts), statusCounts };
}
