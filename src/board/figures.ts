import type { PrismaClient } from "../db/prisma.ts";
import { boardRows, boardVersion } from "./queries.ts";
import type { AuditEventView } from "../accounts/queries.ts";
import { countTotal, keptCounts, type StatementStatus } from "../statuses.ts";

/*
 * The editors' status board. Every figure comes from counts the database keeps as statements change
 * (status_tallies, pending_hours, verdict_days, the *_count columns: see the speakers_and_board migration) or from a
 * short index range, so the board costs the same at a million statements as at a hundred.
 */

export type Counts = Record<StatementStatus, number> & { total: number };

export interface BoardOptions {
  overdueHours: number;
  /** Days of verdicts shown. */
  days?: number;
  now?: Date;
}

const LISTED = 10;
const OLDEST_SHOWN = 15;
const ACTIVITY_SHOWN = 15;
const HOUR = 3_600_000;

function counts(rows: { status: string; count: number }[]): Counts {
  const result = { pending: 0, verified: 0, disputed: 0, total: 0 };
  for (const row of rows) {
    result[row.status as StatementStatus] += row.count;
    result.total += row.count;
  }
  return result;
}

function columnCounts(row: Parameters<typeof keptCounts>[0]): Counts {
  const kept = keptCounts(row);
  return { ...kept, total: countTotal(kept) };
}

export interface BoardFigures {
  generatedAt: Date;
  overdueHours: number;
  desk: Counts;
  ageing: { label: string; fromHours: number; toHours: number | null; count: number; overdue: boolean }[];
  overdue: number;
  oldestPending: {
    id: number;
    text: string;
    createdAt: Date;
    waitedHours: number;
    overdue: boolean;
    speaker: { id: number; name: string } | null;
    article: { id: number; title: string };
  }[];
  articles: { id: number; title: string; counts: Counts }[];
  speakers: { id: number; name: string; counts: Counts }[];
  checkers: { id: number; name: string; role: string; assigned: Counts; reviewed: Counts }[];
  verdictsPerDay: { day: string; verified: number; disputed: number }[];
  activity: AuditEventView[];
}

/** Age bands of pending statements, in hours; the band the threshold falls in is split at it. */
function ageBands(overdueHours: number): { fromHours: number; toHours: number | null }[] {
  const edges = [...new Set([0, 24, 72, 168, overdueHours])].sort((a, b) => a - b);
  return edges.map((from, index) => ({ fromHours: from, toHours: edges[index + 1] ?? null }));
}

export async function boardFigures(prisma: PrismaClient, options: BoardOptions): Promise<BoardFigures> {
  const now = options.now ?? new Date();
  const days = options.days ?? 30;
  const bands = ageBands(options.overdueHours);
  const oldestBand = new Date(now.getTime() - bands.at(-1)!.fromHours * HOUR);
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - days + 1));
  const { tallies, hours, oldest, articles, speakers, users, verdicts, activity } = await boardRows(prisma, {
    oldestBand,
    since,
    oldestShown: OLDEST_SHOWN,
    listed: LISTED,
    activityShown: ACTIVITY_SHOWN,
  });

  const desk = counts(tallies.filter((row) => row.scope === "desk"));
  // Ages to the hour: a statement that arrived at 09:40 has waited from 09:00.
  const ageOf = (hour: Date) => Math.max(0, Math.floor((now.getTime() - hour.getTime()) / HOUR));
  const ageing = bands.map((band) => ({
    ...band,
    label: band.toHours === null ? `${band.fromHours}h+` : `${band.fromHours}–${band.toHours}h`,
    count: hours
      .filter((row) => ageOf(row.hour) >= band.fromHours && (band.toHours === null || ageOf(row.hour) < band.toHours))
      .reduce((sum, row) => sum + row.count, 0),
    overdue: band.fromHours >= options.overdueHours,
  }));
  const overdue = hours.filter((row) => ageOf(row.hour) >= options.overdueHours).reduce((sum, row) => sum + row.count, 0);

  const byUser = (scope: string, id: number) => counts(tallies.filter((row) => row.scope === scope && row.subjectId === id));
  const checkers = users
    .map((user) => ({ ...user, role: user.role, assigned: byUser("assignee", user.id), reviewed: byUser("reviewer", user.id) }))
    .filter((user) => user.role === "checker" || user.assigned.total > 0 || user.reviewed.total > 0);

  const perDay = new Map<string, { day: string; verified: number; disputed: number }>();
  for (let k = 0; k < days; k++) {
    const day = new Date(since.getTime() + k * 24 * HOUR).toISOString().slice(0, 10);
    perDay.set(day, { day, verified: 0, disputed: 0 });
  }
  for (const row of verdicts) {
    const entry = perDay.get(row.day.toISOString().slice(0, 10));
    if (entry && (row.status === "verified" || row.status === "disputed")) entry[row.status] += row.count;
  }

  return {
    generatedAt: now,
    overdueHours: options.overdueHours,
    desk,
    ageing,
    overdue,
    oldestPending: oldest.map((statement) => {
      const waitedHours = Math.floor((now.getTime() - statement.createdAt.getTime()) / HOUR);
      return { ...statement, waitedHours, overdue: waitedHours >= options.overdueHours };
    }),
    articles: articles.map((article) => ({ id: article.id, title: article.title, counts: columnCounts(article) })),
    speakers: speakers.map((speaker) => ({ id: speaker.id, name: speaker.name, counts: columnCounts(speaker) })),
    checkers,
    verdictsPerDay: [...perDay.values()],
    activity,
  };
}

/**
 * The board for every editor polling it: the figures are computed again only when something was
 * recorded since (every change to a statement, article, speaker or user writes an audit event), the
 * desk's counts moved, or a minute has passed (ages move with the clock). Thirty editors refreshing every five seconds then
 * cost one index lookup each, not the board's dozen queries. Per process, and at most a minute behind
 * (two changes committing out of id order can hide the earlier one until the minute turns).
 */
export function sharedBoardFigures(prisma: PrismaClient, options: Omit<BoardOptions, "now">): () => Promise<BoardFigures> {
  let cached: { key: string; figures: Promise<BoardFigures> } | null = null;
  return async () => {
    const now = new Date();
    const latest = await boardVersion(prisma);
    const key = `${latest?.id ?? 0}:${latest?.desk ?? ""}:${Math.floor(now.getTime() / 60_000)}`;
    if (cached?.key !== key) {
      const entry = { key, figures: boardFigures(prisma, { ...options, now }) };
      cached = entry;
      entry.figures.catch(() => {
        if (cached === entry) cached = null;
      });
    }
    return cached.figures;
  };
}
