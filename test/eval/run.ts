import path from "node:path";
import { parseArgs } from "node:util";
import { extract } from "../../src/extract/index.ts";
import { loadGold } from "./gold.ts";
import { score, type Mismatch } from "./score.ts";
import { CorpusError, loadSharedCorpus, loadSplit, type EvalDocument, type Side } from "./corpus.ts";
import { BANDS, addTally, emptyTally, figures, matchDocument, type Tally } from "./matching.ts";
import { loadPolnear, POLNEAR_SPLITS, type PolnearSplit } from "./polnear.ts";

const USAGE = `usage: npm run eval -- [ar|en] [--verbose]                 this repository's fixtures
       npm run eval -- --corpus PATH [--verbose]             a corpus in the shared format (gold.json, texts/)
       npm run eval -- --polnear PATH --split train|dev [--verbose]`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: "string" },
    polnear: { type: "string" },
    split: { type: "string" },
    verbose: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
});
const fmt = (n: number) => n.toFixed(3);

function fixtures(only: string | undefined, verbose: boolean): void {
  console.log("language  articles  gold  predicted  precision  recall  F1     speaker-acc  end-to-end-F1");
  const misses: Mismatch[] = [];
  for (const language of ["ar", "en"] as const) {
    if (only && only !== language) continue;
    const { scores, mismatches } = score(language, loadGold(language));
    misses.push(...mismatches);
    console.log(
      `${language.padEnd(8)}  ${String(scores.articles).padStart(8)}  ${String(scores.gold).padStart(4)}  ${String(scores.predicted).padStart(9)}  ` +
        `${fmt(scores.precision).padStart(9)}  ${fmt(scores.recall).padStart(6)}  ${fmt(scores.f1)}  ${fmt(scores.speakerAccuracy).padStart(11)}  ${fmt(scores.endToEndF1).padStart(13)}`,
    );
  }
  if (verbose)
    for (const m of misses)
      console.log(
        `${m.kind.padEnd(8)} ${m.article} | gold=${m.gold ?? ""} | got=${m.predicted ?? ""} | ${m.text.slice(0, 110)}${m.context ? `\n         ↳ ${m.context}` : ""}`,
      );
}

function row(label: string, t: Tally): string {
  const f = figures(t);
  return (
    `${label.padEnd(22)} ${String(t.documents).padStart(5)} ${String(t.gold).padStart(5)} ${String(t.predicted).padStart(5)}   ` +
    `${fmt(f.span.p)} ${fmt(f.span.r)} ${fmt(f.span.f)}   ${fmt(f.speakerAccuracy)}   ${fmt(f.endToEnd.p)} ${fmt(f.endToEnd.r)} ${fmt(f.endToEnd.f)}   ` +
    `${fmt(f.quotedRecall)} (span ${fmt(f.quotedSpanRecall)}, ${t.quoted})`
  );
}

/** Scores every document; misses are printed for the tuning side only, so nobody tunes on the held-out side by reading it. */
function scoreCorpus(label: string, documents: EvalDocument[], sideOf: (group: string) => Side, verbose: boolean): void {
  const tallies: Record<"all" | Side, Tally> = { all: emptyTally(), tuning: emptyTally(), "held-out": emptyTally() };
  for (const doc of documents) {
    const side = sideOf(doc.group);
    const tally = emptyTally();
    const misses = matchDocument(doc.gold, extract(doc.text).statements, tally);
    addTally(tallies.all, tally);
    addTally(tallies[side], tally);
    if (!verbose || side !== "tuning") continue;
    for (const g of misses.missed) console.log(`missed   ${g.id}`);
    for (const w of misses.wrongSpeaker)
      console.log(`speaker  ${w.gold.id} | got=${w.predicted.speaker} (${w.predicted.speakerMention ?? "∅"}) | ${w.predicted.text.slice(0, 90)}`);
    for (const s of misses.spurious) console.log(`spurious ${doc.name} | ${s.speaker} | ${s.cue} | ${s.text.slice(0, 90)}`);
  }
  console.log(`${"corpus / part".padEnd(22)} texts  gold  pred   span P/R/F1           speaker   end-to-end P/R/F1     quoted recall`);
  for (const part of ["all", "tuning", "held-out"] as const) if (tallies[part].documents) console.log(row(`${label} ${part}`, tallies[part]));
  for (const part of ["tuning", "held-out"] as const) {
    const { speech, other } = tallies[part].quotedByCue;
    if (speech[0] + other[0] === 0) continue;
    const share = ([n, right]: [number, number]) => `${n ? fmt(right / n) : "-"} (${n})`;
    console.log(`quoted recall by cue, ${part}: a verb of speech, a colon or «according to» ${share(speech)}, any other cue ${share(other)}`);
  }
  for (const part of ["tuning", "held-out"] as const) {
    const bands = tallies[part].bands;
    if (!tallies[part].documents) continue;
    console.log(
      `precision by confidence, ${part}: ${BANDS.map((b) => `${b}: ${bands[b].predicted ? fmt(bands[b].matched / bands[b].predicted) : "-"} (${bands[b].predicted})`).join("  ")}`,
    );
  }
}

try {
  if (values.help) console.log(USAGE);
  else if (values.corpus) {
    const split = loadSplit(path.resolve(import.meta.dirname, "splits/attribution-ar.txt"));
    scoreCorpus(path.basename(path.resolve(values.corpus)), loadSharedCorpus(values.corpus), split, values.verbose ?? false);
  } else if (values.polnear) {
    const split = values.split as PolnearSplit;
    if (!POLNEAR_SPLITS.includes(split)) throw new CorpusError(`--split must be ${POLNEAR_SPLITS.join(" or ")} (the test split is reserved)`);
    scoreCorpus(`polnear ${split}`, loadPolnear(values.polnear, split), (group) => (group === "train" ? "tuning" : "held-out"), values.verbose ?? false);
  } else
    fixtures(
      positionals.find((a) => a === "ar" || a === "en"),
      values.verbose ?? false,
    );
} catch (error) {
  process.stderr.write(`isnad eval: ${error instanceof CorpusError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
}
