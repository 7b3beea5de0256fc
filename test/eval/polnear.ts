import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Statement } from "../../src/extract/index.ts";
import { isCueForm } from "../../src/extract/english.ts";
import type { Token } from "../../src/extract/tokenize.ts";
import { bagOf, scoreNormalize, type CueKind, type GoldItem } from "./matching.ts";
import { CorpusError, type EvalDocument } from "./corpus.ts";

/** PolNeAR's splits this repository may read; `test` is reserved for measuring isnad from outside. */
export const POLNEAR_SPLITS = ["train", "dev"] as const;
export type PolnearSplit = (typeof POLNEAR_SPLITS)[number];

interface Span {
  start: number;
  end: number;
}

interface Attribution {
  content: Span[];
  source: Span[];
  cue: Span[];
}

/** brat standoff: `T1\tContent 10 20;25 40\ttext` and `E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1 Content2:T5`. */
function parseBrat(ann: string): Attribution[] {
  const spans = new Map<string, Span[]>();
  const events: string[] = [];
  for (const line of ann.split("\n")) {
    const [id, body] = line.split("\t");
    if (!id || !body) continue;
    if (id.startsWith("T")) {
      const ranges = body.slice(body.indexOf(" ") + 1);
      spans.set(
        id,
        ranges.split(";").map((r) => {
          const [start, end] = r.trim().split(" ").map(Number);
          return { start: start!, end: end! };
        }),
      );
    } else if (id.startsWith("E")) events.push(body);
  }
  return events.flatMap((event) => {
    const roles = new Map(event.split(" ").map((part) => part.split(":") as [string, string]));
    // An interrupted quotation is one attribution whose content goes on as Content2 after its cue.
    const content = ["Content", "Content2"].flatMap((role) => spans.get(roles.get(role) ?? "") ?? []);
    if (content.length === 0) return [];
    return [{ content, source: spans.get(roles.get("Source") ?? "") ?? [], cue: spans.get(roles.get("Cue") ?? "") ?? [] }];
  });
}

const QUOTATION_MARK = /["“”]/;

function knownCueForm(word: string): boolean {
  const token: Token = { kind: "word", text: word, norm: word, start: 0, end: 0, spaceBefore: true, spaceAfter: true, cue: undefined };
  return isCueForm(token);
}

/** A verb of speech in any form the extractor's lexicon generates ("saying" from "said"/"says"), a colon, a mark, «according to». */
function cueKindOf(cue: string): CueKind {
  const words: string[] = cue.toLowerCase().match(/[a-z]+/g) ?? [];
  const ingOfCue = (w: string) =>
    w.endsWith("ing") && [w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4)].some((b) => knownCueForm(`${b}ed`) || knownCueForm(`${b}s`));
  const speech = /^[:"“”]/.test(cue.trim()) || words.includes("according") || words.some((w) => knownCueForm(w) || ingOfCue(w));
  return speech ? "speech" : "other";
}

function speakerCredited(text: string, source: Span[]): (predicted: Statement) => boolean {
  const sourceWords = scoreNormalize(source.map((s) => text.slice(s.start, s.end)).join(" "))
    .split(" ")
    .filter(Boolean);
  return (predicted) => {
    const { speakerStart, speakerEnd } = predicted;
    // The words of the sentence that name the source, a pronoun included.
    if (speakerStart !== null && speakerEnd !== null && source.some((s) => speakerStart < s.end && s.start < speakerEnd)) return true;
    // A name resolved from elsewhere in the article: every word of one side stands in the other.
    const speakerWords = scoreNormalize(predicted.speaker ?? "")
      .split(" ")
      .filter(Boolean);
    if (speakerWords.length === 0 || sourceWords.length === 0) return false;
    return speakerWords.every((w) => sourceWords.includes(w)) || sourceWords.every((w) => speakerWords.includes(w));
  };
}

/** Reads one split of a PolNeAR checkout; an article annotated by several people is read as its first annotator left it. */
export function loadPolnear(root: string, split: PolnearSplit): EvalDocument[] {
  const dir = path.join(root, "data", split);
  if (!existsSync(path.join(dir, "text"))) throw new CorpusError(`${root}: no data/${split}/text (give the root of a PolNeAR checkout)`);
  const annotations = readdirSync(path.join(dir, "attributions"))
    .filter((f) => f.endsWith(".ann"))
    .sort();
  return readdirSync(path.join(dir, "text"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4);
      const ann = annotations.find((a) => a.startsWith(`${name}_`));
      if (!ann) throw new CorpusError(`${dir}: no annotation for ${name}`);
      const text = readFileSync(path.join(dir, "text", file), "utf8");
      const gold: GoldItem[] = parseBrat(readFileSync(path.join(dir, "attributions", ann), "utf8")).map((a, k) => {
        const content = a.content.map((s) => text.slice(s.start, s.end)).join(" ");
        return {
          id: `${name}#${k + 1}`,
          bags: [bagOf(content)],
          optional: false,
          quoted: QUOTATION_MARK.test(content),
          cueKind: cueKindOf(a.cue.map((s) => text.slice(s.start, s.end)).join(" ")),
          speakerOk: speakerCredited(text, a.source),
        };
      });
      return { name, group: split, text, gold };
    });
}
