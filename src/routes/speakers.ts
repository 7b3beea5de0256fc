import { Router, type RequestHandler } from "express";
import { bodyFields } from "../http/bodies.ts";
import { z } from "zod";
import type { PrismaClient } from "../db/prisma.ts";
import { clientIp, requireRole } from "../http/auth.ts";
import { HttpError, TranslatedError } from "../http/errors.ts";
import { wantsFragment } from "../http/negotiate.ts";
import { idParam, parseId } from "../http/params.ts";
import { busiestSpeakers, MAX_SPEAKER_QUERY, searchSpeakers } from "../speakers/search.ts";
import { speakerRecord } from "../speakers/record.ts";
import { detachAlias, findSpeaker, mergeSpeakers, type MoveOutcome, undoMove } from "../speakers/queries.ts";
import { listStatements } from "../statements/queries.ts";
import { countTotal, keptCounts, STATEMENT_STATUSES } from "../statuses.ts";
import { shares, STACKED_STATUSES, stackedBars } from "../board/charts.ts";

const PAGE_SIZE = 50;

const searchQuery = z.object({ q: z.string().trim().max(MAX_SPEAKER_QUERY).optional().default("") });
const speakerQuery = z.object({
  status: z.enum(STATEMENT_STATUSES).or(z.literal("")).optional(),
  after: z.string().max(100).optional(),
});

/** Loads the speaker named in the URL, or answers 404; one merged away sends the reader to where it went. */
function loadSpeaker(prisma: PrismaClient): RequestHandler {
  return async (req, res, next) => {
    const speaker = await findSpeaker(prisma, Number(req.params.speakerId));
    if (!speaker) throw new TranslatedError(404, "speakers.refused.notFound");
    res.locals.speaker = speaker;
    next();
  };
}

/** Where a merge, a detach or an undo leads: the speaker page it concerns, or the reason it was refused. */
function afterMove(result: MoveOutcome, notice: string): string {
  if (result.outcome === "refused") throw new TranslatedError(result.status, result.key, result.vars);
  return `/speakers/${result.speakerId}?done=${notice}`;
}

export function speakersRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.param("speakerId", idParam());

  router.get("/speakers", async (req, res) => {
    const parsed = searchQuery.safeParse(req.query);
    const q = parsed.success ? parsed.data.q : "";
    const speakers = q ? await searchSpeakers(prisma, q) : await busiestSpeakers(prisma);
    const view = { speakers, q, title: res.locals.t("speakers.title") };
    if (wantsFragment(req)) res.render("speakers/_results", { ...view, layout: false });
    else res.render("speakers/index", view);
  });

  // Search as you type: the <option>s of a speaker field's datalist, by name or, for merging, by id.
  router.get("/speakers/options", async (req, res) => {
    const raw = req.query.q ?? req.query.speaker ?? req.query.into;
    const q = typeof raw === "string" ? raw.slice(0, MAX_SPEAKER_QUERY) : "";
    res.render("speakers/_options", { speakers: await searchSpeakers(prisma, q, 10), byId: req.query.into !== undefined, layout: false });
  });

  router.get("/speakers/:speakerId", loadSpeaker(prisma), async (req, res) => {
    const speaker = res.locals.speaker!;
    if (speaker.mergedIntoId !== null) {
      res.redirect(303, `/speakers/${speaker.mergedIntoId}?merged=${speaker.id}`);
      return;
    }
    const parsed = speakerQuery.safeParse(req.query);
    if (!parsed.success) throw new HttpError(400);
    const status = parsed.data.status || undefined;
    const page = await listStatements(prisma, { speaker: String(speaker.id), status }, { limit: PAGE_SIZE, cursor: parsed.data.after });
    const record = await speakerRecord(prisma, speaker);
    const counts = keptCounts(speaker);
    const mergedFrom = parseId(req.query.merged);
    res.render("speakers/show", {
      title: speaker.name,
      speaker,
      counts,
      total: countTotal(counts),
      shares: shares(counts, STACKED_STATUSES),
      chart: stackedBars(
        record.months.map((month) => ({ ...month, label: month.month })),
        STACKED_STATUSES,
        { width: 600, height: 120 },
      ),
      ...record,
      statements: page.items,
      status,
      nextUrl: page.nextCursor ? `/speakers/${speaker.id}?${new URLSearchParams({ ...(status ? { status } : {}), after: page.nextCursor }).toString()}` : null,
      statusLinks: [undefined, ...STATEMENT_STATUSES].map((value) => ({
        status: value,
        current: value === status,
        url: `/speakers/${speaker.id}${value ? `?status=${value}` : ""}`,
      })),
      mergedFrom,
      done: typeof req.query.done === "string" ? req.query.done : null,
    });
  });

  router.post("/speakers/:speakerId/merge", requireRole("editor"), async (req, res) => {
    const { into: typed } = bodyFields(req);
    const into = parseId(typeof typed === "string" ? typed.replace(/^#/, "").trim() : typed);
    if (into === null) throw new TranslatedError(400, "speakers.refused.noTarget", { id: (typeof typed === "string" ? typed : "").slice(0, 20) });
    const result = await mergeSpeakers(prisma, Number(req.params.speakerId), into, { id: res.locals.user!.id, ip: clientIp(req) });
    res.redirect(303, afterMove(result, "merged"));
  });

  router.post("/speakers/:speakerId/aliases/:aliasId/detach", requireRole("editor"), async (req, res) => {
    const aliasId = parseId(req.params.aliasId);
    if (aliasId === null) throw new TranslatedError(404, "speakers.refused.noAlias");
    const result = await detachAlias(prisma, Number(req.params.speakerId), aliasId, { id: res.locals.user!.id, ip: clientIp(req) });
    res.redirect(303, afterMove(result, "detached"));
  });

  router.post("/speakers/moves/:moveId/undo", requireRole("editor"), async (req, res) => {
    const moveId = parseId(req.params.moveId);
    if (moveId === null) throw new TranslatedError(404, "speakers.refused.noMove");
    const result = await undoMove(prisma, moveId, { id: res.locals.user!.id, ip: clientIp(req) });
    res.redirect(303, afterMove(result, "undone"));
  });

  return router;
}
