/* The review's vocabulary, which every layer from the speakers up shares: the three statuses, the kinds of statement, counts by status. */

export const STATEMENT_STATUSES = ["pending", "verified", "disputed"] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

export const STATEMENT_TYPES = ["direct", "indirect", "mixed"] as const;

export type StatusCounts = Record<StatementStatus, number>;

/** Counts by status from the columns the triggers keep on articles and speakers. */
export function keptCounts(row: { pendingCount: number; verifiedCount: number; disputedCount: number }): StatusCounts {
  return { pending: row.pendingCount, verified: row.verifiedCount, disputed: row.disputedCount };
}

export const countTotal = (counts: StatusCounts): number => counts.pending + counts.verified + counts.disputed;
