import { Router, type Request, type RequestHandler, type Response } from "express";
import { bodyFields } from "../http/bodies.ts";
import { z } from "zod";
import type { PrismaClient } from "../db/prisma.ts";
import type { ReviewProblem } from "../review/change.ts";
import { changeStatement, changeStatements, parseIdVersions, type ChangeExtras } from "../review/workflow.ts";
import { listAssignees } from "../accounts/queries.ts";
import { claimReview, publicClaimUrl, type Publisher } from "../review/claim-review.ts";
import { setPublicWithdrawn } from "../review/queries.ts";
import { csvRow, CSV_COLUMNS, jsonRow } from "../review/export.ts";
import { clientIp, requireRole } from "../http/auth.ts";
import { HttpError } from "../http/errors.ts";
import { wantsFragment } from "../http/negotiate.ts";
import { idParam, parseId } from "../http/params.ts";
import { issueLines, MAX_INTEGER, searchText } from "../validation.ts";
import { safeLocalPath } from "../http/locale.ts";
import { translate } from "../i18n/index.ts";
import { COUNT_CAP, exportStatements, findStatementDetail, listQueue, QUEUE_SORTS, type StatementDetail } from "../statements/queries.ts";
import { STATEMENT_STATUSES, STATEMENT_TYPES } from "../statuses.ts";

const PAGE_SIZE = 50;

const id = z.coerce.number().int().positive().max(MAX_INTEGER);
// «2026-02-30» is no day: JavaScript would roll it over to March 2, so the date must give back what was typed.
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "must be a date that exists, such as 2026-11-25")
  .transform((value) => new Date(`${value}T00:00:00Z`));

/** The queue's filters as the URL holds them; empty form fields mean "any". */
const queueQuery = z.preprocess(
  (raw) => Object.fromEntries(Object.entries((raw ?? {}) as Record<string, unknown>).filter(([, value]) => value !== "")),
  z.object({
    status: z.enum(STATEMENT_STATUSES).optional(),
    speaker: searchText(200).optional(),
    article: id.optional(),
    language: z.enum(["ar", "en"]).optional(),
    type: z.enum(STATEMENT_TYPES).optional(),
    assignee: z.union([z.literal("me"), id]).optional(),
    from: day.optional(),
    to: day.optional(),
    q: searchText(200).optional(),
    removed: z
      .literal("1")
      .transform(() => true)
      .optional(),
    sort: z.enum(QUEUE_SORTS).default("newest"),
    after: id.optional(),
  }),
);

/** A tab's count: exact, "1,000+" for all when there were more, and none for a status then (only part was counted). */
function shownCount(counts: number[], capped: boolean): { count: number | null; more: boolean } {
  if (!capped) return { count: counts.reduce((sum, count) => sum + count, 0), more: false };
  return counts.length > 1 ? { count: COUNT_CAP, more: true } : { count: null, more: false };
}

/** "changed,skipped" as a redirect after a bulk change or a verdict on duplicates reports it. */
function changeCounts(value: unknown): { changed: number; skipped: number } | null {
  const match = typeof value === "string" ? value.match(/^(\d{1,6}),(\d{1,6})$/) : null;
  return match ? { changed: Number(match[1]), skipped: Number(match[2]) } : null;
}

/** An assignee field: "me", a user id, or empty for nobody. "Assign to me" is a button named like the select beside it, so both may arrive. */
function chosenAssignee(value: unknown, me: number): number | null {
  const values = [value].flat();
  if (values.includes("me")) return me;
  return values[0] ? Number(values[0]) : null;
}

/** The queue's filter from the URL: the same for the page, its fragment and the exports. */
function readQueueQuery(req: Request, res: Response) {
  const parsed = queueQuery.safeParse(req.query);
  if (!parsed.success) throw new HttpError(400, issueLines(parsed.error).join("; "));
  const { sort, after, assignee, ...filter } = parsed.data;
  return { sort, after, filter: { ...filter, assignee: assignee === "me" ? res.locals.user!.id : assignee } };
}

export function statementsRouter(prisma: PrismaClient, publisher: Publisher, publicUrl: string | null): Router {
  const router = Router();
  router.param("statementId", idParam());

  router.get("/statements", async (req, res) => {
    const { sort, after, filter } = readQueueQuery(req, res);
    const [page, assignees] = await Promise.all([listQueue(prisma, filter, { sort, after, limit: PAGE_SIZE }), listAssignees(prisma)]);
    const values = { ...req.query } as Record<string, string>;
    delete values.after;
    delete values.bulk;
    const query = new URLSearchParams(Object.entries(values).filter(([, value]) => typeof value === "string" && value !== ""));
    const exportQuery = query.size > 0 ? `?${query.toString()}` : "";
    const nextUrl = page.next ? `/statements?${new URLSearchParams([...query, ["after", String(page.next)]]).toString()}` : null;
    const statusUrl = (status: string) => {
      const copy = new URLSearchParams(query);
      if (status) copy.set("status", status);
      else copy.delete("status");
      return `/statements?${copy.toString()}`;
    };
    const view = {
      page,
      values,
      nextUrl,
      statusLinks: ["", ...STATEMENT_STATUSES].map((status) => ({
        status,
        url: statusUrl(status),
        ...shownCount(status ? [page.counts[status as keyof typeof page.counts]] : Object.values(page.counts), page.countsCapped),
        current: (values.status ?? "") === status,
      })),
      bulk: changeCounts(req.query.bulk),
      assignees,
      currentUrl: req.originalUrl.replace(/[?&]bulk=[^&]*/, ""),
      exportCsv: `/statements/export.csv${exportQuery}`,
      exportJson: `/statements/export.json${exportQuery}`,
      sorts: QUEUE_SORTS,
      types: STATEMENT_TYPES,
      title: translate(res.locals.locale, "queue.title"),
      skipToList: true,
    };
    // The filter form and the "more" link swap only the queue; a full load gets the page.
    if (wantsFragment(req)) res.render("statements/_queue", { ...view, layout: false });
    else res.render("statements/index", view);
  });

  // Editors change many statements at once; each is checked against the version shown and audited on its own.
  router.post("/statements/bulk", requireRole("editor"), async (req, res) => {
    const body = bodyFields(req);
    const items = parseIdVersions(body.items);
    const next = safeLocalPath(body.next).startsWith("/statements") ? safeLocalPath(body.next) : "/statements";
    const request =
      body.action === "assign"
        ? { assigneeId: chosenAssignee(body.assignee, res.locals.user!.id) }
        : { status: body.status, note: typeof body.note === "string" && body.note.trim() ? body.note : null };
    const { changed, skipped } = await changeStatements(prisma, items, request, { id: res.locals.user!.id, ip: clientIp(req) });
    const separator = next.includes("?") ? "&" : "?";
    res.redirect(303, `${next}${separator}bulk=${changed},${skipped}`);
  });

  // Streamed a batch at a time, so an export of the whole desk costs no more memory than one page.
  router.get("/statements/export.:format", async (req, res) => {
    const format = req.params.format;
    if (format !== "csv" && format !== "json") throw new HttpError(404);
    const { sort, filter } = readQueueQuery(req, res);
    const stamp = new Date().toISOString().slice(0, 10);
    res.set({
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="isnad-statements-${stamp}.${format}"`,
      "Cache-Control": "no-store",
    });
    // A byte-order mark, so spreadsheet programs read the Arabic as UTF-8.
    res.write(format === "csv" ? `\uFEFF${CSV_COLUMNS.join(",")}\r\n` : "[");
    let first = true;
    for await (const rows of exportStatements(prisma, filter, sort)) {
      let chunk = "";
      for (const row of rows) {
        chunk += format === "csv" ? csvRow(row) : `${first ? "" : ","}\n${jsonRow(row)}`;
        first = false;
      }
      if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve));
    }
    res.end(format === "csv" ? "" : "\n]\n");
  });

  router.get("/statements/:statementId/claimreview.json", loadStatement(prisma), (req, res) => {
    const detail = res.locals.detail!;
    const review = claimReview(detail, publisher, publicClaimUrl(publicUrl, detail.statement.id));
    if (!review) throw new HttpError(404, "a pending statement has no review yet");
    res.type("application/ld+json").send(JSON.stringify(review));
  });

  router.get("/statements/:statementId", loadStatement(prisma), async (req, res) => {
    const detail = res.locals.detail!;
    // ?status= comes from pressing v, d or p in the queue: the choice is made, the note still to write.
    const chosen = z.enum(STATEMENT_STATUSES).safeParse(req.query.status);
    await renderStatement(prisma, req, res, {
      claimReview: claimReview(detail, publisher, publicClaimUrl(publicUrl, detail.statement.id)),
      also: changeCounts(req.query.also),
      ...(chosen.success ? { form: { ...formValues(detail), status: chosen.data }, focusNote: true } : {}),
    });
  });

  // Every change is a sub-resource that works as a plain form post; htmx gets the review section back.
  router.post("/statements/:statementId/status", requireRole("checker"), async (req, res) => {
    const body = bodyFields(req);
    const evidence = typeof body.evidence === "string" ? body.evidence.split(/\s+/).filter(Boolean) : [];
    const note = typeof body.note === "string" && body.note.trim() ? body.note : null;
    await applyChange(prisma, req, res, { status: body.status, note, evidence, version: Number(body.version) }, { also: parseIdVersions(body.also) });
  });

  router.post("/statements/:statementId/removed", requireRole("checker"), async (req, res) => {
    await applyChange(prisma, req, res, { removed: bodyFields(req).removed === "1", version: Number(bodyFields(req).version) });
  });

  router.post("/statements/:statementId/speaker", requireRole("checker"), async (req, res) => {
    const { speaker } = bodyFields(req);
    const name = typeof speaker === "string" ? speaker.trim() : "";
    await applyChange(prisma, req, res, { version: Number(bodyFields(req).version) }, { speakerName: name || null });
  });

  router.post("/statements/:statementId/span", requireRole("checker"), async (req, res) => {
    await applyChange(prisma, req, res, {
      span: { start: Number(bodyFields(req).start), end: Number(bodyFields(req).end) },
      version: Number(bodyFields(req).version),
    });
  });

  // An editor takes a verdict's public page down, or puts it back up; a plain post back to the statement.
  router.post("/statements/:statementId/public-page", requireRole("editor"), async (req, res) => {
    const found = await setPublicWithdrawn(prisma, parseId(req.params.statementId)!, bodyFields(req).withdrawn === "1", {
      id: res.locals.user!.id,
      ip: clientIp(req),
    });
    if (!found) throw new HttpError(404);
    res.redirect(303, `/statements/${Number(req.params.statementId)}`);
  });

  router.post("/statements/:statementId/assignee", requireRole("checker"), async (req, res) => {
    // From a queue row ("a" or its button), a plain post goes back to the queue at that row.
    const next = safeLocalPath(bodyFields(req).next);
    await applyChange(
      prisma,
      req,
      res,
      { assigneeId: chosenAssignee(bodyFields(req).assignee, res.locals.user!.id), version: Number(bodyFields(req).version) },
      next.startsWith("/statements") ? { next } : {},
    );
  });

  return router;
}

function loadStatement(prisma: PrismaClient): RequestHandler {
  return async (req, res, next) => {
    const statementId = parseId(req.params.statementId);
    const detail = statementId === null ? null : await findStatementDetail(prisma, statementId);
    if (!detail) return next(new HttpError(404));
    res.locals.detail = detail;
    next();
  };
}

function statementView(res: Response, extra: Record<string, unknown> = {}) {
  const detail = res.locals.detail!;
  const { statement, excerpt } = detail;
  const before = excerpt.text.slice(0, statement.startOffset - excerpt.start);
  const after = excerpt.text.slice(statement.endOffset - excerpt.start);
  const speaker = statement.speaker;
  return {
    ...detail,
    // A role that only repeats the name ("أعضاء جماعة العدل والإحسان") says nothing more.
    speakerRoles: speaker ? speaker.roles.filter((role) => role !== speaker.name) : [],
    // Where the quoted context starts in the article: selecting words in it gives article offsets.
    context: { before, after, offset: statement.startOffset - before.length },
    history: [...detail.history].reverse(),
    form: formValues(detail),
    title: translate(res.locals.locale, "statement.title"),
    ...extra,
  };
}

/** The form control each part of a change is typed into, for the error summary's links. */
const FIELD_IDS: Record<string, string> = {
  note: "verdict-note",
  evidence: "verdict-evidence",
  status: "verdict-status",
  speakerId: "correct-speaker",
  span: "span-start",
};

/**
 * The error summary of a refused change: each problem as a sentence in the reader's language, linked to its field.
 * A refused correction of the speaker or the span opens the corrections, so the link leads to a field in view.
 */
function problemsView(res: Response, problems: ReviewProblem[]): { errors: { message: string; field: string | null }[]; correctionsOpen: boolean } {
  const { locale } = res.locals;
  const errors = problems.map((problem) => ({
    message: translate(locale, problem.key, {
      ...problem.vars,
      status: typeof problem.vars?.status === "string" && problem.vars.status ? translate(locale, `statements.status.${problem.vars.status}`) : undefined,
    }),
    field: FIELD_IDS[problem.field] ?? null,
  }));
  return { errors, correctionsOpen: errors.some((error) => error.field === "correct-speaker" || error.field === "span-start") };
}

/** The verdict form filled in with the statement as stored. */
function formValues(detail: StatementDetail) {
  const { statement } = detail;
  return { status: statement.status, note: statement.note ?? "", evidence: statement.evidence.join("\n"), version: statement.version };
}

/** The statement page, or its review section for htmx, with `res.locals.detail` loaded. */
async function renderStatement(prisma: PrismaClient, req: Request, res: Response, extra: Record<string, unknown>): Promise<void> {
  res.locals.assignees = await listAssignees(prisma);
  const view = statementView(res, extra);
  if (req.get("HX-Request") === "true") res.render("statements/_review", { ...view, refreshHeader: true, layout: false });
  else res.render("statements/show", view);
}

/**
 * Applies a change posted to a sub-resource. A plain post that succeeds is redirected without
 * loading anything more; only an answer that shows the page loads the statement, once.
 */
async function applyChange(
  prisma: PrismaClient,
  req: Request,
  res: Response,
  raw: Record<string, unknown>,
  extras: ChangeExtras & { next?: string } = {},
): Promise<void> {
  const statementId = parseId(req.params.statementId)!;
  const htmx = req.get("HX-Request") === "true";
  const result = await changeStatement(prisma, statementId, raw, { id: res.locals.user!.id, ip: clientIp(req) }, extras);
  const also = result.outcome === "refused" ? { changed: 0, skipped: 0 } : result.also;
  if (result.outcome === "missing") throw new HttpError(404);
  if (result.outcome === "changed" && !htmx && extras.next) {
    res.redirect(303, `${extras.next}#statement-${statementId}`);
    return;
  }
  if (result.outcome === "changed" && !htmx) {
    res.redirect(303, `/statements/${statementId}${also.changed || also.skipped ? `?also=${also.changed},${also.skipped}` : ""}`);
    return;
  }
  const detail = await findStatementDetail(prisma, statementId);
  if (!detail) throw new HttpError(404);
  res.locals.detail = detail;
  if (result.outcome === "changed") return renderStatement(prisma, req, res, { saved: true, also });

  // A failed change keeps what the person typed, so it can be corrected or resubmitted.
  const submitted = {
    status: raw.status ?? detail.statement.status,
    note: raw.note ?? "",
    evidence: Array.isArray(raw.evidence) ? raw.evidence.join("\n") : "",
    version: raw.version,
  };
  const extra: Record<string, unknown> = { form: submitted };
  if (result.outcome === "refused") Object.assign(extra, problemsView(res, result.problems));
  else if (result.outcome === "invalid") Object.assign(extra, problemsView(res, [result.problem]));
  else if (result.outcome === "conflict") {
    const last = detail.history.at(-1);
    // A lost speaker correction keeps the name typed, and says what the speaker is now.
    const typedSpeaker = extras.speakerName === undefined ? null : extras.speakerName;
    extra.conflict = { current: result.current, by: last?.actor?.name ?? "—", at: last?.createdAt ?? result.current.updatedAt, typedSpeaker };
    extra.form = { ...submitted, version: result.current.version };
  }
  res.status(result.outcome === "conflict" ? 409 : 422);
  await renderStatement(prisma, req, res, extra);
}
