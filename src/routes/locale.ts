import { Router } from "express";
import { bodyFields } from "../http/bodies.ts";
import { isLocale } from "../i18n/index.ts";
import { LOCALE_COOKIE, safeLocalPath } from "../http/locale.ts";
import { HttpError } from "../http/errors.ts";

const ONE_YEAR_MS = 365 * 24 * 3600 * 1000;

export function localeRouter(): Router {
  const router = Router();
  router.post("/locale", (req, res, next) => {
    const locale = bodyFields(req).locale;
    if (!isLocale(locale)) return next(new HttpError(400, "locale must be ar or en"));
    res.cookie(LOCALE_COOKIE, locale, { maxAge: ONE_YEAR_MS, httpOnly: true, sameSite: "lax", path: "/" });
    res.redirect(303, safeLocalPath(bodyFields(req).next));
  });
  return router;
}
