import { buildSpan, type Sentence } from './span.ts';
import { isComma, isSentenceEnd, type Token } from './tokenize.ts';
import type { Candidate, Gender, SpeakerFields, SpeakerKind } from './types.ts';

const CUES = new Set(`said says say saying told tells telling added adds adding warned warns warning argued argues claimed claims claiming
  stated announced announces explained explains noted insisted insists urged urges called suggested suggests reported alleged alleges
  confirmed confirms denied denies described describes emphasized emphasised emphasizing stressed remarked remarking tweeted wrote writes
  acknowledged agreed cautioned indicated revealed pledged proposed recommended recommending requested asked encouraged recalled admitted
  predicted disclosed declared commented responded replied sharing accused credit credits maintained concluded conceded estimated vowed
  promised threatened questioned wondered`.split(/\s+/).filter(Boolean));
/** Cues whose object is part of the content ("urged locals to …", "described the attack as …"). */
const OBJECT_IN_CONTENT = new Set(['urged', 'urges', 'called', 'encouraged', 'asked', 'requested', 'described', 'describes', 'accused', 'credit', 'credits', 'pledged', 'proposed', 'recommended', 'recommending', 'emphasized', 'emphasised', 'stressed', 'questioned']);
const OBJECT_BEFORE_CONTENT = new Set(['told', 'tells', 'telling', 'warned', 'warns', 'reminded', 'assured', 'informed']);
const DETERMINERS = new Set(['the', 'a', 'an', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'this', 'that', 'no', 'any', 'some', 'to', 'of', 'in', 'for', 'by', 'with', 'on', 'at', 'from', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had']);
const ADVERBS = new Set(['also', 'further', 'then', 'reportedly', 'later', 'previously', 'earlier', 'yesterday', 'today', 'recently', 'once', 'again', 'publicly', 'repeatedly', 'initially', 'separately', 'similarly', 'both', 'has', 'have', 'had', 'would', 'will', 'did', 'does', 'allegedly', 'not', 'never', 'only', 'even', 'still', 'first', 'subsequently', 'finally', 'immediately', 'already', 'went']);
const PRONOUNS: Record<string, Gender | null> = { he: 'm', she: 'f', they: 'plural', it: null, we: 'plural', i: null };
const BOUNDARY_WORDS = new Set(['and', 'but', 'while', 'as', 'because', 'although', 'though', 'when', 'which', 'who', 'that', 'where', 'after', 'before', 'since', 'if', 'so', 'whereas', 'however']);
const TIME_WORDS = new Set(['on', 'at', 'in', 'during', 'yesterday', 'today', 'tonight', 'last', 'this', 'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'after', 'following', 'before', 'via', 'through', 'over', 'from']);
const ORG_WORDS = /\b(ministry|department|agency|police|government|council|committee|commission|company|corporation|association|organization|organisation|office|court|army|navy|guard|party|union|bureau|service|university|institute|center|centre|foundation|board|post|times|news|press|reuters|bbc|cnn|abc|nbc|palace|administration|authority|authorities|federation|league|club|team|group|unesco|nasa|upguard)\b/i;
const GROUP_WORDS = /^(officials|authorities|police|scientists|researchers|experts|protesters|protestors|activists|witnesses|residents|investigators|sources|reports|critics|analysts|doctors|organizers|organisers|several|some|many|others|local)\b/i;
const ANONYMOUS = /\b(asked not to be named|not authorized|not authorised|on condition of anonymity|anonymous|unnamed|a source|one source|a senior official|an official|one official|a spokesperson|one mp|an mp|a spokesman|a spokeswoman)\b/i;

function isCue(token: Token | undefined, previous: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const word = token.text;
  if (!CUES.has(word) && !(CUES.has(word.toLowerCase()) && /^(Remarked|Said|Added)$/.test(word))) return false;
  if (previous && previous.kind === 'word' && DETERMINERS.has(previous.norm) && !/^(has|have|had)$/.test(previous.norm)) return false;
  return true;
}

export function findEnglishStatements(sentence: Sentence): Candidate[] {
  const { tokens, depth } = sentence;
  const found: Candidate[] = [];
  for (let i = sentence.from; i < sentence.to; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || depth[i]! > 0) continue;
    if (token.norm === 'according' && tokens[i + 1]?.norm === 'to') {
      const frame = accordingTo(sentence, i);
      if (frame) found.push(frame);
      continue;
    }
    if (!isCue(token, tokens[i - 1])) continue;
    // "twelve reported by industry sources" is passive; "asked him if …" is a question.
    if (tokens[i + 1]?.norm === 'by') continue;
    if (/^(asked|asks)$/.test(token.norm) && [1, 2, 3].some((n) => /^(if|whether|how|what|why|about|when|where|who)$/.test(tokens[i + n]?.norm ?? ''))) continue;
    const candidate = fromCue(sentence, i);
    if (candidate) found.push(candidate);
  }
  return found;
}

function fromCue(sentence: Sentence, i: number): Candidate | null {
  const { tokens, quotes } = sentence;
  const cueText = tokens[i]!.text;
  // "…," said Smith.  /  "…," Smith said.  /  …, police said.
  const before = speakerBeforeCue(sentence, i);
  const closeIndex = before.start - 1 - (isComma(tokens[before.start - 1]) ? 1 : 0);
  const precedingQuote = quotes.byClose.get(isComma(tokens[i - 1]) ? i - 2 : i - 1) ?? quotes.byClose.get(closeIndex);
  if (precedingQuote && (precedingQuote.close === i - 1 || precedingQuote.close === i - 2 || precedingQuote.close === closeIndex)) {
    const speaker = before.tokens > 0 ? before.speaker : speakerAfterCue(sentence, i);
    let end = precedingQuote.end;
    // "…," he told Scientific American, "…": one statement across the interruption.
    const resume = quoteAfterAttribution(sentence, i);
    if (resume) end = resume.end;
    const type = 'direct';
    return { start: precedingQuote.start, end, type, cue: cueText, ...speaker, confidence: speaker.mention ? 0.9 : 0.6 };
  }
  const speaker = before.tokens > 0 ? before.speaker : null;
  let j = i + 1;
  if (tokens[j]?.norm === 'to' && /^(add|say)$/.test(tokens[j + 1]?.norm ?? '')) j += 2;
  if (/^(out)$/.test(tokens[j]?.norm ?? '')) j++;
  if (OBJECT_BEFORE_CONTENT.has(tokens[i]!.norm)) j = skipObject(sentence, j);
  else if (tokens[j]?.norm === 'to' && startsUpper(tokens[j + 1])) j = skipObject(sentence, j + 1);
  j = skipAdverbials(sentence, j);
  if (tokens[j]?.norm === 'that') j++;
  if (tokens[j]?.kind === 'punct' && (tokens[j]!.text === ':' || tokens[j]!.text === ',') && tokens[j + 1]?.kind === 'quote') j++;
  const trailing = j >= sentence.to || isSentenceEnd(tokens[j]!) || (isComma(tokens[j]) && tokens[j + 1]?.kind !== 'quote');
  if (trailing) {
    // …, police said.  /  The device was not airworthy, investigators have said, and …
    if (!speaker || !isComma(tokens[before.start - 1])) return null;
    const start = sentence.clauseStart(i);
    const span = buildSpan(sentence, start, isNewStatementAt, before.start - 1);
    if (!span) return null;
    return { ...span, cue: cueText, ...speaker, role: null, confidence: 0.75 };
  }
  const span = buildSpan(sentence, j, isNewStatementAt);
  if (!span) return null;
  const who = speaker ?? { mention: null, name: null, role: null, kind: null, anaphor: true, gender: null };
  return { ...span, cue: cueText, ...who, confidence: who.mention ? (span.type === 'direct' ? 0.9 : 0.8) : 0.6 };
}

function startsUpper(token: Token | undefined): boolean {
  return !!token && token.kind === 'word' && /^\p{Lu}/u.test(token.text);
}

function skipObject(sentence: Sentence, j: number): number {
  const { tokens } = sentence;
  let k = j;
  if (/^(reporters|journalists|wikinews|him|her|them|us|me|parliament|congress|lawmakers|supporters)$/i.test(tokens[k]?.text ?? '')) return k + 1;
  if (/^(the|our|a)$/i.test(tokens[k]?.text ?? '') && /^(press|media|reporters|correspondent|paper|audience|crowd|court|jury|committee|newspaper|agency|bbc)$/i.test(tokens[k + 1]?.text ?? '')) return k + 2;
  if (tokens[k]?.norm === 'the') k++;
  let n = 0;
  while (k < sentence.to && startsUpper(tokens[k]) && n < 6) {
    k++;
    n++;
  }
  return n > 0 ? k : j;
}

function skipAdverbials(sentence: Sentence, j: number): number {
  const { tokens } = sentence;
  let k = j;
  for (let guard = 0; guard < 3; guard++) {
    const word = tokens[k]?.norm ?? '';
    if (/^(yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|previously|recently|also)$/.test(word)) {
      k++;
      continue;
    }
    if (/^(on|at|in|during|via|last|this)$/.test(word)) {
      // "said on Friday", "said at a press conference yesterday morning", "said in a statement"
      let m = k + 1;
      // A "the" right after the preposition belongs to the phrase ("at the rally"); a later one starts the content.
      const endsPhrase = (at: number) => tokens[at]!.norm === 'that' || (tokens[at]!.norm === 'the' && at > k + 1);
      while (m < sentence.to && m - k <= 6 && tokens[m]!.kind === 'word' && !endsPhrase(m)) {
        if (/^(friday|monday|tuesday|wednesday|thursday|saturday|sunday|statement|conference|interview|remarks|tweet|post|release|morning|afternoon|evening|night|week|year|month|twitter|facebook|instagram|television|radio|court|rally|speech)$/.test(tokens[m]!.norm)) {
          k = m + 1;
          if (/^(yesterday|today|morning|afternoon|evening)$/.test(tokens[k]?.norm ?? '')) k++;
          if (/^(morning|afternoon|evening)$/.test(tokens[k]?.norm ?? '')) k++;
          break;
        }
        m++;
      }
      if (k === j || k <= m - 7) break;
      if (isComma(tokens[k])) k++;
      continue;
    }
    break;
  }
  return k;
}

interface ParsedSpeaker extends SpeakerFields {
  anaphor: boolean;
  gender: Gender | null;
}

/** The noun phrase right before a cue, across an apposition ("Nancy Pelosi, the Speaker of the House, said"). */
function speakerBeforeCue(sentence: Sentence, i: number): { start: number; tokens: number; speaker: ParsedSpeaker } {
  const { tokens, depth } = sentence;
  let k = i - 1;
  for (let guard = 0; guard < 4; guard++) {
    while (k >= sentence.from && tokens[k]!.kind === 'word' && ADVERBS.has(tokens[k]!.norm) && !/^(to|on)$/.test(tokens[k]!.norm)) k--;
    // "Baslan Damang … on Tuesday told": a time phrase between the speaker and the cue.
    if (k - 1 >= sentence.from && /^(on|in|at|last|this)$/.test(tokens[k - 1]!.norm) && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|year|month|night|morning|statement|interview)$/.test(tokens[k]!.norm)) {
      k -= 2;
      continue;
    }
    if (k >= sentence.from && /^(yesterday|today|tonight|earlier|later|previously)$/.test(tokens[k]!.norm)) {
      k--;
      continue;
    }
    break;
  }
  if (k > sentence.from && isComma(tokens[k]) && tokens[k - 1]!.kind === 'word') k--;
  const segments: [number, number][] = [];
  let end = k + 1;
  let start = end;
  for (let guard = 0; guard < 3; guard++) {
    let s = end;
    while (s > sentence.from && s > end - 12) {
      const t = tokens[s - 1]!;
      if (t.kind !== 'word' && !(t.kind === 'punct' && /['’\-]/.test(t.text))) break;
      if (depth[s - 1]! > 0) break;
      if (BOUNDARY_WORDS.has(t.norm) && s < end) break;
      if (CUES.has(t.norm)) break;
      s--;
    }
    if (s === end) break;
    segments.push([s, end]);
    start = s;
    if (isComma(tokens[s - 1]) && s - 1 > sentence.from && tokens[s - 2]!.kind === 'word' && guard < 2) {
      end = s - 1;
      continue;
    }
    break;
  }
  if (segments.length === 0) return { start: i, tokens: 0, speaker: none() };
  // Prefer the segment that holds a person's name; otherwise the one next to the cue.
  const named = segments.find(([a, b]) => personName(sentence, a, b) !== null);
  const [a, b] = named ?? segments[0]!;
  start = a;
  const first = tokens[a]!;
  const lastToken = tokens[b - 1]!;
  const text = sentence.text.slice(first.start, lastToken.end);
  if (b - a === 1 && first.norm in PRONOUNS) {
    return { start, tokens: b - a, speaker: { mention: { start: first.start, end: first.end, text }, name: null, role: null, kind: null, anaphor: true, gender: PRONOUNS[first.norm] ?? null } };
  }
  if (b - a > 9) return { start: i, tokens: 0, speaker: none() };
  const lastCapital = [...text.matchAll(/\b\p{Lu}[\p{L}'’]*/gu)].pop()?.[0] ?? '';
  const name = ORG_WORDS.test(lastCapital) ? organizationName(sentence, a, b) : personName(sentence, a, b);
  const roleSegment = segments.find((segment) => segment !== (named ?? segments[0]));
  const role = roleSegment ? sentence.text.slice(tokens[roleSegment[0]]!.start, tokens[roleSegment[1] - 1]!.end) : name && name !== text ? text.slice(0, text.indexOf(name)).trim() || null : null;
  return { start, tokens: b - a, speaker: { mention: { start: first.start, end: lastToken.end, text }, name, role, kind: englishKind(text, name), anaphor: false, gender: null } };
}

/** "The Coast Guard" → "Coast Guard"; "the Center for Biological Diversity" → "Center for Biological Diversity". */
function organizationName(sentence: Sentence, a: number, b: number): string | null {
  const { tokens } = sentence;
  let first = a;
  while (first < b && !/^\p{Lu}/u.test(tokens[first]!.text)) first++;
  if (first < b && /^(The|A|An)$/.test(tokens[first]!.text)) first++;
  let last = b - 1;
  while (last > first && !/^\p{Lu}/u.test(tokens[last]!.text)) last--;
  if (first > last) return null;
  return sentence.text.slice(tokens[first]!.start, tokens[last]!.end).replace(/['’]s$/, '');
}

function none(): ParsedSpeaker {
  return { mention: null, name: null, role: null, kind: null, anaphor: true, gender: null };
}

export const TITLE_WORDS = /^(Represenative|Whip|Minority|Majority|Mr|Mrs|Ms|Dr|Prof|Professor|President|Senator|Sen|Rep|Representative|Judge|Mayor|Governor|Minister|Secretary|Chancellor|King|Queen|Prince|Princess|Pope|Bishop|General|Gen|Captain|Chief|Director|Superintendent|Admiral|Commandant|Assemblywoman|Assemblyman|Speaker|Vice|Prime|Foreign|Defence|Defense|Deputy|Former|Newly|State|Regional|Chair|Chairman|CEO|MP|Lord|Sir|Dame|Saint|Emeritus|Minority|Majority|Leader|Whip|Commissioner|Ambassador|Coach|Officer|Detective|Inspector|Sergeant|Lieutenant|Colonel|Major|Spokesperson|Spokesman|Spokeswoman|Republican|Democrat|Democratic|Labour|Conservative|Scientist|Ecologist|Violinist|Professional|Guests?|Honour|First|Lady|Greek|Turkish|Thai|US|U\.S\.|American|British|Indonesian|Philippine|Afghan|Mexican|Canadian|Russian|Chinese|French|German|Italian|Israeli|Iranian|Syrian|Former|Acting|Interim|Scripps|Oceanography|NASA|CIA|University|The|A|An|Of|And|In|At|On|For|Roman|Catholic|Special|Effects|Costumer|Planetary|Center|Centre|Rutgers|Metropolitan|Senate|House|Intelligence|Committee|Organisation|Organization|Islamic|Cooperation|Administrator|Head|Expert|Ms\.|Mr\.|Dr\.|Mrs\.)$/;

/** The longest run of capitalised words that is not a title: "Senator Ted Cruz" → "Ted Cruz". */
function personName(sentence: Sentence, a: number, b: number): string | null {
  const { tokens } = sentence;
  let best: [number, number] | null = null;
  let runStart = -1;
  for (let k = a; k <= b; k++) {
    const token = tokens[k];
    const capital = k < b && token!.kind === 'word' && /^\p{Lu}/u.test(token!.text) && !TITLE_WORDS.test(token!.text.replace(/['’]s$/, '')) && !ORG_WORDS.test(token!.text);
    const joiner = k < b && runStart !== -1 && token!.kind === 'word' && /^(de|van|von|der|dela|del|da|al|bin|ibn|la|le|di|du)$/.test(token!.text);
    if (capital || joiner) {
      if (runStart === -1) runStart = k;
    } else if (runStart !== -1) {
      if (!best || k - runStart >= best[1] - best[0]) best = [runStart, k];
      runStart = -1;
    }
  }
  if (!best) return null;
  const first = tokens[best[0]]!;
  const last = tokens[best[1] - 1]!;
  const name = sentence.text.slice(first.start, last.end).replace(/['’]s$/, '');
  if (/^(He|She|They|It|We|I|This|That|These|Those|Some|Several|Many|Most|Both|All|One|Local|Police|Officials|Authorities|Sources|Reports|Scientists|Protesters|Investigators|When|If|As|While|After|Before|Since|Although|However|Meanwhile|Yesterday|Today|Last|Earlier|Later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(name)) return null;
  return name;
}

function englishKind(text: string, name: string | null): SpeakerKind {
  if (ANONYMOUS.test(text) && !name) return 'anonymous';
  if (ORG_WORDS.test(text) && !name) return 'organization';
  if (name && ORG_WORDS.test(name)) return 'organization';
  if (GROUP_WORDS.test(text) && !name) return 'group';
  if (name) return 'person';
  return 'unknown';
}

function speakerAfterCue(sentence: Sentence, i: number): ParsedSpeaker {
  const { tokens } = sentence;
  let end = i + 1;
  while (end < sentence.to && tokens[end]!.kind === 'word' && end - i <= 12 && !TIME_WORDS.has(tokens[end]!.norm)) end++;
  if (end === i + 1) return none();
  const first = tokens[i + 1]!;
  const last = tokens[end - 1]!;
  const text = sentence.text.slice(first.start, last.end);
  const name = personName(sentence, i + 1, end);
  if (end - i - 1 === 1 && first.norm in PRONOUNS) return { ...none(), mention: { start: first.start, end: first.end, text }, gender: PRONOUNS[first.norm] ?? null };
  return { mention: { start: first.start, end: last.end, text }, name, role: name && name !== text ? text : null, kind: englishKind(text, name), anaphor: false, gender: null };
}

function quoteAfterAttribution(sentence: Sentence, i: number): { end: number } | null {
  const { tokens, quotes } = sentence;
  for (let k = i + 1; k < sentence.to && k - i <= 10; k++) {
    if (isSentenceEnd(tokens[k]!)) return null;
    if (isComma(tokens[k]) && quotes.byOpen.has(k + 1)) {
      const quote = quotes.byOpen.get(k + 1)!;
      return { end: quote.end };
    }
  }
  return null;
}

/** "According to Jane Doe, …" and "…, according to police." */
function accordingTo(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  let end = i + 2;
  while (end < sentence.to && (tokens[end]!.kind === 'word' || (tokens[end]!.kind === 'punct' && /['’.\-]/.test(tokens[end]!.text) && !isSentenceEnd(tokens[end]!))) && end - i < 16) end++;
  if (end === i + 2) return null;
  const first = tokens[i + 2]!;
  const last = tokens[end - 1]!;
  const text = sentence.text.slice(first.start, last.end);
  const name = personName(sentence, i + 2, end);
  const speaker = { mention: { start: first.start, end: last.end, text }, name, role: name && name !== text ? text.slice(0, text.indexOf(name)).trim() || null : null, kind: englishKind(text, name), anaphor: false, gender: null };
  const atStart = i === sentence.clauseStart(i);
  let span;
  if (atStart && isComma(tokens[end])) span = buildSpan(sentence, end + 1, isNewStatementAt);
  else {
    let stop = i;
    if (isComma(tokens[stop - 1])) stop--;
    const start = sentence.clauseStart(i);
    if (stop <= start) return null;
    span = buildSpan(sentence, start, isNewStatementAt, stop);
  }
  if (!span) return null;
  return { ...span, cue: 'according to', ...speaker, confidence: 0.75 };
}

/** A new statement starts at a cue after a comma or a conjunction, or at "according to". */
export function isNewStatementAt(sentence: Sentence, k: number): boolean {
  const { tokens } = sentence;
  const token = tokens[k]!;
  if (token.norm === 'according' && tokens[k + 1]?.norm === 'to' && isComma(tokens[k - 1])) return true;
  if (token.kind === 'word' && /^(saying|adding|noting|warning|claiming|remarking|explaining)$/.test(token.norm) && isComma(tokens[k - 1])) return true;
  if (token.norm === 'and' && tokens[k + 1] && isCue(tokens[k + 1], token) && /ed$|says$/.test(tokens[k + 1]!.norm)) return true;
  // "…, Smith told Wikinews, …": a cue shortly after a comma opens another attribution.
  if (isCue(token, tokens[k - 1]) && tokens[k + 1]?.norm !== 'by') {
    for (let m = k - 1; m >= sentence.from && m >= k - 6; m--) {
      if (isComma(tokens[m]) || tokens[m]!.kind === 'quote') return true;
      if (tokens[m]!.kind !== 'word') break;
    }
  }
  return false;
}
