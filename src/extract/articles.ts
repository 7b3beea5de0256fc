export interface ArticleRange {
  index: number;
  start: number;
  end: number;
  title: string | null;
}

const FINAL_PUNCTUATION = /[.!?؟:…،,;)\]]$/;
const TRAILING_QUOTES = /["”»'’\s]+$/;
const MAX_HEADLINE_CHARS = 160;
/** Sub-headings inside one story are short too; only a body this long before one ends a story. */
const MIN_ARTICLE_CHARS = 200;
/** Sub-headings («النتائج», «أقوال أهلي البرج») are shorter than headlines. */
const MIN_HEADLINE_WORDS = 4;
/** A byline or dateline may stand between a headline and its body: the body is looked for this many lines ahead. */
const BODY_LOOKAHEAD = 3;
/** '"We built more homes …." — Tom Becker, at the town hall': a quotation signed by a dash is a quote box, not a headline. */
const SIGNED_QUOTATION = /^["“«].*[.!?؟]["”»]\s*[—–-]\s*\p{Lu}/u;
/** A headline never opens with the conjunction و on a verb or particle: such a line goes on from the one before. */
const CONTINUATION = /^و(كان|كانت|قد|لقد|لم|لن|في|من|على|إن|أن|ان|هو|هي|هذا|هذه|ذلك|تم|يذكر|قال|قالت|أكد|أكدت|أضاف|أضافت|أشار|أشارت)\s/u;

/**
 * Splits a paste into articles. A short line without final punctuation, followed by body text, is a
 * headline and starts a new article once the current one has a body of its own.
 */
export function splitArticles(text: string): ArticleRange[] {
  const lines: { start: number; end: number; text: string; blankBefore: boolean }[] = [];
  let at = 0;
  let blankBefore = false;
  while (at <= text.length) {
    let next = text.indexOf("\n", at);
    if (next === -1) next = text.length;
    const raw = text.slice(at, next);
    const trimmed = raw.trim();
    if (trimmed !== "") {
      const lead = raw.length - raw.trimStart().length;
      lines.push({ start: at + lead, end: at + lead + trimmed.length, text: trimmed, blankBefore });
      blankBefore = false;
    } else blankBefore = true;
    at = next + 1;
  }
  const articles: ArticleRange[] = [];
  let current: ArticleRange | null = null;
  let bodyChars = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const bodyFollows = lines.slice(k + 1, k + 1 + BODY_LOOKAHEAD).some((next) => next.text.length > line.text.length);
    const ending = line.text.replace(TRAILING_QUOTES, "");
    // A paste's first line may be a headline that asks or exclaims («ماذا قال البلوي؟», «… بطلها موظف!»).
    const ended = FINAL_PUNCTUATION.test(ending) && !(k === 0 && /[!?؟]$/.test(ending));
    const headline = line.text.length <= MAX_HEADLINE_CHARS && !ended && bodyFollows && !CONTINUATION.test(line.text) && !SIGNED_QUOTATION.test(line.text);
    // Articles in a paste are set apart by a blank line at least; a teaser or sub-heading set off by a line
    // break alone belongs to the story it stands in.
    if (headline && (current === null || (line.blankBefore && bodyChars >= MIN_ARTICLE_CHARS && line.text.split(/\s+/).length >= MIN_HEADLINE_WORDS))) {
      if (current) current.end = trimEnd(text, line.start);
      current = { index: articles.length, start: line.start, end: line.end, title: line.text };
      articles.push(current);
      bodyChars = 0;
      continue;
    }
    if (!current) {
      current = { index: articles.length, start: line.start, end: line.end, title: null };
      articles.push(current);
    }
    current.end = line.end;
    bodyChars += line.text.length;
  }
  return articles;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}
