import type { Quote } from "./quotes.ts";
import { closesSentence, isColon, isComma, isSentenceEnd, type Token } from "./tokenize.ts";
import type { Candidate, Gender, SpeakerFields, StatementType } from "./types.ts";

/** One paragraph of tokens with its quotations; statements never cross it. */
export interface Sentence {
  text: string;
  tokens: Token[];
  depth: Uint8Array;
  quotes: { byOpen: Map<number, Quote>; byClose: Map<number, Quote> };
  from: number;
  to: number;
  /** First token of the sentence holding token i. */
  clauseStart(i: number): number;
  /** The first colon at or after token i, or -1. */
  nextColon(i: number): number;
}

export function makeUnit(text: string, tokens: Token[], depth: Uint8Array, quotes: Sentence["quotes"], from: number, to: number): Sentence {
  // Worked out once, on first use: walking back from every cue made long sentences with many cues quadratic.
  let starts: Int32Array | null = null;
  let colons: Int32Array | null = null;
  return {
    text,
    tokens,
    depth,
    quotes,
    from,
    to,
    nextColon(i: number) {
      if (!colons) {
        colons = new Int32Array(to - from + 1).fill(-1);
        for (let k = to - 1; k >= from; k--) colons[k - from] = isColon(tokens[k]) ? k : colons[k - from + 1]!;
      }
      return i < from || i >= to ? -1 : colons[i - from]!;
    },
    clauseStart(i: number) {
      if (!starts) {
        starts = new Int32Array(to - from);
        let current = from;
        for (let k = from; k < to; k++) {
          // «… more." The new jet …»: a quotation that ends its sentence ends it outside the marks too.
          const previous = tokens[k - 1];
          // «…in 2015; they had, his father says, paid …»: a semicolon joins sentences that could stand alone.
          if (
            k > from &&
            depth[k - 1] === 0 &&
            (isSentenceEnd(previous!) ||
              previous!.text === ";" ||
              previous!.text === "؛" ||
              // «She declared "What a Super Tuesday!" and said …»: but not when a conjunction goes on with it.
              (previous!.kind === "quote" &&
                k - 1 > from &&
                closesSentence(tokens, k - 1) &&
                quotes.byClose.has(k - 1) &&
                !/^(and|but)$/.test(tokens[k]!.text)))
          )
            current = k;
          starts[k - from] = current;
        }
      }
      return i <= from ? from : i >= to ? (starts[to - from - 1] ?? from) : starts[i - from]!;
    },
  };
}

/**
 * Visits each word outside quotations. `insideContent` says the word lies in the content of a statement
 * already found from an earlier cue: such a cue is reported speech within it, and not parsing it again
 * keeps cue-dense text linear.
 */
export function scanWords(sentence: Sentence, visit: (i: number, insideContent: boolean) => Candidate | null): Candidate[] {
  const { tokens, depth } = sentence;
  const found: Candidate[] = [];
  let contentEnd = -1;
  for (let i = sentence.from; i < sentence.to; i++) {
    const token = tokens[i]!;
    if (token.kind !== "word" || depth[i]! > 0) continue;
    const candidate = visit(i, token.start < contentEnd);
    if (!candidate) continue;
    found.push(candidate);
    if (candidate.start > token.start) contentEnd = Math.max(contentEnd, candidate.end);
  }
  return found;
}

/**
 * `{ ...a, ...b, ...c }`, built by Object.assign: on Node 20 a literal that opens with a spread adds every later key
 * in V8's runtime, about a microsecond a key, and candidates are built that way thousands of times an article.
 */
export function merged<A extends object, B extends object>(a: A, b: B): A & B;
export function merged<A extends object, B extends object, C extends object>(a: A, b: B, c: C): A & B & C;
export function merged<A extends object, B extends object, C extends object, D extends object>(a: A, b: B, c: C, d: D): A & B & C & D;
export function merged<A extends object, B extends object, C extends object, D extends object, E extends object>(
  a: A,
  b: B,
  c: C,
  d: D,
  e: E,
): A & B & C & D & E;
export function merged(...parts: object[]): object {
  return Object.assign({}, ...parts) as object;
}

/** A source named without content of its own, kept so that a later pronoun or dropped subject finds it. */
export function antecedentOnly(speaker: SpeakerFields, gender: Gender | null): Candidate {
  const at = speaker.mention!.start;
  return { start: at, end: at, type: "indirect", cue: "", ...speaker, anaphor: false, gender, confidence: 0, antecedentOnly: true };
}

const MAX_SPAN_TOKENS = 400;

export type NewStatementTest = (sentence: Sentence, k: number) => boolean;

/** «"ستستمر الملاحقات"، و"لن ينجو أحد من المحاسبة"»: quotations joined only by و and a comma are one; the end of the last. */
function joinedQuotations(sentence: Sentence, close: number, stop: number): number | null {
  const { tokens, quotes } = sentence;
  let end: number | null = null;
  for (let k = close; ;) {
    const comma = isComma(tokens[k + 1]) ? k + 1 : k;
    const and = tokens[comma + 1];
    const next = and?.kind === "word" && and.norm === "و" ? quotes.byOpen.get(comma + 2) : undefined;
    if (!next?.closed || next.close >= stop) return end;
    end = next.end;
    k = next.close;
  }
}

/**
 * The reported content from token `from`: a whole quotation when the content is one, otherwise the clause
 * up to the end of its sentence or the start of another statement, quotations inside it included.
 */
export function buildSpan(
  sentence: Sentence,
  from: number,
  isNew: NewStatementTest,
  hardEnd?: number,
): { start: number; end: number; type: StatementType } | null {
  const { tokens, quotes, depth } = sentence;
  const stop = Math.min(hardEnd ?? sentence.to, sentence.to);
  if (from >= stop) return null;
  const baseDepth = depth[from]!;
  const opening = quotes.byOpen.get(from);
  if (opening) {
    const after = opening.close + 1;
    const next = tokens[after];
    // «أن "لا صحة لهذه الأنباء"، وأن الوزير "…"»: a coordinated complement goes on with the same statement.
    const coordinated = next !== undefined && isComma(next) && /^و(ان|انه|انها|انهم)$/.test(tokens[after + 1]?.norm ?? "");
    const ends =
      !coordinated &&
      (!opening.closed ||
        after >= stop ||
        !next ||
        isSentenceEnd(next) ||
        next.kind === "punct" ||
        next.kind === "quote" ||
        isNew(sentence, after) ||
        closesSentence(tokens, opening.close) ||
        isComma(tokens[opening.close - 1]));
    if (ends)
      return opening.end > opening.start ? { start: opening.start, end: joinedQuotations(sentence, opening.close, stop) ?? opening.end, type: "direct" } : null;
  }
  let last = -1;
  let quoted = false;
  for (let k = from; k < stop && k - from < MAX_SPAN_TOKENS; k++) {
    const token = tokens[k]!;
    if (depth[k]! <= baseDepth && !quotes.byClose.has(k)) {
      if (isSentenceEnd(token)) break;
      if (k > from && isNew(sentence, k)) break;
    }
    if (quotes.byOpen.has(k)) quoted = true;
    // A quotation that ends its own sentence («…يومية."», "…border.") ends the statement too.
    if (k > from && quotes.byClose.has(k) && closesSentence(tokens, k) && depth[k]! <= baseDepth) {
      last = k;
      break;
    }
    if (
      token.kind === "word" ||
      (token.kind === "quote" && quotes.byClose.has(k)) ||
      (token.kind === "punct" && /[)\]%!?؟]/.test(token.text)) ||
      (token.kind === "quote" && quotes.byOpen.has(k))
    )
      last = k;
  }
  while (last >= from && tokens[last]!.kind === "quote" && quotes.byOpen.has(last)) last--;
  if (last < from) return null;
  let first = from;
  while (first < last && tokens[first]!.kind === "punct") first++;
  return { start: tokens[first]!.start, end: tokens[last]!.end, type: quoted ? "mixed" : "indirect" };
}
