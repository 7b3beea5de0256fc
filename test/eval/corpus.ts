import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Statement } from "../../src/extract/index.ts";
import { bagOf, scoreNormalize, type GoldItem } from "./matching.ts";

/** A statement of the shared format (`gold.json` beside `texts/NAME.txt`, see its ANNOTATION.md). */
interface SharedStatement {
  id: string;
  text: string;
  type: "direct" | "indirect" | "mixed";
  content: string;
  alts: string[];
  optional: boolean;
  accept: string[];
  names: string[];
}

export interface EvalDocument {
  name: string;
  /** The group a split assigns to one side: an outlet, or PolNeAR's split. */
  group: string;
  text: string;
  gold: GoldItem[];
}

export class CorpusError extends Error {}

function speakerAccepted(statement: SharedStatement): (predicted: Statement) => boolean {
  const accepted = new Set(statement.accept.map(scoreNormalize));
  const names = statement.names.map((name) => ` ${scoreNormalize(name)} `);
  return (predicted) => {
    const speaker = scoreNormalize(predicted.speaker ?? "");
    if (!speaker) return false;
    return accepted.has(speaker) || names.some((name) => ` ${speaker} `.includes(name));
  };
}

/** Reads a corpus in the shared format; a gold object `{NAME: [statement…]}` is read as well as a list. */
export function loadSharedCorpus(dir: string): EvalDocument[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(dir, "gold.json"), "utf8"));
  } catch (error) {
    throw new CorpusError(`${dir}: no readable gold.json (${(error as Error).message})`);
  }
  const statements: SharedStatement[] = Array.isArray(raw)
    ? raw
    : Object.entries(raw as Record<string, SharedStatement[]>).flatMap(([name, items]) => items.map((s) => ({ ...s, text: name })));
  const byText = new Map<string, SharedStatement[]>();
  for (const s of statements) byText.set(s.text, [...(byText.get(s.text) ?? []), s]);
  const names = readdirSync(path.join(dir, "texts"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort();
  for (const name of byText.keys()) if (!names.includes(name)) throw new CorpusError(`${dir}: gold names ${name}, which has no texts/${name}.txt`);
  return names.map((name) => ({
    name,
    group: name.split("-")[0]!,
    text: readFileSync(path.join(dir, "texts", `${name}.txt`), "utf8"),
    gold: (byText.get(name) ?? []).map((s) => ({
      id: s.id,
      bags: [s.content, ...s.alts].map(bagOf),
      optional: s.optional,
      quoted: s.type === "direct" || s.type === "mixed",
      speakerOk: speakerAccepted(s),
    })),
  }));
}

export type Side = "tuning" | "held-out";

/** `outlet side` per line; a group the file does not name is held out, so a new outlet is never tuned on by accident. */
export function loadSplit(file: string): (group: string) => Side {
  const sides = new Map<string, Side>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [group, side] = line.replace(/#.*/, "").trim().split(/\s+/);
    if (!group) continue;
    if (side !== "tuning" && side !== "held-out") throw new CorpusError(`${file}: "${line}" names no side`);
    sides.set(group, side);
  }
  return (group) => sides.get(group) ?? "held-out";
}
