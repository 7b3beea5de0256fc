import { Router } from "express";
import { z } from "zod";
import type { PrismaClient } from "../db/prisma.ts";
import { articleJson, describeInputErrors, parseArticleInput } from "../articles/input.ts";
import { ingestArticles } from "../articles/ingest.ts";
import { listArticles } from "../articles/queries.ts";
import { bearerAuth, clientIp, requireRole } from "../http/auth.ts";
import { CursorError, decodeCursor } from "../db/cursor.ts";
import { jsonBodies, bodyFields } from "../http/bodies.ts";
import { HttpError, TranslatedError } from "../http/errors.ts";
import { idParam } from "../http/params.ts";
import { issueDetails, MAX_INTEGER, searchText } from "../validation.ts";
import { changeStatement } from "../review/workflow.ts";
import { findStatementDetail, listStatements } from "../statements/queries.ts";
import { STATEMENT_STATUSES } from "../statuses.ts";
import { busiestSpeakers, MAX_SPEAKER_QUERY, searchSpeakers } from "../speakers/search.ts";
import { speakerJson } from "../speakers/record.ts";
import { findSpeaker, mergeSpeakers } from "../speakers/queries.ts";
import { sharedBoardFigures } from "../board/figures.ts";

export const MAX_PAGE_SIZE = 500;

const page = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  cursor: z.string().max(100).optional(),
};

const statementQuery = z.strictObject({
  status: z.enum(STATEMENT_STATUSES).optional(),
  speaker: searchText(200).pipe(z.string().min(1)).optional(),
  q: searchText(200).pipe(z.string().min(1)).optional(),
  article: z.coerce.number().int().positive().max(MAX_INTEGER).optional(),
  ...page,
});

const articleQuery = z.strictObject(page);

const speakerQuery = z.strictObject({ q: z.string().trim().max(MAX_SPEAKER_QUERY).optional(), limit: z.coerce.number().int().min(1).max(100).default(20) });
const speakerStatementsQuery = z.strictObject({ status: z.enum(STATEMENT_STATUSES).optional(), ...page });
const mergeBody = z.strictObject({ intoId: z.number().int().positive().max(MAX_INTEGER) });

/** The JSON API under /api: bearer tokens only, no session, no CSRF (no cookies are read). */
export function apiRouter(prisma: PrismaClient, options: { maxArticleBytes: number; overdueHours: number }): Router {
  const { maxArticleBytes, overdueHours } = options;
  const router = Router();
  router.param("statementId", idParam("no statement with this id"));
  router.param("speakerId", idParam("no speaker with this id"));
  const board = sharedBoardFigures(prisma, { overdueHours });
  router.use(bearerAuth(prisma));
  router.use(jsonBodies(maxArticleBytes));

  router.post("/articles", requireRole("checker"), async (req, res) => {
    const shape = articleJson.safeParse(req.body);
    if (!shape.success) throw new HttpError(400, "the article is not valid", issueDetails(shape.error));
    const result = parseArticleInput(shape.data, maxArticleBytes);
    if (!result.ok) {
      const tooLarge = result.errors.some((error) => error.key === "error.text.tooLarge");
      const fieldErrors = describeInputErrors(result.errors, maxArticleBytes);
      throw new HttpError(tooLarge ? 413 : 400, tooLarge ? `the text is over the limit of ${maxArticleBytes} bytes` : "the article is not valid", fieldErrors);
    }
    const { created, articles } = await ingestArticles(prisma, result.value, { id: res.locals.user!.id, ip: clientIp(req), via: "api" });
    res.status(created ? 201 : 200).json({ articles });
  });

  router.get("/articles", async (req, res) => {
    const query = articleQuery.safeParse(req.query);
    if (!query.success) throw new HttpError(400, "the query is not valid", issueDetails(query.error));
    if (query.data.cursor !== undefined && !decodeCursor(query.data.cursor)) throw new CursorError("cursor is not one this server returned");
    res.json(await listArticles(prisma, { limit: query.data.limit, before: query.data.cursor }));
  });

  router.get("/statements", async (req, res) => {
    const query = statementQuery.safeParse(req.query);
    if (!query.success) throw new HttpError(400, "the query is not valid", issueDetails(query.error));
    const { limit, cursor, ...filter } = query.data;
    res.json(await listStatements(prisma, filter, { limit, cursor }));
  });

  router.patch("/statements/:statementId", requireRole("checker"), async (req, res) => {
    const result = await changeStatement(prisma, Number(req.params.statementId), bodyFields(req), { id: res.locals.user!.id, ip: clientIp(req) });
    switch (result.outcome) {
      case "refused":
        throw new HttpError(400, "the change is not valid", result.details);
      case "missing":
        throw new HttpError(404, "no statement with this id");
      case "invalid":
        throw new HttpError(400, "the change is not valid", [{ path: result.field, message: result.message }]);
      case "conflict":
        res.status(409).json({
          error: `the statement changed since version ${String(bodyFields(req).version)}; it is now at version ${result.current.version}`,
          current: result.current,
        });
        return;
      case "changed":
        res.json(result.statement);
    }
  });

  router.get("/statements/:statementId", async (req, res) => {
    const detail = await findStatementDetail(prisma, Number(req.params.statementId));
    if (!detail) throw new HttpError(404, "no statement with this id");
    const { statement, article, excerpt, history, duplicates } = detail;
    res.json({
      id: statement.id,
      text: statement.text,
      type: statement.type,
      status: statement.status,
      version: statement.version,
      note: statement.note,
      evidence: statement.evidence,
      assigneeId: statement.assigneeId,
      reviewedAt: statement.reviewedAt,
      cue: statement.cue,
      confidence: statement.confidence,
      start: statement.startOffset,
      end: statement.endOffset,
      speakerMention: statement.speakerMention,
      speaker: statement.speaker,
      createdAt: statement.createdAt,
      updatedAt: statement.updatedAt,
      article: { ...article, excerpt },
      duplicates,
      history: history.map((event) => ({
        id: event.id,
        action: event.action,
        actor: event.actor ? { id: event.actor.id, name: event.actor.name } : null,
        at: event.createdAt,
        before: event.before,
        after: event.after,
        note: event.note,
      })),
    });
  });

  router.get("/speakers", async (req, res) => {
    const query = speakerQuery.safeParse(req.query);
    if (!query.success) throw new HttpError(400, "the query is not valid", issueDetails(query.error));
    const { q, limit } = query.data;
    res.json({ items: q ? await searchSpeakers(prisma, q, limit, { aliases: true }) : await busiestSpeakers(prisma, limit, { aliases: true }) });
  });

  router.get("/speakers/:speakerId", async (req, res) => {
    const query = speakerStatementsQuery.safeParse(req.query);
    if (!query.success) throw new HttpError(400, "the query is not valid", issueDetails(query.error));
    const speaker = await findSpeaker(prisma, Number(req.params.speakerId));
    if (!speaker) throw new HttpError(404, "no speaker with this id");
    const { status, limit, cursor } = query.data;
    const statements = await listStatements(prisma, { speaker: String(speaker.id), status }, { limit, cursor });
    res.json({ ...(await speakerJson(prisma, speaker)), statements });
  });

  router.post("/speakers/:speakerId/merge", requireRole("editor"), async (req, res) => {
    const body = mergeBody.safeParse(req.body);
    if (!body.success) throw new HttpError(400, "the merge is not valid", issueDetails(body.error));
    const result = await mergeSpeakers(prisma, Number(req.params.speakerId), body.data.intoId, { id: res.locals.user!.id, ip: clientIp(req) });
    if (result.outcome === "refused") throw new TranslatedError(result.status, result.key, result.vars);
    const merged = await findSpeaker(prisma, result.speakerId);
    res.json({ ...(await speakerJson(prisma, merged!)), move: { id: result.moveId, statements: result.statements, aliases: result.aliases } });
  });

  router.get("/board", requireRole("editor"), async (_req, res) => {
    res.json(await board());
  });

  router.use((_req, _res, next) => next(new HttpError(404, "no such API route")));
  return router;
}
