import type { Statement } from "../../src/extract/index.ts";

/**
 * The matching of the shared Arabic set's scorer (score.py), in TypeScript so that every corpus is scored
 * alike: token multisets after its normalisation, a match when the overlap is at least half of each side
 * (against the content or any alternative), greedy one-to-one by overlap, optional gold neutral.
 */
const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

export function scoreNormalize(text: string): string {
  return text
    .normalize("NFKC")
    .replace(DIACRITICS, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean)
    .join(" ");
}

export type Bag = Map<string, number>;

export function bagOf(text: string): Bag {
  const bag: Bag = new Map();
  for (const token of scoreNormalize(text).split(" ")) if (token) bag.set(token, (bag.get(token) ?? 0) + 1);
  return bag;
}

function size(bag: Bag): number {
  let n = 0;
  for (const count of bag.values()) n += count;
  return n;
}

export function overlap(a: Bag, b: Bag): number {
  const sa = size(a);
  const sb = size(b);
  if (sa === 0 || sb === 0) return 0;
  let shared = 0;
  for (const [token, count] of a) shared += Math.min(count, b.get(token) ?? 0);
  return Math.min(shared / sa, shared / sb);
}

export interface GoldItem {
  id: string;
  /** The content's bag first, then each alternative's. */
  bags: Bag[];
  optional: boolean;
  quoted: boolean;
  /** PolNeAR only: whether a verb of speech (any form the extractor knows), a colon or «according to» is the cue. */
  cueKind?: CueKind;
  speakerOk: (predicted: Statement) => boolean;
}

export type CueKind = "speech" | "other";

export const BANDS = ["< 0.6", "0.6–0.79", "≥ 0.8"] as const;
export type Band = (typeof BANDS)[number];

export function bandOf(confidence: number): Band {
  return confidence < 0.6 ? "< 0.6" : confidence < 0.8 ? "0.6–0.79" : "≥ 0.8";
}

export interface Tally {
  documents: number;
  gold: number;
  predicted: number;
  matched: number;
  speakerRight: number;
  quoted: number;
  quotedMatched: number;
  quotedRight: number;
  /** Quoted gold by the kind of its cue, where the corpus tells it: [count, with the right speaker]. */
  quotedByCue: Record<CueKind, [number, number]>;
  bands: Record<Band, { predicted: number; matched: number }>;
}

export function emptyTally(): Tally {
  return {
    documents: 0,
    gold: 0,
    predicted: 0,
    matched: 0,
    speakerRight: 0,
    quoted: 0,
    quotedMatched: 0,
    quotedRight: 0,
    quotedByCue: { speech: [0, 0], other: [0, 0] },
    bands: Object.fromEntries(BANDS.map((band) => [band, { predicted: 0, matched: 0 }])) as Tally["bands"],
  };
}

export interface DocumentMisses {
  missed: GoldItem[];
  wrongSpeaker: { gold: GoldItem; predicted: Statement }[];
  spurious: Statement[];
}

/** Scores one document's predictions against its gold, adding to `tally`. */
export function matchDocument(gold: GoldItem[], predictions: Statement[], tally: Tally): DocumentMisses {
  const predictedBags = predictions.map((p) => bagOf(p.text));
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => {
    predictedBags.forEach((bag, pi) => {
      let best = 0;
      for (const candidate of g.bags) best = Math.max(best, overlap(bag, candidate));
      if (best >= 0.5) pairs.push([best, gi, pi]);
    });
  });
  // score.py sorts (score, gold index, prediction index) descending.
  pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
  const goldTaken = new Map<number, number>();
  const predictionTaken = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (goldTaken.has(gi) || predictionTaken.has(pi)) continue;
    goldTaken.set(gi, pi);
    predictionTaken.add(pi);
  }
  const misses: DocumentMisses = { missed: [], wrongSpeaker: [], spurious: [] };
  tally.documents++;
  tally.predicted += predictions.length;
  gold.forEach((g, gi) => {
    if (g.optional) return;
    tally.gold++;
    if (g.quoted) tally.quoted++;
    if (g.quoted && g.cueKind) tally.quotedByCue[g.cueKind][0]++;
    const pi = goldTaken.get(gi);
    if (pi === undefined) return void misses.missed.push(g);
    tally.matched++;
    if (g.quoted) tally.quotedMatched++;
    if (!g.speakerOk(predictions[pi]!)) return void misses.wrongSpeaker.push({ gold: g, predicted: predictions[pi]! });
    tally.speakerRight++;
    if (g.quoted) tally.quotedRight++;
    if (g.quoted && g.cueKind) tally.quotedByCue[g.cueKind][1]++;
  });
  predictions.forEach((p, pi) => {
    const band = tally.bands[bandOf(p.confidence)];
    band.predicted++;
    if (predictionTaken.has(pi)) band.matched++;
    else misses.spurious.push(p);
  });
  return misses;
}

export function addTally(into: Tally, from: Tally): void {
  for (const key of ["documents", "gold", "predicted", "matched", "speakerRight", "quoted", "quotedMatched", "quotedRight"] as const) into[key] += from[key];
  for (const kind of ["speech", "other"] as const) for (const k of [0, 1] as const) into.quotedByCue[kind][k] += from.quotedByCue[kind][k];
  for (const band of BANDS) {
    into.bands[band].predicted += from.bands[band].predicted;
    into.bands[band].matched += from.bands[band].matched;
  }
}

function f1(tp: number, predicted: number, gold: number): { p: number; r: number; f: number } {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export interface Figures {
  span: { p: number; r: number; f: number };
  speakerAccuracy: number;
  endToEnd: { p: number; r: number; f: number };
  quotedRecall: number;
  quotedSpanRecall: number;
}

/** Span figures count every unmatched prediction as false (optional matches are neutral, as in score.py). */
export function figures(t: Tally): Figures {
  const neutral = t.bands ? BANDS.reduce((n, b) => n + t.bands[b].matched, 0) - t.matched : 0;
  const counted = t.predicted - neutral;
  return {
    span: f1(t.matched, counted, t.gold),
    speakerAccuracy: t.matched ? t.speakerRight / t.matched : 0,
    endToEnd: f1(t.speakerRight, counted, t.gold),
    quotedRecall: t.quoted ? t.quotedRight / t.quoted : 0,
    quotedSpanRecall: t.quoted ? t.quotedMatched / t.quoted : 0,
  };
}
