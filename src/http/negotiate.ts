import type { Request } from "express";

/** An htmx request that swaps part of a page: answer with the fragment, not the whole page. */
export function wantsFragment(req: Request): boolean {
  return req.get("HX-Request") === "true" && req.get("HX-Request-Type") !== "full";
}

export function wantsJson(req: Request): boolean {
  if (req.path.startsWith("/api/") || req.path === "/healthz") return true;
  return req.accepts(["html", "json"]) === "json";
}
