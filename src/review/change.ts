import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import type { PrismaClient, Transaction } from "../db/prisma.ts";
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

const REVIEW_SELECT = {
  id: true,
  articleId: true,
  text: true,
  startOffset: true,
  endOffset: true,
  status: true,
  note: true,
  evidence: true,
  speakerId: true,
  assigneeId: true,
  removedAt: true,
  reviewedAt: true,
  reviewedById: true,
  version: true,
  updatedAt: true,
} as const;
export type ReviewState = Prisma.StatementGetPayload<{ select: typeof REVIEW_SELECT }>;

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

type Requested = Partial<Record<Field, { value: unknown; data: Prisma.StatementUncheckedUpdateManyInput }>>;

/**
 * What each field of the change asks for (its value as the audit log records it, and the columns to
 * write), after checking what it refers to. A problem is returned, not thrown, so the caller can
 * show it next to the form.
 */
async function requestedFields(tx: Transaction, change: ReviewChange, before: ReviewState): Promise<Extract<ChangeResult, { outcome: "invalid" }> | Requested> {
  if (change.assigneeId && !(await tx.user.findFirst({ where: { id: change.assigneeId, disabledAt: null, role: { in: ["checker", "editor", "admin"] } }, select: { id: true } }))) {
    return { outcome: "invalid", field: "assigneeId", message: "is not an active checker, editor or admin" };
  }
  if (change.speakerId && !(await tx.speaker.findUnique({ where: { id: change.speakerId }, select: { id: true } }))) {
    return { outcome: "invalid", field: "speakerId", message: "is not a speaker" };
  }
  const requested: Requested = {};
  for (const field of ["status", "note", "evidence", "speakerId", "assigneeId"] as const) {
    if (change[field] !== undefined) requested[field] = { value: change[field], data: { [field]: change[field] } };
  }
  if (change.removed !== undefined) requested.removed = { value: change.removed, data: { removedAt: change.removed ? new Date() : null } };
  if (change.span) {
    const { start, end } = change.span;
    const { body } = await tx.article.findUniqueOrThrow({ where: { id: before.articleId }, select: { body: true } });
    if (end > body.length) return { outcome: "invalid", field: "span", message: `must lie within the article's ${body.length} characters` };
    const text = body.slice(start, end);
    if (!text.trim()) return { outcome: "invalid", field: "span", message: "must cover some text" };
    requested.span = { value: { start, end, text }, data: { startOffset: start, endOffset: end, text, searchText: nameKey(text) } };
  }
  return requested;
}

/**
 * Applies a review change if the statement is still at the version it was based on; otherwise
 * nothing is written and the current state comes back, so nobody's edit is silently overwritten.
 * Every changed field is appended to the audit log in the same transaction.
 */
export async function changeReview(prisma: PrismaClient, statementId: number, change: ReviewChange, actor: { id: number; ip?: string | null }): Promise<ChangeResult> {
  return prisma.$transaction((tx) => changeReviewIn(tx, statementId, change, actor));
}

/** changeReview inside a transaction the caller holds, for changes to many statements at once. */
export async function changeReviewIn(tx: Transaction, statementId: number, change: ReviewChange, actor: { id: number; ip?: string | null }): Promise<ChangeResult> {
  const before = await tx.statement.findUnique({ where: { id: statementId }, select: REVIEW_SELECT });
  if (!before) return { outcome: "missing" };
  if (before.version !== change.version) return { outcome: "conflict", current: before };
  const requested = await requestedFields(tx, change, before);
  if ("outcome" in requested) return requested;
  const changed = (Object.keys(requested) as Field[]).filter((field) => JSON.stringify(requested[field]!.value) !== JSON.stringify(VALUE_OF[field](before)));
  if (changed.length === 0) return { outcome: "changed", statement: before };
  const data: Prisma.StatementUncheckedUpdateManyInput = Object.assign({ version: { increment: 1 } }, ...changed.map((field) => requested[field]!.data));
  if (changed.includes("status")) {
    data.reviewedAt = new Date();
    data.reviewedById = actor.id;
  }
  // The version in the WHERE makes the check and the write one step: a change committed in between matches no row.
  const { count } = await tx.statement.updateMany({ where: { id: statementId, version: change.version }, data });
  if (count === 0) {
    const current = await tx.statement.findUniqueOrThrow({ where: { id: statementId }, select: REVIEW_SELECT });
    return { outcome: "conflict", current };
  }
  const statement = await tx.statement.findUniqueOrThrow({ where: { id: statementId }, select: REVIEW_SELECT });
  await tx.auditEvent.createMany({
    data: changed.map((field) => ({
      actorId: actor.id,
      action: `statement.${field}`,
      subjectType: "statement",
      subjectId: statementId,
      before: { [field]: VALUE_OF[field](before), version: before.version } as Prisma.InputJsonValue,
      after: { [field]: VALUE_OF[field](statement), version: statement.version } as Prisma.InputJsonValue,
      note: field === "status" ? (change.note ?? null) : null,
      ip: actor.ip ?? null,
    })),
  });
  return { outcome: "changed", statement };
}
