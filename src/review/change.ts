import { z } from "zod";
import { fastRows, type PrismaClient, type Transaction } from "../db/prisma.ts";
import { isWebAddress } from "../articles/input.ts";
import { nameKey } from "../extract/index.ts";
import { STATEMENT_STATUSES } from "../statuses.ts";
import { MAX_INTEGER } from "../validation.ts";

const MAX_EVIDENCE = 20;

const webAddress = z.string().trim().refine(isWebAddress, { error: "must be a full http:// or https:// address" });

const MAX_SPAN_CHARS = 5000;

/** A change to a statement's review, based on the version the person saw. */
export const reviewChange = z
  .strictObject({
    status: z.enum(STATEMENT_STATUSES).optional(),
    note: z.string().trim().max(5000).nullable().optional(),
    evidence: z.array(webAddress).max(MAX_EVIDENCE).optional(),
    speakerId: z.number().int().positive().max(MAX_INTEGER).nullable().optional(),
    assigneeId: z.number().int().positive().max(MAX_INTEGER).nullable().optional(),
    /** "Not a statement": an extraction error leaves the queues but stays in the audit, and can be restored. */
    removed: z.boolean().optional(),
    /** A corrected span: string offsets into the article's text, as the extractor's are. */
    span: z.strictObject({ start: z.number().int().min(0).max(MAX_INTEGER), end: z.number().int().min(1).max(MAX_INTEGER) }).optional(),
    version: z.number({ error: "is required: the version the change is based on" }).int().positive().max(MAX_INTEGER, "is larger than any version"),
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

/** What is wrong with a change, as a message key and its values, for a person to read in their language. */
export interface ReviewProblem {
  key: "review.problem.noteRequired" | "review.problem.evidence" | "review.problem.evidenceTooMany" | "review.problem.span" | "review.problem.spanOutside" | "review.problem.spanEmpty" | "review.problem.version" | "review.problem.status" | "review.problem.speaker" | "review.problem.assignee" | "review.problem.other";
  field: string;
  vars?: Record<string, unknown>;
}

/** The problems zod found in a submitted change, each as a sentence to be. */
export function reviewProblems(error: z.ZodError, submitted: { status?: unknown; evidence?: unknown }): ReviewProblem[] {
  return error.issues.map((issue) => {
    const [field = "", index] = issue.path.map(String);
    if (field === "note") return { key: "review.problem.noteRequired", field, vars: { status: String(submitted.status ?? "") } };
    if (field === "evidence" && index !== undefined) {
      const given = Array.isArray(submitted.evidence) ? String(submitted.evidence[Number(index)] ?? "") : "";
      return { key: "review.problem.evidence", field, vars: { line: Number(index) + 1, value: given.slice(0, 80) } };
    }
    if (field === "evidence") return { key: "review.problem.evidenceTooMany", field, vars: { max: MAX_EVIDENCE } };
    if (field === "span") return { key: "review.problem.span", field, vars: { max: MAX_SPAN_CHARS } };
    if (field === "version") return { key: "review.problem.version", field };
    if (field === "status") return { key: "review.problem.status", field };
    return { key: "review.problem.other", field, vars: { field, message: issue.message } };
  });
}

/** A statement's review fields from the row `t`, as ReviewState names them. */
const reviewColumns = (t: string) => `${t}.id, ${t}.article_id AS "articleId", ${t}.text, ${t}.start_offset AS "startOffset", ${t}.end_offset AS "endOffset",
  ${t}.status::text AS status, ${t}.note, ${t}.evidence, ${t}.speaker_id AS "speakerId", ${t}.assignee_id AS "assigneeId", ${t}.removed_at AS "removedAt",
  ${t}.reviewed_at AS "reviewedAt", ${t}.reviewed_by_id AS "reviewedById", ${t}.version, ${t}.updated_at AS "updatedAt"`;

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

export type ChangeResult =
  | { outcome: "changed"; statement: ReviewState }
  | { outcome: "conflict"; current: ReviewState }
  | { outcome: "missing" }
  | { outcome: "invalid"; field: "speakerId" | "assigneeId" | "span"; message: string; problem: ReviewProblem };

type Field = "status" | "note" | "evidence" | "speakerId" | "assigneeId" | "removed" | "span";

/** What a field asks for: its value as the audit log records it, and the values of the columns to write (COLUMN_SQL says how a column takes its value). */
type Requested = Partial<Record<Field, { value: unknown; columns: Record<string, unknown> }>>;

/** Casts for the columns whose values pg would otherwise send untyped. */
const COLUMN_SQL: Record<string, (param: string) => string> = {
  status: (param) => `${param}::"StatementStatus"`,
  evidence: (param) => `${param}::text[]`,
  speaker_id: (param) => `${param}::int`,
  assignee_id: (param) => `${param}::int`,
  removed_at: (param) => `CASE WHEN ${param}::boolean THEN coalesce(s.removed_at, now()) END`,
};
const COLUMN_OF: Record<"status" | "note" | "evidence" | "speakerId" | "assigneeId", string> = { status: "status", note: "note", evidence: "evidence", speakerId: "speaker_id", assigneeId: "assignee_id" };

/** Each field `c.field` as the audit log records it, from `b`, a row of reviewColumns. */
const BEFORE_SQL = `CASE c.field WHEN 'status' THEN to_jsonb(b.status) WHEN 'note' THEN to_jsonb(b.note) WHEN 'evidence' THEN to_jsonb(b.evidence)
  WHEN 'speakerId' THEN to_jsonb(b."speakerId") WHEN 'assigneeId' THEN to_jsonb(b."assigneeId") WHEN 'removed' THEN to_jsonb(b."removedAt" IS NOT NULL)
  WHEN 'span' THEN jsonb_build_object('start', b."startOffset", 'end', b."endOffset", 'text', b.text) END`;

/**
 * What each field of the change asks for (its value as the audit log records it, and the columns to
 * write), after checking what it refers to. A problem is returned, not thrown, so the caller can
 * show it next to the form; a span of a statement that does not exist is "missing".
 */
async function requestedFields(tx: PrismaClient | Transaction, statementId: number, change: ReviewChange): Promise<Exclude<ChangeResult, { outcome: "changed" | "conflict" }> | Requested> {
  if (change.assigneeId && !(await tx.user.findFirst({ where: { id: change.assigneeId, disabledAt: null, role: { in: ["checker", "editor", "admin"] } }, select: { id: true } }))) {
    return { outcome: "invalid", field: "assigneeId", message: "is not an active checker, editor or admin", problem: { key: "review.problem.assignee", field: "assigneeId" } };
  }
  if (change.speakerId && !(await tx.speaker.findUnique({ where: { id: change.speakerId }, select: { id: true } }))) {
    return { outcome: "invalid", field: "speakerId", message: "is not a speaker", problem: { key: "review.problem.speaker", field: "speakerId" } };
  }
  const requested: Requested = {};
  for (const field of ["status", "note", "evidence", "speakerId", "assigneeId"] as const) {
    if (change[field] !== undefined) requested[field] = { value: change[field], columns: { [COLUMN_OF[field]]: change[field] } };
  }
  if (change.removed !== undefined) requested.removed = { value: change.removed, columns: { removed_at: change.removed } };
  if (change.span) {
    const { start, end } = change.span;
    const statement = await tx.statement.findUnique({ where: { id: statementId }, select: { article: { select: { body: true } } } });
    if (!statement) return { outcome: "missing" };
    const { body } = statement.article;
    if (end > body.length) return { outcome: "invalid", field: "span", message: `must lie within the article's ${body.length} characters`, problem: { key: "review.problem.spanOutside", field: "span", vars: { length: body.length } } };
    const text = body.slice(start, end);
    if (!text.trim()) return { outcome: "invalid", field: "span", message: "must cover some text", problem: { key: "review.problem.spanEmpty", field: "span" } };
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
 * One statement (after any lookups the change's references need) locks the row, compares each
 * requested field with it, and, if the row is at the version the change is based on and some field
 * differs, updates it and appends an audit event for each field that differs. It returns the row as
 * it was and as it became, so a conflict shows the current state without a second read. Row locks
 * on the kept counts are held for that one statement, not for a transaction of five.
 */
export async function changeReviewIn(db: PrismaClient | Transaction, statementId: number, change: ReviewChange, actor: { id: number; ip?: string | null }): Promise<ChangeResult> {
  const requested = await requestedFields(db, statementId, change);
  if ("outcome" in requested) return requested;
  const fields = Object.keys(requested) as Field[];
  const params: unknown[] = [statementId, change.version, actor.id, actor.ip ?? null];
  const param = (value: unknown) => `$${params.push(value)}`;
  // Every requested column is written: one equal to the stored value stays as it was, and the
  // removal time and the review stamp only move when their own field changes.
  const sets = ["version = s.version + 1", "updated_at = now()"];
  for (const [column, value] of fields.flatMap((field) => Object.entries(requested[field]!.columns))) {
    sets.push(`${column} = ${(COLUMN_SQL[column] ?? ((p: string) => p))(param(value))}`);
  }
  if (requested.status) {
    const statusChanged = "EXISTS (SELECT 1 FROM changes WHERE field = 'status')";
    sets.push(`reviewed_at = CASE WHEN ${statusChanged} THEN now() ELSE s.reviewed_at END`, `reviewed_by_id = CASE WHEN ${statusChanged} THEN $3::int ELSE s.reviewed_by_id END`);
  }
  const asked = fields.map((field) => ({
    field,
    action: `statement.${field}`,
    value: requested[field]!.value,
    after: { [field]: requested[field]!.value, version: change.version + 1 },
    note: field === "status" ? (change.note ?? null) : null,
  }));
  const rows = await fastRows<ReviewState & { side: "before" | "after" }>(
    db,
    `WITH before AS (SELECT ${reviewColumns("s")} FROM statements s WHERE id = $1 FOR NO KEY UPDATE),
          changes AS (SELECT c.* FROM before b, jsonb_to_recordset(${param(JSON.stringify(asked))}::jsonb) AS c(field text, action text, value jsonb, after jsonb, note text)
                       WHERE b.version = $2 AND (${BEFORE_SQL}) IS DISTINCT FROM c.value),
          updated AS (UPDATE statements s SET ${sets.join(", ")} FROM before b WHERE s.id = b.id AND EXISTS (SELECT 1 FROM changes) RETURNING ${reviewColumns("s")}),
          audited AS (INSERT INTO audit_events (actor_id, action, subject_type, subject_id, before, after, note, ip)
                      SELECT $3, c.action, 'statement', u.id, jsonb_build_object(c.field, ${BEFORE_SQL}, 'version', b.version), c.after, c.note, $4
                        FROM updated u, before b, changes c)
     SELECT 'before' AS side, * FROM before UNION ALL SELECT 'after', * FROM updated`,
    params,
    { prepare: true },
  );
  const before = rows.find((row) => row.side === "before");
  const after = rows.find((row) => row.side === "after");
  if (!before) return { outcome: "missing" };
  const state = (row: typeof before): ReviewState => {
    const { side: _, ...statement } = row;
    return statement;
  };
  if (after) return { outcome: "changed", statement: state(after) };
  return before.version === change.version ? { outcome: "changed", statement: state(before) } : { outcome: "conflict", current: state(before) };
}
