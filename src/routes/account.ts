import { Router, type Response } from "express";
import { bodyFields } from "../http/bodies.ts";
import type { PrismaClient } from "../db/prisma.ts";
import { enableSecondFactor, mayUseSecondFactor, newSecondFactor, newSecondFactorUri, turnOffOwnSecondFactor } from "../accounts/second-factor.ts";
import { changeOwnPassword, passwordSchema } from "../accounts/users.ts";
import { AccountError, secondFactorSecret } from "../accounts/queries.ts";
import { HttpError } from "../http/errors.ts";
import { clientIp } from "../http/auth.ts";
import { translate } from "../i18n/index.ts";

/** A person's own account: their password, and for admins and editors a second factor. */
export function accountRouter(prisma: PrismaClient): Router {
  const router = Router();

  router.get("/account/password", (req, res) => render(res, { saved: req.query.saved === "1" }));

  router.post("/account/password", async (req, res) => {
    const { current, password, again } = bodyFields(req);
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

  router.get("/account/second-factor", async (req, res) => {
    const user = res.locals.user!;
    if (!mayUseSecondFactor(user.role)) throw new HttpError(403);
    if (await secondFactorSecret(prisma, user.id)) return renderSecondFactor(res, { on: true, saved: req.query.saved === "1" });
    // A new secret each time the page is shown; it is kept in the session until a code proves the app has it.
    const fresh = newSecondFactor(user.email);
    req.session.newSecondFactor = fresh.secret;
    renderSecondFactor(res, { on: false, secret: fresh.secret, uri: fresh.uri });
  });

  router.post("/account/second-factor", async (req, res) => {
    const user = res.locals.user!;
    if (!mayUseSecondFactor(user.role)) throw new HttpError(403);
    const secret = req.session.newSecondFactor;
    const { code: typed } = bodyFields(req);
    const code = typeof typed === "string" ? typed.replace(/\s/g, "") : "";
    if (!secret || !(await enableSecondFactor(prisma, user.id, secret, code, clientIp(req)))) {
      res.status(422);
      return renderSecondFactor(res, {
        on: false,
        secret,
        uri: secret ? newSecondFactorUri(user.email, secret) : undefined,
        errors: [translate(res.locals.locale, "account.secondFactor.wrongCode")],
      });
    }
    delete req.session.newSecondFactor;
    res.redirect(303, "/account/second-factor?saved=1");
  });

  router.post("/account/second-factor/off", async (req, res) => {
    const user = res.locals.user!;
    const { current: typed } = bodyFields(req);
    const current = typeof typed === "string" ? typed : "";
    if (!(await turnOffOwnSecondFactor(prisma, user.id, current, clientIp(req)))) {
      res.status(400);
      return renderSecondFactor(res, { on: true, errors: [translate(res.locals.locale, "account.password.wrongCurrent")] });
    }
    res.redirect(303, "/account/second-factor");
  });

  return router;
}

function renderSecondFactor(res: Response, view: { on: boolean; saved?: boolean; secret?: string; uri?: string; errors?: string[] }): void {
  res.render("account/second-factor", { ...view, title: translate(res.locals.locale, "account.secondFactor.title") });
}

function render(res: Response, view: { saved?: boolean; errors?: string[] }): void {
  res.render("account/password", { ...view, title: translate(res.locals.locale, "account.password.title") });
}
