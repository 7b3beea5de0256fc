import { Router, type RequestHandler } from "express";
import { bodyFields } from "../http/bodies.ts";
import type { PrismaClient } from "../db/prisma.ts";
import { parseArticleInput } from "../articles/input.ts";
import { highlight, groupBySpeaker } from "../articles/highlight.ts";
import { findArticle, findArticleStatements, listArticles } from "../articles/queries.ts";
import { saveArticles } from "../articles/save.ts";
import { clientIp, requireRole } from "../http/auth.ts";
import { translate } from "../i18n/index.ts";
import { HttpError } from "../http/errors.ts";
import { parseId } from "../http/params.ts";
import { wantsFragment } from "../http/negotiate.ts";
import { articleFormView, renderDesk } from "./home.ts";

const PAGE_SIZE = 50;

export function articlesRouter(prisma: PrismaClient, maxArticleBytes: number): Router {
  const router = Router();

  router.get("/articles", async (req, res) => {
    const before = typeof req.query.before === "string" ? req.query.before : null;
    const page = await listArticles(prisma, { limit: PAGE_SIZE, before });
    const saved = Number(req.query.saved);
    res.render("articles/index", { page, saved: Number.isSafeInteger(saved) && saved > 1 ? saved : null });
  });

  // Works as a plain form post; with htmx, failures come back as the form fragment.
  router.post("/articles", requireRole("checker"), async (req, res) => {
    const result = parseArticleInput(req.body, maxArticleBytes);
    if (!result.ok) {
      const form = articleFormView(res.locals.locale, maxArticleBytes, bodyFields(req), result.errors);
      const tooLarge = result.errors.some((error) => error.key === "error.text.tooLarge");
      res.status(tooLarge ? 413 : 422);
      if (wantsFragment(req)) res.render("articles/_form", { form, layout: false });
      else await renderDesk(prisma, res, form);
      return;
    }
    const outcome = await saveArticles(prisma, result.value, { id: res.locals.user!.id, ip: clientIp(req), via: "web" });
    const created = outcome.articles.some((saved) => saved.created);
    const [first] = outcome.articles;
    const location =
      outcome.articles.length > 1 ? `/articles?saved=${outcome.articles.length}` : `/articles/${first!.article.id}${created ? "" : "?duplicate=1"}`;
    if (req.get("HX-Request") === "true") {
      res
        .set("HX-Redirect", location)
        .status(created ? 201 : 200)
        .end();
      return;
    }
    res.redirect(303, location);
  });

  router.get("/articles/:id", loadArticle(prisma), async (req, res) => {
    const article = res.locals.article!;
    const statements = await findArticleStatements(prisma, article.id);
    res.render("articles/show", {
      article,
      paragraphs: highlight(article.body, statements),
      speakers: groupBySpeaker(statements, translate(res.locals.locale, "statements.unknownSpeaker")),
      statementCount: statements.length,
      duplicate: req.query.duplicate === "1",
      title: article.title,
    });
  });

  return router;
}

function loadArticle(prisma: PrismaClient): RequestHandler {
  return async (req, res, next) => {
    const id = parseId(req.params.id);
    const article = id === null ? null : await findArticle(prisma, id);
    if (!article) return next(new HttpError(404));
    res.locals.article = article;
    next();
  };
}
