import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "../logger.ts";
import { formatBytes, translate, type Locale } from "../i18n/index.ts";
import { wantsFragment, wantsJson } from "./negotiate.ts";
import { CursorError } from "../db/cursor.ts";
import { HttpError, TranslatedError } from "../errors.ts";

export { HttpError, TranslatedError };

/** csrf-sync's refusal: the form is stale or came from another site. */
function isCsrfError(error: unknown): boolean {
  return (error as { code?: string })?.code === "EBADCSRFTOKEN";
}

const MESSAGE_STATUSES = [400, 401, 403, 404, 409, 413, 415, 429, 503];

export const notFound: RequestHandler = (_req, _res, next) => next(new HttpError(404));

const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "DatabaseDoesNotExist", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** What pg itself reports for the same (queries sent through pg directly: see fastRows): socket errors and server codes. */
const UNAVAILABLE_PG_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH", "57P01", "57P03", "3D000", "53300"]);
const UNAVAILABLE_PG_MESSAGES = /timeout exceeded when trying to connect|Connection terminated/;

/** The database is down or unreachable: the request was fine, so this is a 503, not a 500. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  if (e?.code && (UNAVAILABLE_PRISMA_CODES.has(e.code) || UNAVAILABLE_PG_CODES.has(e.code))) return true;
  if (typeof e?.message === "string" && UNAVAILABLE_PG_MESSAGES.test(e.message) && e.code === undefined) return true;
  const kind = e?.meta?.driverAdapterError?.cause?.kind;
  return kind !== undefined && UNAVAILABLE_ADAPTER_KINDS.has(kind);
}

/** body-parser signals its failures with a `type`; each maps to what the client did wrong. */
function statusOf(error: unknown): number {
  const e = error as { status?: number; statusCode?: number; type?: string };
  if (error instanceof HttpError) return error.status;
  if (isDatabaseUnavailable(error)) return 503;
  if (e.type === "entity.too.large") return 413;
  if (e.type === "encoding.unsupported" || e.type === "charset.unsupported") return 415;
  if (e.type === "entity.parse.failed" || e.type === "request.aborted" || e.type === "entity.verify.failed") return 400;
  const status = e.status ?? e.statusCode;
  return typeof status === "number" && status >= 400 && status < 600 ? status : 500;
}

export function errorHandler(deps: { logger: Logger; maxArticleBytes: number }): ErrorRequestHandler {
  return (raw, req, res, next) => {
    if (res.headersSent) return next(raw);
    const error: unknown = raw instanceof CursorError ? new HttpError(400, "the query is not valid", [{ path: "cursor", message: raw.message }]) : raw;
    const status = statusOf(error);
    if (status === 503) deps.logger.warn({ url: req.originalUrl }, "database unavailable");
    else if (status >= 500) deps.logger.error({ err: error, url: req.originalUrl }, "request failed");
    const key = isCsrfError(error) ? "errors.csrf" : MESSAGE_STATUSES.includes(status) ? `errors.${status}` : status >= 500 ? "errors.500" : "errors.400";
    const messageIn = (locale: Locale) => translate(locale, key, { limit: formatBytes(locale, deps.maxArticleBytes) });
    res.status(status);
    res.vary("HX-Request");
    if (status === 503) res.set("Retry-After", "5");
    if (wantsJson(req)) {
      const ownMessage = error instanceof HttpError && error.message !== `HTTP ${status}`;
      const details =
        error instanceof HttpError
          ? error.details
          : (error as { type?: string }).type === "entity.parse.failed"
            ? [{ path: "", message: `not valid JSON: ${(error as Error).message}` }]
            : undefined;
      res.json({ error: ownMessage ? error.message : messageIn("en"), ...(details ? { details } : {}) });
      return;
    }
    const locale: Locale = res.locals.locale ?? "en";
    const message = error instanceof TranslatedError ? translate(locale, error.key, error.vars) : messageIn(locale);
    const view = { status, message, title: translate(locale, "errors.title") };
    if (wantsFragment(req)) {
      // Into the page's notice area, so the form the request came from keeps what was typed.
      res.set({ "HX-Retarget": "#notices", "HX-Reswap": "innerHTML" });
      res.render("errors/_message", { ...view, layout: false });
    } else res.render("errors/error", view);
  };
}
