import { extract, nameKey, normalizedTokens, type Language, type Statement } from "../../src/extract/index.ts";
import type { GoldArticle, GoldStatement } from "./gold.ts";

export interface Scores {
  language: Language;
  articles: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  endToEndF1: number;
}

export interface Mismatch {
  article: string;
  kind: "missed" | "spurious" | "speaker";
  text: string;
  gold?: string;
  predicted?: string | null;
  /** The words before a predicted statement, where its cue and speaker usually are. */
  context?: string;
}

/** Two spans match when each shares at least half of its normalised tokens with the other. */
export function spansMatch(a: string, b: string): boolean {
  const ta = normalizedTokens(a);
  const tb = normalizedTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of ta) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t, n - 1);
    }
  }
  return shared * 2 >= ta.length && shared * 2 >= tb.length;
}

function contextOf(text: string, p: Statement): string {
  const from = Math.max(0, Math.min(p.start, p.speakerStart ?? p.start) - 90);
  return `${text.slice(from, p.start).replace(/\s+/g, " ")} ⟦cue=${p.cue} mention=${p.speakerMention ?? "∅"}⟧`;
}

export function speakerMatches(gold: GoldStatement, predicted: string | null): boolean {
  if (!predicted) return false;
  const key = speakerKey(predicted);
  return gold.speakers.some((name) => speakerKey(name) === key);
}

/** Names compared after normalisation, with a leading English "the" ignored. */
function speakerKey(name: string): string {
  return nameKey(name).replace(/^(the) /, "");
}

export function score(language: Language, articles: GoldArticle[]): { scores: Scores; mismatches: Mismatch[] } {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let speakerRight = 0;
  const mismatches: Mismatch[] = [];
  for (const article of articles) {
    const found = extract(article.text, { language, singleArticle: true }).statements;
    gold += article.statements.length;
    predicted += found.length;
    const used = new Set<number>();
    for (const g of article.statements) {
      let best = -1;
      for (let k = 0; k < found.length; k++) {
        if (used.has(k)) continue;
        if (spansMatch(g.text, found[k]!.text)) {
          best = k;
          break;
        }
      }
      if (best === -1) {
        mismatches.push({ article: article.id, kind: "missed", text: g.text, gold: g.speakers[0] });
        continue;
      }
      used.add(best);
      matched++;
      const p: Statement = found[best]!;
      if (speakerMatches(g, p.speaker)) speakerRight++;
      else
        mismatches.push({ article: article.id, kind: "speaker", text: g.text, gold: g.speakers[0], predicted: p.speaker, context: contextOf(article.text, p) });
    }
    found.forEach((p, k) => {
      if (!used.has(k)) mismatches.push({ article: article.id, kind: "spurious", text: p.text, predicted: p.speaker, context: contextOf(article.text, p) });
    });
  }
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = gold === 0 ? 0 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const e2eP = predicted === 0 ? 0 : speakerRight / predicted;
  const e2eR = gold === 0 ? 0 : speakerRight / gold;
  const endToEndF1 = e2eP + e2eR === 0 ? 0 : (2 * e2eP * e2eR) / (e2eP + e2eR);
  return {
    scores: {
      language,
      articles: articles.length,
      gold,
      predicted,
      matched,
      precision,
      recall,
      f1,
      speakerAccuracy: matched === 0 ? 0 : speakerRight / matched,
      endToEndF1,
    },
    mismatches,
  };
}
