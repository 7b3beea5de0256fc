import type { Prisma } from "../generated/prisma/client.ts";
import { fastRows, type PrismaClient } from "../db/prisma.ts";

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
  // On every statement page: through pg directly (see fastRows).
  return fastRows<AuditEventView>(
    prisma,
    `SELECT e.id, e.action, e.subject_type AS "subjectType", e.subject_id AS "subjectId", e.before, e.after, e.note, e.ip, e.created_at AS "createdAt",
            CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name, 'email', u.email) END AS actor
       FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
      WHERE (e.subject_type = 'statement' AND e.subject_id = $1) OR (e.subject_type = 'article' AND e.subject_id = $2 AND e.action = 'article.created')
      ORDER BY e.id`,
    [statement.id, statement.articleId],
    { prepare: true },
  );
}
