import { Router } from "express";
import { isLocale } from "../i18n/index.ts";
import { LOCALE_COOKIE, safeLocalPath } from "../http/locale.ts";
import { HttpError } from "../http/errors.ts";

const ONE_YEAR_MS = 365 * 24 * 3600 * 1000;

export function localeRouter(): Router {
  const router = Router();
  router.post("/locale", (req, res, next) => {
    const locale = req.body?.locale;
    if (!isLocale(locale)) return next(new HttpError(400, "locale must be ar or en"));
    res.cookie(LOCALE_COOKIE, locale, { maxAge: ONE_YEAR_MS, httpOnly: true, sameSite: "lax", path: "/" });
    res.redirect(303, safeLocalPath(req.body?.next));
  });
  return router;
}
