import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import type { PrismaClient } from "../db/prisma.ts";
import { STATEMENT_STATUSES } from "../statements/store.ts";

const MAX_EVIDENCE = 20;

const webAddress = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, { error: "must be a full http:// or https:// address" });

/** A change to a statement's review, based on the version the person saw. */
export const reviewChange = z
  .strictObject({
    status: z.enum(STATEMENT_STATUSES).optional(),
    note: z.string().trim().max(5000).nullable().optional(),
    evidence: z.array(webAddress).max(MAX_EVIDENCE).optional(),
    speakerId: z.number().int().positive().max(2_147_483_647).nullable().optional(),
    assigneeId: z.number().int().positive().max(2_147_483_647).nullable().optional(),
    version: z.number({ error: "is required: the version the change is based on" }).int().positive(),
  })
  .superRefine((change, context) => {
    if ((change.status === "verified" || change.status === "disputed") && !change.note) {
      context.addIssue({ code: "custom", path: ["note"], message: `is required to mark a statement ${change.status}` });
    }
  });
export type ReviewChange = z.infer<typeof reviewChange>;

const REVIEW_SELECT = {
  id: true,
  status: true,
  note: true,
  evidence: true,
  speakerId: true,
  assigneeId: true,
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
  | { outcome: "invalid"; field: "speakerId" | "assigneeId"; message: string };

const FIELDS = ["status", "note", "evidence", "speakerId", "assigneeId"] as const;

/**
 * Applies a review change if the statement is still at the version it was based on; otherwise
 * nothing is written and the current state comes back, so nobody's edit is silently overwritten.
 * Every changed field is appended to the audit log in the same transaction.
 */
export async function changeReview(prisma: PrismaClient, statementId: number, change: ReviewChange, actor: { id: number; ip?: string | null }): Promise<ChangeResult> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.statement.findUnique({ where: { id: statementId }, select: REVIEW_SELECT });
    if (!before) return { outcome: "missing" };
    if (before.version !== change.version) return { outcome: "conflict", current: before };
    if (change.assigneeId && !(await tx.user.findFirst({ where: { id: change.assigneeId, disabledAt: null, role: { in: ["checker", "editor", "admin"] } }, select: { id: true } }))) {
      return { outcome: "invalid", field: "assigneeId", message: "is not an active checker, editor or admin" };
    }
    if (change.speakerId && !(await tx.speaker.findUnique({ where: { id: change.speakerId }, select: { id: true } }))) {
      return { outcome: "invalid", field: "speakerId", message: "is not a speaker" };
    }
    const changed = FIELDS.filter((field) => change[field] !== undefined && JSON.stringify(change[field]) !== JSON.stringify(before[field]));
    if (changed.length === 0) return { outcome: "changed", statement: before };
    const data: Prisma.StatementUncheckedUpdateManyInput = { version: { increment: 1 } };
    for (const field of changed) (data as Record<string, unknown>)[field] = change[field];
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
        before: { [field]: before[field], version: before.version },
        after: { [field]: statement[field], version: statement.version },
        note: field === "status" ? (change.note ?? null) : null,
        ip: actor.ip ?? null,
      })),
    });
    return { outcome: "changed", statement };
  });
}
