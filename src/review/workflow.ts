import type { PrismaClient } from "../db/prisma.ts";
import { HttpError, TranslatedError } from "../errors.ts";
import { findOrCreateSpeaker, LookAlikeName } from "../speakers/store.ts";
import { duplicateIds } from "../statements/queries.ts";
import { issueDetails, issueLines, MAX_BULK_ITEMS, MAX_INTEGER } from "../validation.ts";
import { applyBulkChange } from "./bulk.ts";
import { changeReview, changeReviewIn, reviewChange, reviewProblems, type ChangeResult, type ReviewChange, type ReviewProblem } from "./change.ts";

/*
 * The review desk's workflow, which the pages and the API share: a verdict, a correction of the speaker
 * or the span, an assignment, "not a statement", many statements at once. Each is checked here and
 * applied in one transaction; the callers only read requests and show the outcome.
 */

export interface Actor {
  id: number;
  ip?: string | null;
}

export interface ChangeExtras {
  /** A checker typed a speaker's name: found or created in the same transaction. */
  speakerName?: string | null;
  /** Duplicates elsewhere that get the same verdict, each at the version the checker saw. */
  also?: { id: number; version: number }[];
}

export type StatementChangeOutcome =
  | { outcome: "refused"; problems: ReviewProblem[]; details: { path: string; message: string }[] }
  | (ChangeResult & { also: { changed: number; skipped: number } });

/** No duplicates changed or skipped: a change that had none, or did not go through. */
const NO_DUPLICATES = { changed: 0, skipped: 0 } as const;

/** Rolls back a transaction whose change did not go through, carrying why. */
class NotApplied extends Error {
  constructor(readonly result: ChangeResult) {
    super(result.outcome);
  }
}

/**
 * Checks and applies a change to one statement as a person submitted it, with what goes with it, in one
 * transaction: a change that loses to a colleague's leaves no new speaker behind and touches no duplicate.
 * A duplicate changed meanwhile is skipped, not overwritten.
 */
export async function changeStatement(
  prisma: PrismaClient,
  statementId: number,
  submitted: Record<string, unknown>,
  actor: Actor,
  extras: ChangeExtras = {},
): Promise<StatementChangeOutcome> {
  const parsed = reviewChange.safeParse(submitted);
  if (!parsed.success) return { outcome: "refused", problems: reviewProblems(parsed.error, submitted), details: issueDetails(parsed.error) };
  const change = parsed.data;
  if (!extras.speakerName && !extras.also?.length) return { ...(await changeReview(prisma, statementId, change, actor)), also: NO_DUPLICATES };
  if (extras.also?.length) await checkDuplicates(prisma, statementId, extras.also);
  try {
    return await prisma.$transaction(async (tx) => {
      const speakerId = extras.speakerName ? (await findOrCreateSpeaker(tx, extras.speakerName)).id : undefined;
      const result = await changeReviewIn(tx, statementId, speakerId ? { ...change, speakerId } : change, actor);
      if (result.outcome !== "changed") throw new NotApplied(result);
      let changed = 0;
      for (const duplicate of extras.also ?? []) {
        const copy = await changeReviewIn(
          tx,
          duplicate.id,
          { status: change.status, note: change.note, evidence: change.evidence, version: duplicate.version },
          actor,
        );
        if (copy.outcome === "changed") changed++;
      }
      return { ...result, also: { changed, skipped: (extras.also?.length ?? 0) - changed } };
    });
  } catch (error) {
    if (error instanceof NotApplied) return { ...error.result, also: NO_DUPLICATES };
    if (error instanceof LookAlikeName)
      throw new TranslatedError(422, error.existing ? "errors.lookAlikeOf" : "errors.lookAlike", { typed: error.typed, existing: error.existing });
    throw error;
  }
}

/** Only the duplicates the statement's page listed may share its verdict. */
async function checkDuplicates(prisma: PrismaClient, statementId: number, also: { id: number }[]): Promise<void> {
  const listed = await duplicateIds(prisma, statementId);
  const stray = also.find((duplicate) => !listed.has(duplicate.id));
  if (stray) throw new TranslatedError(400, "errors.notDuplicate", { id: stray.id });
}

/** A change to many statements, each at the version the editor saw: an assignment, or a status with its note. */
export type BulkRequest = { assigneeId: number | null } | { status: unknown; note: string | null };

/** Checks and applies one change to many statements; a statement changed meanwhile is skipped, never overwritten. */
export async function changeStatements(
  prisma: PrismaClient,
  items: { id: number; version: number }[],
  request: BulkRequest,
  actor: Actor,
): Promise<{ changed: number; skipped: number }> {
  const checked = reviewChange.safeParse({ ...request, version: 1 });
  if (!checked.success) throw new HttpError(422, issueLines(checked.error).join("; "));
  const { version: _, ...change } = checked.data;
  return applyBulkChange(prisma, items, change satisfies Omit<ReviewChange, "version">, actor);
}

/** Checkbox values "id:version", as the queue and the duplicates list send them; anything else is refused, never skipped. */
export function parseIdVersions(value: unknown): { id: number; version: number }[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  if (values.length > MAX_BULK_ITEMS) throw new TranslatedError(400, "errors.bulkTooMany", { max: MAX_BULK_ITEMS });
  return values.map((item) => {
    const match = typeof item === "string" ? item.match(/^(\d{1,10}):(\d{1,10})$/) : null;
    const pair = match ? { id: Number(match[1]), version: Number(match[2]) } : null;
    if (!pair || pair.id < 1 || pair.id > MAX_INTEGER || pair.version < 1 || pair.version > MAX_INTEGER) {
      throw new TranslatedError(400, "errors.notStatementPair", { value: String(item).slice(0, 40) });
    }
    return pair;
  });
}
