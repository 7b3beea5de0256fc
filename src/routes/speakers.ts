import { Router } from "express";
import type { PrismaClient } from "../db/prisma.ts";
import { searchSpeakers } from "../speakers/store.ts";

export function speakersRouter(prisma: PrismaClient): Router {
  const router = Router();
  // Search as you type: the <option>s of the speaker field's datalist.
  router.get("/speakers/options", async (req, res) => {
    const raw = req.query.q ?? req.query.speaker;
    const q = typeof raw === "string" ? raw.slice(0, 200) : "";
    res.render("speakers/_options", { speakers: await searchSpeakers(prisma, q), layout: false });
  });
  return router;
}
