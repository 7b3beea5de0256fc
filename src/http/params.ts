import type { RequestParamHandler } from "express";
import { HttpError } from "./errors.ts";
import { MAX_INTEGER as MAX_ID } from "../validation.ts";

/** A row id from a URL: digits only and within PostgreSQL's integer, else null. */
export function parseId(value: unknown): number | null {
  if (typeof value !== "string" || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id > 0 && id <= MAX_ID ? id : null;
}

/** For router.param: 404 for a path id that cannot name a row, before any query is made. */
export function idParam(message?: string): RequestParamHandler {
  return (_req, _res, next, value) => next(parseId(value) === null ? new HttpError(404, message) : undefined);
}
