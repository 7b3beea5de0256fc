import express, { type RequestHandler } from "express";
import { HttpError } from "./errors.ts";

/**
 * Pages take URL-encoded form posts. Article text arrives URL-encoded, which can triple its size:
 * the byte limit on the text itself is checked after parsing, so the person sees which field was
 * too long. Any other body is refused rather than silently read as empty.
 */
export function formBodies(maxArticleBytes: number): RequestHandler[] {
  return [express.urlencoded({ extended: false, limit: maxArticleBytes * 3 + 64 * 1024, parameterLimit: 100 }), formBodiesOnly];
}

const formBodiesOnly: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.get("Content-Length") ?? 0) > 0 || req.get("Transfer-Encoding") !== undefined;
  if (req.method === "GET" || req.method === "HEAD" || !hasBody) return next();
  if (req.is("application/x-www-form-urlencoded")) return next();
  next(new HttpError(415));
};
