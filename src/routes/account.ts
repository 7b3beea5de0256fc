import { Router, type Response } from "express";
import type { PrismaClient } from "../db/prisma.ts";
import { AccountError, changeOwnPassword, passwordSchema } from "../accounts/users.ts";
import { clientIp } from "../http/auth.ts";
import { translate } from "../i18n/index.ts";

/** A person's own account: changing their password. */
export function accountRouter(prisma: PrismaClient): Router {
  const router = Router();

  router.get("/account/password", (req, res) => render(res, { saved: req.query.saved === "1" }));

  router.post("/account/password", async (req, res) => {
    const { current, password, again } = (req.body ?? {}) as Record<string, unknown>;
    const locale = res.locals.locale;
    const parsed = passwordSchema.safeParse(password);
    const errors = [
      ...(parsed.success ? [] : [translate(locale, "account.password.tooShort")]),
      ...(password === again ? [] : [translate(locale, "account.password.differ")]),
    ];
    if (typeof current !== "string" || errors.length > 0) return render(res.status(422), { errors });
    try {
      await changeOwnPassword(prisma, res.locals.user!.id, current, parsed.data!, { ip: clientIp(req), sessionId: req.sessionID });
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      return render(res.status(error.status), { errors: [translate(locale, "account.password.wrongCurrent")] });
    }
    res.redirect(303, "/account/password?saved=1");
  });

  return router;
}

function render(res: Response, view: { saved?: boolean; errors?: string[] }): void {
  res.render("account/password", { ...view, title: translate(res.locals.locale, "account.password.title") });
}
