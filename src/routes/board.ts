import { Router } from "express";
import type { PrismaClient } from "../db/prisma.ts";
import { requireRole } from "../http/auth.ts";
import { wantsFragment } from "../http/negotiate.ts";
import { sharedBoardFigures } from "../board/figures.ts";
import { shares, STACKED_STATUSES, stackedBars } from "../board/charts.ts";

/** The editors' status board. The page polls itself; each poll gets the figures fragment, morphed in place. */
export function boardRouter(prisma: PrismaClient, options: { overdueHours: number }): Router {
  const router = Router();
  const board = sharedBoardFigures(prisma, { overdueHours: options.overdueHours });
  router.get("/board", requireRole("editor"), async (req, res) => {
    const figures = await board();
    // The API's labels ("24–72h") are for programs; a page names the bands in its own language.
    const ageing = figures.ageing.map((band) => ({
      ...band,
      label: res.locals.t(band.toHours === null ? "board.bandFrom" : "board.band", { from: band.fromHours, to: band.toHours }),
    }));
    const view = {
      ...figures,
      ageing,
      title: res.locals.t("board.title"),
      deskShares: shares(figures.desk, STACKED_STATUSES),
      verdictChart: stackedBars(
        figures.verdictsPerDay.map((day) => ({ ...day, label: day.day })),
        ["verified", "disputed"] as const,
        { width: 600, height: 120 },
      ),
      ageingChart: stackedBars(
        ageing.map((band) => ({ label: band.label, pending: band.overdue ? 0 : band.count, overdue: band.overdue ? band.count : 0 })),
        ["pending", "overdue"] as const,
        { width: 300, height: 100 },
      ),
    };
    if (wantsFragment(req)) res.render("board/_figures", { ...view, layout: false });
    else res.render("board/index", view);
  });
  return router;
}
