import { z } from "zod";
import type { PrismaClient, Transaction } from "../db/prisma.ts";
import { applyReviewChange, articleTextOf, isActiveAssignee, speakerExists, type RequestedChange, type ReviewState } from "./queries.ts";

export type { ReviewState };
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
  key:
    | "review.problem.noteRequired"
    | "review.problem.evidence"
    | "review.problem.evidenceTooMany"
    | "review.problem.span"
    | "review.problem.spanOutside"
    | "review.problem.spanEmpty"
    | "review.problem.version"
    | "review.problem.status"
    | "review.problem.speaker"
    | "review.problem.assignee"
    | "review.problem.other";
  field: string;
  vars?: Record<string, unknown>;
}

/** The problems zod found in a submitted change, each as a sentence to be. */
export function reviewProblems(error: z.ZodError, submitted: { status?: unknown; evidence?: unknown }): ReviewProblem[] {
  return error.issues.map((issue) => {
    const [field = "", index] = issue.path.map(String);
    if (field === "note") return { key: "review.problem.noteRequired", field, vars: { status: typeof submitted.status === "string" ? submitted.status : "" } };
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

export type ChangeResult =
  | { outcome: "changed"; statement: ReviewState }
  | { outcome: "conflict"; current: ReviewState }
  | { outcome: "missing" }
  | { outcome: "invalid"; field: "speakerId" | "assigneeId" | "span"; message: string; problem: ReviewProblem };

/**
 * What each field of the change asks for, after checking what it refers to. A problem is returned, not
 * thrown, so the caller can show it next to the form; a span of a statement that does not exist is "missing".
 */
async function requestedChange(
  db: PrismaClient | Transaction,
  statementId: number,
  change: ReviewChange,
): Promise<Exclude<ChangeResult, { outcome: "changed" | "conflict" }> | RequestedChange> {
  if (change.assigneeId && !(await isActiveAssignee(db, change.assigneeId))) {
    return {
      outcome: "invalid",
      field: "assigneeId",
      message: "is not an active checker, editor or admin",
      problem: { key: "review.problem.assignee", field: "assigneeId" },
    };
  }
  if (change.speakerId && !(await speakerExists(db, change.speakerId))) {
    return { outcome: "invalid", field: "speakerId", message: "is not a speaker", problem: { key: "review.problem.speaker", field: "speakerId" } };
  }
  const requested: RequestedChange = { fields: [] };
  for (const field of ["status", "note", "evidence", "speakerId", "assigneeId", "removed"] as const) {
    if (change[field] === undefined) continue;
    requested.fields.push({ field, value: change[field], note: field === "status" ? (change.note ?? null) : null });
    Object.assign(requested, { [field]: change[field] });
  }
  if (change.span) {
    const span = await spanOf(db, statementId, change.span);
    if ("outcome" in span) return span;
    requested.fields.push({ field: "span", value: { start: span.start, end: span.end, text: span.text }, note: null });
    requested.span = span;
  }
  return requested;
}

/** A corrected span's text, which must lie within the article and hold more than blanks. */
async function spanOf(
  db: PrismaClient | Transaction,
  statementId: number,
  { start, end }: { start: number; end: number },
): Promise<Exclude<ChangeResult, { outcome: "changed" | "conflict" }> | NonNullable<RequestedChange["span"]>> {
  const body = await articleTextOf(db, statementId);
  if (body === null) return { outcome: "missing" };
  if (end > body.length)
    return {
      outcome: "invalid",
      field: "span",
      message: `must lie within the article's ${body.length} characters`,
      problem: { key: "review.problem.spanOutside", field: "span", vars: { length: body.length } },
    };
  const text = body.slice(start, end);
  if (!text.trim()) return { outcome: "invalid", field: "span", message: "must cover some text", problem: { key: "review.problem.spanEmpty", field: "span" } };
  return { start, end, text, searchText: nameKey(text) };
}

/**
 * Applies a review change if the statement is still at the version it was based on; otherwise
 * nothing is written and the current state comes back, so nobody's edit is silently overwritten.
 * Every changed field is appended to the audit log by the same statement that writes the change.
 */
export async function changeReview(
  prisma: PrismaClient,
  statementId: number,
  change: ReviewChange,
  actor: { id: number; ip?: string | null },
): Promise<ChangeResult> {
  return changeReviewIn(prisma, statementId, change, actor);
}

/** changeReview on a client or inside a transaction the caller holds (a change with a new speaker, or with its duplicates). */
export async function changeReviewIn(
  db: PrismaClient | Transaction,
  statementId: number,
  change: ReviewChange,
  actor: { id: number; ip?: string | null },
): Promise<ChangeResult> {
  const requested = await requestedChange(db, statementId, change);
  if ("outcome" in requested) return requested;
  const { before, after } = await applyReviewChange(db, statementId, change.version, requested, actor);
  if (!before) return { outcome: "missing" };
  if (after) return { outcome: "changed", statement: after };
  return before.version === change.version ? { outcome: "changed", statement: before } : { outcome: "conflict", current: before };
}
