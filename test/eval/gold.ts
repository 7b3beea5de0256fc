import { readFileSync } from "node:fs";
import path from "node:path";

export type StatementType = "direct" | "indirect" | "mixed";

export interface GoldStatement {
  type: StatementType;
  speakers: string[];
  start: number;
  end: number;
  text: string;
}

export interface GoldArticle {
  id: string;
  title: string;
  url: string | null;
  text: string;
  statements: GoldStatement[];
}

export const FIXTURES_DIR = path.resolve(import.meta.dirname, "../fixtures/extract");
const ELLIPSIS = " … ";

export class GoldError extends Error {}

interface RawArticle {
  id: string;
  title: string;
  url: string | null;
  text: string;
}

/** Reads `<language>.jsonl` and `<language>.gold.txt` and resolves every span to offsets. */
export function loadGold(language: "ar" | "en", dir = FIXTURES_DIR): GoldArticle[] {
  const articles = readFileSync(path.join(dir, `${language}.jsonl`), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as RawArticle);
  const lines = parseGoldLines(readFileSync(path.join(dir, `${language}.gold.txt`), "utf8"));
  const byId = new Map(articles.map((article) => [article.id, article]));
  const seen = new Set<string>();
  for (const id of lines.keys()) {
    if (!byId.has(id)) throw new GoldError(`${language}.gold.txt names an unknown article ${id}`);
  }
  return articles.map((article) => {
    const rows = lines.get(article.id);
    if (!rows) throw new GoldError(`${language}.gold.txt has no block for ${article.id}`);
    seen.add(article.id);
    let from = 0;
    const statements = rows.map((row) => {
      const [start, end] = resolveSpan(article.text, row.span, from, article.id);
      from = start + 1;
      return { type: row.type, speakers: row.speakers, start, end, text: article.text.slice(start, end) };
    });
    return { id: article.id, title: article.title, url: article.url, text: article.text, statements };
  });
}

interface GoldLine {
  type: StatementType;
  speakers: string[];
  span: string;
}

function parseGoldLines(source: string): Map<string, GoldLine[]> {
  const blocks = new Map<string, GoldLine[]>();
  let current: GoldLine[] | null = null;
  source.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    const header = /^# (\S+)$/.exec(line);
    if (header) {
      current = [];
      blocks.set(header[1]!, current);
      return;
    }
    if (line.startsWith("#")) return;
    const parts = line.split(" | ");
    const [type, speakers, ...span] = parts;
    if (!current || span.length === 0 || !["direct", "indirect", "mixed"].includes(type!)) {
      throw new GoldError(`gold line ${index + 1} is malformed: ${line}`);
    }
    current.push({
      type: type as StatementType,
      speakers: speakers!.split(" || ").map((name) => name.trim()),
      span: span.join(" | "),
    });
  });
  return blocks;
}

function resolveSpan(text: string, span: string, from: number, id: string): [number, number] {
  const cut = span.indexOf(ELLIPSIS);
  const head = cut === -1 ? span : span.slice(0, cut);
  const tail = cut === -1 ? "" : span.slice(cut + ELLIPSIS.length);
  let start = text.indexOf(head, from);
  if (start === -1) start = text.indexOf(head);
  if (start === -1) throw new GoldError(`${id}: span start not found: ${head}`);
  if (cut === -1) return [start, start + head.length];
  const endAt = text.indexOf(tail, start + head.length);
  if (endAt === -1) throw new GoldError(`${id}: span end not found after "${head}": ${tail}`);
  return [start, endAt + tail.length];
}
