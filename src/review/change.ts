import { z } from "zod";
import { fastRows, type PrismaClient, type Transaction } from "../db/prisma.ts";
import { isWebAddress } from "../articles/input.ts";
import { nameKey } from "../extract/index.ts";
import { STATEMENT_STATUSES } from "../statements/store.ts";

const MAX_EVIDENCE = 20;

const webAddress = z.string().trim().refine(isWebAddress, { error: "must be a full http:// or https:// address" });

const MAX_SPAN_CHARS = 5000;

/** A change to a statement's review, based on the version the person saw. */
export const reviewChange = z
  .strictObject({
    status: z.enum(STATEMENT_STATUSES).optional(),
    note: z.string().trim().max(5000).nullable().optional(),
    evidence: z.array(webAddress).max(MAX_EVIDENCE).optional(),
    speakerId: z.number().int().positive().max(2_147_483_647).nullable().optional(),
    assigneeId: z.number().int().positive().max(2_147_483_647).nullable().optional(),
    /** "Not a statement": an extraction error leaves the queues but stays in the audit, and can be restored. */
    removed: z.boolean().optional(),
    /** A corrected span: string offsets into the article's text, as the extractor's are. */
    span: z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(1) }).optional(),
    version: z.number({ error: "is required: the version the change is based on" }).int().positive(),
  })
  .superRefine((change, context) => {
    if ((change.status === "verified" || change.status === "disputed") && !change.note) {
      context.addIssue({ code: "custom", path: ["note"], message: `is required to mark a statement ${change.status}` });
    }
    if (change.span && (change.span.end <= change.span.start || change.span.end - change.span.start > MAX_SPAN_CHARS)) {
      context.addIssue({ code: "custom", path: ["span"], message: `must end after it starts and be at most ${MAX_SPAN_CHARS} characters` });
    }
  });
export type ReviewChange = z.infer<typeof reviewChange>;

/** A statement's review fields, as ReviewState names them. */
const REVIEW_COLUMNS = `id, article_id AS "articleId", text, start_offset AS "startOffset", end_offset AS "endOffset", status::text AS status, note, evidence,
  speaker_id AS "speakerId", assignee_id AS "assigneeId", removed_at AS "removedAt", reviewed_at AS "reviewedAt", reviewed_by_id AS "reviewedById", version, updated_at AS "updatedAt"`;

export interface ReviewState {
  id: number;
  articleId: number;
  text: string;
  startOffset: number;
  endOffset: number;
  status: (typeof STATEMENT_STATUSES)[number];
  note: string | null;
  evidence: string[];
  speakerId: number | null;
  assigneeId: number | null;
  removedAt: Date | null;
  reviewedAt: Date | null;
  reviewedById: number | null;
  version: number;
  updatedAt: Date;
}

async function reviewState(db: PrismaClient | Transaction, statementId: number): Promise<ReviewState | null> {
  const [state] = await fastRows<ReviewState>(db, `SELECT ${REVIEW_COLUMNS} FROM statements WHERE id = $1`, [statementId], { prepare: true });
  return state ?? null;
}

export type ChangeResult =
  | { outcome: "changed"; statement: ReviewState }
  | { outcome: "conflict"; current: ReviewState }
  | { outcome: "missing" }
  | { outcome: "invalid"; field: "speakerId" | "assigneeId" | "span"; message: string };

type Field = "status" | "note" | "evidence" | "speakerId" | "assigneeId" | "removed" | "span";

/** Each field as the audit log records it. */
const VALUE_OF: Record<Field, (state: ReviewState) => unknown> = {
  status: (state) => state.status,
  note: (state) => state.note,
  evidence: (state) => state.evidence,
  speakerId: (state) => state.speakerId,
  assigneeId: (state) => state.assigneeId,
  removed: (state) => state.removedAt !== null,
  span: (state) => ({ start: state.startOffset, end: state.endOffset, text: state.text }),
};

/** What a field asks for: its value as the audit log records it, and the values of the columns to write (COLUMN_SQL says how a column takes its value). */
type Requested = Partial<Record<Field, { value: unknown; columns: Record<string, unknown> }>>;

/** Casts for the columns whose values pg would otherwise send untyped. */
const COLUMN_SQL: Record<string, (param: string) => string> = {
  status: (param) => `${param}::"StatementStatus"`,
  evidence: (param) => `${param}::text[]`,
  speaker_id: (param) => `${param}::int`,
  assignee_id: (param) => `${param}::int`,
  removed_at: (param) => `CASE WHEN ${param}::boolean THEN now() END`,
};
const COLUMN_OF: Record<"status" | "note" | "evidence" | "speakerId" | "assigneeId", string> = { status: "status", note: "note", evidence: "evidence", speakerId: "speaker_id", assigneeId: "assignee_id" };

/**
 * What each field of the change asks for (its value as the audit log records it, and the columns to
 * write), after checking what it refers to. A problem is returned, not thrown, so the caller can
 * show it next to the form.
 */
async function requestedFields(tx: PrismaClient | Transaction, change: ReviewChange, before: ReviewState): Promise<Extract<ChangeResult, { outcome: "invalid" }> | Requested> {
  if (change.assigneeId && !(await tx.user.findFirst({ where: { id: change.assigneeId, disabledAt: null, role: { in: ["checker", "editor", "admin"] } }, select: { id: true } }))) {
    return { outcome: "invalid", field: "assigneeId", message: "is not an active checker, editor or admin" };
  }
  if (change.speakerId && !(await tx.speaker.findUnique({ where: { id: change.speakerId }, select: { id: true } }))) {
    return { outcome: "invalid", field: "speakerId", message: "is not a speaker" };
  }
  const requested: Requested = {};
  for (const field of ["status", "note", "evidence", "speakerId", "assigneeId"] as const) {
    if (change[field] !== undefined) requested[field] = { value: change[field], columns: { [COLUMN_OF[field]]: change[field] } };
  }
  if (change.removed !== undefined) requested.removed = { value: change.removed, columns: { removed_at: change.removed } };
  if (change.span) {
    const { start, end } = change.span;
    const { body } = await tx.article.findUniqueOrThrow({ where: { id: before.articleId }, select: { body: true } });
    if (end > body.length) return { outcome: "invalid", field: "span", message: `must lie within the article's ${body.length} characters` };
    const text = body.slice(start, end);
    if (!text.trim()) return { outcome: "invalid", field: "span", message: "must cover some text" };
    requested.span = { value: { start, end, text }, columns: { start_offset: start, end_offset: end, text, search_text: nameKey(text) } };
  }
  return requested;
}

/**
 * Applies a review change if the statement is still at the version it was based on; otherwise
 * nothing is written and the current state comes back, so nobody's edit is silently overwritten.
 * Every changed field is appended to the audit log by the same statement that writes the change.
 */
export async function changeReview(prisma: PrismaClient, statementId: number, change: ReviewChange, actor: { id: number; ip?: string | null }): Promise<ChangeResult> {
  return changeReviewIn(prisma, statementId, change, actor);
}

/**
 * changeReview on a client or inside a transaction the caller holds (changes to many statements at once).
 * Two round trips: the state the change is compared with, then one statement that updates the row only
 * if it is still at that version (so the state read is the state changed) and inserts the audit events
 * for it. Row locks on the kept counts are then held for one statement, not for a transaction of five.
 */
export async function changeReviewIn(db: PrismaClient | Transaction, statementId: number, change: ReviewChange, actor: { id: number; ip?: string | null }): Promise<ChangeResult> {
  const before = await reviewState(db, statementId);
  if (!before) return { outcome: "missing" };
  if (before.version !== change.version) return { outcome: "conflict", current: before };
  const requested = await requestedFields(db, change, before);
  if ("outcome" in requested) return requested;
  const changed = (Object.keys(requested) as Field[]).filter((field) => JSON.stringify(requested[field]!.value) !== JSON.stringify(VALUE_OF[field](before)));
  if (changed.length === 0) return { outcome: "changed", statement: before };

  const params: unknown[] = [statementId, change.version, actor.id, actor.ip ?? null];
  const param = (value: unknown) => `$${params.push(value)}`;
  const sets = ["version = version + 1", "updated_at = now()"];
  for (const [column, value] of changed.flatMap((field) => Object.entries(requested[field]!.columns))) {
    sets.push(`${column} = ${(COLUMN_SQL[column] ?? ((p: string) => p))(param(value))}`);
  }
  if (changed.includes("status")) sets.push("reviewed_at = now()", "reviewed_by_id = $3");
  const events = changed.map((field) => ({
    action: `statement.${field}`,
    before: { [field]: VALUE_OF[field](before), version: before.version },
    after: { [field]: requested[field]!.value, version: before.version + 1 },
    note: field === "status" ? (change.note ?? null) : null,
  }));
  const [statement] = await fastRows<ReviewState>(
    db,
    `WITH updated AS (UPDATE statements SET ${sets.join(", ")} WHERE id = $1 AND version = $2 RETURNING ${REVIEW_COLUMNS}),
          audited AS (INSERT INTO audit_events (actor_id, action, subject_type, subject_id, before, after, note, ip)
                      SELECT $3, e.action, 'statement', u.id, e.before, e.after, e.note, $4
                        FROM updated u, jsonb_to_recordset(${param(JSON.stringify(events))}::jsonb) AS e(action text, before jsonb, after jsonb, note text))
     SELECT * FROM updated`,
    params,
    { prepare: true },
  );
  if (!statement) {
    // Changed by someone else between the read and the write.
    const current = await reviewState(db, statementId);
    return current ? { outcome: "conflict", current } : { outcome: "missing" };
  }
  return { outcome: "changed", statement };
}
