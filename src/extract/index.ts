import { arabicCue, findArabicStatements } from "./arabic.ts";
import { splitArticles } from "./articles.ts";
import { afterDateline, dashSignature, findEnglishFramed, sentenceOpening } from "./english-frames.ts";
import { detectLanguage as detectTextLanguage } from "./language.ts";
import { containsArabic } from "./normalize.ts";
import { pairQuotes, wordsInside, type Quote } from "./quotes.ts";
import { conflictingRoles, resolveSpeakers, roleWordsOf } from "./resolve.ts";
import { makeUnit, merged, type Sentence } from "./span.ts";
import { closesSentence, isSentenceEnd, tokenize, type Token } from "./tokenize.ts";
import type { Candidate, Extraction, ExtractedArticle, Language, Statement } from "./types.ts";

export type { Candidate, Extraction, ExtractedArticle, Language, SpeakerKind, Statement, StatementType } from "./types.ts";
export { editDistanceAtMostOne, normalizeWord, normalizedTokens, nameKey } from "./normalize.ts";
export { splitArticles, type ArticleRange } from "./articles.ts";

export interface ExtractOptions {
  /** Force a language instead of detecting it per article. */
  language?: Language;
  /** Treat the whole input as one article (no headline splitting). */
  singleArticle?: boolean;
}

/** Finds every attributed statement in `text`. Pure and deterministic: text in, statements out. */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  if (typeof text !== "string") throw new TypeError("extract() needs a string");
  const ranges = options.singleArticle ? [{ index: 0, start: 0, end: text.length, title: null }] : splitArticles(text);
  const articles: ExtractedArticle[] = [];
  const statements: Statement[] = [];
  for (const range of ranges) {
    const bodyStart = range.title !== null ? range.start + range.title.length : range.start;
    const language = options.language ?? detectLanguage(text, range.start, range.end);
    articles.push({ index: range.index, start: range.start, end: range.end, title: range.title, language });
    // (A loop, not a spread: an article of a hundred thousand statements would overflow the call stack.)
    for (const statement of extractArticle(text, bodyStart, range.end, range.index, language)) statements.push(statement);
  }
  // Grouped in one pass: a paste of thousands of articles must stay linear.
  const byArticle: Statement[][] = articles.map(() => []);
  for (const statement of statements) byArticle[statement.article]!.push(statement);
  return { language: options.language ?? dominantLanguage(articles, text), articles, statements: rolesAcrossArticles(byArticle).flat() };
}

/** A role's words as the in-article resolver folds them, without articles. */
function roleWords(role: string): string[] {
  return roleWordsOf(role, containsArabic(role) ? "ar" : "en");
}

/** The word a role is known by: «وزيرة التخطيط» → «وزيره», "the foreign minister" → "minister". */
function roleHead(words: string[], arabic: boolean): string {
  return (arabic ? words[0] : words[words.length - 1]) ?? "";
}

/**
 * A paste's articles are resolved one by one, so «وقالت الوزيرة» in one article does not know the minister
 * another article of the same paste names. A role left unnamed in its article goes to the one person the
 * whole paste names with that role, when there is exactly one; never when two share it, and never across
 * countries: «مدرب اليابان» is not «مدرب المنتخب السعودي».
 */
export function rolesAcrossArticles(articles: Statement[][]): Statement[][] {
  // Each head's distinct holders (a speaker with one wording of the role), so that a long paste stays linear.
  const holders = new Map<string, Map<string, { speaker: string; words: string[] }>>();
  for (const s of articles.flat()) {
    if (s.speakerKind !== "person" || !s.speaker || !s.speakerRole || s.speaker === s.speakerRole) continue;
    const words = roleWords(s.speakerRole);
    const head = roleHead(words, containsArabic(s.speakerRole));
    if (!head) continue;
    let byKey = holders.get(head);
    if (!byKey) holders.set(head, (byKey = new Map<string, { speaker: string; words: string[] }>()));
    byKey.set(`${s.speaker}|${words.join(" ")}`, { speaker: s.speaker, words });
  }
  if (holders.size === 0) return articles;
  const resolved = new Map<string, string | null>();
  const holderOf = (role: string): string | null => {
    const mine = roleWords(role);
    let found: string | null = null;
    for (const h of holders.get(roleHead(mine, containsArabic(role)))?.values() ?? []) {
      if (conflictingRoles(mine, h.words) || h.speaker === found) continue;
      if (found !== null) return null;
      found = h.speaker;
    }
    return found;
  };
  return articles.map((statements) =>
    statements.map((s) => {
      if (s.speakerKind !== "person" || !s.speaker || s.speaker !== s.speakerRole) return s;
      if (!resolved.has(s.speaker)) resolved.set(s.speaker, holderOf(s.speaker));
      const named = resolved.get(s.speaker)!;
      return named ? merged(s, { speaker: named }) : s;
    }),
  );
}

function extractArticle(text: string, from: number, to: number, article: number, language: Language): Statement[] {
  const tokens = tokenize(text, from, to);
  if (tokens.length === 0) return [];
  const { quotes, depth } = pairQuotes(tokens, language === "ar" ? (word) => !!arabicCue(word) : () => false, language === "ar");
  const byOpen = new Map<number, Quote>();
  const byClose = new Map<number, Quote>();
  for (const quote of quotes) {
    byOpen.set(quote.open, quote);
    if (quote.closed) byClose.set(quote.close, quote);
  }
  const find = language === "ar" ? findArabicStatements : findEnglishFramed;
  const candidates: Candidate[] = [];
  let unitStart = 0;
  let previous: Sentence | null = null;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.kind === "break") {
      const opening = language === "en" ? afterDateline(tokens, unitStart, i) : unitStart;
      if (i > opening) {
        const unit: Sentence = makeUnit(text, tokens, depth, { byOpen, byClose }, opening, i);
        for (const candidate of find(unit)) candidates.push(candidate);
        const signature = language === "en" ? dashSignature(previous, unit) : null;
        if (signature) candidates.push(signature);
        previous = unit;
      }
      unitStart = i + 1;
    }
  }
  const kept = withoutOverlaps(candidates.filter((c) => c.antecedentOnly || saysSomething(text, c)));
  return resolveSpeakers(withContinuedQuotations(kept, tokens, quotes, byClose, depth, language === "en"), text, article, language, { from, to });
}

/** «"" said Smith», ««» قال الوزير»: an empty quotation, or one of marks only, claims nothing to check. */
function saysSomething(text: string, candidate: Candidate): boolean {
  return candidate.end > candidate.start && /[\p{L}\p{N}]/u.test(text.slice(candidate.start, candidate.end));
}

/** A quotation this long with no cue of its own is a source still speaking, not a title or a scare quote. */
const MIN_CONTINUED_WORDS = 6;
/** Tokens between the previous statement and a quotation that still continues it. */
const MAX_CONTINUATION_GAP = 40;

/**
 * «He revealed that a reboot is being considered. "Jerry and I are talking to NBC at the moment."»: a quotation
 * that is a whole sentence, right after a statement and claimed by no cue, continues that statement's
 * speaker. In English it is the same statement, as an interrupted quotation is («"…," he said. "…"»); in
 * Arabic a statement of its own. One pass over the quotations with a cursor over the statements, so it
 * stays linear.
 */
function withContinuedQuotations(
  candidates: Candidate[],
  tokens: Token[],
  quotes: Quote[],
  byClose: Map<number, Quote>,
  depth: Uint8Array,
  merge: boolean,
): Candidate[] {
  const statements = candidates.filter((c) => !c.antecedentOnly);
  const sources = candidates.filter((c) => c.antecedentOnly);
  const added: Candidate[] = [];
  let next = 0;
  let nextSource = 0;
  let lastSourceAt = -1;
  let previous: Candidate | null = null;
  let lastTopLevel: Quote | null = null;
  for (const quote of quotes) {
    if (depth[quote.open] !== 0) continue;
    const reopened = lastTopLevel !== null && reopensParagraph(tokens, lastTopLevel, quote);
    const before = lastTopLevel;
    lastTopLevel = quote;
    if (!reopened && (!quote.closed || !standsAsSentence(tokens, quote, byClose))) continue;
    while (next < statements.length && statements[next]!.start < quote.end) {
      if (statements[next]!.end <= quote.start) previous = statements[next]!;
      next++;
    }
    // Claimed by a cue, or overlapping a statement: that statement is the one a later quotation may continue.
    if (next > 0 && statements[next - 1]!.end > quote.start) {
      previous = statements[next - 1]!;
      continue;
    }
    // A statement starting right after the quotation claims it ('"…," he adds'), unless the quotation or a paragraph ends first.
    const following = statements[next];
    // (Checked only for a statement within 40 characters, so that each quotation looks a bounded way ahead.)
    const near = following && following.start < tokens[quote.close]!.end + 40;
    if (near && !closesSentence(tokens, quote.close) && !sentenceEndsBefore(tokens, quote.close + 1, following.start)) continue;
    if (!reopened && wordsInside(tokens, quote) < MIN_CONTINUED_WORDS) continue;
    // (A reopened quotation goes on with the statement that holds the quotation its paragraph left open.)
    const holds = (c: Candidate) => (reopened ? c.end >= before!.start && c.start <= before!.end : followsClosely(tokens, depth, c, quote));
    if (!previous || !holds(previous)) continue;
    while (nextSource < sources.length && sources[nextSource]!.start < quote.start) lastSourceAt = sources[nextSource++]!.start;
    // «… "a citizenship election." Bystrom agreed. "…"»: a source named in between is who goes on speaking, not the statement before.
    const sameSource = lastSourceAt < previous.end;
    if (merge && previous.type !== "indirect" && sameSource) {
      (previous.interruptions ??= []).push({ start: previous.end, end: quote.start });
      previous.end = quote.end;
      continue;
    }
    // («"…," she said, adding that …. "…"»: the words that name who goes on speaking are those of the statement it continues.)
    previous = added[added.push(continuedQuotation(quote, merge && sameSource ? previous.mention : null)) - 1]!;
  }
  if (added.length === 0) return candidates;
  return [...candidates, ...added].sort((a, b) => a.start - b.start);
}

/** A quotation that goes on with the speaker before it, as a statement of its own. */
function continuedQuotation(quote: Quote, mention: Candidate["mention"]): Candidate {
  return {
    start: quote.start,
    end: quote.end,
    type: "direct",
    cue: "",
    mention,
    name: null,
    role: null,
    kind: null,
    anaphor: true,
    gender: null,
    confidence: 0.5,
  };
}

/** «"…¶"…»: news copy leaves a quotation open at the end of its paragraph and reopens it at the start of the next. */
function reopensParagraph(tokens: Token[], before: Quote, quote: Quote): boolean {
  return !before.closed && tokens[before.close + 1]?.kind === "break" && quote.open === before.close + 2;
}

/** The quotation is a sentence of its own: a sentence ends before it («“…boxes.” “He’s …”» too) and it ends one. */
function standsAsSentence(tokens: Token[], quote: Quote, byClose: Map<number, Quote>): boolean {
  const before = tokens[sentenceOpening(tokens, quote.open) - 1];
  const after = tokens[quote.close + 1];
  if (before && !isSentenceEnd(before) && !(byClose.has(quote.open - 1) && closesSentence(tokens, quote.open - 1))) return false;
  return closesSentence(tokens, quote.close) || !after || isSentenceEnd(after);
}

/** The previous statement ends in the sentence just before the quotation, or the one before that (a paragraph break may come between). */
function followsClosely(tokens: Token[], depth: Uint8Array, previous: Candidate, quote: Quote): boolean {
  let tokenAt = quote.open;
  while (tokenAt > 0 && tokens[tokenAt - 1]!.end > previous.end) if (quote.open - --tokenAt > MAX_CONTINUATION_GAP) return false;
  let boundaries = 0;
  for (let k = tokenAt; k < quote.open; k++) if (isSentenceEnd(tokens[k]!) && depth[k] === 0) boundaries++;
  return boundaries <= 2;
}

/** Whether a sentence or paragraph ends between token `from` and the character offset `before`. */
function sentenceEndsBefore(tokens: Token[], from: number, before: number): boolean {
  for (let k = from; k < tokens.length && tokens[k]!.start < before; k++) if (isSentenceEnd(tokens[k]!) || tokens[k]!.kind === "break") return true;
  return false;
}

/** Two cues can claim one stretch of text; keep the more confident, then the earlier. */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.confidence - a.confidence);
  const kept: Candidate[] = [];
  let previous = -1;
  for (const candidate of sorted) {
    if (candidate.antecedentOnly) {
      kept.push(candidate);
      continue;
    }
    const last = kept[previous];
    if (last && candidate.start < last.end) {
      const overlap = Math.min(last.end, candidate.end) - candidate.start;
      if (overlap > 0.5 * (candidate.end - candidate.start) || overlap > 0.5 * (last.end - last.start)) {
        if (candidate.confidence > last.confidence && candidate.mention && !last.mention) kept[previous] = candidate;
        continue;
      }
    }
    previous = kept.push(candidate) - 1;
  }
  return kept;
}

/** The language of one article, from a sample of its start; text without letters counts as English. */
function detectLanguage(text: string, from: number, to: number): Language {
  return detectTextLanguage(text.slice(from, Math.min(to, from + 4000))) === "ar" ? "ar" : "en";
}

function dominantLanguage(articles: ExtractedArticle[], text: string): Language {
  if (articles.length === 0) return detectLanguage(text, 0, text.length);
  let ar = 0;
  for (const article of articles) if (article.language === "ar") ar += article.end - article.start;
  return ar * 2 >= articles.reduce((sum, a) => sum + a.end - a.start, 0) ? "ar" : "en";
}
