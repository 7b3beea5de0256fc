import type { RequestHandler } from "express";
import { HttpError } from "./errors.ts";
import { MAX_INTEGER as MAX_ID } from "../validation.ts";

/** A row id from a URL: digits only and within PostgreSQL's integer, else null. */
export function parseId(value: unknown): number | null {
  if (typeof value !== "string" || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id > 0 && id <= MAX_ID ? id : null;
}

/** 404 for a `:id` that cannot name a row, before any query is made. */
export function idParam(message?: string): RequestHandler {
  return (req, _res, next) => next(parseId(req.params.id) === null ? new HttpError(404, message) : undefined);
}
