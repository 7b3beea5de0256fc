import { Router } from "express";
import { databaseAnswers, type PrismaClient } from "../db/prisma.ts";

export function healthRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.get("/healthz", async (_req, res) => {
    const up = await databaseAnswers(prisma);
    res.set("Cache-Control", "no-store");
    res.status(up ? 200 : 503).json({ status: up ? "ok" : "unavailable", database: up ? "up" : "down" });
  });
  return router;
}
