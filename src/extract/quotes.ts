import { containsArabic } from "./normalize.ts";
import type { Token } from "./tokenize.ts";

export interface Quote {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or the last token before the paragraph ended. */
  close: number;
  closed: boolean;
  /** Offsets of the quoted words, marks excluded. */
  start: number;
  end: number;
}

const OPENERS = "“„«‘‚‹‟";
const CLOSERS = "”»’›";
const MAX_DEPTH = 3;
/** A quotation never runs past its paragraph, nor past this many tokens. */
const MAX_QUOTE_TOKENS = 1500;

function family(mark: string): "double" | "single" {
  return "'‘’‹›‚".includes(mark) ? "single" : "double";
}

interface OpenQuote {
  index: number;
  family: "double" | "single";
  carried?: boolean;
}

/** The pairing in progress: quotations found, the marks still open, and each token's depth. */
interface Pairing {
  tokens: Token[];
  quotes: Quote[];
  stack: OpenQuote[];
  depth: Uint8Array;
}

/**
 * Pairs quotation marks in one linear pass with a small stack. Direction comes from the glyph when it
 * has one, from the surrounding spaces when it does not (or when the glyph is used backwards), and
 * straight marks surrounded by spaces toggle. Unclosed quotations end at their paragraph.
 */
export function pairQuotes(
  tokens: Token[],
  opensAfter: (word: Token) => boolean = () => false,
  acrossParagraphs = false,
): { quotes: Quote[]; depth: Uint8Array } {
  const pairing: Pairing = { tokens, quotes: [], stack: [], depth: new Uint8Array(tokens.length) };
  const { stack, depth } = pairing;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "break") {
      // «وقال: «… .¶¶… ».»: in Arabic copy a quotation the next paragraph closes, without opening another, goes on into it
      // (once); English copy reopens the quotation at each paragraph instead, which quoteAfterAttribution reads.
      const open = stack.length === 1 ? stack[0]! : null;
      if (acrossParagraphs && open && open.family === "double" && !open.carried && closesInNextParagraph(tokens, i)) {
        open.carried = true;
        depth[i] = 1;
        continue;
      }
      closeAll(pairing, i - 1);
      continue;
    }
    if (stack.length > 0 && i - stack[0]!.index > MAX_QUOTE_TOKENS) closeAll(pairing, i - 1);
    const fam = token.kind === "quote" ? family(token.text) : null;
    if (fam === null || (fam === "single" && !singleQuoteIsMark(tokens, i) && !closesOpenSingle(tokens, i, stack))) {
      depth[i] = stack.length;
      continue;
    }
    if (opensHere(tokens, i, stack, fam)) openAt(pairing, i, fam);
    else closeAt(pairing, i, fam, opensAfter);
  }
  closeAll(pairing, tokens.length - 1);
  pairing.quotes.sort((a, b) => a.open - b.open);
  return { quotes: pairing.quotes, depth };
}

function closeAll(pairing: Pairing, last: number): void {
  while (pairing.stack.length > 0) {
    const open = pairing.stack.pop()!;
    if (last > open.index) pairing.quotes.push(makeQuote(pairing.tokens, open.index, last, false));
  }
}

/** Direction from the spaces around the mark, then from the glyph, then from what is open. */
function opensHere(tokens: Token[], i: number, stack: OpenQuote[], fam: "double" | "single"): boolean {
  const token = tokens[i]!;
  const mark = token.text;
  const top = stack.length > 0 ? stack[stack.length - 1]! : null;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  // «و" محوها "»: a one-letter Arabic prefix glued to the mark opens it like a space would.
  const spacedBefore =
    token.spaceBefore ||
    !previous ||
    previous.kind === "break" ||
    (previous.kind === "punct" && "([{".includes(previous.text)) ||
    (previous.kind === "word" && previous.text.length === 1 && "وفبلك".includes(previous.text));
  const spacedAfter = token.spaceAfter || !next || next.kind === "break" || (next.kind === "punct" && !"([{".includes(next.text));
  if (spacedBefore && !spacedAfter) return true;
  if (!spacedBefore && spacedAfter) return false;
  if (OPENERS.includes(mark)) return true;
  return !(top && top.family === fam);
}

function openAt(pairing: Pairing, i: number, fam: "double" | "single"): void {
  if (pairing.stack.length >= MAX_DEPTH) pairing.stack.shift();
  pairing.stack.push({ index: i, family: fam });
  pairing.depth[i] = pairing.stack.length - 1;
}

function closeAt(pairing: Pairing, i: number, fam: "double" | "single", opensAfter: (word: Token) => boolean): void {
  const { tokens, stack, depth } = pairing;
  const previous = tokens[i - 1];
  const at = findOpen(stack, fam);
  // «وقال" تلقينا …"»: a straight double mark glued to a speech verb, with nothing open, opens.
  if (at === -1 && fam === "double" && tokens[i]!.text === '"' && previous?.kind === "word" && opensAfter(previous) && tokens[i + 1]?.kind === "word") {
    stack.push({ index: i, family: fam });
    depth[i] = stack.length - 1;
    return;
  }
  if (at === -1) {
    depth[i] = stack.length;
    return;
  }
  while (stack.length > at + 1) {
    const inner = stack.pop()!;
    if (i - 1 > inner.index) pairing.quotes.push(makeQuote(tokens, inner.index, i - 1, false));
  }
  const open = stack.pop()!;
  pairing.quotes.push(makeQuote(tokens, open.index, i, true));
  depth[i] = stack.length;
}

/** Whether the first double mark of the paragraph after the break at `i` closes, by its glyph or its spacing. */
function closesInNextParagraph(tokens: Token[], i: number): boolean {
  let k = i;
  while (k < tokens.length && tokens[k]!.kind === "break") k++;
  for (; k < tokens.length && tokens[k]!.kind !== "break"; k++) {
    const token = tokens[k]!;
    if (token.kind !== "quote" || family(token.text) !== "double") continue;
    if (OPENERS.includes(token.text)) return false;
    if (CLOSERS.includes(token.text)) return true;
    const next = tokens[k + 1];
    return !token.spaceBefore && (token.spaceAfter || !next || next.kind !== "word");
  }
  return false;
}

function findOpen(stack: { family: string }[], fam: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === fam) return k;
  return -1;
}

function singleQuoteIsMark(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  // Arabic has no apostrophe: next to an Arabic word a single mark always quotes.
  const arabic = (t: Token | undefined) => t?.kind === "word" && containsArabic(t.text);
  if (arabic(tokens[i - 1]) || arabic(tokens[i + 1])) return true;
  // An apostrophe glued to words on both sides, or after a plural "s", is not a quotation mark.
  if (!token.spaceBefore && !token.spaceAfter) return false;
  const previous = tokens[i - 1];
  if (!token.spaceBefore && previous?.kind === "word" && /s$/i.test(previous.text) && token.spaceAfter) return false;
  return true;
}

/** «the word ‘queue’, Americans …»: a mark glued to a word and then to punctuation closes the single quotation still open. */
function closesOpenSingle(tokens: Token[], i: number, stack: OpenQuote[]): boolean {
  const next = tokens[i + 1];
  return (
    !tokens[i]!.spaceBefore &&
    (tokens[i - 1]?.kind === "word" || /^[.?!,]$/.test(tokens[i - 1]?.text ?? "")) &&
    (next?.kind === "punct" || next?.kind === "quote") &&
    stack.some((open) => open.family === "single")
  );
}

function makeQuote(tokens: Token[], open: number, close: number, closed: boolean): Quote {
  const firstInner = open + 1;
  const lastInner = closed ? close - 1 : close;
  if (lastInner < firstInner) return { open, close, closed, start: tokens[open]!.end, end: tokens[open]!.end };
  return { open, close, closed, start: tokens[firstInner]!.start, end: tokens[lastInner]!.end };
}

/** How many words stand between the quotation's marks. */
export function wordsInside(tokens: Token[], quote: Quote): number {
  let words = 0;
  for (let k = quote.open + 1; k < quote.close; k++) if (tokens[k]!.kind === "word") words++;
  return words;
}
