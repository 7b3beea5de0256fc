import type { RequestHandler, Request } from "express";
import type { Locale } from "../i18n/index.ts";
import type { Article } from "../articles/queries.ts";
import type { SpeakerRow } from "../speakers/queries.ts";
import type { StatementDetail } from "../statements/queries.ts";
import session from "express-session";
import { csrfSync } from "csrf-sync";
import type { PrismaClient } from "../db/prisma.ts";
import { hasRole, type Role } from "../accounts/roles.ts";
import { PrismaSessionStore, sessionAccount } from "../accounts/session-store.ts";
import { findActiveAccount, type Account } from "../accounts/queries.ts";
import { findTokenOwner } from "../accounts/tokens.ts";
import { recordRejectedToken, tokenRetryAfterSeconds } from "../accounts/throttle.ts";
import type { AnonymousCsrf } from "./anonymous-csrf.ts";
import { HttpError } from "./errors.ts";

declare module "express-session" {
  interface SessionData {
    userId?: number;
    signedInAt?: number;
    /** A right password waiting for its second factor's code. */
    pending?: { userId: number; email: string; next: string; at: number };
    /** A second factor being set up, until its owner shows a code from it. */
    newSecondFactor?: string;
  }
}

declare module "express-serve-static-core" {
  /** What the middleware and the loaders put on res.locals for the views and the routes. */
  interface Locals {
    user?: Account;
    can?: { submit: boolean; edit: boolean; admin: boolean };
    csrfToken?: string;
    locale: Locale;
    dir: "rtl" | "ltr";
    currentPath: string;
    t: (key: string, vars?: Record<string, unknown>) => string;
    article?: Article;
    speaker?: SpeakerRow;
    detail?: StatementDetail;
    assignees?: { id: number; name: string }[];
  }
}

export const SESSION_COOKIE = "isnad_session";

export interface SessionOptions {
  secret: string;
  idleMinutes: number;
  maxHours: number;
}

/** Sessions in PostgreSQL. The cookie is HttpOnly and SameSite=Lax, and Secure whenever the request came over HTTPS (see TRUST_PROXY). */
export function sessions(prisma: PrismaClient, options: SessionOptions): RequestHandler {
  const idleMs = options.idleMinutes * 60_000;
  return session({
    name: SESSION_COOKIE,
    secret: options.secret,
    store: new PrismaSessionStore(prisma, idleMs),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: "lax", secure: "auto", maxAge: idleMs, path: "/" },
  });
}

/** The synchroniser token: htmx sends it as a header (hx-headers:inherited on <body>), plain forms as `_csrf`. */
export const csrf = csrfSync({
  getTokenFromRequest: (req) => {
    const header = req.get("X-CSRF-Token");
    if (header) return header;
    const field = (req.body as Record<string, unknown> | undefined)?._csrf;
    return typeof field === "string" ? field : undefined;
  },
  errorConfig: { statusCode: 403, message: "csrf", code: "EBADCSRFTOKEN" },
});

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF on every state change: the session's synchroniser token once signed in, the signed cookie's
 * before (the sign-in and language forms), so an anonymous visit stores no session.
 */
export function csrfProtection(anonymous: AnonymousCsrf): RequestHandler {
  return (req, res, next) => {
    if (req.session.userId !== undefined) return csrf.csrfSynchronisedProtection(req, res, next);
    if (SAFE_METHODS.has(req.method) || anonymous.valid(req)) return next();
    next(csrf.invalidCsrfTokenError);
  };
}

/** express-session's callback methods as promises. */
export function sessionStep(req: Request, step: "regenerate" | "save" | "destroy"): Promise<void> {
  return new Promise((resolve, reject) =>
    req.session[step]((error: unknown) =>
      error instanceof Error ? reject(error) : error ? reject(new Error(`the session could not ${step}`, { cause: error })) : resolve(),
    ),
  );
}

/** Who is signed in, looked up on each request; a disabled account or a session past its maximum age ends here. */
export function loadAccount(prisma: PrismaClient, maxHours: number, anonymous: AnonymousCsrf): RequestHandler {
  return async (req, res, next) => {
    const { userId, signedInAt } = req.session;
    if (userId !== undefined) {
      const expired = signedInAt === undefined || Date.now() - signedInAt > maxHours * 3_600_000;
      // Read with the session (sessionAccount), unless the session did not come from the store.
      const read = sessionAccount(req);
      const account = expired ? null : read === undefined ? await findActiveAccount(prisma, userId) : read;
      if (account) {
        res.locals.user = account;
        // What a signed-in person sees is theirs: no shared cache or back button keeps a copy.
        res.set("Cache-Control", "no-store");
        res.locals.can = { submit: hasRole(account.role, "checker"), edit: hasRole(account.role, "editor"), admin: hasRole(account.role, "admin") };
      } else await sessionStep(req, "regenerate");
    }
    res.locals.csrfToken = req.session.userId !== undefined ? csrf.generateToken(req) : req.path.startsWith("/login") ? anonymous.token(req, res) : "";
    next();
  };
}

/** Pages need a session: a person is sent to sign in and brought back afterwards. */
export const requireSignIn: RequestHandler = (req, res, next) => {
  if (res.locals.user) return next();
  const back = req.method === "GET" ? req.originalUrl : "/";
  const location = back === "/" ? "/login" : `/login?next=${encodeURIComponent(back)}`;
  if (req.get("HX-Request") === "true") {
    res.set("HX-Redirect", location).status(401).end();
    return;
  }
  if (req.method === "GET" || req.method === "HEAD") return res.redirect(303, location);
  next(new HttpError(401));
};

export function requireRole(role: Role): RequestHandler {
  return (_req, res, next) => {
    const user = res.locals.user;
    if (!user) return next(new HttpError(401));
    if (!hasRole(user.role, role)) return next(new HttpError(403));
    next();
  };
}

/** The client's address as express sees it (X-Forwarded-For only through a trusted proxy). */
export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? "unknown";
}

/**
 * API requests carry `Authorization: Bearer <token>`; no cookies, so no CSRF. Rejected tokens count
 * towards the same per-address throttle as failed sign-ins.
 */
export function bearerAuth(prisma: PrismaClient): RequestHandler {
  return async (req, res, next) => {
    const match = req.get("Authorization")?.match(/^Bearer\s+(\S+)\s*$/i);
    const account = match ? await findTokenOwner(prisma, match[1]!) : null;
    if (!account) {
      res.set("WWW-Authenticate", 'Bearer realm="isnad"');
      if (match) {
        // Only a rejected token costs a throttle check, so valid calls make no extra query.
        const ip = clientIp(req);
        const wait = await tokenRetryAfterSeconds(prisma, ip);
        if (wait > 0) {
          res.set("Retry-After", String(wait));
          return next(new HttpError(429, "too many rejected tokens from this address; try again later"));
        }
        await recordRejectedToken(prisma, ip);
      }
      return next(new HttpError(401, match ? "the token is not valid: unknown, revoked or expired" : "send Authorization: Bearer <token>"));
    }
    res.locals.user = account;
    res.set("Cache-Control", "no-store");
    next();
  };
}
