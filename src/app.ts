import express, { type Express } from "express";
import { pinoHttp } from "pino-http";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "./config.ts";
import type { PrismaClient } from "./db/prisma.ts";
import type { Logger } from "./logger.ts";
import { errorHandler, notFound } from "./http/errors.ts";
import { formBodies } from "./http/bodies.ts";
import { securityHeaders } from "./http/headers.ts";
import { chooseLocale } from "./http/locale.ts";
import { useViews } from "./http/views.ts";
import { csrfProtection, loadAccount, requireSignIn, sessions } from "./http/auth.ts";
import { anonymousCsrf } from "./http/anonymous-csrf.ts";
import { adminRouter } from "./routes/admin.ts";
import { apiRouter } from "./routes/api.ts";
import { articlesRouter } from "./routes/articles.ts";
import { sessionsRouter } from "./routes/sessions.ts";
import { speakersRouter } from "./routes/speakers.ts";
import { boardRouter } from "./routes/board.ts";
import { statementsRouter } from "./routes/statements.ts";
import { healthRouter } from "./routes/health.ts";
import { homeRouter } from "./routes/home.ts";
import { localeRouter } from "./routes/locale.ts";
import { accountRouter } from "./routes/account.ts";
import { claimsRouter } from "./routes/claims.ts";

export type AppConfig = Pick<
  Config,
  "maxArticleBytes" | "sessionIdleMinutes" | "sessionMaxHours" | "trustProxy" | "organizationName" | "organizationUrl" | "publicUrl" | "pendingOverdueHours"
> & {
  /** Resolved: SESSION_SECRET or the generated one (src/accounts/session-secret.ts). */
  sessionSecret: string;
};

export interface AppDeps {
  prisma: PrismaClient;
  config: AppConfig;
  logger: Logger;
}

const require = createRequire(import.meta.url);
const STATIC_DIR = fileURLToPath(new URL("../static", import.meta.url));
const HTMX_DIR = path.dirname(require.resolve("htmx.org/dist/htmx.min.js"));
export const HTMX_VERSION = (require("htmx.org/package.json") as { version: string }).version;
const HTMX_PATH = `/vendor/htmx-${HTMX_VERSION}`;

/** Builds the web application. No side effects: nothing listens and nothing connects until the caller says so. */
export function createApp(deps: AppDeps): Express {
  const { prisma, logger } = deps;
  const { maxArticleBytes, sessionSecret, sessionIdleMinutes, sessionMaxHours, trustProxy } = deps.config;
  const app = express();
  app.disable("x-powered-by");
  // Every page is rendered for its reader (their CSRF token, their language) before an ETag could spare
  // sending it, so hashing each body only cost CPU: 60 KB for a queue page.
  app.set("etag", false);
  app.set("trust proxy", trustProxy);
  useViews(app, { cache: process.env.NODE_ENV !== "development" });
  app.locals.htmxSrc = `${HTMX_PATH}/htmx.min.js`;

  app.use(
    pinoHttp({
      logger,
      autoLogging: { ignore: (req) => req.url === "/healthz" },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? "error" : "info"),
      // What a request was and who made it, never its headers: a line a person can read, and a log that stays small.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customProps: (_req, res) => {
        const user = (res as { locals?: { user?: { id: number } } }).locals?.user;
        return user ? { user: user.id } : {};
      },
    }),
  );
  app.use(
    securityHeaders({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", "data:"],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      referrerPolicy: { policy: "same-origin" },
    }),
  );

  app.use("/static", express.static(STATIC_DIR, { maxAge: "1h", index: false }));
  // The version is in the path, so browsers may keep the file for good.
  app.use(HTMX_PATH, express.static(HTMX_DIR, { maxAge: "365d", immutable: true, index: false }));

  app.use(healthRouter(prisma));

  app.use(chooseLocale);
  app.use((_req, res, next) => {
    res.vary("HX-Request");
    next();
  });
  app.use("/api", apiRouter(prisma, { maxArticleBytes, overdueHours: deps.config.pendingOverdueHours }));

  app.use(sessions(prisma, { secret: sessionSecret, idleMinutes: sessionIdleMinutes, maxHours: sessionMaxHours }));
  app.use(formBodies(maxArticleBytes));
  const anonymous = anonymousCsrf(sessionSecret);
  app.use(csrfProtection(anonymous));
  app.use(loadAccount(prisma, sessionMaxHours, anonymous));
  app.use(sessionsRouter(prisma));
  app.use(localeRouter());

  const publisher = { name: deps.config.organizationName, url: deps.config.organizationUrl };
  app.use(claimsRouter(prisma, publisher, deps.config.publicUrl));
  app.use(requireSignIn);
  app.use(homeRouter(prisma, maxArticleBytes));
  app.use(articlesRouter(prisma, maxArticleBytes));
  app.use(statementsRouter(prisma, publisher, deps.config.publicUrl));
  app.use(speakersRouter(prisma));
  app.use(boardRouter(prisma, { overdueHours: deps.config.pendingOverdueHours }));
  app.use(adminRouter(prisma));
  app.use(accountRouter(prisma));

  app.use(notFound);
  app.use(errorHandler({ logger, maxArticleBytes }));
  return app;
}
