import type { Prisma } from "../generated/prisma/client.ts";
import type { PrismaClient } from "../db/prisma.ts";

type Writer = Pick<PrismaClient, "auditEvent">;

export interface AuditEntry {
  actorId: number | null;
  action: string;
  subjectType: string;
  subjectId?: number | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  note?: string | null;
  ip?: string | null;
}

/** Appends to the audit log; inside a transaction, pass the transaction so the event commits with the change. */
export async function recordEvent(db: Writer, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      before: entry.before,
      after: entry.after,
      note: entry.note ?? null,
      ip: entry.ip ?? null,
    },
  });
}

export interface AuditEventView {
  id: number;
  action: string;
  subjectType: string;
  subjectId: number | null;
  actor: { id: number; name: string; email: string } | null;
  before: unknown;
  after: unknown;
  note: string | null;
  ip: string | null;
  createdAt: Date;
}

const EVENT_SELECT = {
  id: true,
  action: true,
  subjectType: true,
  subjectId: true,
  before: true,
  after: true,
  note: true,
  ip: true,
  createdAt: true,
  actor: { select: { id: true, name: true, email: true } },
} as const;

/** The newest changes to the desk's work (statements, articles, speakers): sign-ins and accounts left out. */
export function deskActivity(prisma: PrismaClient, limit: number): Promise<AuditEventView[]> {
  return prisma.auditEvent.findMany({ where: { subjectType: { in: ["statement", "article", "speaker"] } }, orderBy: { createdAt: "desc" }, take: limit, select: EVENT_SELECT });
}

export function recentEvents(prisma: PrismaClient, limit: number): Promise<AuditEventView[]> {
  return prisma.auditEvent.findMany({ orderBy: { id: "desc" }, take: limit, select: EVENT_SELECT });
}

/** A statement's history: how its article arrived, then every change to the statement itself, oldest first. */
export function statementHistory(prisma: PrismaClient, statement: { id: number; articleId: number }): Promise<AuditEventView[]> {
  return prisma.auditEvent.findMany({
    where: {
      OR: [
        { subjectType: "statement", subjectId: statement.id },
        { subjectType: "article", subjectId: statement.articleId, action: "article.created" },
      ],
    },
    orderBy: { id: "asc" },
    select: EVENT_SELECT,
  });
}
