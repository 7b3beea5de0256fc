import type { RequestHandler } from "express";
import { cookieValue } from "./cookies.ts";
import { DEFAULT_LOCALE, direction, isLocale, localeFromAcceptLanguage, translate, type Locale } from "../i18n/index.ts";

export const LOCALE_COOKIE = "isnad_locale";

/** The interface language: the person's choice (cookie), else their browser's, else Arabic. */
export const chooseLocale: RequestHandler = (req, res, next) => {
  const chosen = readCookie(req.headers.cookie, LOCALE_COOKIE);
  const locale: Locale = isLocale(chosen) ? chosen : (localeFromAcceptLanguage(req.get("Accept-Language")) ?? DEFAULT_LOCALE);
  res.locals.locale = locale;
  res.locals.dir = direction(locale);
  res.locals.currentPath = req.originalUrl;
  res.locals.t = (key: string, vars?: Record<string, unknown>) => translate(locale, key, vars);
  res.vary("Cookie");
  res.vary("Accept-Language");
  next();
};

function readCookie(header: string | undefined, name: string): string | undefined {
  const value = cookieValue(header, name);
  return value === undefined ? undefined : decodeOrNothing(value);
}

/** A malformed escape («%», «%E0%A4%A») is no choice of language, never a failed page. */
function decodeOrNothing(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** Only a path on this site: never an open redirect. */
export function safeLocalPath(value: unknown): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/";
}
