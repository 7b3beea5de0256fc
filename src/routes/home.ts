import { Router, type Response } from "express";
import type { PrismaClient } from "../db/prisma.ts";
import type { FieldError } from "../articles/input.ts";
import { listArticles } from "../articles/queries.ts";
import { deskCounts } from "../board/queries.ts";
import { formatBytes, translate, type Locale } from "../i18n/index.ts";

export function homeRouter(prisma: PrismaClient, maxArticleBytes: number): Router {
  const router = Router();
  router.get("/", async (_req, res) => {
    await renderDesk(prisma, res, articleFormView(res.locals.locale, maxArticleBytes));
  });
  return router;
}

/** The desk page, also shown again, with the form's errors, when a plain form post fails. */
export async function renderDesk(prisma: PrismaClient, res: Response, form: ReturnType<typeof articleFormView>): Promise<void> {
  const [counts, recent] = await Promise.all([deskCounts(prisma), listArticles(prisma, { limit: 8 })]);
  res.render("home/index", { counts, recent: recent.items, form });
}

export function articleFormView(locale: Locale, maxBytes: number, values: Record<string, unknown> = {}, errors: FieldError[] = []) {
  const limit = formatBytes(locale, maxBytes);
  const messages = errors.map((error) => translate(locale, error.key, { size: formatBytes(locale, Number(error.vars?.bytes ?? 0)), limit }));
  const invalid = Object.fromEntries(errors.map((error) => [error.field, true]));
  return { values, errors: messages, invalid, limit };
}
