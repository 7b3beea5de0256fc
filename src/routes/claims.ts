import { Router } from "express";
import type { PrismaClient } from "../db/prisma.ts";
import { HttpError } from "../http/errors.ts";
import { parseId } from "../http/params.ts";
import { translate } from "../i18n/index.ts";
import { claimReview, publicClaimUrl, type Publisher } from "../review/claim-review.ts";
import { findPublicClaim } from "../review/public-page.ts";

/** The public, read-only page of a verdict: no account needed, no notes, no names of checkers. */
export function claimsRouter(prisma: PrismaClient, publisher: Publisher, publicUrl: string | null): Router {
  const router = Router();
  router.get("/claims/:id", async (req, res) => {
    const id = parseId(req.params.id);
    const detail = id === null ? null : await findPublicClaim(prisma, id);
    if (!detail) throw new HttpError(404);
    res.set("Cache-Control", "public, max-age=300");
    res.render("claims/show", {
      ...detail,
      publisher,
      claimReview: claimReview(detail, publisher, publicClaimUrl(publicUrl, detail.statement.id), { withNote: false }),
      title: translate(res.locals.locale, "claims.title"),
    });
  });
  return router;
}
