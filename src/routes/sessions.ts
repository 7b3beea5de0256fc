import { Router, type Request, type Response } from "express";
import { bodyFields } from "../http/bodies.ts";
import { z } from "zod";
import type { PrismaClient } from "../db/prisma.ts";
import { findUserByEmail, normalizeEmail, recordEvent, recordSignIn } from "../accounts/queries.ts";
import { verifyPassword } from "../accounts/passwords.ts";
import { acceptCode } from "../accounts/second-factor.ts";
import { forgetAttempt, reserveSignIn } from "../accounts/throttle.ts";

import { clientIp, SESSION_COOKIE, sessionStep } from "../http/auth.ts";
import { safeLocalPath } from "../http/locale.ts";
import { translate } from "../i18n/index.ts";

const credentials = z.object({
  email: z.string().max(254).default(""),
  password: z.string().max(256).default(""),
  next: z.string().max(2000).optional(),
});

/** Sign in and out. Signing in is the one form that works without a session. */
/** Something that could be an e-mail address: one @, no spaces, a dot in the domain. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function sessionsRouter(prisma: PrismaClient): Router {
  const router = Router();

  router.get("/login", (req, res) => {
    const next = safeLocalPath(req.query.next);
    if (res.locals.user) return res.redirect(303, next);
    renderSignIn(res, { next, signedOut: req.query.signedOut === "1" });
  });

  router.post("/login", async (req, res) => {
    const parsed = credentials.safeParse(bodyFields(req));
    const input = parsed.success ? parsed.data : { email: "", password: "", next: "/" };
    const email = normalizeEmail(input.email);
    const next = safeLocalPath(input.next);
    const ip = clientIp(req);
    // The attempt takes its place before the password is checked: parallel guesses cannot all slip under the limit.
    const reservation = await reserveSignIn(prisma, { email, ip });
    if (reservation.id === null) {
      res.set("Retry-After", String(reservation.wait)).status(429);
      return renderSignIn(res, {
        next,
        email: input.email,
        error: translate(res.locals.locale, "signIn.throttled", { count: Math.ceil(reservation.wait / 60) }),
      });
    }
    const user = email ? await findUserByEmail(prisma, email) : null;
    // Always verify, so a missing account answers as slowly as a wrong password.
    const valid = (await verifyPassword(user?.passwordHash ?? null, input.password)) && user !== null && user.disabledAt === null;
    if (!valid) {
      // The log is append-only: what was typed is kept only when it could name an account, never a password typed into the wrong field.
      const typed = user || EMAIL_SHAPE.test(email) ? email : null;
      await recordEvent(prisma, {
        actorId: user?.id ?? null,
        action: "login.failed",
        subjectType: "user",
        subjectId: user?.id ?? null,
        after: { email: typed },
        ip,
      });
      res.status(401);
      return renderSignIn(res, { next, email: input.email, error: translate(res.locals.locale, "signIn.failed") });
    }
    // With a second factor the password only opens the code's step; the attempt counts until the code is right.
    if (user.totpSecret) {
      await sessionStep(req, "regenerate");
      req.session.pending = { userId: user.id, email, next, at: Date.now() };
      await sessionStep(req, "save");
      return renderCode(res, {});
    }
    await forgetAttempt(prisma, reservation, { email, ip });
    await signInAs(req, res, user.id, next);
  });

  router.post("/login/code", async (req, res) => {
    const pending = req.session.pending;
    if (!pending || Date.now() - pending.at > SECOND_STEP_MS) return res.redirect(303, "/login");
    const ip = clientIp(req);
    const reservation = await reserveSignIn(prisma, { email: pending.email, ip });
    if (reservation.id === null) {
      res.set("Retry-After", String(reservation.wait)).status(429);
      return renderCode(res, { error: translate(res.locals.locale, "signIn.throttled", { count: Math.ceil(reservation.wait / 60) }) });
    }
    const { code: typed } = bodyFields(req);
    const code = typeof typed === "string" ? typed.replace(/\s/g, "") : "";
    if (!(await acceptCode(prisma, pending.userId, code))) {
      await recordEvent(prisma, {
        actorId: pending.userId,
        action: "login.failed",
        subjectType: "user",
        subjectId: pending.userId,
        after: { email: pending.email, secondFactor: true },
        ip,
      });
      res.status(401);
      return renderCode(res, { error: translate(res.locals.locale, "signIn.codeFailed") });
    }
    await forgetAttempt(prisma, reservation, { email: pending.email, ip });
    await signInAs(req, res, pending.userId, pending.next);
  });

  /** A new session id at sign-in: an id planted before it is worthless after. */
  async function signInAs(req: Request, res: Response, userId: number, next: string): Promise<void> {
    await sessionStep(req, "regenerate");
    req.session.userId = userId;
    req.session.signedInAt = Date.now();
    await sessionStep(req, "save");
    await recordSignIn(prisma, userId, clientIp(req));
    res.redirect(303, next);
  }

  router.post("/logout", async (req, res) => {
    const user = res.locals.user;
    if (user) await recordEvent(prisma, { actorId: user.id, action: "logout", subjectType: "user", subjectId: user.id, ip: clientIp(req) });
    await sessionStep(req, "destroy");
    res.clearCookie(SESSION_COOKIE, { path: "/" });
    res.redirect(303, "/login?signedOut=1");
  });

  return router;
}

/** How long the code's step waits after a right password. */
const SECOND_STEP_MS = 5 * 60_000;

function renderCode(res: Response, view: { error?: string }): void {
  res.render("sessions/code", { ...view, title: translate(res.locals.locale, "signIn.codeTitle") });
}

function renderSignIn(res: Response, view: { next: string; email?: string; error?: string; signedOut?: boolean }): void {
  res.render("sessions/new", { ...view, title: translate(res.locals.locale, "signIn.title") });
}
