import { Router } from "express";
import type { PrismaClient } from "../db/prisma.ts";

const DATABASE_CHECK_TIMEOUT_MS = 2000;

export function healthRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.get("/healthz", async (_req, res) => {
    const up = await databaseAnswers(prisma);
    res.set("Cache-Control", "no-store");
    res.status(up ? 200 : 503).json({ status: up ? "ok" : "unavailable", database: up ? "up" : "down" });
  });
  return router;
}

async function databaseAnswers(prisma: PrismaClient): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), DATABASE_CHECK_TIMEOUT_MS);
  });
  const check = prisma.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
