import type { RequestHandler } from "express";
import helmet, { type HelmetOptions } from "helmet";

/**
 * helmet's security headers, worked out once at start-up. With nothing in them that depends on the
 * request (no nonces, no directive functions), they are the same on every response, and setting them
 * from one list costs less than running helmet's twelve middlewares on every request.
 */
export function securityHeaders(options: HelmetOptions): RequestHandler {
  const headers = new Map<string, string>();
  const removed = new Set<string>();
  const recorder = {
    setHeader(name: string, value: string) {
      headers.set(name, value);
      removed.delete(name);
    },
    removeHeader(name: string) {
      removed.add(name);
      headers.delete(name);
    },
  };
  let finished = false;
  helmet(options)({} as never, recorder as never, (error?: unknown) => {
    if (error) throw error as Error;
    finished = true;
  });
  if (!finished) throw new Error("helmet did not set its headers at once; they may depend on the request");
  const set = [...headers];
  const remove = [...removed];
  return (_req, res, next) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of remove) res.removeHeader(name);
    next();
  };
}
