import {
  findEnglishStatements,
  isAuxiliary,
  isCueForm,
  isDash,
  isNewStatementAt,
  isVerbForm,
  opensSubordinateReport,
  acrossInterruption,
  speakerAfterCue,
  speakerBeforeCue,
} from "./english.ts";
import type { Quote } from "./quotes.ts";
import { merged, type Sentence } from "./span.ts";
import { isColon, isComma, isSentenceEnd, type Token } from "./tokenize.ts";
import { ENGLISH_QUOTATION_CONNECTIVES } from "./lexicon/english-cues.ts";
import { wordPattern, wordSet } from "./lexicon/table.ts";
import type { Candidate } from "./types.ts";
import {
  ENGLISH_AFTER_INTRANSITIVE,
  ENGLISH_CAPITALISED_OPENERS,
  ENGLISH_NAME_SMALL_WORDS,
  ENGLISH_NOT_SUBJECT_OPENERS,
  ENGLISH_SUBJECT_OPENERS,
} from "./lexicon/english-words.ts";

/**
 * The trailing attribution frame: a quotation that closes on a comma, ? or ! waits for the words that say
 * whose it is, the subject and its verb or the verb and its subject. In that frame the verb reports speech
 * whatever it is ("barked", "shot back", "answers"), so the frame is recognised from its shape, not from a
 * word list, and its words are the attribution, never content of their own.
 */
export function findEnglishFramed(sentence: Sentence): Candidate[] {
  const found = findEnglishStatements(sentence);
  const frames = trailingAttributions(sentence);
  if (frames.length === 0) return found;
  // A statement read out of an attribution's own words ("…?" Trump said of Apple → "of Apple") gives way to the frame.
  const kept = found.filter(
    (c) => c.antecedentOnly || !frames.some((f) => c.start >= f.quoteEnd && c.start < f.attributionEnd && c.end <= f.attributionEnd + 1),
  );
  const added = frames
    .filter((f) => !kept.some((c) => !c.antecedentOnly && c.start <= f.candidate.start && c.end >= f.candidate.start + 1))
    .map((f) => f.candidate);
  return added.length === 0 && kept.length === found.length ? found : [...kept, ...added].sort((a, b) => a.start - b.start);
}

interface Frame {
  candidate: Candidate;
  quoteEnd: number;
  /** Offset where the attribution's words end. */
  attributionEnd: number;
}

/** The most words between a quotation and the end of its attribution ("…," Trump, the 2016 frontrunner …, said). */
const MAX_ATTRIBUTION_TOKENS = 40;
const AFTER_INTRANSITIVE = wordPattern(ENGLISH_AFTER_INTRANSITIVE);
const SUBJECT_OPENERS = wordPattern(ENGLISH_SUBJECT_OPENERS);
const NOT_SUBJECT_OPENERS = wordPattern(ENGLISH_NOT_SUBJECT_OPENERS);

function trailingAttributions(sentence: Sentence): Frame[] {
  const frames: Frame[] = [];
  for (let q = sentence.from; q < sentence.to; q++) {
    const quote = sentence.quotes.byOpen.get(q);
    if (!quote?.closed || sentence.depth[q] !== 0 || !waitsForAttribution(sentence.tokens, quote)) continue;
    const frame = attributionAfter(sentence, quote);
    if (frame) frames.push(frame);
    q = quote.close;
  }
  return frames;
}

/** A quotation that is a sentence's start and closes on a comma, ? or ! (inside or right after its mark). */
function waitsForAttribution(tokens: Token[], quote: Quote): boolean {
  const before = tokens[quote.open - 1];
  if (before && !isSentenceEnd(before) && !(before.kind === "punct" && /^[:;—–-]$/.test(before.text))) return false;
  // ('…, bro,’”': a quotation inside it may close first.)
  let last = quote.close - 1;
  while (last > quote.open && tokens[last]!.kind === "quote") last--;
  return /^[,?!—–-]$/.test(tokens[last]?.text ?? "") || isComma(tokens[quote.close + 1]);
}

const CAPITALISED_OPENERS = wordPattern(ENGLISH_CAPITALISED_OPENERS);
function attributionAfter(sentence: Sentence, quote: Quote): Frame | null {
  const { tokens } = sentence;
  const first = isComma(tokens[quote.close + 1]) ? quote.close + 2 : quote.close + 1;
  const opener = tokens[first];
  if (!opener || opener.kind !== "word" || first >= sentence.to) return null;
  // "…," said Smith.
  if (/^\p{Ll}/u.test(opener.text) && isVerbForm(opener) && !SUBJECT_OPENERS.test(opener.norm)) {
    const speaker = speakerAfterCue(sentence, first);
    if (!speaker.mention) return null;
    return frame(sentence, quote, first, speaker);
  }
  // ('"But why?" reporter Jackie Nespral asked him', '"Build the wall!" supporters chanted': a role or a plural opens the subject in lowercase.)
  if (!/^\p{Lu}/u.test(opener.text) && !SUBJECT_OPENERS.test(opener.norm) && (NOT_SUBJECT_OPENERS.test(opener.norm) || isVerbForm(opener))) return null;
  const verb = verbAfterSubject(sentence, first);
  if (verb === -1) return null;
  // ('"…," begins a scripted message that precedes all rallies': a lowercase opener holding a clause of its own was the verb.)
  if (/^\p{Ll}/u.test(opener.text) && tokens.slice(first, verb).some((t) => /^(that|which|who)$/.test(t.norm))) return null;
  // '"You lie!" The crowd cheered.': after ? or ! a capitalised article opens a sentence of its own unless a cue follows.
  if (/^[?!]$/.test(tokens[quote.close - 1]!.text) && CAPITALISED_OPENERS.test(opener.text) && !isCueForm(tokens[verb]!)) return null;
  const headEnd = subjectEnd(sentence, first, verb);
  const before = speakerBeforeCue(sentence, headEnd);
  if (before.tokens === 0 || !before.speaker.mention) return null;
  return frame(sentence, quote, verb, before.speaker);
}

const NAME_SMALL_WORDS = wordPattern(ENGLISH_NAME_SMALL_WORDS);
/**
 * The verb after the subject: right after the subject's words, after a parenthesis ("Rep. Earl Blumenauer
 * (D-Ore.) said") or after an apposition's closing comma. A verb outside the cue table must end its clause
 * ('"Go back," Trump barked and …'): a capital after ? or ! may start a sentence of its own ('"You lie!"
 * Wilson was escorted out').
 */
function verbAfterSubject(sentence: Sentence, from: number): number {
  const { tokens } = sentence;
  let afterComma = false;
  let inSubject = true;
  for (let k = from + 1; k < sentence.to && k - from <= MAX_ATTRIBUTION_TOKENS; k++) {
    const t = tokens[k]!;
    // "(D-Ore.)": a parenthesis is read past whole, its dots included.
    if (t.text === "(") {
      const close = closingParenthesis(sentence, k);
      if (close === -1) return -1;
      k = close;
      continue;
    }
    if (isSentenceEnd(t) || (t.kind === "quote" && !afterComma)) return -1;
    // "has said" reports; "was escorted out" is a predicate, not an attribution.
    if (isAuxiliary(t)) return isCueForm(tokens[k + 1] ?? t) && !isAuxiliary(tokens[k + 1] ?? t) ? k + 1 : -1;
    if (isComma(t)) {
      afterComma = true;
      inSubject = false;
      continue;
    }
    const placed = inSubject || afterComma || tokens[k - 1]!.text === ")";
    if (placed && isVerbForm(t, tokens[k - 1]) && (isCueForm(t) || endsClause(sentence, k))) return k;
    if (inSubject && t.kind === "word" && /^\p{Ll}/u.test(t.text) && !NAME_SMALL_WORDS.test(t.norm)) inSubject = k - from < 8;
    afterComma = false;
  }
  return -1;
}

function endsClause(sentence: Sentence, verb: number): boolean {
  const next = sentence.tokens[verb + 1];
  return !next || verb + 1 >= sentence.to || isSentenceEnd(next) || isComma(next) || AFTER_INTRANSITIVE.test(next.norm) || /ly$/.test(next.norm);
}

/** Where the subject's own words end: the first comma, parenthesis or auxiliary after them, or the verb. */
function subjectEnd(sentence: Sentence, from: number, verb: number): number {
  for (let k = from + 1; k < verb; k++) if (isComma(sentence.tokens[k]) || sentence.tokens[k]!.text === "(" || isAuxiliary(sentence.tokens[k]!)) return k;
  return verb;
}

function closingParenthesis(sentence: Sentence, open: number): number {
  for (let k = open + 1; k < sentence.to && k - open <= 12; k++) if (sentence.tokens[k]!.text === ")") return k;
  return -1;
}

function frame(sentence: Sentence, quote: Quote, verb: number, speaker: ReturnType<typeof speakerAfterCue>): Frame {
  const { tokens } = sentence;
  let k = verb + 1;
  // The attribution ends with its sentence, at a semicolon or dash ("…," said Lorenzana; he described …), or where the quotation resumes.
  // '…," she said, adding that "…"': a participle clause after the attribution reports on its own.
  // '…," said one Democrat, who added that …': the speaker's relative clause reports on its own too.
  const relativeReport = (at: number) => /^(who|which)$/.test(tokens[at + 1]?.norm ?? "") && isCueForm(tokens[at + 2] ?? tokens[at]!);
  const ends = (at: number) =>
    isSentenceEnd(tokens[at]!) ||
    opensSubordinateReport(sentence, at) ||
    /^[;—–]$/.test(tokens[at]!.text) ||
    ((isComma(tokens[at]) || isColon(tokens[at])) && (sentence.quotes.byOpen.has(at + 1) || isNewStatementAt(sentence, at + 1) || relativeReport(at)));
  while (k < sentence.to && !ends(k) && k - verb <= MAX_ATTRIBUTION_TOKENS) k++;
  const attributionEnd = tokens[Math.min(k, sentence.to) - 1]!.end;
  const known = isCueForm(tokens[verb]!);
  return {
    quoteEnd: tokens[quote.close]!.end,
    attributionEnd,
    candidate: merged(
      acrossInterruption(sentence, verb, quote),
      {
        type: "direct" as const,
        cue: tokens[verb]!.text,
      },
      speaker,
      {
        confidence: speaker.mention ? (known ? 0.85 : 0.7) : 0.6,
      },
    ),
  };
}

/** The most tokens of a signature after its dash ("— Michelle Marks, Philadelphia."). */
const MAX_SIGNATURE_TOKENS = 16;

/**
 * '"…"\n\n- Bernie Sanders.', '"…" — Hillary Clinton, at the debate': a quotation that stands alone, signed on
 * its own line or after it by a dash and a name, is that person's words (fact checks and quote boxes print them so).
 */
export function dashSignature(previous: Sentence | null, unit: Sentence): Candidate | null {
  const { tokens } = unit;
  const inline = unit.quotes.byOpen.get(unit.from);
  if (inline?.closed && inline.close < unit.to - 1) return signed(unit, inline, inline.close + 1);
  const alone = previous?.quotes.byOpen.get(previous.from);
  if (!previous || !alone?.closed || alone.close < previous.to - 2 || (alone.close === previous.to - 2 && !isSentenceEnd(tokens[previous.to - 1]!)))
    return null;
  return signed(unit, alone, unit.from);
}

function signed(unit: Sentence, quote: Quote, dash: number): Candidate | null {
  const { tokens } = unit;
  const mark = tokens[dash]!;
  if (mark.kind !== "punct" || !/^([—–-]|--)$/.test(mark.text) || !/^\p{Lu}/u.test(tokens[dash + 1]?.text ?? "") || unit.to - dash > MAX_SIGNATURE_TOKENS)
    return null;
  for (let k = dash + 1; k < unit.to; k++) if (isVerbForm(tokens[k]!) || isAuxiliary(tokens[k]!)) return null;
  const speaker = speakerAfterCue(unit, dash);
  if (!speaker.mention) return null;
  return merged({ start: quote.start, end: quote.end, type: "direct" as const, cue: mark.text }, speaker, { confidence: 0.85 });
}

const QUOTATION_CONNECTIVES = wordSet(ENGLISH_QUOTATION_CONNECTIVES);

/** Where the sentence opening with the quotation at `open` starts: on a capitalised connective before it ("But", "Indeed,"), if any. */
export function sentenceOpening(tokens: Token[], open: number): number {
  const k = isComma(tokens[open - 1]) ? open - 2 : open - 1;
  const word = tokens[k];
  return word?.kind === "word" && /^\p{Lu}/u.test(word.text) && QUOTATION_CONNECTIVES.has(word.norm) ? k : open;
}

/** The most tokens of a dateline: "BEDFORD, N.H. (AP) —", "MACAU (Reuters) –". */
const MAX_DATELINE_TOKENS = 12;

/**
 * "WASHINGTON (AP) — A news report …", "MANCHESTER, N.H. -- The …": a place in capitals, its state and its agency,
 * then a dash, open a wire story's first paragraph; the paragraph's first sentence starts after them, so that a
 * statement's content never begins with the dateline. Returns where the paragraph's words start.
 */
export function afterDateline(tokens: Token[], from: number, to: number): number {
  let k = from;
  while (k < to && tokens[k]!.kind === "word" && /^\p{Lu}[\p{Lu}.'’]+$/u.test(tokens[k]!.text)) k++;
  if (k === from) return from;
  // ", N.H." or ", Iowa": the state after its comma.
  if (isComma(tokens[k])) for (k++; k < to && tokens[k]!.kind === "word" && /^\p{Lu}/u.test(tokens[k]!.text) && k - from < MAX_DATELINE_TOKENS;) k++;
  if (tokens[k]?.text === "(") while (k < to && tokens[k]!.text !== ")" && k - from < MAX_DATELINE_TOKENS) k++;
  if (tokens[k]?.text === ")") k++;
  return k < to - 1 && k - from < MAX_DATELINE_TOKENS && isDash(tokens[k]!) && /^\p{Lu}/u.test(tokens[k + 1]!.text) ? k + 1 : from;
}
