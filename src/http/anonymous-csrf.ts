import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Request, Response } from "express";
import { cookieValue } from "./cookies.ts";

/** The cookie that holds the sign-in form's CSRF token, signed: a session before sign-in would be a stored row per visit. */
export const ANONYMOUS_CSRF_COOKIE = "isnad_csrf";

export interface AnonymousCsrf {
  /** The token for a form shown before sign-in, set in its cookie when the request has none that is valid. */
  token(req: Request, res: Response): string;
  /** Whether a state change sent before sign-in carries the token of its cookie. */
  valid(req: Request): boolean;
}

/** Double submit with a signed cookie: the form sends the token, the cookie vouches for it, PostgreSQL stores nothing. */
export function anonymousCsrf(secret: string): AnonymousCsrf {
  const sign = (token: string) => createHmac("sha256", secret).update(`isnad.csrf:${token}`).digest("hex");
  const fromCookie = (req: Request): string | null => {
    const value = cookieValue(req.headers.cookie, ANONYMOUS_CSRF_COOKIE);
    const [token, signature] = value?.split(".") ?? [];
    return token && signature && /^[0-9a-f]{64}$/.test(token) && sameText(signature, sign(token)) ? token : null;
  };
  return {
    token(req, res) {
      const existing = fromCookie(req);
      if (existing) return existing;
      const token = randomBytes(32).toString("hex");
      res.cookie(ANONYMOUS_CSRF_COOKIE, `${token}.${sign(token)}`, { httpOnly: true, sameSite: "lax", secure: req.secure, path: "/" });
      return token;
    },
    valid(req) {
      const token = fromCookie(req);
      const sent = req.get("X-CSRF-Token") ?? (req.body as Record<string, unknown> | undefined)?._csrf;
      return token !== null && typeof sent === "string" && sameText(sent, token);
    },
  };
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
