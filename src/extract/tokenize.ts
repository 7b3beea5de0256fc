import { normalizeWord } from "./normalize.ts";
import { boundedMemo } from "./memo.ts";
import { wordSet } from "./lexicon/table.ts";
import { ENGLISH_ABBREVIATIONS, ENGLISH_PLACE_AND_DATE_ABBREVIATIONS, ENGLISH_SENTENCE_OPENERS } from "./lexicon/english-words.ts";

export type TokenKind = "word" | "punct" | "quote" | "break";

export interface Token {
  kind: TokenKind;
  text: string;
  /** Normalised form of a word; the character itself for punctuation. */
  norm: string;
  start: number;
  end: number;
  /** True when whitespace (or the start of text) comes right before the token. */
  spaceBefore: boolean;
  spaceAfter: boolean;
  /** The speech cue this word is, once a language module has looked it up (null: none). */
  cue?: object | null;
}

// ″ (double prime) closes a quotation in some outlets' copy («“25″ ألف ريال»).
const DOUBLE_QUOTES = '"“”„«»‟″';
const SINGLE_QUOTES = "'‘’‹›‚";

export function isDoubleQuote(ch: string): boolean {
  return DOUBLE_QUOTES.includes(ch);
}

/** Tested on char codes, never on one-character strings: outside Latin-1 each `text[i]` is a new string. */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Arabic letters, marks, digits and tatweel, without its punctuation (، ؛ ؟ ٪ ٫ ٬ ٭ ۔).
  if (code >= 0x0620 && code <= 0x06ff)
    return code !== 0x066a && code !== 0x066b && code !== 0x066c && code !== 0x066d && code !== 0x06d4 && code !== 0x06dd && code !== 0x06de && code !== 0x06e9;
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code));
}

/** Where the word starting at `i` ends: apostrophes, hyphens and dots inside it, numbers with their separators, an abbreviation's dot. */
function wordEnd(text: string, i: number, to: number): number {
  let j = i + 1;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (isWordCode(c)) j++;
    else if (
      (c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE || c === HYPHEN || c === DOT || c === NON_BREAKING_HYPHEN) &&
      j + 1 < to &&
      isWordCode(text.charCodeAt(j + 1)) &&
      !(c === DOT && !isAsciiLetter(text.charCodeAt(j + 1)))
    )
      j++;
    // "98.9" and "1,000" are one number, not a sentence end or a clause break.
    else if (
      (c === DOT || c === COMMA || c === ARABIC_DECIMAL_SEPARATOR || c === ARABIC_THOUSANDS_SEPARATOR) &&
      isDigitCode(text.charCodeAt(j - 1)) &&
      j + 1 < to &&
      isDigitCode(text.charCodeAt(j + 1))
    )
      j++;
    else break;
  }
  // «أ.د. خالد»: the Arabic title "professor doctor" is one word, never a sentence end.
  if (j === i + 1 && text[j] === "." && text[i] === "أ" && text.startsWith(".د.", j) && j + 3 <= to) return j + 3;
  // "U.S." and "Dr." keep their final dot when it is an abbreviation, not a sentence end.
  // "R-Ky.," and "Calif.)": a dot right before a comma or a closing parenthesis does not end a sentence after a
  // capitalised word; '(…," he said.)' ends one.
  if (
    j < to &&
    text[j] === "." &&
    (isAbbreviation(text.slice(i, j).replace(/^.*-/, "")) || (/^[,)]/.test(text[j + 1] ?? "") && !/^\p{Ll}+$/u.test(text.slice(i, j)))) &&
    !opensSentenceAt(text, j + 1, to, text.slice(i, j))
  )
    j++;
  return j;
}

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const NON_BREAKING_HYPHEN = 0x2011;
const DOT = 0x2e;
const COMMA = 0x2c;
const ARABIC_DECIMAL_SEPARATOR = 0x066b;
const ARABIC_THOUSANDS_SEPARATOR = 0x066c;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpaceCode(code: number): boolean {
  // Space, tab, carriage return, no-break space, the right-to-left and left-to-right marks, the zero-width joiner.
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x200f || code === 0x200e || code === 0x200d || isInvisibleControl(code);
}

/** One string per distinct word, so a long article's tokens share their words instead of each keeping a copy. */
const knownWord = boundedMemo(50_000, (raw) => ({ raw, norm: normalizeWord(raw) }));
/** Longer "words" (a run of letters with no space, a URL) are not remembered: the memo would keep each one whole. */
const MAX_REMEMBERED_WORD = 64;
/**
 * Articles from this length share their words. A lookup costs more than normalising a word again, and pays only
 * where an article's tokens outlive the young generation's collections (measured: 5 % slower on news-length articles).
 */
const SHARED_WORDS_FROM = 64_000;

/**
 * One pass over the text. Words keep inner apostrophes, hyphens and dots ("don't", "Sea-Eye", "U.S."),
 * a blank line becomes a `break` token, and every quotation mark is a token of its own.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let newlines = 0;
  let sawSpace = true;
  const shared = to - from >= SHARED_WORDS_FROM;
  const push = (kind: TokenKind, start: number, end: number) => {
    const raw = text.slice(start, end);
    const word = shared && kind === "word" && raw.length <= MAX_REMEMBERED_WORD ? knownWord(raw) : null;
    // Every field set here, cue included, so all tokens share one object shape.
    const norm = word?.norm ?? (kind === "word" ? normalizeWord(raw) : raw);
    tokens.push({ kind, text: word?.raw ?? raw, norm, start, end, spaceBefore: sawSpace, spaceAfter: false, cue: undefined });
    if (tokens.length > 1) tokens[tokens.length - 2]!.spaceAfter = sawSpace;
    sawSpace = false;
  };
  let lineStart = from;
  let paragraphEnd = false;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      newlines++;
      if (newlines === 1 && endsParagraph(text, lineStart, i)) paragraphEnd = true;
      lineStart = i + 1;
      sawSpace = true;
      i++;
      continue;
    }
    if (isSpaceCode(code)) {
      sawSpace = true;
      i++;
      continue;
    }
    if (
      (newlines >= 2 || (newlines === 1 && paragraphEnd)) &&
      tokens.length > 0 &&
      tokens[tokens.length - 1]!.kind !== "break" &&
      !introducesQuotation(tokens[tokens.length - 1]!, text[i]!)
    ) {
      tokens[tokens.length - 1]!.spaceAfter = true;
      tokens.push({ kind: "break", text: "", norm: "", start: i, end: i, spaceBefore: true, spaceAfter: true, cue: undefined });
    }
    newlines = 0;
    paragraphEnd = false;
    if (isWordCode(code)) {
      const j = wordEnd(text, i, to);
      push("word", i, j);
      i = j;
      continue;
    }
    const ch = text[i]!;
    if (DOUBLE_QUOTES.includes(ch) || SINGLE_QUOTES.includes(ch)) {
      for (const [start, end] of quoteMarks(text, i, sawSpace)) push("quote", start, (i = end));
      continue;
    }
    // "--" is a typewriter's dash, one token as "—" is.
    const run = ch === "-" && text[i + 1] === "-" && text[i + 2] !== "-" ? 2 : 1;
    push("punct", i, i + run);
    i += run;
  }
  if (tokens.length > 0) tokens[tokens.length - 1]!.spaceAfter = true;
  return tokens;
}

/**
 * The marks of a run of quotation characters at `i`. Two apostrophes are the typewriter's double quotation mark
 * (''We wanted it,'' he said); three close a single quotation inside a double one ('special case,''') or open
 * the pair (''' Kosovo').
 */
function quoteMarks(text: string, i: number, sawSpace: boolean): [number, number][] {
  const ch = text[i]!;
  const apostrophe = ch === "'" || ch === "’" || ch === "‘";
  const run = apostrophe && text[i + 1] === ch ? (text[i + 2] === ch ? 3 : 2) : 1;
  if (run < 3) return [[i, i + run]];
  return sawSpace
    ? [
        [i, i + 2],
        [i + 2, i + 3],
      ]
    : [
        [i, i + 1],
        [i + 1, i + 3],
      ];
}

/** Lines a text was wrapped into are about 60–80 characters; longer or much shorter lines are paragraphs (and headings) of their own. */
const WRAPPED_LINE = { min: 50, max: 100 };

/**
 * A single line break ends a paragraph when its line ends a sentence or is no wrapped line: news is pasted
 * one paragraph per line as often as with blank lines, and an unclosed quotation must end with its paragraph.
 */
function endsParagraph(text: string, lineStart: number, lineEnd: number): boolean {
  let end = lineEnd;
  while (end > lineStart && /\s/.test(text[end - 1]!)) end--;
  if (end === lineStart) return false;
  const length = end - lineStart;
  if (length < WRAPPED_LINE.min || length > WRAPPED_LINE.max) return true;
  // A headline of wrapped length over a paragraph on one long line: a wrapped text has no line that long.
  if (nextLineLength(text, lineEnd + 1) > WRAPPED_LINE.max) return true;
  return '.!?؟"”»)'.includes(text[end - 1]!);
}

function nextLineLength(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return (end === -1 ? text.length : end) - from;
}

/** 'He said:' at a paragraph's end and the quotation opening the next one are one sentence: no break between. */
function introducesQuotation(last: Token, next: string): boolean {
  return last.kind === "punct" && last.text === ":" && isDoubleQuote(next);
}

/** Bidi embeddings, overrides and isolates, the Arabic letter mark, zero-width spaces and the BOM: invisible, so they separate nothing and join nothing. */
function isInvisibleControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x061c || code === 0x200b || code === 0x2060 || code === 0xfeff;
}

function isDigitCode(code: number): boolean {
  // ASCII and Arabic-Indic digits.
  return (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669);
}

const ABBREVIATIONS = wordSet(ENGLISH_ABBREVIATIONS);
const PLACE_AND_DATE_ABBREVIATIONS = wordSet(ENGLISH_PLACE_AND_DATE_ABBREVIATIONS);

const SENTENCE_OPENERS = wordSet(ENGLISH_SENTENCE_OPENERS);

/** After an initialism's or an initial's dot, the next word opens a sentence. Titles ("Dr.", "Mr.") are never sentence ends. */
function opensSentenceAt(text: string, at: number, to: number, word: string): boolean {
  if (!/^(?:[A-Za-z]\.)+[A-Za-z]$|^[A-Z]$/.test(word) && !PLACE_AND_DATE_ABBREVIATIONS.has(word)) return false;
  let k = at;
  while (k < to && text[k] === " ") k++;
  // '…in Binghamton, N.Y. "Secretary Clinton …': a quotation opening on a capital starts the next sentence.
  if (k > at && (text[k] === "“" || text[k] === '"') && /\p{Lu}/u.test(text[k + 1] ?? "")) return true;
  let end = k;
  while (end < to && /[A-Za-z]/.test(text[end]!)) end++;
  return SENTENCE_OPENERS.has(text.slice(k, end));
}

function isAbbreviation(word: string): boolean {
  // A single capital is a name's initial ("Michael C. Cernech").
  return ABBREVIATIONS.has(word) || PLACE_AND_DATE_ABBREVIATIONS.has(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$|^[A-Z]$/.test(word);
}

export function isComma(token: Token | undefined): boolean {
  return token?.kind === "punct" && (token.text === "," || token.text === "،");
}

export function isColon(token: Token | undefined): boolean {
  return token?.kind === "punct" && token.text === ":";
}

export function isSentenceEnd(token: Token): boolean {
  return token.kind === "break" || (token.kind === "punct" && (token.text === "." || token.text === "!" || token.text === "?" || token.text === "؟"));
}

/** The quotation closing at `close` ends its sentence: «…يومية."», "…border.", "…a commoner[.]"". */
export function closesSentence(tokens: Token[], close: number): boolean {
  const last = tokens[close - 1];
  if (!last) return false;
  if (isSentenceEnd(last)) return true;
  return last.kind === "punct" && (last.text === "]" || last.text === ")") && !!tokens[close - 2] && isSentenceEnd(tokens[close - 2]!);
}
