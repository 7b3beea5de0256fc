/**
 * Extraction speed: MB/s and articles/s on the fixture news text and on a 20 MB concatenation of it,
 * linearity (10× the text should take at most 11× the time), and adversarial inputs that would make
 * a backtracking parser hang. The baseline in the same run is a bare pass that only splits on spaces.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { extract } from "../../src/extract/index.ts";

const fixtures = path.resolve(import.meta.dirname, "../fixtures/extract");
const articles = ["ar", "en"].flatMap((lang) =>
  readFileSync(path.join(fixtures, `${lang}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { title: string; text: string }),
);
const corpus = articles.map((a) => `${a.title}\n${a.text}`).join("\n\n");
const bytes = (text: string) => Buffer.byteLength(text, "utf8");

function time(run: () => unknown, minMs = 400): number {
  run();
  let runs = 0;
  const started = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs || runs < 3) {
    run();
    runs++;
    elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  }
  return elapsed / runs;
}

function baseline(text: string): number {
  return text.split(/\s+/).length;
}

function line(label: string, ms: number, size: number, count?: number) {
  const mbs = size / 1e6 / (ms / 1000);
  const extra = count === undefined ? "" : `  ${(count / (ms / 1000)).toFixed(0).padStart(7)} articles/s`;
  console.log(`${label.padEnd(48)} ${ms.toFixed(1).padStart(9)} ms  ${mbs.toFixed(2).padStart(8)} MB/s${extra}`);
}

/** Median of `rounds` timings after a warm-up, so the figure is the compiled code's and not the JIT's first guesses. */
function steady(run: () => unknown, rounds = 7, warmMs = 1000): { median: number; min: number; max: number } {
  time(run, warmMs);
  const samples = Array.from({ length: rounds }, () => time(run, 300)).sort((a, b) => a - b);
  return { median: samples[Math.floor(rounds / 2)]!, min: samples[0]!, max: samples[rounds - 1]! };
}

console.log(`node ${process.version}, one core\n`);
const eachArticle = () => {
  for (const a of articles) extract(a.text, { singleArticle: true });
};
const label = `fixture articles (${articles.length}, ${(bytes(corpus) / 1e6).toFixed(2)} MB)`;
line(`${label}, first 400 ms`, time(eachArticle), bytes(corpus), articles.length);
const warm = steady(eachArticle);
line(`${label}, warmed, median`, warm.median, bytes(corpus), articles.length);
console.log(
  `${"".padEnd(48)} rounds ranged ${(bytes(corpus) / 1e6 / (warm.max / 1000)).toFixed(2)}–${(bytes(corpus) / 1e6 / (warm.min / 1000)).toFixed(2)} MB/s`,
);
line(
  "  baseline: split on spaces",
  time(() => baseline(corpus)),
  bytes(corpus),
);

const copies = Math.ceil(20e6 / bytes(corpus));
const big = Array.from({ length: copies }, () => corpus).join("\n\n");
const small = Array.from({ length: Math.ceil(copies / 10) }, () => corpus).join("\n\n");
const bigMs = time(() => extract(big), 1);
const smallMs = time(() => extract(small), 200);
line(`20 MB concatenation (${(bytes(big) / 1e6).toFixed(1)} MB)`, bigMs, bytes(big), articles.length * copies);
line(
  "  baseline: split on spaces",
  time(() => baseline(big), 1),
  bytes(big),
);
line(`2 MB concatenation (${(bytes(small) / 1e6).toFixed(1)} MB)`, smallMs, bytes(small));
console.log(`linearity: ${(bytes(big) / bytes(small)).toFixed(1)}× the text took ${(bigMs / smallMs).toFixed(1)}× the time (target ≤ 11× for 10×)`);

// One long article (no headlines, so one speaker history): 400 KB against 200 KB, each the median of five runs.
const paragraphs = articles.flatMap((a) => a.text.split(/\n\n+/));
const article = (size: number) => {
  const kept: string[] = [];
  for (let k = 0, total = 0; total < size; k++) {
    const paragraph = paragraphs[k % paragraphs.length]!;
    kept.push(paragraph);
    total += bytes(paragraph) + 2;
  }
  return kept.join("\n\n");
};
const once = (text: string) => {
  const started = process.hrtime.bigint();
  extract(text, { singleArticle: true });
  return Number(process.hrtime.bigint() - started) / 1e6;
};
const half = article(200_000);
const whole = article(400_000);
// Alternated and warmed, so the JIT and the collector weigh on both sizes alike; medians of seven runs each.
for (let k = 0; k < 3; k++) {
  once(half);
  once(whole);
}
const halves: number[] = [];
const wholes: number[] = [];
for (let k = 0; k < 7; k++) {
  halves.push(once(half));
  wholes.push(once(whole));
}
const middle = (runs: number[]) => runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
const halfMs = middle(halves);
const wholeMs = middle(wholes);
const ratio = wholeMs / halfMs / (bytes(whole) / bytes(half));
console.log(
  `one article of ${(bytes(whole) / 1e3).toFixed(0)} KB: ${wholeMs.toFixed(0)} ms against ${halfMs.toFixed(0)} ms for ${(bytes(half) / 1e3).toFixed(0)} KB, ${ratio.toFixed(2)}× linear (target ≤ 1.1×)\n`,
);

// The same, over a wider range: cost per MB of one article from 100 KB to 1.6 MB, sizes alternated, medians of five.
// A step between two sizes that then stays flat is the machine (caches, the young generation); growth is the code.
const sizes = [100_000, 200_000, 400_000, 800_000, 1_600_000].map(article);
const perSize = sizes.map(() => [] as number[]);
for (let k = 0; k < 6; k++) sizes.forEach((text, n) => k > 0 && perSize[n]!.push(once(text) / (bytes(text) / 1e6)));
console.log(`cost per MB of one article: ${sizes.map((text, n) => `${(bytes(text) / 1e3).toFixed(0)} KB ${middle(perSize[n]!).toFixed(0)} ms`).join(", ")}\n`);

const adversarial: [string, string][] = [
  ["1 MB without spaces", "ق".repeat(1_000_000)],
  ["100,000 quote marks", '"'.repeat(100_000)],
  ["100,000 mixed marks", "«“„\"»”'".repeat(14_300)],
  ["1 MB sentence", "قال الوزير إن ".concat("المحادثات بناءة و".repeat(60_000))],
  ["1 MB of cue words", "قال أكد أضاف said told ".repeat(45_000)],
  ["1 MB of English cue words", "said told added ".repeat(60_000)],
  // One sentence of attributions: every according-to, relay and colon once walked back to the sentence start.
  ["1 MB sentence of attributions", "وقال الوزير إن الأمر جيد، بحسب الوزير ".repeat(13_000) + 'Smith had one more theory: "It is." '.repeat(5_000)],
  ["1 MB sentence of relayed statements", "أعلنت الشركة استحواذها، حسب ما أفادت به الإذاعة ".repeat(11_000)],
  // Whole-sentence quotations after a statement, each continuing the speaker before it.
  ["1 MB of continued quotations", "He said it was fine. " + '"One two three four five six seven." '.repeat(26_000)],
  ["deeply nested quotes", "«".repeat(50_000) + "نص" + "»".repeat(50_000)],
  ["1 MB of commas", "قال، ".repeat(200_000)],
  // English frames that look back over a clause: quotations in one verbless clause, coordinated cues, title-cased clauses.
  ["1 MB clause of quotations", "The man and the big dog " + 'near "one two three four five" near '.repeat(28_000)],
  ['1 MB sentence of "and said"', "Tom spoke " + "and said the plan was good ".repeat(37_000)],
  ["1 MB of title-cased clauses", "Smith Says Jones Will Win; ".repeat(37_000)],
];
let worst = 0;
for (const [label, text] of adversarial) {
  const started = process.hrtime.bigint();
  extract(text);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  worst = Math.max(worst, ms);
  console.log(`${("adversarial: " + label).padEnd(46)} ${ms.toFixed(1).padStart(9)} ms  (${(bytes(text) / 1e6).toFixed(2)} MB)`);
}
console.log(`slowest adversarial input: ${worst.toFixed(0)} ms (target < 1000 ms)`);
