import { fastRows, type PrismaClient, type Transaction, type TransactionDb } from "../db/prisma.ts";
import { recordEvent } from "../accounts/queries.ts";
import type { StatementStatus } from "../statuses.ts";

/*
 * The review's queries. Through pg directly (fastRows): a status change is the desk's most frequent
 * write, and one round trip of one prepared statement is what keeps it fast.
 */

type Db = PrismaClient | Transaction | TransactionDb;

export interface ReviewState {
  id: number;
  articleId: number;
  text: string;
  startOffset: number;
  endOffset: number;
  status: StatementStatus;
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

/** The fields a change may ask for, as the audit log names them. */
export type ReviewField = "status" | "note" | "evidence" | "speakerId" | "assigneeId" | "removed" | "span";

/** What a change asks for: each field's new value, as the audit log records it and as the columns take it. */
export interface RequestedChange {
  fields: { field: ReviewField; value: unknown; note: string | null }[];
  status?: StatementStatus;
  note?: string | null;
  evidence?: string[];
  speakerId?: number | null;
  assigneeId?: number | null;
  removed?: boolean;
  span?: { start: number; end: number; text: string; searchText: string };
}

export async function isActiveAssignee(db: Db, userId: number): Promise<boolean> {
  const rows = await fastRows(db, "SELECT 1 FROM users WHERE id = $1 AND disabled_at IS NULL AND role IN ('checker', 'editor', 'admin')", [userId], {
    prepare: true,
  });
  return rows.length > 0;
}

export async function speakerExists(db: Db, speakerId: number): Promise<boolean> {
  return (await fastRows(db, "SELECT 1 FROM speakers WHERE id = $1", [speakerId], { prepare: true })).length > 0;
}

/** The text of the article a statement is in, for checking a corrected span; null when there is no such statement. */
export async function articleTextOf(db: Db, statementId: number): Promise<string | null> {
  const [row] = await fastRows<{ body: string }>(db, "SELECT a.body FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.id = $1", [statementId], {
    prepare: true,
  });
  return row?.body ?? null;
}

/** A statement's review fields from the row `t`, as ReviewState names them: once for the row before, once for the row after. */
const stateColumns = (t: string) => `${t}.id, ${t}.article_id AS "articleId", ${t}.text, ${t}.start_offset AS "startOffset", ${t}.end_offset AS "endOffset",
  ${t}.status::text AS status, ${t}.note, ${t}.evidence, ${t}.speaker_id AS "speakerId", ${t}.assignee_id AS "assigneeId", ${t}.removed_at AS "removedAt",
  ${t}.reviewed_at AS "reviewedAt", ${t}.reviewed_by_id AS "reviewedById", ${t}.version, ${t}.updated_at AS "updatedAt"`;

/** Each field `c.field` as the audit log records it, from `b`, the row as it was. */
const BEFORE_VALUE = `CASE c.field WHEN 'status' THEN to_jsonb(b.status) WHEN 'note' THEN to_jsonb(b.note) WHEN 'evidence' THEN to_jsonb(b.evidence)
  WHEN 'speakerId' THEN to_jsonb(b."speakerId") WHEN 'assigneeId' THEN to_jsonb(b."assigneeId") WHEN 'removed' THEN to_jsonb(b."removedAt" IS NOT NULL)
  WHEN 'span' THEN jsonb_build_object('start', b."startOffset", 'end', b."endOffset", 'text', b.text) END`;

/**
 * One statement: lock the row, keep the requested fields that differ from it, update it if it is still
 * at the version the change was based on, and append an audit event per changed field; return the row
 * before and after. A column changes only when its field is among those that differ.
 */
const APPLY_CHANGE = `
WITH before AS (SELECT ${stateColumns("statements")} FROM statements WHERE id = $1 FOR NO KEY UPDATE),
     changes AS (SELECT c.* FROM before b, jsonb_to_recordset($5::jsonb) AS c(field text, action text, value jsonb, after jsonb, note text)
                  WHERE b.version = $2 AND (${BEFORE_VALUE}) IS DISTINCT FROM c.value),
     changed AS (SELECT array_agg(field) AS fields FROM changes),
     updated AS (
       UPDATE statements s SET
         version = s.version + 1,
         updated_at = now(),
         status = CASE WHEN 'status' = ANY(k.fields) THEN $6::"StatementStatus" ELSE s.status END,
         reviewed_at = CASE WHEN 'status' = ANY(k.fields) THEN now() ELSE s.reviewed_at END,
         reviewed_by_id = CASE WHEN 'status' = ANY(k.fields) THEN $3::int ELSE s.reviewed_by_id END,
         note = CASE WHEN 'note' = ANY(k.fields) THEN $7::text ELSE s.note END,
         evidence = CASE WHEN 'evidence' = ANY(k.fields) THEN $8::text[] ELSE s.evidence END,
         speaker_id = CASE WHEN 'speakerId' = ANY(k.fields) THEN $9::int ELSE s.speaker_id END,
         assignee_id = CASE WHEN 'assigneeId' = ANY(k.fields) THEN $10::int ELSE s.assignee_id END,
         removed_at = CASE WHEN 'removed' = ANY(k.fields) THEN (CASE WHEN $11::boolean THEN coalesce(s.removed_at, now()) END) ELSE s.removed_at END,
         start_offset = CASE WHEN 'span' = ANY(k.fields) THEN $12::int ELSE s.start_offset END,
         end_offset = CASE WHEN 'span' = ANY(k.fields) THEN $13::int ELSE s.end_offset END,
         text = CASE WHEN 'span' = ANY(k.fields) THEN $14::text ELSE s.text END,
         search_text = CASE WHEN 'span' = ANY(k.fields) THEN $15::text ELSE s.search_text END
       FROM before b, changed k WHERE s.id = b.id AND k.fields IS NOT NULL
       RETURNING ${stateColumns("s")}),
     audited AS (INSERT INTO audit_events (actor_id, action, subject_type, subject_id, before, after, note, ip)
                 SELECT $3, c.action, 'statement', u.id, jsonb_build_object(c.field, ${BEFORE_VALUE}, 'version', b.version), c.after, c.note, $4
                   FROM updated u, before b, changes c)
SELECT 'before' AS side, * FROM before UNION ALL SELECT 'after', * FROM updated`;

/** Applies a change at the version it was based on: the row as it was, and as it became when anything changed. */
export async function applyReviewChange(
  db: Db,
  statementId: number,
  version: number,
  change: RequestedChange,
  actor: { id: number; ip?: string | null },
): Promise<{ before?: ReviewState; after?: ReviewState }> {
  const asked = change.fields.map(({ field, value, note }) => ({
    field,
    action: `statement.${field}`,
    value,
    after: { [field]: value, version: version + 1 },
    note,
  }));
  const rows = await fastRows<ReviewState & { side: "before" | "after" }>(
    db,
    APPLY_CHANGE,
    [
      statementId,
      version,
      actor.id,
      actor.ip ?? null,
      JSON.stringify(asked),
      change.status ?? null,
      change.note ?? null,
      change.evidence ?? null,
      change.speakerId ?? null,
      change.assigneeId ?? null,
      change.removed ?? null,
      change.span?.start ?? null,
      change.span?.end ?? null,
      change.span?.text ?? null,
      change.span?.searchText ?? null,
    ],
    { prepare: true },
  );
  const state = (side: "before" | "after"): ReviewState | undefined => {
    const row = rows.find((candidate) => candidate.side === side);
    if (!row) return undefined;
    const { side: _, ...statement } = row;
    return statement;
  };
  return { before: state("before"), after: state("after") };
}

/**
 * An editor takes a verdict's public page down or puts it back up, audited. Setting it to what it is already
 * changes nothing and records nothing, so two editors pressing the same button agree. False when there is no such statement.
 */
export async function setPublicWithdrawn(prisma: PrismaClient, id: number, withdrawn: boolean, actor: { id: number; ip: string | null }): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.statement.updateMany({
      where: { id, publicWithdrawnAt: withdrawn ? null : { not: null } },
      data: { publicWithdrawnAt: withdrawn ? new Date() : null },
    });
    if (count === 0) return (await tx.statement.count({ where: { id } })) > 0;
    await recordEvent(tx, {
      actorId: actor.id,
      action: "statement.public_page",
      subjectType: "statement",
      subjectId: id,
      before: { public: withdrawn },
      after: { public: !withdrawn },
      ip: actor.ip,
    });
    return true;
  });
}
