import { Router, type Response } from "express";
import { bodyFields } from "../http/bodies.ts";
import { z } from "zod";
import type { PrismaClient } from "../db/prisma.ts";
import { AccountError, disableSecondFactor, listAccounts, listApiTokens, recentEvents, revokeApiToken, setAccountDisabled } from "../accounts/queries.ts";
import { ROLES } from "../accounts/roles.ts";
import { issueApiToken } from "../accounts/tokens.ts";

import { createUser, newUserSchema, passwordSchema, setPassword } from "../accounts/users.ts";
import { clientIp, requireRole } from "../http/auth.ts";
import { HttpError } from "../http/errors.ts";
import { idParam } from "../http/params.ts";
import { issueLines, MAX_INTEGER } from "../validation.ts";
import { translate } from "../i18n/index.ts";

const newToken = z.object({
  userId: z.coerce.number().int().positive().max(MAX_INTEGER),
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.union([z.literal(""), z.coerce.number().int().min(1).max(3650)]).optional(),
});

/** Users, API tokens and the audit log: admins only, checked here for every route. */
export function adminRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.param("userId", idParam());
  router.param("tokenId", idParam());
  router.use("/admin", requireRole("admin"));

  router.get("/admin", async (_req, res) => {
    await renderAdmin(prisma, res, {});
  });

  // Pages rendered by a failed or token-showing POST keep its address; reloading or switching language then asks for it.
  router.get(["/admin/users", "/admin/tokens"], (_req, res) => res.redirect(303, "/admin"));

  router.post("/admin/users", async (req, res) => {
    const parsed = newUserSchema.safeParse(bodyFields(req));
    const values = { email: bodyFields(req).email, name: bodyFields(req).name, role: bodyFields(req).role };
    if (!parsed.success) {
      const errors = issueLines(parsed.error);
      res.status(422);
      return renderAdmin(prisma, res, { userForm: { values, errors } });
    }
    try {
      await createUser(prisma, parsed.data, { id: res.locals.user!.id, ip: clientIp(req) });
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      res.status(error.status);
      return renderAdmin(prisma, res, { userForm: { values, errors: [error.message] } });
    }
    res.redirect(303, "/admin#users");
  });

  // An administrator sets a new password for someone who lost theirs; that person's sessions end.
  router.post("/admin/users/:userId/password", async (req, res) => {
    const parsed = passwordSchema.safeParse(bodyFields(req).password);
    if (!parsed.success) {
      res.status(422);
      return renderAdmin(prisma, res, { resetError: translate(res.locals.locale, "admin.users.resetInvalid") });
    }
    try {
      await setPassword(prisma, Number(req.params.userId), parsed.data, { id: res.locals.user!.id, ip: clientIp(req) }, { action: "user.password_reset" });
    } catch (error) {
      if (error instanceof AccountError) throw new HttpError(error.status, error.message);
      throw error;
    }
    res.redirect(303, "/admin#users");
  });

  // Someone who lost the phone with their authenticator: an admin turns the second factor off.
  router.post("/admin/users/:userId/second-factor/off", async (req, res) => {
    await disableSecondFactor(prisma, Number(req.params.userId), { id: res.locals.user!.id, ip: clientIp(req) });
    res.redirect(303, "/admin#users");
  });

  router.post("/admin/users/:userId/disabled", async (req, res) => {
    const disabled = bodyFields(req).disabled === "1";
    try {
      await setAccountDisabled(prisma, Number(req.params.userId), disabled, { id: res.locals.user!.id, ip: clientIp(req) });
    } catch (error) {
      if (error instanceof AccountError) throw new HttpError(error.status, error.message);
      throw error;
    }
    res.redirect(303, "/admin#users");
  });

  router.post("/admin/tokens", async (req, res) => {
    const parsed = newToken.safeParse(bodyFields(req));
    if (!parsed.success) {
      res.status(422);
      return renderAdmin(prisma, res, { tokenErrors: issueLines(parsed.error) });
    }
    const days = typeof parsed.data.expiresInDays === "number" ? parsed.data.expiresInDays : null;
    const issued = await issueApiToken(
      prisma,
      { userId: parsed.data.userId, name: parsed.data.name, expiresInDays: days },
      { id: res.locals.user!.id, ip: clientIp(req) },
    );
    if (!issued) {
      res.status(422);
      return renderAdmin(prisma, res, { tokenErrors: [translate(res.locals.locale, "admin.tokens.noSuchUser")] });
    }
    // Shown in this response only: it is not stored anywhere it could be read back.
    res.set("Cache-Control", "no-store");
    res.status(201);
    await renderAdmin(prisma, res, { newToken: issued });
  });

  router.post("/admin/tokens/:tokenId/revoke", async (req, res) => {
    const outcome = await revokeApiToken(prisma, Number(req.params.tokenId), { id: res.locals.user!.id, ip: clientIp(req) });
    if (outcome === "missing") throw new HttpError(404);
    res.redirect(303, "/admin#tokens");
  });

  return router;
}

interface AdminView {
  userForm?: { values: Record<string, unknown>; errors: string[] };
  tokenErrors?: string[];
  newToken?: { token: string; owner: string };
  resetError?: string;
}

async function renderAdmin(prisma: PrismaClient, res: Response, view: AdminView): Promise<void> {
  const [users, tokens, events] = await Promise.all([listAccounts(prisma), listApiTokens(prisma), recentEvents(prisma, 100)]);
  res.render("admin/index", {
    ...view,
    users,
    activeUsers: users.filter((user) => !user.disabledAt),
    tokens,
    events,
    roles: ROLES,
    title: translate(res.locals.locale, "admin.title"),
  });
}
