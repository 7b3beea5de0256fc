import express, { type Request, type RequestHandler } from "express";
import { HttpError } from "./errors.ts";
import { MAX_BULK_ITEMS } from "../validation.ts";

/**
 * Pages take URL-encoded form posts. Article text arrives URL-encoded, which can triple its size:
 * the byte limit on the text itself is checked after parsing, so the person sees which field was
 * too long. Any other body is refused rather than silently read as empty.
 */
export function formBodies(maxArticleBytes: number): RequestHandler[] {
  const limit = bodyLimit(maxArticleBytes);
  return [refuseDeclaredOversize(limit), express.urlencoded({ extended: false, limit, parameterLimit: MAX_BULK_ITEMS + 50 }), formBodiesOnly];
}

/** The most bytes a body may have: room for an article of maxArticleBytes escaped three times over, and the form's other fields. */
function bodyLimit(maxArticleBytes: number): number {
  return maxArticleBytes * 3 + 64 * 1024;
}

/**
 * A body whose Content-Length is over the limit is refused at once, unread: body-parser would read it
 * to the end (gigabytes, if the client says so) before answering 413. The connection is closed after
 * the answer, since the body was never taken off it.
 */
function refuseDeclaredOversize(limit: number): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.get("Content-Length") ?? 0);
    if (!(declared > limit)) return next();
    res.set("Connection", "close");
    next(Object.assign(new HttpError(413), { type: "entity.too.large" }));
  };
}

const formBodiesOnly: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.get("Content-Length") ?? 0) > 0 || req.get("Transfer-Encoding") !== undefined;
  if (req.method === "GET" || req.method === "HEAD" || !hasBody) return next();
  if (req.is("application/x-www-form-urlencoded")) return next();
  next(new HttpError(415));
};

/** Deeper than any article payload needs; deeper structures only cost the server. */
const MAX_JSON_DEPTH = 16;
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * API bodies: JSON only (415 otherwise), valid UTF-8, at most MAX_JSON_DEPTH deep and without keys
 * that could reach an object's prototype (400 with details otherwise). The size limit leaves room
 * for an article of maxArticleBytes written with \u escapes; the text's own limit is checked after.
 */
export function jsonBodies(maxArticleBytes: number): RequestHandler[] {
  const limit = bodyLimit(maxArticleBytes);
  return [
    requireJson,
    refuseDeclaredOversize(limit),
    express.json({
      limit,
      strict: true,
      type: "application/json",
      verify: (_req, _res, buffer) => {
        try {
          utf8.decode(buffer);
        } catch {
          throw Object.assign(new HttpError(400, "the body is not valid UTF-8"), { type: "entity.verify.failed" });
        }
      },
    }),
    checkJsonShape,
  ];
}

const requireJson: RequestHandler = (req, _res, next) => {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
  if (!req.is("application/json")) return next(new HttpError(415, "send the body as JSON with Content-Type: application/json"));
  next();
};

const checkJsonShape: RequestHandler = (req, _res, next) => {
  const problem = jsonShapeProblem(req.body);
  if (problem) return next(new HttpError(400, "the JSON body is not acceptable", [problem]));
  next();
};

/** Walks the parsed body without recursion, so a hostile nesting depth cannot overflow the stack here. */
function jsonShapeProblem(body: unknown): { path: string; message: string } | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: "", depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (depth >= MAX_JSON_DEPTH) return { path, message: `nested more than ${MAX_JSON_DEPTH} levels deep` };
    for (const key of Object.keys(value)) {
      const child = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return { path: child, message: `the key ${key} is not allowed` };
      stack.push({ value: (value as Record<string, unknown>)[key], path: child, depth: depth + 1 });
    }
  }
  return null;
}

/** A request's parsed body, typed as what it is until checked: fields of unknown type (none for a body that is not an object). */
export function bodyFields(req: Request): Record<string, unknown> {
  const body: unknown = req.body;
  return body !== null && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
