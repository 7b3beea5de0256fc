import { antecedentOnly, buildSpan, merged, scanWords, type Sentence } from "./span.ts";
import { wordsInside, type Quote } from "./quotes.ts";
import { closesSentence, isColon, isComma, isSentenceEnd, type Token } from "./tokenize.ts";
import type { Candidate, Gender, SpeakerFields, SpeakerKind } from "./types.ts";
import {
  ENGLISH_CLAUSE_PARTICIPLES,
  ENGLISH_FIRST_CUE_FORMS,
  ENGLISH_CUE_COMPOUNDS,
  ENGLISH_CUES,
  ENGLISH_IRREGULAR_PAST,
  ENGLISH_LY_NOUNS,
  ENGLISH_NEVER_SPEAKER_HEADS,
  ENGLISH_NOT_SPEAKER_LABELS,
  ENGLISH_SOURCING_TERMS,
  ENGLISH_SPEECH_MANNER_ADVERBS,
} from "./lexicon/english-cues.ts";
import { capitalised, phrasePattern, tableLines, wordPattern, wordSet, type WordTest } from "./lexicon/table.ts";
import {
  ENGLISH_ADDRESSEES,
  ENGLISH_ADDRESSEE_DETERMINERS,
  ENGLISH_ADDRESSEE_ENDS,
  ENGLISH_ADDRESSEE_HEADS,
  ENGLISH_ADDRESSEE_OPENERS,
  ENGLISH_ADVERBS,
  ENGLISH_AFTER_AS_VERB,
  ENGLISH_AFTER_BUT_NEW_CLAUSE,
  ENGLISH_AFTER_CALLS_VERB,
  ENGLISH_AFTER_NAME,
  ENGLISH_AFTER_THAT_AS_OBJECT,
  ENGLISH_ANONYMOUS,
  ENGLISH_ANTECEDENT_ENDS,
  ENGLISH_APPOSITION_OPENERS,
  ENGLISH_ARTICLES_AND_POSSESSIVES,
  ENGLISH_ASIDES,
  ENGLISH_ASPECT_VERBS,
  ENGLISH_ATTRIBUTION_ENDS,
  ENGLISH_AUXILIARIES,
  ENGLISH_BOUNDARY_WORDS,
  ENGLISH_CAPITALISED_OPENERS,
  ENGLISH_CAPITALISED_SMALL_WORDS,
  ENGLISH_CASTING_VERBS,
  ENGLISH_CIRCUMSTANCE_HEADS,
  ENGLISH_CIRCUMSTANCE_OPENERS,
  ENGLISH_CLAUSE_SUBJECT_OPENERS,
  ENGLISH_COLON_VERBS,
  ENGLISH_COMPLEMENT_THAT_WORDS,
  ENGLISH_CUT_PHRASE_OPENERS,
  ENGLISH_DATING_TITLE_WORDS,
  ENGLISH_DEGREE_WORDS,
  ENGLISH_DESCRIBED_SOURCE_OPENERS,
  ENGLISH_DETERMINERS,
  ENGLISH_DISPLAYS,
  ENGLISH_DOCUMENT_NOUNS,
  ENGLISH_DURATION_NOUNS,
  ENGLISH_EMPTY_OBJECTS,
  ENGLISH_PERSON_OF_BODY,
  ENGLISH_FINDING_OPENERS,
  ENGLISH_GERUND_GOVERNORS,
  ENGLISH_HEADLINE_SMALL_WORDS,
  ENGLISH_HEAD_MODIFIER_OPENERS,
  ENGLISH_HIDES_SUBJECT,
  ENGLISH_INFINITIVE_TAKERS,
  ENGLISH_INTRO_ADVERBS,
  ENGLISH_INTRO_WORDS,
  ENGLISH_JUDGED_OBJECT_OPENERS,
  ENGLISH_LABEL_SMALL_WORDS,
  ENGLISH_MODALS,
  ENGLISH_NAME_FOLLOWERS,
  ENGLISH_NAME_BLOCKING_OPENERS,
  ENGLISH_NAME_JOINING_HEADS,
  ENGLISH_NAME_PARTICLES,
  ENGLISH_NAMING_CUES,
  ENGLISH_NEGATION_AND_BE,
  ENGLISH_NOT_A_NAME,
  ENGLISH_NOT_NOUN_AFTER_ED,
  ENGLISH_NOT_SOURCES,
  ENGLISH_NOT_VERBS_IN_S,
  ENGLISH_NOUN_FORMS,
  ENGLISH_NOUN_PHRASE_OPENERS,
  ENGLISH_NO_CLAUSE_AFTER_BELIEF,
  ENGLISH_NUMBER_WORDS,
  ENGLISH_OBJECT_BEFORE_CONTENT,
  ENGLISH_OPENING_CLAUSE_WORDS,
  ENGLISH_ORG_WORDS,
  ENGLISH_PARENTHETICAL_SUBORDINATORS,
  ENGLISH_PARTICIPLE_OPENERS,
  ENGLISH_PARTICIPLE_PREPOSITIONS,
  ENGLISH_PHRASE_BEFORE_QUOTE_OPENERS,
  ENGLISH_PHRASE_OPEN_BEFORE_FRAME,
  ENGLISH_PHRASE_PREPOSITIONS,
  ENGLISH_PLACE_PREPOSITIONS,
  ENGLISH_PREPOSITIONS_BEFORE_ADJECTIVE,
  ENGLISH_PREPOSITIONS_BEFORE_LABEL,
  ENGLISH_PREPOSITIONS_BEFORE_NOUN_CUE,
  ENGLISH_PREPOSITIONS_BEFORE_OBJECT,
  ENGLISH_PREPOSITIONS_BEFORE_THAT,
  ENGLISH_QUESTION_OPENERS,
  ENGLISH_REDUCED_RELATIVE_OPENERS,
  ENGLISH_REPORT_MODIFIERS,
  ENGLISH_REPORT_TO_FORMS,
  ENGLISH_SCENE_PREPOSITIONS,
  ENGLISH_STATEMENT_MODIFIERS,
  ENGLISH_SUBJECT_INNER_WORDS,
  ENGLISH_SUBORDINATORS,
  ENGLISH_TIME_ADVERBS_AFTER_CUE,
  ENGLISH_TIME_NOUNS_AS_NAMES,
  ENGLISH_TIME_PHRASE_OPENERS,
  ENGLISH_TIME_WORDS,
  ENGLISH_TITLE_SMALL_WORDS,
  ENGLISH_TITLE_WORDS,
  ENGLISH_VIEW_NOUNS,
  ENGLISH_WRITING,
  ENGLISH_WRITTEN_OBJECTS,
} from "./lexicon/english-words.ts";

const CUES = wordSet(ENGLISH_FIRST_CUE_FORMS);
type CueFlag = "noun" | "position" | "evidence" | "frame" | "judgement" | "act";

/** The regular forms of a verb: "say says said saying", "deny denies denied denying", "admit admits admitted admitting". */
function inflections(lemma: string, past: string | null): { base: string; s: string; past: string; ing: string } {
  const s = /(s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const regular = /e$/.test(lemma) ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const doubled = past !== null && past.length === lemma.length + 3 && past.endsWith("ed") && past[lemma.length] === lemma[lemma.length - 1];
  const ing = /ie$/.test(lemma)
    ? `${lemma.slice(0, -2)}ying`
    : /[^e]e$/.test(lemma)
      ? `${lemma.slice(0, -1)}ing`
      : doubled
        ? `${past.slice(0, -2)}ing`
        : `${lemma}ing`;
  return { base: lemma, s, past: past ?? regular, ing };
}

/** The lexicon's rows: each lemma, its flags and its generated forms. */
const LEMMAS = ENGLISH_CUES.split("\n").flatMap((line) => {
  const [lemma, past, ...flags] = line.trim().split(/\s+/);
  return lemma && past ? [{ flags: new Set(flags as CueFlag[]), forms: inflections(lemma, past === "-" ? null : past) }] : [];
});
/** Every form of every verb in the table, with the flags of its lemma; the base and -s forms of noun-like lemmas are left out. */
const CUE_FORMS = new Map<string, Set<CueFlag>>();
/** Base forms report in the present ("officials say"), never after a modal, "not" or "to" ("could not agree", "will announce"). */
const BASE_FORMS = new Set<string>();
/** The base and -s forms of noun-like lemmas ("notes", "claims", "reports"): verbs only with a subject right before them. */
const NOUN_LIKE_FORMS = new Set<string>();
/**
 * "Clinton Says Russians Hacked DNC": in a headline every lemma's -s and past forms are verbs, nouns aside; but a
 * judgement or a frame verb with a bare object ("Clinton Slams Trump On Abortion") is the act, as in a sentence.
 */
const HEADLINE_CUES = new Set<string>();
const OLD_CUES = new Set(CUES);
for (const { flags, forms } of LEMMAS) {
  const nounLike = flags.has("noun");
  for (const form of nounLike ? [forms.past, forms.ing] : [forms.base, forms.s, forms.past, forms.ing]) if (!CUE_FORMS.has(form)) CUE_FORMS.set(form, flags);
  if (!nounLike) BASE_FORMS.add(forms.base);
  if (nounLike && flags.size === 1) NOUN_LIKE_FORMS.add(forms.base).add(forms.s);
  if (!flags.has("judgement") && !flags.has("frame")) HEADLINE_CUES.add(forms.s).add(forms.past);
}
// The -ing forms report only as a participle clause after a comma (isNewStatementAt), never as a cue on their own.
for (const word of CUE_FORMS.keys()) if (!word.endsWith("ing") && ![...CUE_FORMS.get(word)!].some((f) => f !== "noun")) CUES.add(word);
/** "…, referring to …", "…, adding …": a participle clause after a comma ends the content before it. */
const CLAUSE_PARTICIPLES = new Set([...[...CUE_FORMS.keys()].filter((w) => w.endsWith("ing")), ...wordSet(ENGLISH_CLAUSE_PARTICIPLES)]);

const OBJECT_BEFORE_CONTENT = wordSet(ENGLISH_OBJECT_BEFORE_CONTENT);
const DETERMINERS = wordSet(ENGLISH_DETERMINERS);
const ADVERBS = wordSet(ENGLISH_ADVERBS);
const DISPLAYS = wordPattern(ENGLISH_DISPLAYS);
const NOT_SOURCES = wordPattern(ENGLISH_NOT_SOURCES);
const SUBORDINATORS = wordPattern(ENGLISH_SUBORDINATORS);
const OPENING_CLAUSE_WORDS = wordPattern(ENGLISH_OPENING_CLAUSE_WORDS);
const PRONOUNS: Record<string, Gender | null> = { he: "m", she: "f", they: "plural", it: null, we: "plural", i: null };
const BOUNDARY_WORDS = wordSet(ENGLISH_BOUNDARY_WORDS);
const TIME_WORDS = wordSet(ENGLISH_TIME_WORDS);
const ORG_WORDS = phrasePattern(ENGLISH_ORG_WORDS, "i");
/** Capitalised words, with an institution of several words ("White House": "House" alone is a title) kept as one. */
const CAPITALISED_WORDS = /\bWhite House\b|\b\p{Lu}[\p{L}'’]*/gu;
const GROUP_WORDS =
  /^(officials|authorities|police|scientists|researchers|experts|protesters|protestors|activists|witnesses|residents|investigators|sources|reports|critics|analysts|doctors|organizers|organisers|several|some|many|others|local)\b/i;
const ANONYMOUS = phrasePattern(ENGLISH_ANONYMOUS, "i");

const PREPOSITIONS_BEFORE_ADJECTIVE = wordPattern(ENGLISH_PREPOSITIONS_BEFORE_ADJECTIVE);

function isCue(token: Token | undefined, previous: Token | undefined, before?: Token): boolean {
  if (!token || token.kind !== "word") return false;
  const word = token.text;
  // Sentence-initial capitals only for the inverted "Said Smith" forms; checked without lower-casing every word.
  if (!CUES.has(word) && word !== "Remarked" && word !== "Said" && word !== "Added") return false;
  if (
    previous &&
    previous.kind === "word" &&
    DETERMINERS.has(previous.norm) &&
    !/^(has|have|had)$/.test(previous.norm) &&
    !(previous.norm === "to" && /^(add|say)$/.test(token.norm)) &&
    !relativeThat(previous, before)
  )
    return false;
  // "271 pledged delegates", "the 3 reported cases": after a numeral the participle is an adjective.
  if (previous?.kind === "word" && /^\d[\d,.]*$/.test(previous.text) && !/^(said|say|says|told)$/.test(word)) return false;
  // "toward shared objectives", "with renewed calls": after a preposition the participle is an adjective.
  if (previous?.kind === "word" && PREPOSITIONS_BEFORE_ADJECTIVE.test(previous.norm) && /ed$/.test(word)) return false;
  if (
    BASE_FORMS.has(word) &&
    !OLD_CUES.has(word) &&
    previous &&
    /^(not|to|will|would|can|could|should|may|might|must|did|does|do|never|cannot|ly)$|ly$/.test(previous.norm)
  )
    return false;
  return true;
}

const GERUND_GOVERNORS = wordPattern(ENGLISH_GERUND_GOVERNORS);
const NOT_NOUN_AFTER_ED = wordPattern(ENGLISH_NOT_NOUN_AFTER_ED);
/**
 * "for … protecting alleged abusers", "accusing China of militarizing disputed waters": after a gerund, an -ed form
 * before its noun is an adjective ("the planning meeting confirmed …" has a noun in -ing instead).
 */
function adjectiveAfterGerund(tokens: Token[], i: number): boolean {
  const [before, previous, word, next] = [tokens[i - 2], tokens[i - 1], tokens[i]!, tokens[i + 1]];
  return (
    previous?.kind === "word" &&
    /^\p{Ll}+ing$/u.test(previous.text) &&
    GERUND_GOVERNORS.test(before?.norm ?? "") &&
    /ed$/.test(word.text) &&
    !/^(said|told)$/.test(word.text) &&
    next?.kind === "word" &&
    /^\p{Ll}/u.test(next.text) &&
    !NOT_NOUN_AFTER_ED.test(next.norm)
  );
}

const COMPLEMENT_THAT_WORDS = wordPattern(ENGLISH_COMPLEMENT_THAT_WORDS);
/** "a piece that noted …": "that" after a noun is a relative pronoun, the noun the cue's subject. */
function relativeThat(that: Token, noun: Token | undefined): boolean {
  return (
    that.norm === "that" &&
    noun?.kind === "word" &&
    /^\p{Ll}/u.test(noun.text) &&
    !isVerbForm(noun) &&
    !isAuxiliary(noun) &&
    !BOUNDARY_WORDS.has(noun.norm) &&
    !COMPLEMENT_THAT_WORDS.test(noun.norm) &&
    !CUE_FORMS.has(noun.norm)
  );
}

const NOUN_FORMS = wordSet(ENGLISH_NOUN_FORMS);
/** "The report said", "Another report from the government said", "a new report by the agency says": a noun, not the verb. */
function headsSubject(tokens: Token[], k: number): boolean {
  const token = tokens[k]!;
  const next = tokens[k + 1];
  if (!NOUN_FORMS.has(token.norm)) return false;
  return (!!next && (isVerbForm(next) || isAuxiliary(next)) && next.norm !== "that") || opensNounPhrase(tokens, k);
}

const NOUN_PHRASE_OPENERS = wordPattern(ENGLISH_NOUN_PHRASE_OPENERS);

const REPORT_MODIFIERS = wordPattern(ENGLISH_REPORT_MODIFIERS);

/** A determiner, with at most one adjective between ("a new report"), right before `k`. */
function opensNounPhrase(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.norm ?? "";
  if (NOUN_PHRASE_OPENERS.test(before)) return true;
  // ("also countered claims about his acuity": right after a finite verb, its object.)
  if (tokens[k - 1] && (IRREGULAR_PAST.has(before) || (/ed$/.test(before) && isVerbForm(tokens[k - 1]!, tokens[k - 2])))) return true;
  // ("Initial reports from Omsk hospital reported …": an adjective opening the sentence opens the phrase too.)
  const opener = tokens[k - 2];
  return REPORT_MODIFIERS.test(before) && (NOUN_PHRASE_OPENERS.test(opener?.norm ?? "") || opener?.kind !== "word");
}

export function findEnglishStatements(sentence: Sentence): Candidate[] {
  namesNotFunctionWords(sentence);
  const found = findCued(sentence);
  const candidates = withSourceHeads([...found, ...quotedObjects(sentence, found)]);
  const sourcing = (c: Candidate) => namesSourcingTerms(sentence.text.slice(c.start, c.end));
  // (As in withSourceHeads, no copy for the sentences that need no change.)
  return candidates.some(sourcing) ? candidates.filter((c) => !sourcing(c)) : candidates;
}

const SOURCING_TERMS = tableLines(ENGLISH_SOURCING_TERMS).map((words) => words.join(" "));
/** "for anonymity to speak freely", "on condition of anonymity", "anonymously": the terms of speaking, not what was said. */
function namesSourcingTerms(content: string): boolean {
  const opening = content
    .toLowerCase()
    .replace(/^(for|on|under|with)\s+(the\s+)?/, "")
    .slice(0, 40);
  return SOURCING_TERMS.some((term) => opening.startsWith(term) && !/\p{L}/u.test(opening.charAt(term.length)));
}

const NEVER_SPEAKER_HEADS = wordSet(ENGLISH_NEVER_SPEAKER_HEADS);

/** "(Grayson's spokeswoman challenged …", "Neither Alan Grayson nor …": a bracket or a determiner that opens the phrase is no part of the source. */
const OPENING_NOT_SOURCE = /^(?:[([]\s*|(?:Neither|Either|Both|Not|Only|Even)\s+)/;
function trimmedMention(c: Candidate): Candidate {
  if (!c.mention || !OPENING_NOT_SOURCE.test(c.mention.text)) return c;
  const text = c.mention.text.replace(OPENING_NOT_SOURCE, "");
  if (!text) return c;
  const trim = (label: string | null) => (label && OPENING_NOT_SOURCE.test(label) ? label.replace(OPENING_NOT_SOURCE, "") || null : label);
  return merged(c, { mention: { start: c.mention.end - text.length, end: c.mention.end, text }, name: trim(c.name), role: trim(c.role) });
}

function withSourceHeads(found: Candidate[]): Candidate[] {
  // (Most sentences need no change: no copy is made for them, as this runs for every sentence.)
  const candidates = found.some((c) => c.mention && OPENING_NOT_SOURCE.test(c.mention.text)) ? found.map(trimmedMention) : found;
  const misparsed = (c: Candidate) => c.mention !== null && NEVER_SPEAKER_HEADS.has(lastWord(c.mention.text));
  // "Bennett shot back with a laugh", "The figures include": a cue word right after an article is a noun, and reports nothing.
  const nounCue = (c: Candidate) => c.mention !== null && /^(a|an|the)$/.test(lastWord(c.mention.text));
  if (!candidates.some((c) => misparsed(c) || nounCue(c))) return candidates;
  return candidates
    .filter((c) => !nounCue(c) && !(c.antecedentOnly && misparsed(c)))
    .map((c) => (misparsed(c) ? merged(c, none(), { confidence: Math.min(c.confidence, 0.6) }) : c));
}

/**
 * "George Will wrote", "“…,” May said": a capitalised "Will" or "May" before a past or -s form, or after a
 * name, is a surname (a modal takes the base form); "WHO" is an organisation. Its norm becomes its text, so no
 * auxiliary or pronoun lookup matches it.
 */
function namesNotFunctionWords(sentence: Sentence): void {
  const { tokens } = sentence;
  for (let k = sentence.from; k < sentence.to; k++) {
    const t = tokens[k]!;
    // (W and M first: this runs over every word.)
    const initial = t.text.charCodeAt(0);
    if ((initial !== 87 && initial !== 77) || t.kind !== "word") continue;
    // "The WHO said": the World Health Organization, never the relative pronoun (a headline in capitals excepted).
    if (t.text === "WHO" && !/^\p{Lu}+$/u.test(tokens[k + 1]?.text ?? "") && !/^\p{Lu}+$/u.test(tokens[k - 1]?.text ?? "")) {
      t.norm = t.text;
      continue;
    }
    if (!/^(Will|May)$/.test(t.text)) continue;
    const next = tokens[k + 1];
    const finiteAfter = next?.kind === "word" && CUE_FORMS.has(next.norm) && !BASE_FORMS.has(next.text);
    const afterName = k > sentence.from && tokens[k - 1]!.kind === "word" && /^\p{Lu}\p{Ll}+$/u.test(tokens[k - 1]!.text) && !isSentenceEnd(tokens[k - 1]!);
    // '"…?" Will Estrada, the chairman, said': after a quotation a capitalised name follows the first name.
    const afterQuotation = sentence.quotes.byClose.has(k - 1) && startsUpper(next) && !isSentenceEnd(tokens[k - 2] ?? t);
    if (finiteAfter || afterName || afterQuotation) t.norm = t.text;
  }
}

/** A quotation this long in a verb's object is the subject's words, whatever the verb ("scolded Romney for …"). */
const MIN_OBJECT_QUOTE_WORDS = 4;
const HIDES_SUBJECT = wordPattern(ENGLISH_HIDES_SUBJECT);
const MIN_CLAUSE_QUOTE_WORDS = 5;

/**
 * A quotation no cue claimed, inside a clause, is what the clause's subject said: in the object of its verb
 * ('… bemoaned the climate in which people "literally hate each other"', 'calling him a "total loser"'), or
 * further on when it is long ('Rubio's catch phrase was that Crist "would say or do anything to win."').
 */
function quotedObjects(sentence: Sentence, found: Candidate[]): Candidate[] {
  const { quotes, depth } = sentence;
  const out: Candidate[] = [];
  if (quotes.byOpen.size === 0) return out;
  // Statements are found left to right and do not overlap: one cursor over them keeps this linear.
  const claims = found.filter((c) => !c.antecedentOnly);
  let next = 0;
  let claimedTo = -1;
  for (let q = sentence.from; q < sentence.to; q++) {
    const quote = quotes.byOpen.get(q);
    if (!quote || !quote.closed || depth[q] !== 0) continue;
    while (next < claims.length && claims[next]!.start < quote.end) claimedTo = Math.max(claimedTo, claims[next++]!.end + 2);
    if (claimedTo > quote.start) continue;
    const words = wordsInside(sentence.tokens, quote);
    const candidate = objectQuotation(sentence, quote, words) ?? clauseQuotation(sentence, quote, words);
    if (!candidate) continue;
    out.push(candidate);
    claimedTo = Math.max(claimedTo, candidate.end + 2);
  }
  return out;
}

const SUBJECT_INNER_WORDS = wordPattern(ENGLISH_SUBJECT_INNER_WORDS);
const CASTING_VERBS = wordPattern(ENGLISH_CASTING_VERBS);
/** The verb is the first lowercase word after the subject that reads as a finite or participle verb. */
function objectQuotation(sentence: Sentence, quote: Quote, words: number): Candidate | null {
  const { tokens } = sentence;
  const q = quote.open;
  const start = Math.max(sentence.clauseStart(q), q - 30);
  let verb = -1;
  for (let k = start + 1; k < q; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || /^\p{Lu}/u.test(t.text)) continue;
    if (/^(?:[a-z]+(?:ed|es))$/.test(t.norm) && !AUXILIARIES.has(t.norm) && t.norm.length > 4) {
      verb = k;
      break;
    }
    // Before «as "…"» the subject may hold a few lowercase nouns ("Campaign chair Paul Manafort dismissed … as").
    const casting = tokens[q - 1]?.norm === "as" && k - start <= 4 && !AUXILIARIES.has(t.norm) && !BOUNDARY_WORDS.has(t.norm);
    if (!SUBJECT_INNER_WORDS.test(t.norm) && !ADVERBS.has(t.norm) && !/ly$/.test(t.norm) && !casting) break;
  }
  // "dismissed the kerfuffle as "absurd."": a verb that casts its object as a quoted word characterises it, whatever the verb.
  const naming = verb !== -1 && (CASTING_VERBS.test(tokens[verb]!.norm) || tokens[q - 1]?.norm === "as");
  if (verb === -1 || (words < MIN_OBJECT_QUOTE_WORDS && !naming)) return null;
  return quotedBySubject(sentence, quote, verb, false);
}

/** 'His catch phrase was that Crist "would say …"': a long quotation anywhere after the clause's first verb. */
function clauseQuotation(sentence: Sentence, quote: Quote, words: number): Candidate | null {
  const { tokens } = sentence;
  const start = sentence.clauseStart(quote.open);
  // "Asked if Sanders is "…", 72 percent said": the question is not the answer's content.
  // An opening phrase or subordinate clause ("While many offered …, at least one business …", "Without the need for …,") hides the subject.
  if (words < MIN_CLAUSE_QUOTE_WORDS || quote.open <= start + 1 || HIDES_SUBJECT.test(tokens[start]!.norm) || titleCase(sentence, quote)) return null;
  const verb = firstVerbOfClause(sentence, start);
  return verb !== -1 && verb < quote.open ? quotedBySubject(sentence, quote, verb, true) : null;
}

/** Each clause's first verb, found once: every quotation of a long clause asks for it. */
const FIRST_VERBS = new WeakMap<Sentence, Map<number, number>>();
function firstVerbOfClause(sentence: Sentence, start: number): number {
  const known = FIRST_VERBS.get(sentence) ?? new Map<number, number>();
  FIRST_VERBS.set(sentence, known);
  const cached = known.get(start);
  if (cached !== undefined) return cached;
  const { tokens } = sentence;
  let verb = -1;
  for (let k = start + 1; k < sentence.to && sentence.clauseStart(k) === start && verb === -1; k++) {
    const t = tokens[k]!;
    // "Golf clubs are …": an -s word followed by an auxiliary is the subject's plural noun, not its verb.
    const plural = isAuxiliary(tokens[k + 1] ?? t) && /s$/.test(t.norm) && !isAuxiliary(t);
    if (!plural && (isAuxiliary(t) || isVerbForm(t, tokens[k - 1]) || (t.kind === "word" && /^\p{Ll}{3,}(ed|es)$/u.test(t.text)))) verb = k;
  }
  known.set(start, verb);
  return verb;
}

/** "its "Think Different Every Single Day" campaign": every word capitalised is a title or a name, not speech. */
function titleCase(sentence: Sentence, quote: Quote): boolean {
  return titleCasedWords(sentence, quote.open + 1, quote.close, TITLE_SMALL_WORDS) !== -1;
}

/**
 * 'Blumenthal was asked, "…?"', 'Sanders was asked by host Bill Maher, "…"': the subject of a passive "asked" or
 * "told" heard the quotation; who put it, when "by" names them, said it.
 */
function questionPutTo(sentence: Sentence, verb: number): { asker: Candidate | null } | null {
  const { tokens, quotes } = sentence;
  if (!BE_FORMS.test(tokens[verb]!.norm) || !/^(asked|told|questioned|pressed)$/.test(tokens[verb + 1]?.norm ?? "")) return null;
  if (tokens[verb + 2]?.norm !== "by") return { asker: null };
  const end = nextComma(sentence, verb + 3) ?? verb + 3;
  let quote: Quote | undefined;
  // ('by host Bill Maher, who is supporting Sanders, "…"': an aside about the asker may come first.)
  for (let k = end + 1; k < sentence.to && k - end <= MAX_INTERRUPTION_TOKENS && !quote; k++) quote = quotes.byOpen.get(k);
  if (!quote?.closed || end - verb > 12) return { asker: null };
  const asker = sourceBetween(sentence, verb + 3, end);
  return { asker: merged({ start: quote.start, end: quote.end, type: "direct" as const, cue: tokens[verb + 1]!.text }, asker, { confidence: 0.6 }) };
}

/** The subject before `verb` said what follows it, up to the quotation's end at least. */
function quotedBySubject(sentence: Sentence, quote: Quote, verb: number, verbAnywhere: boolean): Candidate | null {
  const confidence = verbAnywhere ? 0.4 : 0.5;
  const { tokens } = sentence;
  // 'carried a banner saying "…"': what a sign says is nobody's statement.
  for (let k = verb + 1; k < quote.open; k++) if (DISPLAYS.test(tokens[k]!.norm)) return null;
  const put = questionPutTo(sentence, verb);
  // (Who heard it is still who a later "he" is.)
  if (put) return put.asker ? merged(put.asker, { confidence }) : antecedent(speakerBeforeCue(sentence, verb).speaker);
  const before = speakerBeforeCue(sentence, verb);
  const mention = before.speaker.mention?.text;
  // A headline in capitals ("TEAM REFUSES TO STAY …") has no subject to speak.
  if (before.tokens === 0 || !mention || NOT_SOURCES.test(lastWord(mention)) || !/\p{Ll}/u.test(mention)) return null;
  // ('reacted on Twitter, "Sad news …"': the time, place or medium of the saying is not what was said.)
  const past = skipAdverbials(sentence, verb + 1);
  // ("went on to call Cruz "…"": an infinitive is the verb's own content, not a circumstance.)
  const opensContent = (sentence.quotes.byOpen.has(past) || tokens[past]?.norm === "that") && !tokens.slice(verb + 1, past).some((t) => t.norm === "to");
  const span = buildSpan(sentence, opensContent ? past : verb + 1, isNewStatementAt);
  const cue = tokens[verb]!.text;
  if (span && span.end >= quote.end) return merged(span, { type: "mixed", cue }, before.speaker, { confidence });
  // The clause's content was cut short before it: a long quotation stands on its own.
  return verbAnywhere ? { start: quote.start, end: quote.end, type: "direct", cue, ...before.speaker, confidence } : null;
}

function findCued(sentence: Sentence): Candidate[] {
  const { tokens } = sentence;
  return scanWords(sentence, (i, insideContent) => {
    if (tokens[i]!.norm === "according" && tokens[i + 1]?.norm === "to") return accordingTo(sentence, i);
    if (insideContent) return null;
    const cued = readsAsCue(sentence, i) && !notACue(sentence, i);
    // ("Trump and Lewandowski have said little about it. They …": who said nothing is still who "they" are.)
    // ("Trump maintained the campaign theme …. He announced …": a view's verb used as an act still names who "he" is.)
    const heldWithoutClause = !cued && CUE_FORMS.get(tokens[i]!.norm)?.has("position") === true && /^\p{Ll}/u.test(tokens[i]!.text);
    const subjectOnly = (cued && saysNothing(sentence, i)) || heldWithoutClause;
    const found = framedAt(sentence, i) ?? (subjectOnly ? antecedent(speakerBeforeCue(sentence, i).speaker) : cued ? fromCue(sentence, i) : null);
    // "did not say whether …", "wouldn't say how …", "never said …": a negated report is kept (annotators of
    // attribution count it) but asserts little, so the desk sees it low in the queue.
    if (found && negates(tokens[i - 1])) found.confidence = Math.min(found.confidence, NEGATED_CONFIDENCE);
    return found;
  });
}

const NEGATED_CONFIDENCE = 0.5;

/** "not", "never", "cannot", and the negated auxiliaries. */
function negates(token: Token | undefined): boolean {
  return token?.kind === "word" && (/^(not|never|cannot)$/.test(token.norm) || negatedAuxiliary(token));
}

/** "wouldn't", "didn’t": an auxiliary negated, with either apostrophe. */
function negatedAuxiliary(token: Token): boolean {
  return /n['’]t$/.test(token.norm);
}

/** Frames that report without a cue of the table, or with one in a shape of their own: the first that finds a statement. */
function framedAt(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  const token = tokens[i]!;
  const opensPhrase = i === sentence.clauseStart(i) || isComma(tokens[i - 1]);
  const quoteAfterColonMark = isColon(tokens[i + 1]) && sentence.quotes.byOpen.has(i + 2);
  return (
    (token.norm === "in" && opensPhrase ? (inTheViewOf(sentence, i) ?? inThePoll(sentence, i)) : null) ??
    (token.norm === "as" && opensPhrase ? asTheSourcePutIt(sentence, i) : null) ??
    (quoteAfterColonMark ? (namedBeforeColon(sentence, i) ?? quoteAfterColon(sentence, i) ?? sourceBeforeColon(sentence, i)) : null) ??
    (tokens[i + 1]?.text === "(" ? namedBeforePartyAndColon(sentence, i) : null) ??
    (startsUpper(token) && HEADLINE_CUES.has(token.norm) ? headlineStatement(sentence, i) : null) ??
    (isColon(tokens[i + 1]) && !quoteAfterColonMark ? speakerLabel(sentence, i) : null) ??
    // "Gutierrez was described by the CBCP as "…"": the agent of the passive is the source.
    (/^(described|called)$/.test(token.norm) && tokens[i + 1]?.norm === "by" ? describedBy(sentence, i) : null) ??
    ((i === sentence.from || isSentenceEnd(tokens[i - 1]!)) && !isCue(token, tokens[i - 1])
      ? (openingCitation(sentence, i) ?? namedSubject(sentence, i) ?? nameAfterOpeningRole(sentence, i))
      : null) ??
    (token.norm === "clear" && tokens[i + 1]?.norm === "that" ? madeItClear(sentence, i) : null) ??
    (FRAME_WORDS.has(token.norm) ? fromFrameWord(sentence, i) : null)
  );
}

const PARTICIPLE_OPENERS = wordPattern(ENGLISH_PARTICIPLE_OPENERS);
/** Of those, the subordinators: the clause they open reports only when its subject is named. */
const SUBORDINATE_OPENERS = /^(before|after|while|when|without|upon|since)$/;

/** The word at `i` reads as a verb of the table here: a cue form with its subject, a participle clause, a progressive, a cue in context. */
function readsAsCue(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  const token = tokens[i]!;
  // "…, writing "In addition, we have notified …"": writing that quotes.
  const quoting = token.norm === "writing" && isComma(tokens[i - 1]) && sentence.quotes.byOpen.has(i + 1);
  // "…, noting that …", "…, calling him "a loser"", "…, referring to …": a participle clause of a verb in the table.
  const participleClause =
    (CUE_FORMS.has(token.norm) ? reportingParticiple(token) : token.norm.endsWith("ing") && CLAUSE_PARTICIPLES.has(token.norm)) &&
    // ("issued a statement agreeing the issue …": right after the written object, as "saying" is.)
    (followsComma(sentence, i) || adverbAfterComma(sentence, i - 1) || PARTICIPLE_OPENERS.test(tokens[i - 1]?.norm ?? "") || afterOwnObject(sentence, i));
  return (
    quoting ||
    participleClause ||
    progressive(tokens, i) ||
    (isCue(token, tokens[i - 1], tokens[i - 2]) && !headsSubject(tokens, i) && !adjectiveAfterGerund(tokens, i)) ||
    nounLikeVerb(sentence, i) ||
    contextualCue(sentence, i)
  );
}

/** Uses of a cue word that report nothing: a noun or a name, a gesture, a passive, a claimed act, a sign, a question. */
function notACue(sentence: Sentence, i: number): boolean {
  return notAVerb(sentence, i) || reportsNoOne(sentence, i) || askedOfYou(sentence, i);
}

/** "How would you describe your role?", "Could you please elaborate the procedure?": a question put to "you" asserts nothing. */
function askedOfYou(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  let k = i - 1;
  while (k > sentence.from && (tokens[k]!.norm === "please" || ADVERBS.has(tokens[k]!.norm))) k--;
  if (tokens[k]?.norm !== "you") return false;
  for (let m = i + 1; m < sentence.to; m++) if (isSentenceEnd(tokens[m]!)) return tokens[m]!.text === "?";
  return false;
}

const EMPTY_OBJECTS = wordPattern(ENGLISH_EMPTY_OBJECTS);
/** How far a topic after "said about" is searched for the "that" or quotation that would make it a statement. */
const MAX_TOPIC_TOKENS = 12;
/**
 * "easier said than done", "has said little about the plan", "the things he said about Latinos": a comparison, an
 * empty report or a bare topic asserts nothing; "said about the budget that …" and 'said about him, "…"' do.
 */
function saysNothing(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  const next = tokens[i + 1]?.norm ?? "";
  if (!SAYING_OF.has(tokens[i]!.norm)) return false;
  if (next === "than") return true;
  // ('"…," Tenney said about the money spent against her': the quotation before is what was said.)
  for (let k = i - 1; k >= sentence.from && i - k <= 6; k--) if (sentence.quotes.byClose.has(k)) return false;
  const after = tokens[i + 2];
  if (EMPTY_OBJECTS.test(next) && (!after || after.kind !== "word" || /^(about|on|to|in)$/.test(after.norm))) return true;
  // ("said about half of the rise reflected …": "about" before a number is "some", and the clause follows.)
  if (next !== "about" || (after && (NUMBER_WORDS.test(after.norm) || /^\d/.test(after.norm) || /^(half|a|one)$/.test(after.norm)))) return false;
  for (let k = i + 2; k < sentence.to && k - i <= MAX_TOPIC_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.norm === "that" || t.kind === "quote" || isColon(t)) return false;
    if (isSentenceEnd(t)) break;
  }
  return true;
}

const CUE_COMPOUNDS = new Set(tableLines(ENGLISH_CUE_COMPOUNDS).map((words) => words.join(" ")));

const PREPOSITIONS_BEFORE_NOUN_CUE = wordPattern(ENGLISH_PREPOSITIONS_BEFORE_NOUN_CUE);
const DEGREE_WORDS = wordPattern(ENGLISH_DEGREE_WORDS);
/** A cue word used as a name, a noun or an adjective. */
function notAVerb(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  const token = tokens[i]!;
  const next = tokens[i + 1]?.norm ?? "";
  // "Haitham bin Tariq Al Said, attended": between a capitalised word and a lowercase one, "Said" is a name (a headline's
  // "Things Latinos Said In 2015" goes on in capitals).
  if (partOfName(tokens, i) && !startsUpper(tokens[i + 1])) return true;
  // "The Atlantic Council think tank called …", "left a trust fund": compound nouns, not verbs of position.
  if (CUE_COMPOUNDS.has(`${token.norm} ${next}`)) return true;
  // "The original report was …", "amid reports of a protester being shot": a noun, not a cue.
  if (/^(report|reports|claims)$/.test(token.norm) && (AUXILIARIES.has(next) || next === "of")) return true;
  // "My career highlights have been …", "three or four by varying reports": an -s form before an auxiliary, or after
  // an -ing word, is a plural noun.
  // ("the foundation predicts will continue", "what he says is true": a verb with its object moved away stays one.)
  const plural = /^\p{Ll}+[^suy]s$/u.test(token.text) && !((tokens[i - 1]?.norm ?? "") in PRONOUNS);
  const adjectiveBefore =
    /^\p{Ll}+ing$/u.test(tokens[i - 1]?.text ?? "") && /^(by|amid|of|with|despite|from|on|about|a|an|the)$/.test(tokens[i - 2]?.norm ?? "");
  if (plural && (/^(have|are|were)$/.test(next) || adjectiveBefore)) return true;
  // "Amongst reported incidents of abuse", "of claimed savings": a past form between a preposition and its noun is an adjective.
  if (
    /ed$/.test(token.norm) &&
    PREPOSITIONS_BEFORE_NOUN_CUE.test(tokens[i - 1]?.norm ?? "") &&
    /^\p{Ll}+$/u.test(tokens[i + 1]?.text ?? "") &&
    !/^(that|by|to|in|on|at)$/.test(next)
  )
    return true;
  // "instructs reporting of sexual abuse to higher authorities": the gerund with "of" is a noun too.
  if (token.norm === "reporting" && next === "of") return true;
  // "according to government reports, 54 …": the source's noun, not a verb.
  if (insideAccordingTo(tokens, i)) return true;
  // "a thunderstorm warning was issued", "…warning put a damper on …": an -ing word right before a finite verb heads a noun phrase.
  // ("All I'm asking is that …": after a form of "be" it is the verb of a pseudo-cleft.)
  if (
    token.norm.endsWith("ing") &&
    !followsBe(tokens, i) &&
    tokens[i + 1] &&
    (isAuxiliary(tokens[i + 1]!) || (IRREGULAR_PAST.has(next) && !/^(that|the)$/.test(next)))
  )
    return true;
  // "there would no doubt emerge", "no comment", "no claims": after "no" a noun.
  if (tokens[i - 1]?.text === "no") return true;
  // "The company's shares fell": after a possessive a present form is a noun ("Mr. Trump's claims that …" still reports).
  if (possessive(tokens[i - 1]) && !/(ed|said|told|wrote)$/.test(token.norm) && next !== "that") return true;
  // "The most telling promise", "a very revealing answer": after a word of degree the -ing form is an adjective.
  if (token.norm.endsWith("ing") && DEGREE_WORDS.test(tokens[i - 1]?.norm ?? "")) return true;
  return false;
}

/** `i` is a word of the noun phrase right after "according to". */
function insideAccordingTo(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && i - k <= 4 && tokens[k]!.kind === "word"; k--) if (tokens[k]!.norm === "to" && tokens[k - 1]!.norm === "according") return true;
  return false;
}

const REPORT_TO_FORMS = wordPattern(ENGLISH_REPORT_TO_FORMS);
const QUESTION_OPENERS = wordPattern(ENGLISH_QUESTION_OPENERS);
/** A verb of the table used for a gesture, a deed, a passive with no agent, a sign or a question. */
function reportsNoOne(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  const token = tokens[i]!;
  const next = tokens[i + 1]?.norm ?? "";
  // "pointed out she had …", "pointed to her record"; "pointed" alone is a gesture.
  if (token.norm === "pointed" && next !== "out" && next !== "to") return true;
  // "Tomorrow is referred to as "Super Tuesday"": a passive naming with no agent.
  if (token.norm === "referred" && BE_FORMS.test(tokens[i - 1]?.norm ?? "")) return true;
  // "Amash contended for the Libertarian nomination": to contend for something is to compete for it.
  if (/^contend/.test(token.norm) && next === "for") return true;
  // "people accused of crimes", "was accused of lying": accusing takes its object before "of"; right before it, a passive.
  if (token.norm === "accused" && next === "of") return true;
  // "twelve reported by industry sources" is passive ("said by telephone" is not); "asked him if …" is a question.
  // "the generation says by an overwhelming margin": an active "say" with a circumstance, not a passive.
  const activeSay = /^(says|say)$/.test(token.norm) || (token.norm === "said" && !BE_FORMS.test(tokens[i - 1]?.norm ?? "") && tokens[i - 1]?.kind === "word");
  if (next === "by" && !activeSay && !/^(telephone|phone|email|e-mail|text|video|letter)$/.test(tokens[i + 2]?.norm ?? "")) return true;
  // "margins big enough to add to her lead": "add to" something increases it.
  if (token.norm === "add" && tokens[i - 1]?.norm === "to" && next === "to") return true;
  // "which Red Hat maintained and provided support for": a cue coordinated with another verb has no content of its own.
  if (
    /^(and|or)$/.test(next) &&
    isVerbForm(tokens[i + 2] ?? token, tokens[i + 1]) &&
    (CUES.has(token.norm) || CUE_FORMS.has(token.norm)) &&
    !token.norm.endsWith("ing")
  )
    return true;
  // "Brolin reported daily to Louis B. Mayer": reporting to someone is working for them, and "added to the confusion",
  // "had new features added to it" increase something, unless what was said follows.
  if (REPORT_TO_FORMS.test(token.norm) && reportsToSomeone(sentence, i)) return true;
  // "Kasich reminds us of the houseguest who won't leave": a likeness, not a reminder of anything said.
  if (/^(reminds|reminded|remind|reminding)$/.test(token.norm) && /^(of)$/.test(tokens[i + 2]?.norm ?? "")) return true;
  // "Asked if he believed the situation was …": a verb inside a yes-or-no question asserts nothing.
  if (/^(if|whether)$/.test(tokens[i - 2]?.norm ?? "") && tokens[i - 1]?.kind === "word") return true;
  // "claimed responsibility for the attack" is an act, not a statement; "claimed about 3000 lives" a death toll.
  if (/^(claimed|claims|claiming)$/.test(token.norm) && /^(responsibility|credit)$/.test(next)) return true;
  if (/^(claimed|claims|claiming|claim)$/.test(token.norm) && [1, 2, 3, 4].some((n) => /^(lives|life|victims)$/.test(tokens[i + n]?.norm ?? ""))) return true;
  // "Hurricane Maria, estimated to have done $90 billion in damage", "is said to be": a passive that raises its subject reports no one.
  const passiveOrReduced = BE_FORMS.test(tokens[i - 1]?.norm ?? "") || isComma(tokens[i - 1]);
  if (/ed$|^said$/.test(token.norm) && passiveOrReduced && next === "to" && /^(be|have|been)$/.test(tokens[i + 2]?.norm ?? "")) return true;
  // "a banner saying "…"", "placards reading": what a sign says is nobody's statement.
  if (DISPLAYS.test(tokens[i - 1]?.norm ?? "")) return true;
  // "As revealed at trial, …": a passive aside with no agent names no source.
  if (tokens[i - 1]?.norm === "as" && i - 1 === sentence.clauseStart(i) && /ed$/.test(token.norm) && next !== "by") return true;
  // "The opinion of the Court, released on Wednesday, read …": a participle between commas describes the noun before it.
  if (/ed$/.test(token.norm) && isComma(tokens[i - 1]) && reducedRelative(sentence, i)) return true;
  // "was quickly reported missing": a passive with an adverb between.
  if (/ed$/.test(token.norm) && /ly$/.test(tokens[i - 1]?.norm ?? "") && /^(is|was|were|are|been|being|be)$/.test(tokens[i - 2]?.norm ?? "")) return true;
  return /^(asked|asks|wondered|wonders)$/.test(token.norm) && [1, 2, 3].some((n) => QUESTION_OPENERS.test(tokens[i + n]?.norm ?? ""));
}

const REDUCED_RELATIVE_OPENERS = wordPattern(ENGLISH_REDUCED_RELATIVE_OPENERS);
/** From the participle at `i`, a phrase of time or place closing on a comma right before the main verb. */
function reducedRelative(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  if (!REDUCED_RELATIVE_OPENERS.test(tokens[i + 1]?.norm ?? "")) return false;
  for (let k = i + 2; k < sentence.to && k - i <= 8; k++) {
    const t = tokens[k]!;
    if (isComma(t)) {
      const verb = tokens[k + 1];
      return !!verb && (isAuxiliary(verb) || isVerbForm(verb) || IRREGULAR_PAST.has(verb.norm) || isCue(verb, t));
    }
    if (t.kind !== "word" || isVerbForm(t, tokens[k - 1])) return false;
  }
  return false;
}

const ADDRESSEE_OPENERS = wordPattern(ENGLISH_ADDRESSEE_OPENERS);
/** After "to", a person or group spoken to ("to police", "to the committee", "to Smith"), not an infinitive ("to stay"). */
function addresseeAt(sentence: Sentence, k: number): boolean {
  const token = sentence.tokens[k];
  return token?.kind === "word" && (startsUpper(token) || ADDRESSEE_OPENERS.test(token.norm));
}

/** "reported (directly) to the chairman", with no "that" or quotation after it. */
function reportsToSomeone(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  const to = /^(directly|daily|regularly)$/.test(tokens[i + 1]?.norm ?? "") ? i + 2 : i + 1;
  if (tokens[to]?.norm !== "to") return false;
  for (let k = to + 1; k < sentence.to && k - to <= 8; k++) if (tokens[k]!.norm === "that" || tokens[k]!.kind === "quote" || isColon(tokens[k])) return false;
  return true;
}

/** An -ing form of a plain verb of the table ("saying", "suggesting", "calling"): it reports as a participle clause. */
function reportingParticiple(token: Token | undefined): boolean {
  if (token?.kind !== "word" || !token.norm.endsWith("ing")) return false;
  const flags = CUE_FORMS.get(token.norm);
  return flags !== undefined && ![...flags].some((f) => f !== "noun");
}

/**
 * A participle clause of the table before `k` ("…, saying … but suggesting", "by calling … and accusing"), with no
 * progressive between ("was hiring … and calling", "busy reporting … and telling").
 */
const MAX_PARTICIPLE_CLAUSE_TOKENS = 40;
const ASPECT_VERBS = wordPattern(ENGLISH_ASPECT_VERBS);
function participleClauseBefore(sentence: Sentence, k: number): boolean {
  const { tokens } = sentence;
  const from = Math.max(sentence.clauseStart(k), k - MAX_PARTICIPLE_CLAUSE_TOKENS);
  for (let m = k - 2; m >= from; m--) {
    const t = tokens[m]!;
    if (t.kind !== "word" || !/\p{Ll}ing$/u.test(t.text) || sentence.depth[m]! > 0) continue;
    if (followsBe(tokens, m) || ASPECT_VERBS.test(tokens[m - 1]?.norm ?? "")) return false;
    if (CUE_FORMS.has(t.norm)) return true;
  }
  return false;
}

/** "Americans'", "the party's"; not "he's" or "that's", which hold "is" or "has". */
function possessive(token: Token | undefined): boolean {
  return token?.kind === "word" && /(['’]s|s['’])$/.test(token.text) && !/^(he|she|it|that|there|who|what|here|where)['’]s$/i.test(token.text);
}

const AFTER_CALLS_VERB = wordPattern(ENGLISH_AFTER_CALLS_VERB);
/**
 * "Viguerie notes that …", "he claims the plan …", "Politico reports that …": a noun-like form is the verb when a
 * pronoun or a name (not a possessive, not a determiner) stands right before it and "that" right after.
 */
function nounLikeVerb(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  const token = tokens[i]!;
  const at = wordBeforeAside(sentence, i);
  const subject = tokens[at];
  if (!NOUN_LIKE_FORMS.has(token.norm) || !/^\p{Ll}/u.test(token.text) || subject?.kind !== "word") return false;
  const named = subject.norm in PRONOUNS || subject.norm === "who" || (startsUpper(subject) && !/['’]s$/.test(subject.text) && !DETERMINERS.has(subject.norm));
  // Without "that" a clause after it may be what was measured ("Scientists estimate the population by …"); "calls"
  // names what it calls ("Sanders calls Clinton unqualified", "Clinton calls on …", "he calls it a …").
  const next = tokens[i + 1];
  // A capital alone may be an adjective ("… and Democratic calls for her to bow out"): the name opens the clause or goes on one.
  const nameSubject = subject.norm in PRONOUNS || at === sentence.clauseStart(at) || startsUpper(tokens[at - 1]);
  const callsObject =
    (/^(call|calls)$/.test(token.norm) && nameSubject && !!next && (startsUpper(next) || AFTER_CALLS_VERB.test(next.norm))) ||
    (/^(point|points)$/.test(token.norm) && nameSubject && next?.norm === "to");
  // "The former first lady calls it …": no noun "calls" takes an object pronoun.
  const objectPronoun = /^(calls)$/.test(token.norm) && /^(it|him|her|them)$/.test(next?.norm ?? "") && /^\p{Ll}/u.test(subject.text);
  // "unions and lawmakers claim it will …": a plural of people before the -s-less form, a subject pronoun after it.
  const peopleClaim = PEOPLE_PLURAL.test(subject.norm) && /^(he|she|it|they|that)$/.test(next?.norm ?? "") && !/s$/.test(token.norm);
  // '"…," he notes.', '"…," a voice-over in the ad states.': right after a quotation waiting for its attribution, a verb.
  // ("…," raising fresh questions about …": a participle before the -s form makes it a noun.)
  // (Tried last: most noun-like forms are settled by the tests before, and this one looks around for a quotation.)
  const framing = () => !/^\p{Ll}+ing$/u.test(tokens[i - 2]?.text ?? "") && nearQuotation(sentence, i) && framesQuotation(sentence, i);
  return (named && (next?.norm === "that" || callsObject)) || objectPronoun || peopleClaim || framing();
}

/** "is claiming that …", "He’s predicting he will …": a cue's -ing form after a form of "be" is its finite verb. */
const BE_FORMS = /^(is|are|was|were|am|been|be)$/;
const CONTRACTED_BE = /^(he|she|it|they|we|i|you)[’'](s|re|m)$/;
function progressive(tokens: Token[], i: number): boolean {
  return reportingParticiple(tokens[i]) && followsBe(tokens, i);
}

/** "was …", "he's …": a form of "be" right before `i`. */
function followsBe(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.norm ?? "";
  return BE_FORMS.test(before) || CONTRACTED_BE.test(before);
}

/**
 * A verb that reports only in context: a position verb with a clause after it ("most voters believe the …"),
 * what a poll or study found or shows, and any verb in the past that frames a quotation ('"…," he joked',
 * '"…?" asked Smith', 'Smith retorted: "…"').
 */
function contextualCue(sentence: Sentence, i: number): boolean {
  const token = sentence.tokens[i]!;
  if (token.kind !== "word") return false;
  const flags = CUE_FORMS.get(token.norm);
  // Most words are neither in the table nor past forms: leave before any pattern is tried.
  const irregularBack = !flags && IRREGULAR_PAST.has(token.norm) && answersBack(sentence.tokens, i);
  if (!flags && !token.norm.endsWith("ed") && !irregularBack) return false;
  if (!/^\p{Ll}/u.test(token.text)) return false;
  // "Economists believe meaningful relief is possible": a held view may open on a bare noun.
  // ("played on Americans' fears rather than …": after a possessive it is a noun.)
  if (flags?.has("position")) return !possessive(sentence.tokens[i - 1]) && clauseFollows(sentence, i, true);
  // "research from 2014 showing that …" is a reduced relative clause, not what a document says: finite forms only.
  // "…, new fundraising reports show.": a document closing the sentence after a comma attributes the clause before it.
  if (flags?.has("evidence"))
    return (
      !token.norm.endsWith("ing") &&
      ((documentBefore(sentence, i) && (clauseFollows(sentence, i) || objectFollows(sentence, i) || closesAttribution(sentence, i))) ||
        // "The researchers found that …": a finding its authors report, not only a document's.
        (/^(found|finds)$/.test(token.norm) && sentence.tokens[i + 1]?.norm === "that"))
    );
  if (flags?.has("judgement"))
    return (
      givesGrounds(sentence, i) ||
      (nearQuotation(sentence, i) && framesQuotation(sentence, i)) ||
      (!token.norm.endsWith("ing") && !flags.has("act") && judgedObject(sentence, i))
    );
  // "the candidate boasted that …": a clause after "that" is what the frame verb reports, quoted or not.
  if (flags?.has("frame") && !token.norm.endsWith("ing") && sentence.tokens[i + 1]?.norm === "that") return true;
  if (flags?.has("frame") || irregularBack || (!flags && regularPast(token.norm) && !AUXILIARIES.has(token.norm)))
    return nearQuotation(sentence, i) && framesQuotation(sentence, i);
  return false;
}

const NEGATION_AND_BE = wordPattern(ENGLISH_NEGATION_AND_BE);
const JUDGED_OBJECT_OPENERS = wordPattern(ENGLISH_JUDGED_OBJECT_OPENERS);
/**
 * "Sanders criticized the climate accord", "Clinton rejected the allegation": a judgement spoken of its object is a
 * statement of lower confidence; negated ("has not criticized") or passive it reports nothing.
 */
function judgedObject(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  const next = tokens[i + 1];
  if (NEGATION_AND_BE.test(tokens[i - 1]?.norm ?? "")) return false;
  // "expressed concern that …": a feeling, then what it is about.
  const feeling = next?.kind === "word" && /^(that|about|over|at)$/.test(tokens[i + 2]?.norm ?? "");
  return !!next && next.kind === "word" && i + 1 < sentence.to && (startsUpper(next) || feeling || JUDGED_OBJECT_OPENERS.test(next.norm));
}

/** "criticized Clinton for accepting …", "dismissed the report as "absurd"", "slammed Clinton over …", "condemned that …": grounds after the object. */
function givesGrounds(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  if (tokens[i + 1]?.norm === "that") return true;
  for (let k = i + 1; k < sentence.to && k - i <= 10; k++) {
    const t = tokens[k]!;
    if (t.norm === "for" || t.norm === "as" || t.norm === "over" || sentence.quotes.byOpen.has(k)) return k > i + 1;
    if (isSentenceEnd(t) || isComma(t) || (t.kind === "word" && BOUNDARY_WORDS.has(t.norm))) return false;
  }
  return false;
}

function closesAttribution(sentence: Sentence, i: number): boolean {
  const next = sentence.tokens[i + 1];
  return !next || i + 1 >= sentence.to || isSentenceEnd(next);
}

const FINDING_OPENERS = wordPattern(ENGLISH_FINDING_OPENERS);
/** "a poll shows Sanders leading", "the survey found broad support for …": what a document shows may be a noun phrase. */
function objectFollows(sentence: Sentence, i: number): boolean {
  const next = sentence.tokens[i + 1];
  return (
    !!next &&
    next.kind === "word" &&
    i + 1 < sentence.to &&
    (startsUpper(next) ||
      FINDING_OPENERS.test(next.norm) ||
      // "polls show voters rejecting …", "show working-class whites could …": a bare plural.
      (/^\p{Ll}[\p{Ll}-]+s$/u.test(next.text) && !BOUNDARY_WORDS.has(next.norm) && !ADVERBS.has(next.norm)))
  );
}

const CLAUSE_SUBJECT_OPENERS = wordPattern(ENGLISH_CLAUSE_SUBJECT_OPENERS);
const NO_CLAUSE_AFTER_BELIEF = wordPattern(ENGLISH_NO_CLAUSE_AFTER_BELIEF);
/** "believe that …", "think the plan …": a clause follows, not "believe in", "think about"; `bareNoun` lets it open on a lowercase noun. */
function clauseFollows(sentence: Sentence, i: number, bareNoun = false): boolean {
  const { tokens } = sentence;
  let j = i + 1;
  if (/ly$/.test(tokens[j]?.norm ?? "")) j++;
  const next = tokens[j];
  if (!next || next.kind !== "word") return false;
  if (next.norm === "that" || next.norm in PRONOUNS) return true;
  if (
    !CLAUSE_SUBJECT_OPENERS.test(next.norm) &&
    !(startsUpper(next) && !/^(I)$/.test(next.text)) &&
    !(bareNoun && /^\p{Ll}+$/u.test(next.text) && !NO_CLAUSE_AFTER_BELIEF.test(next.norm) && !isVerbForm(next) && !isAuxiliary(next))
  )
    return false;
  // "expect the vote will pass" holds a clause; "expects a vote on Tuesday" only an object.
  for (let k = j + 1; k < sentence.to && k - j <= 12; k++) {
    const t = tokens[k]!;
    if (isSentenceEnd(t) || isComma(t) || t.kind === "quote") return false;
    if (isAuxiliary(t) || isVerbForm(t, tokens[k - 1])) return true;
  }
  return false;
}

const DOCUMENT_NOUNS = wordPattern(ENGLISH_DOCUMENT_NOUNS);
/** "A new poll found", "the survey shows": the word before the verb names a poll, a study or a document. */
function documentBefore(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  // "A new Quinnipiac poll released Tuesday found", "A Fox News poll, conducted jointly with two firms, shows": the
  // document heads the subject some words back, past a participle phrase between commas.
  let commaSeen = false;
  for (let k = i - 1; k >= sentence.clauseStart(i) && i - k <= 20; k--) {
    const t = tokens[k]!;
    if (isComma(t)) {
      commaSeen = true;
      continue;
    }
    if (t.kind !== "word" || BOUNDARY_WORDS.has(t.norm) || (i - k > 8 && !commaSeen)) return false;
    if (DOCUMENT_NOUNS.test(t.norm)) return true;
    if (isCue(t, tokens[k - 1])) return false;
  }
  return false;
}

/** A quotation mark within a few tokens of `i`: only then can a verb frame a quotation. */
function nearQuotation(sentence: Sentence, i: number): boolean {
  for (let k = Math.max(sentence.from, i - 7); k < Math.min(sentence.to, i + 8); k++) if (sentence.tokens[k]!.kind === "quote") return true;
  return false;
}

/**
 * "Yang Shu, director of the institute, calls …", "The crowd, reacting to the gap, shouted, …": the index of the word
 * that ends the subject before an aside set off by commas right before the verb at `i`; otherwise `i - 1`.
 */
const MAX_FRAME_ASIDE_TOKENS = 20;
function wordBeforeAside(sentence: Sentence, i: number): number {
  const { tokens } = sentence;
  if (!isComma(tokens[i - 1])) return i - 1;
  for (let k = i - 2; k > sentence.from && i - k <= MAX_FRAME_ASIDE_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.kind === "quote" || isSentenceEnd(t)) break;
    if (isComma(t)) return tokens[k - 1]?.kind === "word" && k - 1 >= sentence.clauseStart(i) ? k - 1 : i - 1;
  }
  return i - 1;
}

function frameSubjectWord(token: Token | undefined): boolean {
  return token?.kind === "word" && !AUXILIARIES.has(token.norm) && !BOUNDARY_WORDS.has(token.norm) && !CUES.has(token.norm);
}

/** A quotation closing on a comma, ? or ! (inside or right after its mark) is waiting for its attribution. */
function endsOpen(tokens: Token[], close: number): boolean {
  return /^[,?!—–-]$/.test(tokens[close - 1]?.text ?? "") || isComma(tokens[close + 1]);
}

/** "apologized for what happened: "…"": the verb of a free relative clause is part of a noun phrase and frames nothing. */
function inFreeRelative(tokens: Token[], i: number): boolean {
  return /^(what|whatever)$/.test(tokens[i - 1]?.norm ?? "");
}

const ATTRIBUTION_ENDS = wordPattern(ENGLISH_ATTRIBUTION_ENDS);
const CAPITALISED_OPENERS = wordPattern(ENGLISH_CAPITALISED_OPENERS);
/** The quotation right before the subject and verb at `i` (or right before the verb) closes on a comma, ? or ! and the attribution ends there. */
function framesQuotation(sentence: Sentence, i: number): boolean {
  const { tokens, quotes } = sentence;
  if (inFreeRelative(tokens, i)) return false;
  const subject = (k: number) => frameSubjectWord(tokens[k]);
  let k = i - 1;
  while (k >= sentence.from && i - k <= 5 && subject(k)) k--;
  const beforeAside = wordBeforeAside(sentence, i);
  const subjectBefore = k < i - 1 || (beforeAside !== i - 1 && frameSubjectWord(tokens[beforeAside]));
  const quoteAt = isComma(tokens[k]) ? k - 1 : k;
  const after = tokens[i + 1];
  const ends = !after || isSentenceEnd(after) || isComma(after) || ATTRIBUTION_ENDS.test(after.norm) || /ly$/.test(after.norm);
  if (quotes.byClose.has(quoteAt) && endsOpen(tokens, quoteAt)) {
    // '"You lie!" The crowd cheered.': after ! or ? a capitalised article starts a sentence of its own.
    // 'The crowd chanted "Lock her up!" Trump smiled.': so does any capital after a quotation its own clause brought in.
    const quotation = quotes.byClose.get(quoteAt)!;
    const ownClause = tokens[quotation.open - 1]?.kind === "word" && startsUpper(tokens[k + 1]);
    if (subjectBefore && /^[?!]$/.test(tokens[quoteAt - 1]?.text ?? "") && (ownClause || CAPITALISED_OPENERS.test(tokens[k + 1]?.text ?? ""))) return false;
    if (subjectBefore) return ends;
    // '"…?" asked Smith.'
    let m = i + 1;
    while (m < sentence.to && m - i <= 5 && subject(m)) m++;
    return m > i + 1 && (m >= sentence.to || isSentenceEnd(tokens[m]!) || isComma(tokens[m]));
  }
  // 'Smith retorted: "…"', 'a man yelled "Stay there!"', '…, shouting "she wins, we lose!"'
  const participleAfterComma = isComma(tokens[i - 1]) && tokens[i]!.norm.endsWith("ing");
  return (subjectBefore || participleAfterComma) && quotationAfterFrame(sentence, i);
}

/** The quotation right after the frame verb at `i` (past "back", a manner adverb, a colon or comma) is all it says. */
function quotationAfterFrame(sentence: Sentence, i: number): boolean {
  const { tokens, quotes } = sentence;
  let j = answersBack(tokens, i) ? i + 2 : i + 1;
  if (/ly$/.test(tokens[j]?.norm ?? "")) j++;
  // ('read in part, "…"': how much of it the quotation gives.)
  if (tokens[j]?.norm === "in" && tokens[j + 1]?.norm === "part") j += 2;
  j = pastFrameAddressee(sentence, j);
  const afterColon = isColon(tokens[j]) && quotes.byOpen.has(j + 1);
  // 'Noah quipped, "It is like …"': a comma may stand between the verb and its quotation.
  if (afterColon || (isComma(tokens[j]) && quotes.byOpen.has(j + 1))) j++;
  const quote = quotes.byOpen.get(j);
  // ("vaunted "Energiewende." At least …": a past form outside the table may be an adjective.)
  const knownVerb = CUE_FORMS.has(tokens[i]!.norm) || answersBack(tokens, i);
  // 'fired back: "…," he wrote, "…"': the interrupted quotation is the inner cue's, whole.
  if (quote?.closed && endsOpen(tokens, quote.close) && attributedAfter(sentence, quote.close)) return false;
  if (afterColon) return true;
  // The quotation right after the verb (or quotations joined by "and") is the whole rest of the sentence.
  if (!quote?.closed) return false;
  const last = lastJoinedQuotation(sentence, quote);
  const next = tokens[last.close + 1];
  if (
    closesSentence(tokens, last.close) &&
    (!next || last.close + 1 >= sentence.to || isSentenceEnd(next) || (knownVerb && nextSentenceOpens(tokens, last.close + 1)))
  )
    return true;
  // 'chanting "no contract, no peace".': the sentence's stop may stand outside the quotation.
  if (knownVerb && next && isSentenceEnd(next) && wordsInside(tokens, quote) >= 2) return true;
  // 'he yelled "You lie!" at the president': an exclamation or question of its own, then where or to whom it was said.
  return /^[!?]$/.test(tokens[last.close - 1]?.text ?? "") && /^(at|to|from|during|in|across|into)$/.test(next?.norm ?? "");
}

/** The most words of whom a frame verb was said to ('chanted back at him, "…"', 'shouted to the crowd, "…"'). */
const MAX_FRAME_ADDRESSEE_TOKENS = 4;
/** Past "at him" or "to the crowd" when a comma and a quotation follow it; else `j`. */
function pastFrameAddressee(sentence: Sentence, j: number): number {
  const { tokens, quotes } = sentence;
  if (!/^(at|to)$/.test(tokens[j]?.norm ?? "")) return j;
  for (let k = j + 1; k < sentence.to && k - j <= MAX_FRAME_ADDRESSEE_TOKENS + 1; k++) {
    if (isComma(tokens[k]) && quotes.byOpen.has(k + 1)) return k > j + 1 ? k : j;
    if (tokens[k]!.kind !== "word") return j;
  }
  return j;
}

/** 'chanted "stop killing black people" and "no justice, no peace."': the last of quotations joined by "and" or "or". */
function lastJoinedQuotation(sentence: Sentence, quote: Quote): Quote {
  const { tokens, quotes } = sentence;
  let last = quote;
  for (;;) {
    const joiner = isComma(tokens[last.close + 1]) ? last.close + 2 : last.close + 1;
    const following = /^(and|or)$/.test(tokens[joiner]?.norm ?? "") ? quotes.byOpen.get(joiner + 1) : undefined;
    if (!following?.closed) return last;
    last = following;
  }
}

/** '"… cookies." Gender roles collided again.': a capital after a quotation that closes on a stop opens another sentence, unless a cue follows it. */
function nextSentenceOpens(tokens: Token[], k: number): boolean {
  return startsUpper(tokens[k]) && !isCue(tokens[k + 1], tokens[k]) && !isCue(tokens[k + 2], tokens[k + 1]);
}

const WRITTEN_OBJECTS = wordPattern(ENGLISH_WRITTEN_OBJECTS);
function afterOwnObject(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  let noun = i - 1;
  while (noun > sentence.from && i - noun <= 3 && (isTimeWord(sentence, noun) || startsUpper(tokens[noun]))) noun--;
  // "issued a statement at his golf club outside Washington, D.C. saying": past a phrase of place with no verb of its own.
  if (!WRITTEN_OBJECTS.test(tokens[noun]?.norm ?? "")) noun = writtenObjectBefore(sentence, i);
  if (!WRITTEN_OBJECTS.test(tokens[noun]?.norm ?? "")) return false;
  const start = sentence.clauseStart(i);
  return start < noun - 1 && hasVerb(sentence, start, tokens[noun]!.start);
}

/** The most tokens of a phrase of place between a written object and its participle. */
const MAX_PLACE_PHRASE_TOKENS = 12;

/** "while promoting a film", "before attending the town hall": a clause of time with an -ing verb and no subject. */
function reducedTimeClauseAt(tokens: Token[], j: number): boolean {
  return /^(while|when|after|before)$/.test(tokens[j]?.norm ?? "") && /^\p{Ll}+ing$/u.test(tokens[j + 1]?.text ?? "");
}

/** No comma, colon or quotation from `j` to the sentence's end. */
function closesSentenceFrom(sentence: Sentence, j: number): boolean {
  for (let k = j; k < sentence.to; k++) {
    const t = sentence.tokens[k]!;
    if (isComma(t) || isColon(t) || t.kind === "quote") return false;
  }
  return true;
}

/** The written object ("statement", "letter") before a phrase of place that ends at the participle `i`, or -1. */
function writtenObjectBefore(sentence: Sentence, i: number): number {
  const { tokens } = sentence;
  let sawPlace = false;
  for (let k = i - 1; k > sentence.from && i - k <= MAX_PLACE_PHRASE_TOKENS; k--) {
    const t = tokens[k]!;
    if (WRITTEN_OBJECTS.test(t.norm)) return sawPlace ? k : -1;
    if (/^(at|in|outside|near|from|on)$/.test(t.norm)) sawPlace = true;
    else if (t.kind === "quote" || isAuxiliary(t) || (t.kind === "word" && /^\p{Ll}/u.test(t.text) && isVerbForm(t, tokens[k - 1]))) return -1;
  }
  return -1;
}

function fromCue(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  const cueText = cueParticle(tokens, i) ? sentence.text.slice(tokens[i]!.start, tokens[i + 1]!.end) : tokens[i]!.text;
  // "…," said Smith.  /  "…," Smith said.  /  …, police said.
  // "…, saying": the participle's subject is the main clause's, resolved like a pronoun.
  // "…, having said the pay was too low": a perfect participle, whose subject is the main clause's too; "…, further saying".
  const at = tokens[i - 1]?.norm === "having" || adverbAfterComma(sentence, i - 1) ? i - 1 : i;
  const participle =
    (/ing$/.test(tokens[i]!.norm) || tokens[at]!.norm === "having") &&
    ((at < i && at === sentence.clauseStart(at)) ||
      followsComma(sentence, at) ||
      tokens[at - 1]?.norm === "also" ||
      PARTICIPLE_OPENERS.test(tokens[at - 1]?.norm ?? "") ||
      quotedAs(sentence, at - 1) ||
      afterOwnObject(sentence, at));
  const subject = participle ? participleSubject(sentence, at) : null;
  // "The jet hit the ocean shortly after asking …": a subordinate participle with no subject that can speak reports nothing.
  if (subject && SUBORDINATE_OPENERS.test(tokens[i - 1]?.norm ?? "") && !followsComma(sentence, i) && (!subject.mention || /^it$/i.test(subject.mention.text)))
    return null;
  const before = subject ? { start: i, tokens: subject.mention ? 1 : 0, speaker: subject } : speakerBeforeCue(sentence, i);
  // '…said, "…", adding that …': a participle with content of its own leaves the quotation before it to the main verb.
  // ("…," referring to the Islamic State": a gloss on the quotation is no content of its own.)
  const quoted = subject && !cueParticle(tokens, i) && hasContentAfter(sentence, i) ? null : quotationBeforeCue(sentence, i, before);
  if (quoted) return merged(quoted, { cue: cueText });
  if (/^(called|dubbed|named)$/.test(tokens[i]!.norm) && nameAfterComma(sentence, i)) return null;
  const inverted = invertedAttribution(sentence, i, before);
  if (inverted) return merged(inverted, { cue: cueText });
  // "a process called "exfiltration"", "a supposed movie called Argo": naming, not speech.
  const namedThing =
    /^(a|an)$/.test(tokens[phraseStart(sentence, i)]?.norm ?? "") ||
    (before.tokens > 0 && /^(a|an)\s/i.test(before.speaker.mention?.text ?? "")) ||
    (sentence.quotes.byOpen.has(i + 1) && placeBefore(sentence, i));
  // "advocates called for his dismissal", "the initiative called for …": a demand, never a name.
  const demand = /^(for|on)$/.test(tokens[i + 1]?.norm ?? "") && tokens[i + 2]?.norm !== "by";
  // "… and called the system "rotten"", "a spokesman called the report "outrageous"": an object, then the quoted word
  // it is called, is a judgement; the name of a thing follows "called" at once ("a website called "Cape Breton …"").
  // ("called AP's report a "rush to judgment"": a capitalised owner opens an object, not a name.)
  const objectThenQuote =
    !sentence.quotes.byOpen.has(i + 1) &&
    (!startsUpper(tokens[i + 1]) || (possessive(tokens[i + 1]) && /^\p{Ll}/u.test(tokens[i + 2]?.text ?? ""))) &&
    nextQuoteOpen(sentence, i + 2, 20) !== -1;
  if (/^(called|dubbed|named)$/.test(tokens[i]!.norm) && !demand && !objectThenQuote && (namedThing || followsCommonNoun(tokens, i))) return null;
  // "whose screen credits include …": a noun.
  if (/^(credit|credits)$/.test(tokens[i]!.norm) && followsCommonNoun(tokens, i)) return null;
  const speaker = before.tokens > 0 ? before.speaker : null;
  if (speaker?.mention && NOT_SOURCES.test(lastWord(speaker.mention.text))) return null;
  return contentAfterCue(sentence, i, before, speaker, cueText);
}

/** "He was quoted as saying", "Clinton was quoted by the Times as saying": "as" after a passive "quoted" in its clause. */
function quotedAs(sentence: Sentence, as: number): boolean {
  const { tokens } = sentence;
  if (tokens[as]?.norm !== "as") return false;
  for (let k = as - 1; k >= sentence.from && as - k <= 8; k--) {
    if (tokens[k]!.norm === "quoted") return BE_FORMS.test(tokens[k - 1]?.norm ?? "");
    if (tokens[k]!.kind !== "word") return false;
  }
  return false;
}

/** "… attached to his feet, called Flyboard Air.": after a comma, a name that closes the clause is what the thing is called. */
function nameAfterComma(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  if (!isComma(tokens[i - 1]) || !startsUpper(tokens[i + 1])) return false;
  for (let k = i + 1; k < sentence.to && k - i <= 6; k++) {
    const t = tokens[k]!;
    if (isSentenceEnd(t) || isComma(t)) return k > i + 1;
    if (t.kind !== "word" || !/^[\p{Lu}\p{N}]/u.test(t.text)) return false;
  }
  return false;
}

/**
 * '"…," said Smith.', '"…," Smith said, "…"': the quotation right before the cue (and its comma) is the content,
 * unless it is a sentence of its own or a name quoted inside a phrase and the cue reports something after it.
 */
function quotationBeforeCue(sentence: Sentence, i: number, before: Subject): Omit<Candidate, "cue"> | null {
  const { tokens, quotes } = sentence;
  const closeIndex = before.start - 1 - (isComma(tokens[before.start - 1]) ? 1 : 0);
  const precedingQuote = quotes.byClose.get(isComma(tokens[i - 1]) ? i - 2 : i - 1) ?? quotes.byClose.get(closeIndex);
  if (!precedingQuote) return null;
  // «"… I may do it." Trump also said that he …»: a quotation that is a sentence of its own is not this cue's content
  // when the cue has content after it.
  const ownSentence = before.tokens > 0 && precedingQuote.close === closeIndex && closesSentence(tokens, precedingQuote.close) && hasContentAfter(sentence, i);
  // «With … and "the stress I'm putting on my body", she shared that …»: a quotation inside a phrase is not what the cue reports when it reports something after it.
  // 'the co-author of "Going Viral," … said the days …', 'his podcast "The Axe Files" out Thursday, Henry said her …':
  // a title or name quoted inside a phrase is not what a cue with content of its own reports.
  const opensMidClause = precedingQuote.open > sentence.clauseStart(precedingQuote.open) && tokens[precedingQuote.open - 1]?.kind === "word";
  if (opensMidClause && (precedingQuote.close === i - 1 || precedingQuote.close === closeIndex)) {
    const clause = clauseQuotingBefore(sentence, i, precedingQuote, before);
    if (clause) return clause;
  }
  const midPhrase = opensMidClause && (tokens[i + 1]?.norm === "that" || hasContentAfter(sentence, i));
  // '"We're extremely happy" about the decision, said RoseAnn DeMoro': the words after the quotation are no subject.
  if (before.tokens > 0 && precedingQuote.close === closeIndex && saidThenSpeaker(sentence, i)) return null;
  if (ownSentence || midPhrase || !(precedingQuote.close === i - 1 || precedingQuote.close === i - 2 || precedingQuote.close === closeIndex)) return null;
  const speaker = before.tokens > 0 ? before.speaker : speakerAfterCue(sentence, i);
  return merged(acrossInterruption(sentence, i, precedingQuote), { type: "direct" as const }, speaker, { confidence: speaker.mention ? 0.9 : 0.6 });
}

/** "…, said Brad Bannon, a pollster.": a comma before the cue and a speaker closing the sentence after it. */
function commaThenSpeaker(sentence: Sentence, i: number): boolean {
  return isComma(sentence.tokens[i - 1]) && i - 1 > sentence.clauseStart(i) && closesWithSpeaker(sentence, i);
}

/** ", said" or ", says" and a name that closes the sentence, or a bare source that closes a headline ("…, warns report"). */
function saidThenSpeaker(sentence: Sentence, i: number): boolean {
  const cue = sentence.tokens[i]!;
  // ("…, reported the BBC.", "…, reports USA Today": a news outlet names itself after «reported» as a speaker does after «said».)
  const next = sentence.tokens[i + 1];
  const outlet = () => (next?.norm === "the" ? startsUpper(sentence.tokens[i + 2]) : startsUpper(next) && !TIME_NOUNS.test(next!.norm));
  const named = (/^(said|says)$/.test(cue.norm) && startsUpper(next)) || (/^(reported|reports)$/.test(cue.norm) && outlet());
  return (named || (headlineInversion(cue) && bareNounsClose(sentence, i + 1))) && commaThenSpeaker(sentence, i);
}

/**
 * "…, said David Wasserman, an elections analyst at the Cook Political Report.": after a comma the cue and its
 * speaker close the sentence, and what came before the comma is the content. "Remarked Tierra Curry of the Center
 * for Biological Diversity, "…"": the cue first, then its speaker.
 */
function invertedAttribution(sentence: Sentence, i: number, before: Subject): Omit<Candidate, "cue"> | null {
  const { tokens } = sentence;
  // "…, forcing her to fend off Sanders, said Brad Bannon, a pollster.": a name that closes the sentence after ", said"
  // is the speaker, whatever noun stood before the comma.
  if (before.tokens > 0 && !saidThenSpeaker(sentence, i)) return null;
  if (commaThenSpeaker(sentence, i)) {
    const inverted = speakerAfterCue(sentence, i);
    const span = inverted.mention ? buildSpan(sentence, sentence.clauseStart(i), isNewStatementAt, i - 1) : null;
    if (span) return merged(span, inverted, { confidence: 0.8 });
  }
  if (i === sentence.clauseStart(i) && startsUpper(tokens[i])) {
    const quoteAt = nextQuoteOpen(sentence, i + 1, 25);
    if (quoteAt !== -1) {
      const inverted = speakerAfterCue(sentence, i);
      const span = buildSpan(sentence, quoteAt, isNewStatementAt);
      if (span && inverted.mention) return merged(span, inverted, { confidence: 0.85 });
    }
  }
  return null;
}

/** What the cue reports after it: past its object, adverbials and "that"; or, when nothing follows, the clause before it. */
function contentAfterCue(sentence: Sentence, i: number, before: Subject, speaker: ParsedSpeaker | null, cue: string): Candidate | null {
  const { tokens, quotes } = sentence;
  const j = contentAfterComma(sentence, i, before, contentStart(sentence, i));
  // "…, Obama told his advisers as he labored over the speech": after the addressee, a circumstance of the telling.
  const toldWhen = j > i + 1 && OBJECT_BEFORE_CONTENT.has(tokens[i]!.norm) && /^(as|when|while|after|before)$/.test(tokens[j]?.norm ?? "");
  // "…, they said Sunday — murder carrying the death penalty": after a trailing attribution a dash opens the narrator's gloss.
  // "said in April while promoting a film.": a reduced clause of time closing the sentence says when, not what
  // ("saying after slamming into the crowd, the driver emerged …" goes on with what was said).
  const reducedTimeClause = reducedTimeClauseAt(tokens, j) && closesSentenceFrom(sentence, j);
  const glossAfter = j < sentence.to && isDash(tokens[j]!) && tokens[j - 1]?.norm !== "that" && before.tokens > 0 && isComma(tokens[before.start - 1]);
  const trailing =
    j >= sentence.to ||
    isSentenceEnd(tokens[j]!) ||
    (isComma(tokens[j]) && tokens[j + 1]?.kind !== "quote") ||
    verblessCircumstance(sentence, j) ||
    toldWhen ||
    glossAfter ||
    reducedTimeClause;
  if (trailing) return trailingAttribution(sentence, i, j, before, speaker, cue);
  // "Toronto Police, which indicated on Monday a … was likely, face allegations …": the relative clause ends at its comma.
  // «said on Friday "We made a plea …" and "So we told the president …"»: quotations joined under one cue, one statement.
  const first = quotes.byOpen.get(j);
  const joined = first?.closed && tokens[first.close + 1]?.norm === "and" && quotes.byOpen.has(first.close + 2);
  const span = joined
    ? { start: first.start, end: lastJoinedQuotation(sentence, first).end, type: "direct" as const }
    : buildSpan(sentence, j, isNewStatementAt, inRelativeClause(sentence, i) || inOpeningClause(sentence, i) ? nextComma(sentence, j) : undefined);
  if (!span) return antecedent(speaker);
  const named = namingEnd(sentence, i, j);
  if (named !== null && named < span.end) span.end = named;
  // "She wrote the memo last year": a bare object with no verb of its own is what was written, not a statement.
  if (span.type === "indirect" && WRITING.test(tokens[i]!.norm) && !hasVerb(sentence, j, span.end)) return antecedent(speaker);
  // "that she shared with one half-sister": whom something is shared with says nothing ("agreed with X" is a position).
  if (span.type === "indirect" && tokens[j]?.norm === "with" && !/agree/.test(tokens[i]!.norm) && !hasVerb(sentence, j, span.end)) return antecedent(speaker);
  const who = speaker ?? { mention: null, name: null, role: null, kind: null, anaphor: true, gender: null };
  // A judgement with only its object reports the act more than a claim, a finding a result more than a claim: the
  // desk sees them lower in the queue.
  const flags = CUE_FORMS.get(tokens[i]!.norm);
  const judgedOnly = span.type === "indirect" && flags?.has("judgement") && !givesGrounds(sentence, i);
  const finding = flags?.has("evidence") && !documentBefore(sentence, i);
  return merged(span, { cue }, who, { confidence: who.mention ? (span.type === "direct" ? 0.9 : judgedOnly || finding ? 0.6 : 0.8) : 0.6 });
}

const NAMING_CUES = wordPattern(ENGLISH_NAMING_CUES);

const AFTER_NAME = wordPattern(ENGLISH_AFTER_NAME);

/** The longest object between a naming cue and the quoted name it gives. */
const MAX_NAMED_OBJECT_TOKENS = 12;

/**
 * A naming ends with the quoted name it gives, and the names coordinated with it: the words after it are the
 * narrator's. Any cue names when "as" brings in the quotation ("dismissed the report as "absurd"").
 */
function namingEnd(sentence: Sentence, i: number, j: number): number | null {
  const { tokens, quotes } = sentence;
  const naming = NAMING_CUES.test(tokens[i]!.norm) && !cueParticle(tokens, i);
  for (let k = j; k < sentence.to && k - j <= MAX_NAMED_OBJECT_TOKENS; k++) {
    const quote = quotes.byOpen.get(k);
    if (quote) {
      if (!quote.closed) return null;
      const last = lastCoordinatedQuote(sentence, quote);
      // 'the "crooked" nominating process': a quoted word the noun phrase goes on after is a modifier, not the name.
      const after = tokens[last.close + 1];
      // ('called Cruz the "ultimate hypocrite," linking to …': a comma inside the closing mark ends the naming as one outside does.)
      const ends =
        !after || after.kind !== "word" || isComma(tokens[last.close - 1]) || (AFTER_NAME.test(after.norm) && !modifiesName(sentence, last.close + 1));
      // ("… as "reckless"", "… as a "very decent man"": casting the object in quoted words names it.)
      const cast = tokens[k - 1]?.norm === "as" || (/^(a|an|the)$/.test(tokens[k - 1]?.norm ?? "") && tokens[k - 2]?.norm === "as");
      if (ends && k > j && (naming || cast)) return tokens[last.close]!.end;
      k = last.close;
      continue;
    }
    const t = tokens[k]!;
    if (isSentenceEnd(t) || isComma(t) || isAuxiliary(t) || isVerbForm(t, tokens[k - 1])) return null;
  }
  return null;
}

const MAX_MODIFIER_TOKENS = 4;
const ARTICLES_AND_POSSESSIVES = wordPattern(ENGLISH_ARTICLES_AND_POSSESSIVES);
/**
 * 'called the agreement "an historic step forward" in global efforts to …', 'a "blueprint" for how she would …': a
 * phrase after the quoted name goes on with it, unless it is a circumstance of the naming ("in an interview", "on
 * Friday", "at the rally", "in Iowa").
 */
function modifiesName(sentence: Sentence, k: number): boolean {
  const { tokens } = sentence;
  if (!/^(in|for|of|to)$/.test(tokens[k]!.norm)) return false;
  for (let m = k + 1; m < sentence.to && m - k <= MAX_MODIFIER_TOKENS; m++) {
    const t = tokens[m]!;
    if (t.kind !== "word" || startsUpper(t) || CIRCUMSTANCE_HEADS.test(t.norm) || isTimeWord(sentence, m)) return false;
    if (!ARTICLES_AND_POSSESSIVES.test(t.norm)) return true;
  }
  return false;
}

/** '"meritless" and "improper"', '"immoral" "lie"': quotations joined by a conjunction, a comma or nothing. */
function lastCoordinatedQuote(sentence: Sentence, quote: Quote): Quote {
  const { tokens, quotes } = sentence;
  let last = quote;
  for (;;) {
    const link = tokens[last.close + 1];
    const next = quotes.byOpen.get(last.close + 1) ?? (link && (isComma(link) || /^(and|or)$/.test(link.norm)) ? quotes.byOpen.get(last.close + 2) : undefined);
    if (!next?.closed) return last;
    last = next;
  }
}

/**
 * "Rubio says, win or lose in Florida, he's staying", "She said, if elected, she would …", "He added, that …": when
 * the cue's subject opens the clause, a comma after the cue comes before the content.
 */
function contentAfterComma(sentence: Sentence, i: number, before: Subject, j: number): number {
  const { tokens } = sentence;
  if (!isComma(tokens[j]) || before.tokens === 0 || tokens[j + 1]?.kind !== "word" || isNewStatementAt(sentence, j + 1)) return j;
  // "The golf industry, she said, is …" is a parenthetical: only a clause the subject opens, or an opening phrase, may come first.
  const clauseStart = sentence.clauseStart(i);
  const opens = before.start === clauseStart || (isComma(tokens[before.start - 1]) && isIntro(sentence, { from: clauseStart, to: before.start - 1 }));
  // "Putting the show together, Butz said, allowed him …": a predicate after the comma belongs to the words before.
  const next = tokens[j + 1]!;
  if (!opens || startsPredicate(next)) return j;
  return next.norm === "that" ? j + 2 : j + 1;
}

/** "pointed out", "called for", "calls on", "pointed to", "referred to": a particle that is part of the cue as written. */
function cueParticle(tokens: Token[], i: number): boolean {
  const cue = tokens[i]!.norm;
  const next = tokens[i + 1]?.norm ?? "";
  return next === "out" || (/^call/.test(cue) && /^(for|on)$/.test(next)) || (/^(point|refer)/.test(cue) && next === "to") || answersBack(tokens, i);
}

/** 'fired back, "…"', 'shot back: "…"', 'hit back "…"': a verb of attack with "back" answers, when a quotation follows. */
function answersBack(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.norm !== "back") return false;
  let k = i + 2;
  // ('chanted back at him, "…"': whom it answered, then the quotation.)
  if (/^(at|to)$/.test(tokens[k]?.norm ?? "")) while (k < i + 3 + MAX_FRAME_ADDRESSEE_TOKENS && tokens[k]?.kind === "word") k++;
  const after = tokens[k];
  return (k === i + 2 && after?.kind === "quote") || ((isComma(after) || isColon(after)) && tokens[k + 1]?.kind === "quote");
}

const AFTER_THAT_AS_OBJECT = wordPattern(ENGLISH_AFTER_THAT_AS_OBJECT);
/** The first token of the content after the cue at `i`. */
function contentStart(sentence: Sentence, i: number): number {
  const { tokens } = sentence;
  let j = i + 1;
  if (tokens[j]?.norm === "to" && /^(add|say)$/.test(tokens[j + 1]?.norm ?? "")) j += 2;
  // "…, referring to the convention", "pointed out": what the cue reports follows its particle; "calls for" needs a word after it.
  const demandWithoutObject = /^(for|on)$/.test(tokens[j]?.norm ?? "") && tokens[j + 1]?.kind !== "word";
  if (j === i + 1 && cueParticle(tokens, i) && !demandWithoutObject) j++;
  // "expressed concern that …", "expressed astonishment at …": the feeling names the act, what follows is its content.
  if (
    /^express/.test(tokens[i]!.norm) &&
    tokens[j]?.kind === "word" &&
    !DETERMINERS.has(tokens[j]!.norm) &&
    /^(that|about|over|at|for)$/.test(tokens[j + 1]?.norm ?? "")
  )
    j += 2;
  if (OBJECT_BEFORE_CONTENT.has(tokens[i]!.norm)) j = quoteAfterAddressee(sentence, j) ?? thatAfterObject(sentence, j) ?? skipAddressee(sentence, j);
  // "said to reporters that …", "reported to police that …": the addressee, then what was said.
  else if (tokens[j]?.norm === "to" && addresseeAt(sentence, j + 1))
    j = thatAfterObject(sentence, j + 1) ?? (startsUpper(tokens[j + 1]) ? skipObject(sentence, j + 1) : j);
  j = skipAside(sentence, skipAdverbials(sentence, j));
  j = thatAfterPhrase(sentence, j, SAYING_OF.has(tokens[i]!.norm)) ?? j;
  j = pastFrameAddressee(sentence, skipPhraseBeforeQuote(sentence, j));
  // "said only that …", "said simply that …": an adverb before "that" says how little or how it was said.
  // ("proposed just that in 2013": "that" is the object.)
  const clauseAfter = (tokens[j + 2]?.kind === "word" && !AFTER_THAT_AS_OBJECT.test(tokens[j + 2]!.norm)) || sentence.quotes.byOpen.has(j + 2);
  if (tokens[j + 1]?.norm === "that" && clauseAfter && /^(only|just|merely|simply|\p{Ll}+ly)$/u.test(tokens[j]?.text ?? "")) j++;
  if (tokens[j]?.norm === "that") j++;
  if (tokens[j]?.kind === "punct" && (tokens[j]!.text === ":" || tokens[j]!.text === ",") && tokens[j + 1]?.kind === "quote") j++;
  return j;
}

/** "…, police said." / "The device was not airworthy, investigators have said, and …": the clause before the attribution. */
function trailingAttribution(sentence: Sentence, i: number, j: number, before: Subject, speaker: ParsedSpeaker | null, cue: string): Candidate | null {
  const { tokens } = sentence;
  if (!speaker || !isComma(tokens[before.start - 1])) return antecedent(speaker);
  const start = sentence.clauseStart(i);
  const span = buildSpan(sentence, start, isNewStatementAt, before.start - 1);
  if (!span) return antecedent(speaker);
  // "The 737 Max was not airworthy, investigators have said, and should not have taken off": the sentence goes on after the attribution.
  // "they had, his surviving father says, paid people smugglers …": an auxiliary waits for its verb after the attribution.
  const waiting =
    isComma(tokens[j]) &&
    (AUXILIARIES.has(tokens[before.start - 2]?.norm ?? "") || parenthetical(sentence, start, before.start - 1, j + 1)) &&
    /^\p{L}/u.test(tokens[j + 1]?.text ?? "");
  const rest =
    isComma(tokens[j]) && (/^(and|but)$/.test(tokens[j + 1]?.norm ?? "") || waiting) ? buildSpan(sentence, waiting ? j + 1 : j + 2, isNewStatementAt) : null;
  if (!rest)
    return circumstanceOnly(sentence, start, before.start - 1) ? antecedent(speaker) : merged(span, { cue }, speaker, { role: null, confidence: 0.75 });
  // The attribution inside the statement is left out of its words, as an interrupted quotation's is.
  const interruptions = [{ start: span.end, end: waiting ? rest.start : tokens[j + 1]!.start }];
  return merged(span, { end: rest.end, interruptions, type: span.type === "indirect" ? rest.type : span.type, cue }, speaker, { role: null, confidence: 0.75 });
}

/** "In a livestream, Sanders shared with his supporters …": a phrase of time or place before the subject, with no verb or quotation, says nothing. */
function circumstanceOnly(sentence: Sentence, start: number, end: number): boolean {
  const { tokens } = sentence;
  if (!PHRASE_PREPOSITIONS.test(tokens[start]!.norm) || tokens.slice(start, end).some((t) => t.kind === "quote")) return false;
  return !hasVerb(sentence, start, tokens[end]!.start);
}

/**
 * 'No Child Left Behind was "very assertive," said Gary Orfield, …', 'Manafort "has taken on a tough task," Black said.':
 * a quotation inside a clause, closing on a comma right before an attribution that ends the sentence: the whole
 * clause is what the speaker said.
 */
function clauseQuotingBefore(sentence: Sentence, i: number, quote: Quote, before: ReturnType<typeof speakerBeforeCue>): Omit<Candidate, "cue"> | null {
  if (!endsOpen(sentence.tokens, quote.close)) return null;
  const start = sentence.clauseStart(quote.open);
  const resumed = before.tokens > 0 ? resumedAfterAttribution(sentence, i, quote, start) : null;
  const speaker =
    before.tokens > 0
      ? resumed || !hasContentAfter(sentence, i)
        ? before.speaker
        : null
      : closesWithSpeaker(sentence, i)
        ? speakerAfterCue(sentence, i)
        : null;
  if (!speaker?.mention) return null;
  const span = buildSpan(sentence, start, isNewStatementAt, quote.close + 1);
  if (!span || span.end < quote.end) return null;
  const across = resumed ? { end: resumed.end, interruptions: [{ start: span.end, end: resumed.start }] } : {};
  return merged(span, across, { type: "mixed" }, speaker, { confidence: 0.8 });
}

/**
 * '… means "he must be doing something right," she says, "but I don't know …"': the quotation resuming after the
 * attribution. Not after a participle, a short scare quote, or a clause with a cue of its own ("Starr said … "…,"
 * explaining, "…"").
 */
function resumedAfterAttribution(sentence: Sentence, i: number, quote: Quote, start: number): Quote | null {
  const { tokens, quotes } = sentence;
  const after = cueParticle(tokens, i) ? i + 2 : i + 1;
  if (!isComma(tokens[after]) || quote.close - quote.open <= 3 || /ing$/.test(tokens[i]!.norm)) return null;
  const resumed = quotes.byOpen.get(after + 1);
  if (!resumed?.closed) return null;
  const ownCue = tokens.slice(start, quote.open).some((t, n) => t.kind === "word" && (/ing$/.test(t.norm) || isCue(t, tokens[start + n - 1])));
  return ownCue ? null : resumed;
}

const WRITING = wordPattern(ENGLISH_WRITING);

/** Whether a finite verb stands among tokens `from` (inclusive) up to the offset `end`. */
function hasVerb(sentence: Sentence, from: number, end: number): boolean {
  for (let k = from; k < sentence.to && sentence.tokens[k]!.start < end; k++)
    if (isAuxiliary(sentence.tokens[k]!) || isVerbForm(sentence.tokens[k]!, sentence.tokens[k - 1])) return true;
  return false;
}

/** Common verbs whose past does not end in -ed, to find a clause's verb. */
const IRREGULAR_PAST = wordSet(ENGLISH_IRREGULAR_PAST);

export function isAuxiliary(token: Token): boolean {
  if (token.kind !== "word") return false;
  if (AUXILIARIES.has(token.norm)) return true;
  // "wouldn't", "didn’t", "won't", "can't": the negated forms, with either apostrophe.
  const negated = /^(.+?)n['’]t$/.exec(token.norm);
  return negated !== null && (AUXILIARIES.has(negated[1]!) || /^(wo|ca|need|must|ought)$/.test(negated[1]!));
}

/** A form of a verb in the cue table, -ing forms aside. */
export function isCueForm(token: Token): boolean {
  return token.kind === "word" && !token.norm.endsWith("ing") && (CUES.has(token.norm) || CUE_FORMS.has(token.norm));
}

const NUMBER_WORDS = wordPattern(ENGLISH_NUMBER_WORDS);

/** A word that reads as a finite verb: a cue form, an irregular past, a regular past, or an -s form right after a name or pronoun. */
export function isVerbForm(token: Token, previous?: Token): boolean {
  if (token.kind !== "word" || AUXILIARIES.has(token.norm) || !/^\p{Ll}/u.test(token.text)) return false;
  if (isCueForm(token) || IRREGULAR_PAST.has(token.norm)) return true;
  if (regularPast(token.norm)) return true;
  // "The results", "A reads", "Thirteen years": after a determiner or a number an -s word is a noun.
  return (
    /[^su]s$/.test(token.norm) &&
    previous?.kind === "word" &&
    (previous.norm in PRONOUNS || (startsUpper(previous) && !DETERMINERS.has(previous.norm) && !NUMBER_WORDS.test(previous.norm)))
  );
}

/**
 * "He spoke on Monday, adding that …", "Trump spoke for an hour, saying …": the participle's subject is the
 * subject of the clause it hangs on; a pronoun there is reported as written, a name as the name. Other
 * openings leave it to the article's history, like a pronoun.
 */

function participleSubject(sentence: Sentence, i: number): ParsedSpeaker {
  const { tokens } = sentence;
  const start = mainClauseStart(sentence, sentence.clauseStart(i), i);
  const first = tokens[start];
  // '"…," she said, adding that …': after a quotation the attribution's subject.
  const opening = sentence.quotes.byOpen.get(start);
  if (opening?.closed && opening.close < i) return attributionSubject(sentence, opening.close + 1, i);
  if (!first || first.kind !== "word" || start >= i) return none();
  // 'Mr. Trump said of the episode, "I don't like it," adding that …': the subject of the cue that the quotation ends.
  const quoted = sentence.quotes.byClose.get(isComma(tokens[i - 1]) ? i - 2 : i - 1);
  const quoting = quoted && quoted.open > start ? attributionBefore(sentence, start, quoted.open) : null;
  if (quoting) return quoting;
  // "The secretary will play the card, Fiorina said, adding that …": the attribution just before the participle.
  const attributed = attributionBefore(sentence, start, i) ?? contrastBefore(sentence, start, i);
  if (attributed) return attributed;
  if (first.norm in PRONOUNS && first.norm !== "it")
    return merged(none(), { mention: { start: first.start, end: first.end, text: first.text }, gender: PRONOUNS[first.norm] ?? null });
  const verb = clauseVerb(sentence, start, i);
  // ("Durbin, noting that the list was large, said …": an aside before its clause's verb shares that verb's subject.)
  const after = verb === -1 && isComma(tokens[i - 1]) ? verbAfterAside(sentence, i) : -1;
  if (verb === -1 && after === -1) return none();
  const subject = speakerBeforeCue(sentence, verb === -1 ? after : verb);
  return subject.tokens > 0 && subject.speaker.mention ? subject.speaker : none();
}

/** "Smith backed it, while Jones rejected it, telling reporters …": a contrasted clause right before the participle has its own subject. */
function contrastBefore(sentence: Sentence, start: number, i: number): ParsedSpeaker | null {
  const { tokens } = sentence;
  if (!isComma(tokens[i - 1])) return null;
  let k = i - 2;
  while (k > start && i - k <= 15 && !isComma(tokens[k]) && tokens[k]!.kind !== "quote") k--;
  if (!isComma(tokens[k]) || !/^(while|whereas|but|although|though)$/.test(tokens[k + 1]?.norm ?? "")) return null;
  const verb = clauseVerb(sentence, k + 1, i - 1);
  if (verb === -1) return null;
  const subject = speakerBeforeCue(sentence, verb);
  return subject.tokens > 0 && subject.speaker.mention && subject.start > k + 1 ? subject.speaker : null;
}

/** The subject of a cue that ends right before the participle's comma ("…, Fiorina said Tuesday, adding"). */
function attributionBefore(sentence: Sentence, start: number, i: number): ParsedSpeaker | null {
  const { tokens } = sentence;
  if (!isComma(tokens[i - 1])) return null;
  for (let k = i - 2; k > start && i - k <= 5 && tokens[k]!.kind === "word"; k--) {
    // ('…, Lewandowski added, saying', '…, the source recalled, adding': any verb of the table ends an attribution.)
    if (!/^(said|says|told|tells|wrote|writes)$/.test(tokens[k]!.norm) && !(isCueForm(tokens[k]!) && /(ed|s)$/.test(tokens[k]!.norm))) continue;
    const subject = speakerBeforeCue(sentence, k);
    return subject.tokens > 0 && subject.speaker.mention && subject.start > start ? subject.speaker : null;
  }
  return null;
}

/** The verb of speech right after the comma that closes the aside opened at `i`, or -1. */
function verbAfterAside(sentence: Sentence, i: number): number {
  const { tokens } = sentence;
  const close = nextComma(sentence, i + 1);
  if (close === undefined || close - i > MAX_PARTICIPLE_CLAUSE_TOKENS) return -1;
  const verb = tokens[close + 1];
  return verb && isCue(verb, tokens[close]) ? close + 1 : -1;
}

/** The clause's own verb: the first lowercase past or present form after its opening words, or the word after its opening name. */
function clauseVerb(sentence: Sentence, start: number, i: number): number {
  const { tokens } = sentence;
  let verb = -1;
  for (let k = start + 1; k < i && k - start <= 20; k++) {
    const t = tokens[k]!;
    if (isSentenceEnd(t)) break;
    if (
      t.kind === "word" &&
      /^\p{Ll}/u.test(t.text) &&
      (AUXILIARIES.has(t.norm) || IRREGULAR_PAST.has(t.norm) || (!ADVERBS.has(t.norm) && (/(ed|es)$/.test(t.norm) || CUES.has(t.norm))))
    ) {
      verb = k;
      break;
    }
  }
  // "Rubio hit back, saying …": after a name that opens the clause, the next lowercase word is its verb.
  return verb === -1 ? wordAfterName(sentence, start, i) : verb;
}

function wordAfterName(sentence: Sentence, start: number, i: number): number {
  const { tokens } = sentence;
  let k = start;
  while (k < i && startsUpper(tokens[k])) k++;
  const word = tokens[k];
  const opener = tokens[start]!.norm;
  if (k === start || k >= i || ADVERBS.has(opener) || DETERMINERS.has(opener) || BOUNDARY_WORDS.has(opener) || /^(more|most|many|some)$/.test(opener))
    return -1;
  return word?.kind === "word" && /^\p{Ll}/u.test(word.text) && !BOUNDARY_WORDS.has(word.norm) && !DETERMINERS.has(word.norm) && !/ly$/.test(word.norm)
    ? k
    : -1;
}

/** "As word of her victories rolled in, he gave a speech, predicting …": the main clause starts after the subordinate one's comma. */
function mainClauseStart(sentence: Sentence, start: number, i: number): number {
  const { tokens } = sentence;
  // "Shortly after the call ended, …": an adverb may come first; "Continuing to explain, Carson …": a participle opens it too.
  const opener = /ly$/.test(tokens[start]?.norm ?? "") && SUBORDINATORS.test(tokens[start + 1]?.norm ?? "") ? start + 1 : start;
  const participle = /^\p{Lu}\p{Ll}+(ing|ed)$/u.test(tokens[start]?.text ?? "") && !CUE_FORMS.has(tokens[start]!.norm.replace(/ing$/, ""));
  if (!SUBORDINATORS.test(tokens[opener]?.norm ?? "") && !participle) return start;
  const comma = firstCommaFrom(sentence, opener + 1);
  return comma < i && comma - start <= 25 ? comma + 1 : start;
}

/** The first comma outside quotations at or after each token, worked out once per paragraph: scanning from every cue was quadratic. */
const COMMA_FROM = new WeakMap<Sentence, Int32Array>();
function firstCommaFrom(sentence: Sentence, k: number): number {
  let next = COMMA_FROM.get(sentence);
  if (!next) {
    next = new Int32Array(sentence.to - sentence.from + 1).fill(sentence.to);
    for (let m = sentence.to - 1; m >= sentence.from; m--)
      next[m - sentence.from] = isComma(sentence.tokens[m]) && sentence.depth[m] === 0 ? m : next[m - sentence.from + 1]!;
    COMMA_FROM.set(sentence, next);
  }
  return k >= sentence.to ? sentence.to : next[k - sentence.from]!;
}

function attributionSubject(sentence: Sentence, from: number, i: number): ParsedSpeaker {
  const { tokens } = sentence;
  for (let k = from; k < i && k - from <= 12; k++) {
    if (!isCueForm(tokens[k]!)) continue;
    const before = speakerBeforeCue(sentence, k);
    if (before.tokens > 0 && before.start >= from) return before.speaker;
    return speakerAfterCue(sentence, k);
  }
  return none();
}

/**
 * "DNA sequences called plasmids", "Rapa Nui, also called Easter Island": a participle naming the noun before it.
 * A speaker comes before the verb as a name, a pronoun or a plural of people ("Smith called", "officials called").
 */
function followsCommonNoun(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous || previous.kind !== "word") return false;
  if (previous.norm === "also") return isComma(tokens[i - 2]);
  if (/^(is|was|are|were|be|been|being)$/.test(previous.norm)) return true;
  return (
    /^[a-z]/.test(previous.text) &&
    !(previous.norm in PRONOUNS) &&
    !GROUP_WORDS.test(previous.norm) &&
    !ADVERBS.has(previous.norm) &&
    !AUXILIARIES.has(previous.norm)
  );
}

/** The most tokens of what an opening "Citing …" cites, and of the main clause's subject and verb after it. */
const MAX_CITED_TOKENS = 25;

/** 'Citing "obligations in Tennessee," the spokeswoman told POLITICO …': what the main clause's subject cites is its claim. */
function openingCitation(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  if (tokens[i]!.text !== "Citing") return null;
  const comma = nextComma(sentence, i + 1);
  if (comma === undefined || comma - i > MAX_CITED_TOKENS) return null;
  const after = isComma(tokens[comma]) ? comma + 1 : comma;
  for (let k = after + 1; k < sentence.to && k - after <= MAX_CITED_TOKENS; k++) {
    if (!isVerbForm(tokens[k]!, tokens[k - 1]) && !isAuxiliary(tokens[k]!)) continue;
    const subject = speakerBeforeCue(sentence, k);
    const span = buildSpan(sentence, i + 1, isNewStatementAt, comma);
    if (subject.tokens === 0 || subject.start < after || !subject.speaker.mention || !span) return null;
    return merged(span, { cue: tokens[i]!.text }, subject.speaker, { confidence: 0.6 });
  }
  return null;
}

/**
 * "Emma Caufield talked of being cast …. "It was a good day," she recalls.": a person named as a sentence's
 * subject is who a later pronoun most likely means, even when that sentence reports nothing.
 */
function namedSubject(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  // "Special effects costumer Ian Campbell, whose …": a lowercase description may come before the name.
  const upper = (k: number) => tokens[k]!.kind === "word" && /^\p{Lu}/u.test(tokens[k]!.text);
  let from = i;
  let end = i;
  while (end < sentence.to && end - i < 8 && tokens[end]!.kind === "word") {
    if (!upper(end)) {
      if (end - from >= 2) break;
      // Only a description of the person, never a phrase of its own ("Faced with losing the character of …") or
      // a clause ("One resident told Paul Rivera of WESH 2 news": the addressee, not a name after its role).
      if (DETERMINERS.has(tokens[end]!.norm) || BOUNDARY_WORDS.has(tokens[end]!.norm) || end - i >= 4 || isCue(tokens[end], tokens[end - 1])) return null;
      from = end + 1;
    }
    end++;
  }
  const next = tokens[end];
  if (
    end - from < 2 ||
    !next ||
    !((next.kind === "word" && /^\p{Ll}/u.test(next.text)) || isComma(next)) ||
    isCue(next, tokens[end - 1]) ||
    next.norm === "according"
  )
    return null;
  const name = personName(sentence, i, end);
  if (!name || !name.includes(" ") || englishKind(name, name) !== "person" || name.split(" ").some((w) => NOT_A_NAME.test(w) || /^\p{Lu}{2,}$/u.test(w)))
    return null;
  const first = tokens[i]!;
  const last = tokens[end - 1]!;
  const mention = { start: first.start, end: last.end, text: sentence.text.slice(first.start, last.end) };
  const role = mention.text === name ? null : mention.text.slice(0, mention.text.indexOf(name)).trim() || null;
  return antecedentOnly({ mention, name, role, kind: "person" }, null);
}

/**
 * "The company's chief executive, Sarah Lin, defended the layoffs.": a role opening the sentence with the name in
 * apposition, before a verb that is no cue, brings a source in for a later "she said".
 */
function nameAfterOpeningRole(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  // Cheap shape first (it runs at every sentence start): words, a comma, capitalised words, a comma, a lowercase word.
  let comma = i + 1;
  while (comma < sentence.to && comma - i <= 8 && tokens[comma]!.kind === "word") comma++;
  if (!isComma(tokens[comma]) || comma - i < 2) return null;
  let close = comma + 1;
  while (close < sentence.to && close - comma <= 5 && tokens[close]!.kind === "word" && /^\p{Lu}/u.test(tokens[close]!.text)) close++;
  const next = tokens[close + 1];
  if (!isComma(tokens[close]) || close - comma < 3 || next?.kind !== "word" || !/^\p{Ll}/u.test(next.text) || isCue(next, tokens[close])) return null;
  // The opening is a noun phrase: no verb, auxiliary or pronoun ("She was also married to George Weidler, Marty Melcher, …").
  for (let k = i; k < comma; k++) {
    const t = tokens[k]!;
    if (isCue(t, tokens[k - 1]) || isAuxiliary(t) || t.norm in PRONOUNS || (k > i && isVerbForm(t, tokens[k - 1]))) return null;
  }
  const name = personName(sentence, comma + 1, close);
  if (!name || !name.includes(" ") || englishKind(name, name) !== "person") return null;
  const first = tokens[comma + 1]!;
  const last = tokens[close - 1]!;
  const role = sentence.text.slice(tokens[i]!.start, tokens[comma - 1]!.end);
  return antecedentOnly({ mention: { start: first.start, end: last.end, text: sentence.text.slice(first.start, last.end) }, name, role, kind: "person" }, null);
}

const COLON_VERBS = wordPattern(ENGLISH_COLON_VERBS);

/**
 * "Former CIA deputy director Michael Morell praised Mendez on Twitter: "…"", "a spokesman could only quip: "…"": the
 * subject of the clause the colon ends owns the quotation; its verb is the last one before the colon.
 */
function quoteAfterColon(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  let start = sentence.clauseStart(i);
  // «…officers." Jo Anne Van Tilburg …»: a quotation that ends its sentence ends it outside the marks too.
  for (let k = i - 1; k > start && k > i - 40; k--) {
    if (sentence.quotes.byClose.has(k) && closesSentence(tokens, k)) {
      start = k + 1;
      break;
    }
  }
  const { group, verb } = verbBeforeColon(sentence, start, i);
  if (verb === -1) return null;
  const before = speakerBeforeCue(sentence, group);
  if (before.tokens === 0 || !before.speaker.mention || NOT_SOURCES.test(lastWord(before.speaker.mention.text))) return null;
  const span = buildSpan(sentence, i + 2, isNewStatementAt);
  if (!span) return null;
  return merged(span, { cue: tokens[verb]!.text }, before.speaker, { confidence: 0.75 });
}

/** The last verb group between `start` and the colon after `i` ("could only quip", "delivered a message to"): its first word and its verb. */
function verbBeforeColon(sentence: Sentence, start: number, i: number): { group: number; verb: number } {
  const { tokens } = sentence;
  const verbal = (k: number) => {
    const t = tokens[k]!;
    return (
      t.kind === "word" && /^\p{Ll}/u.test(t.text) && !inFreeRelative(tokens, k) && (COLON_VERBS.test(t.norm) || isAuxiliary(t) || isVerbForm(t, tokens[k - 1]))
    );
  };
  for (let k = i; k > start && i - k <= 20; k--) {
    const t = tokens[k]!;
    if (t.norm === "that" || t.kind === "quote" || isColon(t)) break;
    if (!verbal(k)) continue;
    let first = k;
    while (first - 1 > start && (isAuxiliary(tokens[first - 1]!) || ADVERBS.has(tokens[first - 1]!.norm) || /ly$/.test(tokens[first - 1]!.norm))) first--;
    // "could only quip": an auxiliary's verb is the word after it and its adverbs.
    let verb = k;
    while (isAuxiliary(tokens[verb]!) || (verb > k && (ADVERBS.has(tokens[verb]!.norm) || /ly$/.test(tokens[verb]!.norm)))) verb++;
    return { group: isAuxiliary(tokens[first]!) ? first : k, verb: verb < i + 1 && /^\p{Ll}/u.test(tokens[verb]!.text) ? verb : k };
  }
  return { group: -1, verb: -1 };
}

/** "More from Jones: "…"", "From the report: "…"", "Here's Clinton in 1992: "…"": the phrase introduces whom it quotes. */
function sourceBeforeColon(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  let k = sentence.clauseStart(i);
  if (/^(more|and|excerpts?|read)$/.test(tokens[k]?.norm ?? "")) k++;
  if (!/^(from|here['’]s)$/.test(tokens[k]?.norm ?? "") || i - k > 8) return null;
  const from = k + 1;
  for (let m = from; m <= i; m++) if (tokens[m]!.kind !== "word" && !isComma(tokens[m])) return null;
  if (from > i) return null;
  const source = describedSubject(sentence, from, i + 1, []);
  const span = buildSpan(sentence, i + 2, isNewStatementAt);
  if (!source || !span) return null;
  return merged(span, { cue: ":" }, source.speaker, { confidence: 0.7 });
}

const PREPOSITIONS_BEFORE_LABEL = wordPattern(ENGLISH_PREPOSITIONS_BEFORE_LABEL);
/**
 * 'Trump: "We will build the wall."', '… doesn't surprise pollster Daron Shaw: "…"': a name right before a colon
 * and a quotation is its speaker; a phrase of capitals alone is one only when it is the whole clause.
 */
function namedBeforeColon(sentence: Sentence, i: number, contentAt = i + 2): Candidate | null {
  const { tokens } = sentence;
  const clauseStart = sentence.clauseStart(i);
  let start = i + 1;
  while (start > clauseStart && i - start < 5 && (startsUpper(tokens[start - 1]) || (tokens[start - 1]!.norm === "and" && startsUpper(tokens[start - 2]))))
    start--;
  // "… delivered a message to Donald Trump:": a name after a preposition is not who speaks.
  if (start > i || PREPOSITIONS_BEFORE_LABEL.test(tokens[start - 1]?.norm ?? "")) return null;
  const person = personName(sentence, start, i + 1);
  if (start !== clauseStart && (!person || !person.includes(" "))) return null;
  const name = person ?? sentence.text.slice(tokens[start]!.start, tokens[i]!.end);
  const span = buildSpan(sentence, contentAt, isNewStatementAt);
  if (!span) return null;
  const mention = { start: tokens[start]!.start, end: tokens[i]!.end, text: sentence.text.slice(tokens[start]!.start, tokens[i]!.end) };
  return merged(span, { cue: ":", mention, name, role: null, kind: englishKind(mention.text, name), anaphor: false, gender: null, confidence: 0.7 });
}

/** 'Rep. Trey Gowdy (R-S.C.): "…"': a party and state in brackets between the name and the colon. */
function namedBeforePartyAndColon(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  let close = i + 2;
  while (close < sentence.to && close - i <= 8 && tokens[close]!.text !== ")") close++;
  if (tokens[close]?.text !== ")" || !isColon(tokens[close + 1]) || !sentence.quotes.byOpen.has(close + 2)) return null;
  return namedBeforeColon(sentence, i, close + 2);
}

/** Words before a colon that label what follows without anyone saying it ("Image: …", "Update: …"). */
const NOT_SPEAKER_LABELS = wordSet(ENGLISH_NOT_SPEAKER_LABELS);
const MAX_LABEL_WORDS = 6;
const MIN_LABELLED_WORDS = 4;

function wordsUpTo(sentence: Sentence, from: number, end: number): number {
  let words = 0;
  for (let k = from; k < sentence.to && sentence.tokens[k]!.start < end; k++) if (sentence.tokens[k]!.kind === "word") words++;
  return words;
}

/** "FALLIN: I think … . I think …": a one-word label opening its paragraph is a transcript's speaker, who holds the whole turn. */
function transcriptTurn(sentence: Sentence, start: number, i: number): { start: number; end: number; type: "direct" } | null {
  const { tokens } = sentence;
  // "Superdelegates: Clinton is backed …" heads a list item; a transcript writes its speaker in capitals.
  if (start !== sentence.from || i !== start || sentence.quotes.byOpen.has(i + 2) || !/^\p{Lu}{2,}$/u.test(tokens[i]!.text)) return null;
  let last = sentence.to - 1;
  // Ends as buildSpan ends a clause: on a word, a closing mark, ! or ?, not on the full stop.
  while (last > i + 1 && tokens[last]!.kind !== "word" && tokens[last]!.kind !== "quote" && !/^[)\]%!?]$/.test(tokens[last]!.text)) last--;
  return last > i + 1 ? { start: tokens[i + 2]!.start, end: tokens[last]!.end, type: "direct" } : null;
}

const LABEL_SMALL_WORDS = wordPattern(ENGLISH_LABEL_SMALL_WORDS);
/**
 * "Graham: Trump's rhetoric is destroying the party's chance", "CLINTON: I feel a great deal of sympathy": a
 * name that is the whole clause before a colon labels what its speaker says, in headlines and transcripts.
 */
function speakerLabel(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  let start = sentence.clauseStart(i);
  // "EXCLUSIVE – Roger Stone: …": a kicker before a dash is not part of the label.
  for (let k = start; k < i; k++) if (isDash(tokens[k]!)) start = k + 1;
  if (i - start + 1 > MAX_LABEL_WORDS) return null;
  // "Clinton to Planned Parenthood: …", "Former AG Mukasey at RNC: …": the speaker comes before the addressee or the place.
  let end = i;
  for (let k = start; k <= i; k++) {
    const t = tokens[k]!;
    // "FIX IS IN: …": a label with a verb of its own is a headline's phrase, nobody's name.
    if (t.kind !== "word" || NOT_SPEAKER_LABELS.has(t.norm) || isAuxiliary(t)) return null;
    if (!startsUpper(t) && !LABEL_SMALL_WORDS.test(t.norm)) return null;
    if (/^(to|at)$/.test(t.norm) && end === i && k > start) end = k - 1;
  }
  const first = buildSpan(sentence, i + 2, isNewStatementAt);
  // What follows is a claim: a clause, or a headline's words (no "Image: Nicholas Moreau.").
  if (!first || (!hasVerb(sentence, i + 2, first.end) && wordsUpTo(sentence, i + 2, first.end) < MIN_LABELLED_WORDS)) return null;
  const span = transcriptTurn(sentence, start, i) ?? first;
  const mention = { start: tokens[start]!.start, end: tokens[end]!.end, text: sentence.text.slice(tokens[start]!.start, tokens[end]!.end) };
  // "Clinton camp" is her campaign, not her: a label with a common noun is named as written.
  const capitalsOnly = /^[\p{Lu}][^\s]*(\s+\p{Lu}[^\s]*)*$/u.test(mention.text);
  const name = (capitalsOnly ? (personName(sentence, start, end + 1) ?? organizationName(sentence, start, end + 1)) : null) ?? mention.text;
  return merged(span, { cue: ":", mention, name, role: null, kind: englishKind(mention.text, name), anaphor: false, gender: null, confidence: 0.6 });
}

const MIN_HEADLINE_WORDS = 4;
/** A headline runs to some 160 characters at most (splitArticles' limit): never more than this many tokens. */
const MAX_HEADLINE_TOKENS = 40;
const TITLE_SMALL_WORDS = wordPattern(ENGLISH_TITLE_SMALL_WORDS);
const HEADLINE_SMALL_WORDS = wordPattern(ENGLISH_HEADLINE_SMALL_WORDS);

/** Title case: every word capitalised but the small words. How many words, or -1 when one is not. */
function titleCasedWords(sentence: Sentence, from: number, to: number, small: WordTest): number {
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = sentence.tokens[k]!;
    if (t.kind !== "word") continue;
    words++;
    if (!startsUpper(t) && !small.test(t.norm)) return -1;
  }
  return words;
}

/** "Bellwether County Says Trump Should Win GOP Nomination": a headline's subject, its cue, and what follows. */
function headlineStatement(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  const start = sentence.clauseStart(i);
  if (i === start || i - start > MAX_LABEL_WORDS) return null;
  let end = i + 1;
  while (end < sentence.to && !isSentenceEnd(tokens[end]!) && end - start <= MAX_HEADLINE_TOKENS) end++;
  // A title-cased run longer than any headline is no headline (and looking further would make it quadratic).
  if (end - start > MAX_HEADLINE_TOKENS || titleCasedWords(sentence, start, end, HEADLINE_SMALL_WORDS) < MIN_HEADLINE_WORDS) return null;
  for (let k = start; k < i; k++) if (tokens[k]!.kind !== "word" || HEADLINE_CUES.has(tokens[k]!.norm) || BOUNDARY_WORDS.has(tokens[k]!.norm)) return null;
  const span = buildSpan(sentence, i + 1, isNewStatementAt);
  if (!span || wordsUpTo(sentence, i + 1, span.end) < 2) return null;
  const mention = { start: tokens[start]!.start, end: tokens[i - 1]!.end, text: sentence.text.slice(tokens[start]!.start, tokens[i - 1]!.end) };
  const name = personName(sentence, start, i) ?? organizationName(sentence, start, i) ?? mention.text;
  return merged(span, {
    cue: tokens[i]!.text,
    mention,
    name,
    role: null,
    kind: englishKind(mention.text, name),
    anaphor: false,
    gender: null,
    confidence: 0.6,
  });
}

/** "she made it clear that …", "has made clear that …": the light verb's subject states the clause. */
function madeItClear(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  const verb = tokens[i - 1]?.norm === "it" ? i - 2 : i - 1;
  if (!/^(make|makes|made|making)$/.test(tokens[verb]?.norm ?? "")) return null;
  const participle = tokens[verb]!.norm === "making" && isComma(tokens[verb - 1]);
  const speaker = participle ? participleSubject(sentence, verb) : speakerBeforeCue(sentence, verb).speaker;
  const span = buildSpan(sentence, i + 2, isNewStatementAt);
  if (!span) return null;
  return merged(span, { cue: sentence.text.slice(tokens[verb]!.start, tokens[i]!.end) }, speaker, { confidence: speaker.mention ? 0.8 : 0.6 });
}

/** Words that open a statement without being a speech verb; looked up once per word. */
const DOCUMENTS = ["statement", "message", "communique", "communiqué", "report", "letter", "release"];
const FRAME_WORDS = new Set(["and", "talked", "spoke", ...DOCUMENTS]);
const DOCUMENT = new RegExp(`^(${DOCUMENTS.join("|")})$`);
/** Verbs that put a document out: its content speaks for whoever did. */
const ISSUED = /^(released|issued|published|sent|posted|put|made)$/;

function fromFrameWord(sentence: Sentence, i: number): Candidate | null {
  const { tokens, quotes } = sentence;
  const word = tokens[i]!.norm;
  // The second of two quotations joined by "and" after a cue: the same speaker goes on.
  if (word === "and") {
    const firstQuote = quotes.byClose.get(i - 1);
    const second = quotes.byOpen.get(i + 1);
    if (!firstQuote || !second?.closed || !isCueBeforeQuote(sentence, firstQuote.open)) return null;
    return { start: second.start, end: second.end, type: "direct", cue: "", ...none(), confidence: 0.6 };
  }
  // "Khosla talked of Munk's "countless discoveries …" and …": talk that quotes is a statement.
  if (word === "talked" || word === "spoke") return /^(of|about)$/.test(tokens[i + 1]?.norm ?? "") ? talkedOf(sentence, i) : null;
  return issuedStatement(sentence, i);
}

/** A cue (with a time phrase after it) right before the quotation opening at `open`: "said on Friday "…"". */
function isCueBeforeQuote(sentence: Sentence, open: number): boolean {
  const { tokens } = sentence;
  for (let k = open - 1; k >= sentence.from && open - k <= 4; k--) {
    if (isCue(tokens[k], tokens[k - 1])) return skipAdverbials(sentence, k + 1) === open;
    if (tokens[k]!.kind !== "word") return false;
  }
  return false;
}

/** "Khosla talked of Munk's "countless discoveries …" and "his global leadership …"": only when it quotes. */
function talkedOf(sentence: Sentence, i: number): Candidate | null {
  const before = speakerBeforeCue(sentence, i);
  if (before.tokens === 0) return null;
  const span = buildSpan(sentence, i + 2, isNewStatementAt);
  if (!span || span.type === "indirect") return null;
  return merged(span, { cue: sentence.text.slice(sentence.tokens[i]!.start, sentence.tokens[i + 1]!.end) }, before.speaker, { confidence: 0.7 });
}

const STATEMENT_MODIFIERS = wordPattern(ENGLISH_STATEMENT_MODIFIERS);
/**
 * "the palace issued a statement to the effect the king considered …", "The palace issued the following
 * statement from the king: "…"": the document's content, from whoever it is from or else its issuer.
 */
function issuedStatement(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  let verb = i - 1;
  while (verb > sentence.from && i - verb <= 3 && STATEMENT_MODIFIERS.test(tokens[verb]!.norm)) verb--;
  if (!ISSUED.test(tokens[verb]?.norm ?? "") || (tokens[verb]!.norm === "put" && tokens[verb + 1]?.norm !== "out")) return null;
  let j = i + 1;
  let source: ParsedSpeaker | null = null;
  if (tokens[j]?.norm === "from") {
    let end = j + 1;
    while (end < sentence.to && end - j <= 8 && tokens[end]!.kind === "word") end++;
    if (end === j + 1 || !isColon(tokens[end])) return null;
    source = sourceBetween(sentence, j + 1, end);
    j = end;
  }
  let from: number;
  if (isColon(tokens[j]) && sentence.quotes.byOpen.has(j + 1)) from = j + 1;
  else if (tokens[j]?.norm === "to" && tokens[j + 1]?.norm === "the" && tokens[j + 2]?.norm === "effect") from = tokens[j + 3]?.norm === "that" ? j + 4 : j + 3;
  else return null;
  const speaker = source ?? speakerBeforeCue(sentence, verb).speaker;
  if (!speaker.mention) return null;
  const span = buildSpan(sentence, from, isNewStatementAt);
  if (!span) return null;
  return merged(span, { cue: sentence.text.slice(tokens[verb]!.start, tokens[i]!.end) }, speaker, { confidence: 0.75 });
}

function describedBy(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  let as = i + 2;
  while (as < sentence.to && as - i < 12 && tokens[as]!.kind === "word" && tokens[as]!.norm !== "as") as++;
  if (tokens[as]?.norm !== "as" || as === i + 2) return null;
  let from = as + 1;
  if (/^(a|an)$/.test(tokens[from]?.norm ?? "") && tokens[from + 1]?.kind === "quote") from++;
  const span = buildSpan(sentence, from, isNewStatementAt);
  if (!span) return null;
  return merged(span, { cue: tokens[i]!.text }, sourceBetween(sentence, i + 2, as), { role: null, confidence: 0.75 });
}

/**
 * The source named by tokens [from, end) after "according to" or "described by": an institution ("the CBCP",
 * "Center for Biological Diversity") unless a person's name heads the phrase.
 */
function sourceBetween(sentence: Sentence, from: number, end: number): ParsedSpeaker {
  const { tokens } = sentence;
  const head = headOf(sentence, from, end);
  const first = tokens[from]!;
  const last = tokens[end - 1]!;
  const text = sentence.text.slice(first.start, last.end);
  const headText = sentence.text.slice(tokens[head.from]!.start, tokens[head.to - 1]!.end);
  const person = personName(sentence, head.from, head.to);
  // ("according to the New York Times": a name before a capitalised institution word names the institution.)
  const endsInInstitution = startsUpper(tokens[head.to - 1]) && ORG_WORDS.test(tokens[head.to - 1]!.text);
  const institution = (ORG_WORDS.test(headText) || /^\p{Lu}{2,}$/u.test(headText.replace(/^the\s+/i, ""))) && (!person || endsInInstitution);
  const name = institution ? organizationName(sentence, head.from, head.to) : person;
  const role = name && name !== text ? text.slice(0, text.indexOf(name)).trim() || null : null;
  return { mention: { start: first.start, end: last.end, text }, name, role, kind: englishKind(text, name), anaphor: false, gender: null };
}

/** "Regional Governor Mujiv Hataman agreed, saying …": the subject of a cue without content of its own. */
function antecedent(speaker: ParsedSpeaker | null): Candidate | null {
  return speaker?.mention && !speaker.anaphor ? antecedentOnly(speaker, speaker.gender) : null;
}

function hasContentAfter(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  let j = cueParticle(tokens, i) ? i + 2 : i + 1;
  if (OBJECT_BEFORE_CONTENT.has(tokens[i]!.norm)) j = skipObject(sentence, j);
  j = skipAdverbials(sentence, j);
  // '"…," Mr. Hedge said from his office in Orlando.': a circumstance closing the sentence is no content.
  if (verblessCircumstance(sentence, j)) return false;
  // '"…!" Clinton said to People.': an addressee closing the sentence is no content.
  if (tokens[j]?.norm === "to" && (startsUpper(tokens[j + 1]) || (tokens[j + 1]?.norm ?? "") in PRONOUNS)) {
    let k = j + 1;
    while (k < sentence.to && startsUpper(tokens[k])) k++;
    if (k === j + 1) k++;
    if (k >= sentence.to || isSentenceEnd(tokens[k]!) || isComma(tokens[k])) return false;
  }
  // "went on to add, "…"": a quotation after a comma or colon is the cue's own content.
  if (tokens[j]?.kind === "punct" && (tokens[j]!.text === "," || tokens[j]!.text === ":") && sentence.quotes.byOpen.has(j + 1)) return true;
  const next = tokens[j];
  return (
    !!next &&
    j < sentence.to &&
    (next.norm === "that" || sentence.quotes.byOpen.has(j) || (next.kind === "word" && !(next.norm in PRONOUNS && isSentenceEnd(tokens[j + 1] ?? next))))
  );
}

const PLACE_PREPOSITIONS = wordPattern(ENGLISH_PLACE_PREPOSITIONS);
/** "a program at the Hall called "Learning Together"": a name governed by a preposition right before the cue, no subject. */
function placeBefore(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  let m = i - 1;
  while (m > sentence.from && i - m <= 4 && (startsUpper(tokens[m]) || tokens[m]!.norm === "the")) {
    // ("who Beck on Wednesday called "…"": a day is when, and the subject stands before it.)
    if (TIME_BEFORE_CUE.test(tokens[m]!.norm)) return false;
    m--;
  }
  return m < i - 1 && PLACE_PREPOSITIONS.test(tokens[m]?.norm ?? "");
}

/** The first word after the comma or sentence start before token i, looking back a few words. */
function phraseStart(sentence: Sentence, i: number): number {
  let k = i;
  while (k > sentence.from && i - k < 10 && sentence.tokens[k - 1]!.kind === "word") k--;
  return k;
}

function nextQuoteOpen(sentence: Sentence, from: number, within: number): number {
  for (let k = from; k < sentence.to && k - from < within; k++) {
    if (sentence.quotes.byOpen.has(k)) return k;
    if (isSentenceEnd(sentence.tokens[k]!)) return -1;
  }
  return -1;
}

/**
 * "Although he said that the era of big government was over, Obama won …", "After vowing that he would not send me to
 * prison, the judge …": a cue inside a subordinate clause that opens the sentence reports up to that clause's comma.
 */
function inOpeningClause(sentence: Sentence, i: number): boolean {
  const start = sentence.clauseStart(i);
  return OPENING_CLAUSE_WORDS.test(sentence.tokens[start]?.norm ?? "") && firstCommaFrom(sentence, start + 1) >= i;
}

/** ", which indicated", ", who also told": a cue whose subject is a relative pronoun after a comma. */
function inRelativeClause(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  let k = i - 1;
  while (k > sentence.from && i - k <= 3 && tokens[k]!.kind === "word" && ADVERBS.has(tokens[k]!.norm)) k--;
  return /^(who|which)$/.test(tokens[k]?.norm ?? "") && isComma(tokens[k - 1]);
}

function nextComma(sentence: Sentence, from: number): number | undefined {
  for (let k = from; k < sentence.to; k++) {
    if (isSentenceEnd(sentence.tokens[k]!)) return undefined;
    if (isComma(sentence.tokens[k]) && sentence.depth[k] === 0) return k;
    // ('… he would "protect our citizens," the crowd cheered': the clause's comma stands inside the closing mark.)
    if (isComma(sentence.tokens[k]) && sentence.depth[k] === 1 && sentence.quotes.byClose.has(k + 1) && sentence.depth[k + 1] === 0) return k + 2;
  }
  return undefined;
}

function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(" ") + 1).toLowerCase();
}

function startsUpper(token: Token | undefined): boolean {
  return !!token && token.kind === "word" && (/^\p{Lu}/u.test(token.text) || HYPHENED_NAME.test(token.text));
}

/** "Abdullah al-Jahafi", "Abdel Fattah el-Sisi": an Arabic name's article or particle joined to its capitalised word. */
const HYPHENED_NAME = /^(al|el|ad|ar|as|at|an|ash|az|bin|ibn|abu|bint)-\p{Lu}/u;

/** "told a town hall in Salem, New Hampshire on Monday that …": the addressee runs to "that", which starts the content. */
function thatAfterObject(sentence: Sentence, j: number): number | null {
  const { tokens } = sentence;
  for (let k = j; k < sentence.to && k - j <= 14; k++) {
    const t = tokens[k]!;
    // 'told ABC's "Good Morning America" that …': a quoted title names the addressee.
    const title = sentence.quotes.byOpen.get(k);
    if (title?.closed && titleCase(sentence, title)) {
      k = title.close;
      continue;
    }
    if (isSentenceEnd(t) || t.kind === "quote" || isColon(t) || (t.kind === "word" && isCue(t, tokens[k - 1]))) return null;
    if (t.norm === "that") return k > j ? k : null;
  }
  return null;
}

const ADDRESSEE_DETERMINERS = wordPattern(ENGLISH_ADDRESSEE_DETERMINERS);
/** The addressee after "told": a determiner or possessive and up to five words, to a word that starts what was told. */
function skipAddressee(sentence: Sentence, j: number): number {
  const { tokens } = sentence;
  const named = skipObject(sentence, j);
  if (named > j) return named;
  // "told officers he acted alone", "told police the plan had failed": a bare plural of people, then the clause.
  const next = tokens[j + 1]?.norm ?? "";
  if (/^(\p{Ll}+s|police)$/u.test(tokens[j]?.text ?? "") && !CUES.has(tokens[j]!.text) && (next in PRONOUNS || /^(the|a|an|that)$/.test(next))) return j + 1;
  if (!ADDRESSEE_DETERMINERS.test(tokens[j]?.norm ?? "")) return j;
  let k = j + 1;
  for (; k < sentence.to && k - j <= 5; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || DETERMINERS.has(t.norm) || t.norm === "that" || isTimeWord(sentence, k) || ADDRESSEE_ENDS.test(t.norm)) break;
    if (isAuxiliary(t) || isVerbForm(t, tokens[k - 1])) return j;
  }
  return k > j + 1 ? k : j;
}
const ADDRESSEE_ENDS = wordPattern(ENGLISH_ADDRESSEE_ENDS);

/** "told the public via Twitter, "…"", "told a crowd in Ohio: "…"": whom and where, then the quotation. */
function quoteAfterAddressee(sentence: Sentence, j: number): number | null {
  const { tokens } = sentence;
  for (let k = j; k < sentence.to && k - j <= MAX_ASIDE_TOKENS; k++) {
    const t = tokens[k]!;
    if ((isComma(t) || isColon(t)) && k > j) return sentence.quotes.byOpen.has(k + 1) ? k + 1 : null;
    if (t.kind !== "word" || t.norm === "that" || isAuxiliary(t) || isVerbForm(t, tokens[k - 1])) return null;
  }
  return null;
}

const ADDRESSEES = wordPattern(ENGLISH_ADDRESSEES, "i");
const ADDRESSEE_HEADS = wordPattern(ENGLISH_ADDRESSEE_HEADS, "i");
function skipObject(sentence: Sentence, j: number): number {
  const { tokens } = sentence;
  let k = j;
  if (ADDRESSEES.test(tokens[k]?.text ?? "")) return k + 1;
  if (/^(the|our|a)$/i.test(tokens[k]?.text ?? "") && ADDRESSEE_HEADS.test(tokens[k + 1]?.text ?? "")) return k + 2;
  if (tokens[k]?.norm === "the") k++;
  let n = 0;
  // "Fox News 6", "Channel 4 News": a number inside a station's name.
  while (k < sentence.to && (startsUpper(tokens[k]) || (n > 0 && /^\d+$/.test(tokens[k]!.text))) && n < 6) {
    k++;
    n++;
  }
  return n > 0 ? k : j;
}

const PHRASE_BEFORE_QUOTE_OPENERS = wordPattern(ENGLISH_PHRASE_BEFORE_QUOTE_OPENERS);
/** "declared in the debate spin room, "…"": a phrase of place or time and its comma before the quotation or "that". */
function skipPhraseBeforeQuote(sentence: Sentence, j: number): number {
  const { tokens } = sentence;
  if (!PHRASE_BEFORE_QUOTE_OPENERS.test(tokens[j]?.norm ?? "")) return j;
  for (let k = j + 1; k < sentence.to && k - j <= MAX_ASIDE_TOKENS; k++) {
    const t = tokens[k]!;
    // ("had this to say about his proposal: "…"": the topic, a colon, then the words.)
    if (isColon(t)) return sentence.quotes.byOpen.has(k + 1) ? k + 1 : j;
    if (isComma(t)) return tokens[k + 1]?.norm === "that" || sentence.quotes.byOpen.has(k + 1) ? k + 1 : j;
    if (t.kind !== "word" || isAuxiliary(t) || isVerbForm(t, tokens[k - 1])) return j;
  }
  return j;
}

/** "said, however, that …", "said, without evidence, that …": an aside between commas before the content's "that" or quotation. */
const MAX_ASIDE_TOKENS = 8;
function skipAside(sentence: Sentence, j: number): number {
  const { tokens } = sentence;
  const opening = tokens[j];
  // "argued emphatically — rebuking Mr. Trump eight times by name — that …": dashes set off an aside as commas do.
  const dashes = opening !== undefined && isDash(opening);
  if (!(isComma(opening) || dashes)) return j;
  // '…, Spicer said, adding, "…"': a participle of its own is a new statement, not an aside.
  if (!dashes && isNewStatementAt(sentence, j + 1)) return j;
  for (let k = j + 1; k < sentence.to && k - j <= MAX_ASIDE_TOKENS; k++) {
    const t = tokens[k]!;
    if (dashes ? isDash(t) : isComma(t)) return k > j + 1 && (tokens[k + 1]?.norm === "that" || sentence.quotes.byOpen.has(k + 1)) ? k + 1 : j;
    if (t.kind !== "word") return j;
  }
  return j;
}

const SPEECH_MANNER_ADVERBS = wordSet(ENGLISH_SPEECH_MANNER_ADVERBS);

/** A word that can open a reported clause: "that", a determiner, a pronoun, a name. */
function opensClause(token: Token | undefined): boolean {
  return token?.kind === "word" && (token.norm === "that" || NOUN_PHRASE_OPENERS.test(token.norm) || token.norm in PRONOUNS || startsUpper(token));
}

const TIME_ADVERBS_AFTER_CUE = wordPattern(ENGLISH_TIME_ADVERBS_AFTER_CUE);
function skipAdverbials(sentence: Sentence, j: number): number {
  const { tokens } = sentence;
  let k = j;
  for (let guard = 0; guard < 3; guard++) {
    const word = tokens[k]?.norm ?? "";
    if (TIME_ADVERBS_AFTER_CUE.test(word)) {
      k++;
      // "said Wednesday night that …"
      if (/^(morning|afternoon|evening|night)$/.test(tokens[k]?.norm ?? "")) k++;
      continue;
    }
    // "says every day", "reports each week": how often, not what ("every child deserves …" is what).
    if (/^(every|each)$/.test(word) && /^(day|week|month|year|morning|night|time)$/.test(tokens[k + 1]?.norm ?? "")) {
      k += 2;
      continue;
    }
    // "said matter-of-factly "…"", "argued emphatically — …": how it was said, right before the quotation or an aside.
    const after = tokens[k + 1];
    if (tokens[k]?.kind === "word" && mannerAdverb(tokens[k]!) && (sentence.quotes.byOpen.has(k + 1) || (after !== undefined && isDash(after)))) {
      k++;
      continue;
    }
    // ('said quietly, "…"': the comma after the adverb too.)
    if (tokens[k]?.kind === "word" && mannerAdverb(tokens[k]!) && isComma(after) && sentence.quotes.byOpen.has(k + 2)) {
      k += 2;
      continue;
    }
    // "has said publicly the Amazon should be opened": how it was said, before a clause.
    // ("reported extensively on the civil war": an adverb before a phrase is skipped too, and the phrase read as one.)
    const beforePhrase = tokens[k]?.kind === "word" && mannerAdverb(tokens[k]!) && /^(on|about|from|at|in)$/.test(tokens[k + 1]?.norm ?? "");
    if ((SPEECH_MANNER_ADVERBS.has(word) && opensClause(tokens[k + 1])) || beforePhrase) {
      k++;
      continue;
    }
    if (/^(on|at|in|during|via|last|this)$/.test(word)) {
      const end = circumstanceEnd(sentence, k, /^(last|this)$/.test(word));
      if (end === k) break;
      // '"…," Clinton declared in an interview Thursday, in the latest escalation …': a second circumstance after the
      // comma closes the attribution.
      if (isComma(tokens[end]) && PHRASE_PREPOSITIONS.test(tokens[end + 1]?.norm ?? "")) return end;
      k = isComma(tokens[end]) ? end + 1 : end;
      continue;
    }
    break;
  }
  return k;
}

const CIRCUMSTANCE_HEADS = wordPattern(ENGLISH_CIRCUMSTANCE_HEADS);
const MAX_CIRCUMSTANCE_TOKENS = 6;
/** The months and the days of the week, once for every table of time words below. */
const MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december";
const WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const MONTHS = new RegExp(`^(${MONTH_NAMES})$`);
const PHRASE_PREPOSITIONS = wordPattern(ENGLISH_PHRASE_PREPOSITIONS);
/**
 * Where a phrase of time, place or medium after the cue at `k` ends ("said on Friday", "said at a press conference
 * yesterday morning", "said on Glenn Beck's radio program the race …", "said on the same call The new plans …"):
 * at a later "the", a "that" or a quotation the phrase has run into, else right after a head of the table.
 */
function circumstanceEnd(sentence: Sentence, k: number, headOnly: boolean): number {
  const { tokens } = sentence;
  // A "the" right after the preposition belongs to the phrase ("at the rally"); a later one starts the content.
  // ("on her show The Kelly File": a capital "The" before a capital is a name's.)
  const laterArticle = (at: number) =>
    tokens[at]!.norm === "the" && at > k + 1 && !PHRASE_PREPOSITIONS.test(tokens[at - 1]!.norm) && !(startsUpper(tokens[at]) && startsUpper(tokens[at + 1]));
  const endsPhrase = (at: number) => (tokens[at]!.norm === "that" && complementiserThat(sentence, at)) || laterArticle(at);
  // After the head of a phrase the table knows: the phrase may end there ("said on Friday the …").
  let head = k;
  for (let m = k + 1; m < sentence.to && m - k <= MAX_CIRCUMSTANCE_TOKENS; m++) {
    const token = tokens[m]!;
    const quote = sentence.quotes.byOpen.get(m);
    if (quote) {
      // 'on MSNBC's "Morning Joe."', 'on the evening show "Late Edition" that …': a quoted title inside the phrase.
      if (m > k + 1 && quote.closed && titleCase(sentence, quote) && ((head === k && startsUpper(tokens[m - 1])) || tokens[quote.close + 1]?.norm === "that"))
        return quote.close + 1;
      return head > k || headOnly ? head : m > k + 2 ? m : k;
    }
    // "said on the same call, "…"": the comma closes the phrase before what was said.
    if (isComma(token) && (sentence.quotes.byOpen.has(m + 1) || tokens[m + 1]?.norm === "that")) return m;
    if (token.kind !== "word") break;
    // "responded on Sunday to accusations that …": after its head, a preposition opens another phrase, the cue's own.
    if (head > k && PHRASE_PREPOSITIONS.test(token.norm)) return head;
    // "add this category or that category": "this" and "last" open a phrase only with a head of the table ("this week").
    if (endsPhrase(m)) return headOnly ? head : m;
    // ("said in May the AfCFTA might …": a capitalised month, "May" too, heads a phrase of time.)
    if (CIRCUMSTANCE_HEADS.test(token.norm) || (MONTHS.test(token.norm) && startsUpper(token))) {
      head = m + 1;
      continue;
    }
    // "reported at least six planes filled …", "commented on the reason for canceling the interview": a verb, no phrase.
    // ("that report", "the evening show": a noun after a determiner or a head of the table.)
    const noun = ARTICLES_AND_POSSESSIVES.test(tokens[m - 1]!.norm) || head === m;
    if (!noun && (isAuxiliary(token) || isVerbForm(token, tokens[m - 1]) || /\p{Ll}ing$/u.test(token.text))) return head;
    if (token.norm === "least" && m === k + 1) return k;
  }
  return head;
}

const MAX_PHRASE_BEFORE_THAT = 10;
const PREPOSITIONS_BEFORE_THAT = wordPattern(ENGLISH_PREPOSITIONS_BEFORE_THAT);
/**
 * "wrote in a note to clients that …", "noted in a guest column in Saturday's New York Times that …": a phrase of
 * words without a verb or a comma, opened by a preposition, goes on to the "that" that brings in the content.
 */
function thatAfterPhrase(sentence: Sentence, j: number, sayingOf = false): number | null {
  const { tokens } = sentence;
  const preposition = tokens[j]?.norm ?? "";
  const next = tokens[j + 1];
  // "said before attending the town hall that …": a reduced clause of time, then what was said.
  const reducedTimeClause = reducedTimeClauseAt(tokens, j);
  if (!PREPOSITIONS_BEFORE_THAT.test(preposition) && !(sayingOf && /^(of|about)$/.test(preposition)) && !reducedTimeClause) return null;
  // "agreed to hear cases that …": "to" before a verb is an infinitive, not an addressee ("said to reporters that").
  if (preposition === "to" && !(next && (startsUpper(next) || DETERMINERS.has(next.norm) || /^(her|him|me|us|them|reporters)$/.test(next.norm)))) return null;
  for (let n = j + 1; n < sentence.to && n - j <= MAX_PHRASE_BEFORE_THAT; n++) {
    const t = tokens[n]!;
    if (t.norm === "that") return complementiserThat(sentence, n) ? n : null;
    if (t.kind !== "word" || isAuxiliary(t) || isCue(t, tokens[n - 1]) || (isVerbForm(t, tokens[n - 1]) && !/ed$/.test(t.norm))) return null;
  }
  return null;
}

/** "said of the scandal that …", "wrote of the plan that …": what is said of something follows "that" ("warned of" names a danger instead). */
const SAYING_OF = new Set(
  LEMMAS.filter(({ forms }) => /^(say|write|state)$/.test(forms.base)).flatMap(({ forms }) => [forms.base, forms.s, forms.past, forms.ing]),
);

/**
 * "that" opening a clause: a subject, then a finite verb within a few words ("in the suit that Trump personally
 * earned"); not a relative pronoun ("a center that works") nor a determiner ("through that contest").
 */
function complementiserThat(sentence: Sentence, that: number): boolean {
  const { tokens } = sentence;
  const first = tokens[that + 1];
  if (!first || (first.kind !== "word" && first.kind !== "quote") || isAuxiliary(first) || isVerbForm(first, tokens[that])) return false;
  for (let n = that + 2; n < sentence.to && n - that <= 7; n++) {
    const t = tokens[n]!;
    if (isSentenceEnd(t)) return false;
    if (isAuxiliary(t) || t.norm === "must" || (t.kind === "word" && pastVerb(t))) return true;
    if (t.kind === "word" && /^\p{Ll}+s$/u.test(t.text) && isVerbForm(t, tokens[n - 1])) return true;
  }
  return false;
}

interface ParsedSpeaker extends SpeakerFields {
  anaphor: boolean;
  gender: Gender | null;
}

const AUXILIARIES = wordSet(ENGLISH_AUXILIARIES);
const INTRO_WORDS = wordSet(ENGLISH_INTRO_WORDS);
const TIME_NOUNS = new RegExp(
  `^(${WEEKDAY_NAMES}|${MONTH_NAMES}|week|weekend|month|year|morning|afternoon|evening|night|day|past|last|this|the|a|an|\\d+(st|nd|rd|th)?)$`,
);
const NAME_JOINING_HEADS = wordPattern(ENGLISH_NAME_JOINING_HEADS);
const DURATION_NOUNS = wordPattern(ENGLISH_DURATION_NOUNS);
const YEAR = /^(1[89]|20)\d\d$/;

interface Segment {
  from: number;
  to: number;
}

/** The subject of the cue at `i`; after a relative pronoun ("Barkley, who said"), the phrase it stands for, with the pronoun as its reference. */
export function speakerBeforeCue(sentence: Sentence, i: number): Subject {
  const found = subjectBeforeCue(sentence, i);
  const relative = found.speaker.mention ? relativePronounBefore(sentence, i) : null;
  if (!relative) return found;
  const holder = namedBeforeApposition(sentence, found) ?? found;
  return merged(holder, { speaker: merged(holder.speaker, { reference: { start: relative.start, end: relative.end, text: relative.text } }) });
}

/** "said Diane Swonk, chief economist at KPMG, who argued …": a relative after an apposition stands for the name before it. */
function namedBeforeApposition(sentence: Sentence, found: Subject): Subject | null {
  const { tokens } = sentence;
  if (found.speaker.name || !isComma(tokens[found.start - 1])) return null;
  const before = antecedentPhrase(sentence, found.start - 2);
  return before?.speaker.name && before.speaker.kind === "person" ? before : null;
}

function relativePronounBefore(sentence: Sentence, i: number): Token | null {
  for (let k = i - 1; k >= sentence.from && i - k <= 4; k--) {
    const t = sentence.tokens[k]!;
    if (/^(who|which)$/.test(t.norm)) return t;
    if (t.kind !== "word" || !(ADVERBS.has(t.norm) || /ly$/.test(t.norm) || TIME_WORDS.has(t.norm))) return null;
  }
  return null;
}

/** "She quickly noted": a lowercase -ly word right before a verb is its adverb; these -ly words are nouns. */
const LY_NOUNS = wordSet(ENGLISH_LY_NOUNS);
function mannerAdverb(token: Token): boolean {
  return /^\p{Ll}[\p{Ll}-]{2,}ly$/u.test(token.text) && !LY_NOUNS.has(token.norm);
}

/** "Jason Sims — a teacher from Mount Pleasant — says": dashes set off an apposition as commas do. */
/** A comma, or a dash that sets off a phrase as a comma does. */
function commaOrDash(token: Token | undefined): boolean {
  return isComma(token) || (!!token && isDash(token));
}

export function isDash(token: Token): boolean {
  // ("LONDON (Reuters) - Britain's …": a hyphen with a space on each side is a dash.)
  return token.kind === "punct" && (/^([—–]|--)$/.test(token.text) || (token.text === "-" && token.spaceBefore && token.spaceAfter));
}

type Subject = { start: number; tokens: number; speaker: ParsedSpeaker };

function noSubject(i: number): Subject {
  return { start: i, tokens: 0, speaker: none() };
}

/** The subject before a cue: intro phrases and appositions set aside ("On Friday, Nancy Pelosi, the Speaker, said"). */
function subjectBeforeCue(sentence: Sentence, i: number): Subject {
  const found = subjectByPhrase(sentence, i);
  const k = lastWordOfSubject(sentence, i);
  const relative = /^(who|which)$/.test(sentence.tokens[k]?.norm ?? "") && k > sentence.from;
  if (found.tokens > 0 && !(relative && isComma(sentence.tokens[k - 1]) && labelHoldsVerb(found.speaker.mention?.text ?? null))) return found;
  // "Trump was out-brutalizing Ted Cruz, who said …", "Trump made no mention of Jeb Bush, who announced …": the
  // relative's antecedent is the noun phrase before its comma, never the clause it closes.
  const antecedent = relative ? antecedentPhrase(sentence, antecedentOfRelative(sentence, k)) : null;
  if (!antecedent) return found;
  // (Where the subject's words stand stays the clause's, so that a verb coordinated with the cue shares them.)
  return found.tokens > 0 ? merged(found, { speaker: antecedent.speaker }) : antecedent;
}

/** "reported", "insisted": a regular past form, long enough not to be a noun in -ed ("bed", "seed"). */
function regularPast(norm: string): boolean {
  return /[^e]ed$/.test(norm) && norm.length > 4;
}

/** Whether a lowercase verb stands inside a speaker's words ("Trump notably made no mention of Jeb Bush"): a clause, not a noun phrase. */
function labelHoldsVerb(mention: string | null): boolean {
  return (mention ?? "").split(" ").some((word) => /^\p{Ll}/u.test(word) && (IRREGULAR_PAST.has(word) || AUXILIARIES.has(word) || regularPast(word)));
}

function subjectByPhrase(sentence: Sentence, i: number): Subject {
  const { tokens } = sentence;
  let k = lastWordOfSubject(sentence, i);
  // "He has also called on … and proposed a safe zone": a coordinated verb shares the first one's subject,
  // reported where the sentence names it; with none in its clause, the subject was dropped.
  if (k >= sentence.from && /^(and|but)$/.test(tokens[k]!.norm)) return coordinatedSubject(sentence, k, i);
  // "a piece that noted": the noun phrase right before "that", back to the verb whose object it is.
  if (k > sentence.from && relativeThat(tokens[k]!, tokens[k - 1])) return objectBeforeThat(sentence, k);
  // "the Navy, who told it …": the relative pronoun stands for the phrase before it.
  if (k > sentence.from && /^(who|which)$/.test(tokens[k]!.norm)) k = antecedentOfRelative(sentence, k);
  const commaBeforeCue = k > sentence.from && commaOrDash(tokens[k]) && tokens[k - 1]!.kind === "word";
  if (commaBeforeCue) k--;
  const end = k + 1;
  const { start, stoppedAtBoundary } = subjectPhraseStart(sentence, end, commaBeforeCue);
  if (start === end) return noSubject(i);
  const segments = withPlacesJoined(sentence, commaSegments(sentence, start, end)).filter((segment) => !isAside(sentence, segment));
  const first = subjectSegment(sentence, segments, stoppedAtBoundary, commaBeforeCue, i);
  // ("At the rally Smith said", "At about 5 pm his daughter said": an opening phrase, no comma, then the subject.)
  const last = segments[segments.length - 1];
  const openingPhrase =
    first >= segments.length && last && !commaBeforeCue && CUE_FORMS.has(tokens[i]!.norm) && isIntro(sentence, last) && !isClause(sentence, last);
  const afterPhrase = openingPhrase ? subjectAfterIntroPhrase(sentence, last.from + 1, last.to) : null;
  if (afterPhrase) return describedSubject(sentence, afterPhrase.from, afterPhrase.to, []) ?? noSubject(i);
  if (first >= segments.length) return noSubject(i);
  // "…, with officials reporting at the time …": the absolute phrase's noun is the subject.
  const absolute = tokens[segments[first]!.from]!.norm === "with" && /ing$/.test(tokens[i]!.norm);
  const subject = absolute ? { from: segments[first]!.from + 1, to: segments[first]!.to } : trimIntro(sentence, segments[first]!);
  if (subject.to <= subject.from) return noSubject(i);
  let b = subject.to;
  // "Some of the protesters Wikinews interviewed said": the reduced relative clause is not part of the source.
  if (b - subject.from >= 3 && /^(interviewed|contacted|surveyed|quoted|polled)$/.test(tokens[b - 1]!.norm)) b -= tokens[b - 3]?.norm === "by" ? 3 : 2;
  b = beforeCircumstance(sentence, subject.from, b);
  return pronounSubject(sentence, subject.from, b) ?? describedSubject(sentence, subject.from, b, segments.slice(first + 1)) ?? noSubject(i);
}

/** The most words of a circumstance between a subject and its cue ("in his announcement speech"). */
const MAX_SUBJECT_CIRCUMSTANCE_TOKENS = 5;
/**
 * "Trump in his announcement speech called …", "Clinton during the debate said …": where and when it was said is
 * no part of who said it; the subject ends before the phrase ("Officials in the city said" keeps its phrase).
 */
function beforeCircumstance(sentence: Sentence, a: number, b: number): number {
  const { tokens } = sentence;
  for (let m = a + 1; m < b - 1; m++) {
    const word = tokens[m]!.norm;
    if (word === "during") return m;
    if (!/^(in|at|on)$/.test(word) || !ARTICLES_AND_POSSESSIVES.test(tokens[m + 1]!.norm) || b - m > MAX_SUBJECT_CIRCUMSTANCE_TOKENS + 1) continue;
    for (let k = m + 2; k < b; k++) if (CIRCUMSTANCE_HEADS.test(tokens[k]!.norm) && !isTimeWord(sentence, k)) return m;
  }
  return b;
}

/** The subject's last word: before "went on to add", adverbs, a time phrase or a form of "be" before an -ing cue. */
function lastWordOfSubject(sentence: Sentence, i: number): number {
  const { tokens } = sentence;
  let k = speakingAsideBefore(sentence, i) - 1;
  // "He went on to add", "One of them even went as far to say", "The senator declined to say": the subject is
  // before the verb that takes the infinitive.
  if (tokens[k]?.norm === "to" && (BASE_FORMS.has(tokens[i]!.norm) || /^(add|say)$/.test(tokens[i]!.norm))) {
    const to = k--;
    while (k > sentence.from && to - k <= 6 && (INFINITIVE_TAKERS.test(tokens[k]!.norm) || (/ed$/.test(tokens[k]!.norm) && isVerbForm(tokens[k]!)))) k--;
  }
  for (let guard = 0; guard < 4; guard++) {
    while (
      k >= sentence.from &&
      tokens[k]!.kind === "word" &&
      (ADVERBS.has(tokens[k]!.norm) ||
        mannerAdverb(tokens[k]!) ||
        (BE_FORMS.test(tokens[k]!.norm) && tokens[i]!.norm.endsWith("ing")) ||
        negatedAuxiliary(tokens[k]!)) &&
      !/^(to|on)$/.test(tokens[k]!.norm)
    )
      k--;
    // "Baslan Damang … on Tuesday told": a time phrase between the speaker and the cue.
    if (k - 1 >= sentence.from && /^(on|in|at|last|this)$/.test(tokens[k - 1]!.norm) && TIME_BEFORE_CUE.test(tokens[k]!.norm)) {
      k -= 2;
      continue;
    }
    if (k >= sentence.from && /^(yesterday|today|tonight|earlier|later|previously)$/.test(tokens[k]!.norm)) {
      k--;
      continue;
    }
    break;
  }
  return k;
}

/** The most tokens of an aside such as "speaking to the Atlantic Council think tank" between a subject and its verb. */
const MAX_SPEAKING_ASIDE_TOKENS = 10;

/** "Kyriakos Mitsotakis speaking to the Atlantic Council think tank called …": where such an aside starts, else `i`. */
function speakingAsideBefore(sentence: Sentence, i: number): number {
  const { tokens } = sentence;
  for (let k = i - 2; k > sentence.from && i - k <= MAX_SPEAKING_ASIDE_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word" || isAuxiliary(t)) return i;
    if (
      /^(speaking|writing|talking|testifying|appearing)$/.test(t.norm) &&
      /^(to|at|in|on|before|with)$/.test(tokens[k + 1]?.norm ?? "") &&
      tokens[k - 1]?.kind === "word"
    )
      return startsUpper(tokens[k - 1]) ? k : i;
  }
  return i;
}

const INFINITIVE_TAKERS = wordPattern(ENGLISH_INFINITIVE_TAKERS);

const TIME_BEFORE_CUE = new RegExp(`^(${WEEKDAY_NAMES}|${MONTH_NAMES}|week|year|month|night|morning|statement|interview)$`);

const PREPOSITIONS_BEFORE_OBJECT = wordPattern(ENGLISH_PREPOSITIONS_BEFORE_OBJECT);
function objectBeforeThat(sentence: Sentence, that: number): Subject {
  const { tokens } = sentence;
  let a = that;
  while (
    a > sentence.from &&
    that - a < 6 &&
    tokens[a - 1]!.kind === "word" &&
    !isVerbForm(tokens[a - 1]!) &&
    !isAuxiliary(tokens[a - 1]!) &&
    !IRREGULAR_PAST.has(tokens[a - 1]!.norm) &&
    !PREPOSITIONS_BEFORE_OBJECT.test(tokens[a - 1]!.norm)
  )
    a--;
  return { start: a, tokens: that - a, speaker: sourceBetween(sentence, a, that) };
}

/** "Trump was out-brutalizing Ted Cruz, who said …": the antecedent is the noun phrase before the relative, back to the verb or preposition governing it. */
const MAX_ANTECEDENT_TOKENS = 10;
const ANTECEDENT_ENDS = wordPattern(ENGLISH_ANTECEDENT_ENDS);
function antecedentPhrase(sentence: Sentence, last: number): Subject | null {
  const { tokens } = sentence;
  let a = last + 1;
  while (a > sentence.from && last + 1 - a < MAX_ANTECEDENT_TOKENS) {
    const t = tokens[a - 1]!;
    const governs = isVerbForm(t, tokens[a - 2]) || isAuxiliary(t) || IRREGULAR_PAST.has(t.norm) || /^\p{Ll}+ing$/u.test(t.text.replace(/^.*-/, ""));
    if (t.kind !== "word" || governs || BOUNDARY_WORDS.has(t.norm) || ANTECEDENT_ENDS.test(t.norm)) break;
    a--;
  }
  if (a > last) return null;
  const speaker = sourceBetween(sentence, a, last + 1);
  return speaker.mention ? { start: a, tokens: last + 1 - a, speaker } : null;
}

/** The last word before "who"/"which" and its comma; "They released a statement which said": whoever issued the document. */
function antecedentOfRelative(sentence: Sentence, relative: number): number {
  const { tokens } = sentence;
  let k = relative - 1;
  if (isComma(tokens[k])) k--;
  if (DOCUMENT.test(tokens[k]?.norm ?? "") && /^(a|an|the|its|their|his|her)$/.test(tokens[k - 1]?.norm ?? "") && ISSUED.test(tokens[k - 2]?.norm ?? ""))
    k -= 3;
  return k;
}

/** "The report, which was published on Monday, said": a cue word after an article and before a relative aside is a noun. */
function nounBeforeRelative(tokens: Token[], k: number): boolean {
  return ARTICLES_AND_POSSESSIVES.test(tokens[k - 1]?.norm ?? "") && isComma(tokens[k + 1]) && RELATIVE_OPENERS.test(tokens[k + 2]?.norm ?? "");
}

/** "Sanders’ campaign manager", "Sanders' campaign manager": an apostrophe that pairs with nothing is no quotation mark. */
function isQuotationMark(sentence: Sentence, k: number): boolean {
  const t = sentence.tokens[k]!;
  return t.kind === "quote" && (sentence.quotes.byOpen.has(k) || sentence.quotes.byClose.has(k) || !/^['’]$/.test(t.text));
}

/** Where the subject's phrase starts, walking back from `end` to a sentence start, a quotation, another cue or a boundary word. */
function subjectPhraseStart(sentence: Sentence, end: number, commaBeforeCue: boolean): { start: number; stoppedAtBoundary: boolean } {
  const { tokens, depth } = sentence;
  let s = end;
  let commaSeen = false;
  while (s > sentence.from && end - s < 45) {
    const t = tokens[s - 1]!;
    const named = quotedNameInPhrase(sentence, s - 1);
    if (named !== -1) {
      s = named;
      continue;
    }
    if (depth[s - 1]! > 0 || isQuotationMark(sentence, s - 1) || t.kind === "break" || isSentenceEnd(t)) break;
    if (t.kind === "punct" && !isComma(t) && !/^['’\-()%$]$/.test(t.text) && !isDash(t)) break;
    if (isComma(t) && s < end) commaSeen = true;
    if (t.kind === "word" && s < end) {
      // ("A local organizer, who requested anonymity, said": a cue inside a relative aside is the aside's.)
      const inRelativeAside = /^(who|which)$/.test(tokens[s - 2]?.norm ?? "") && commaOrDash(tokens[s - 3]);
      const describing = isComma(tokens[s - 2]) && /ed$/.test(t.norm) && reducedRelative(sentence, s - 1);
      const cueVerb = CUES.has(t.norm) && t.norm !== "called" && !headsSubject(tokens, s - 1) && !partOfName(tokens, s - 1) && !describing;
      if (cueVerb && !nounBeforeRelative(tokens, s - 1) && !inRelativeAside) break;
      const joined =
        (t.norm === "and" &&
          (isCoordinatedName(sentence, s - 1) ||
            bothBefore(sentence, s - 1) ||
            (PEOPLE_PLURAL.test(tokens[s - 2]?.norm ?? "") && PEOPLE_PLURAL.test(tokens[end - 1]?.norm ?? "")) ||
            (commaBeforeCue && !commaSeen && appositionOpensBefore(sentence, s - 1)))) ||
        (t.norm === "as" && tokens[s - 2]?.norm === "known");
      if (!joined && BOUNDARY_WORDS.has(t.norm) && !(/^(who|which)$/.test(t.norm) && hasCommaBetween(sentence, s, Math.min(end + 1, sentence.to)))) {
        const resume = pastBoundary(sentence, s - 1, end, commaSeen, commaBeforeCue);
        if (resume === -1) return { start: s, stoppedAtBoundary: true };
        if (resume < s - 1) commaSeen = true;
        s = resume;
        continue;
      }
    }
    s--;
  }
  return { start: s, stoppedAtBoundary: false };
}

/** The most words of a quoted name inside a subject: 'Anna Franowska of "Have no fear", a charity, told'. */
const MAX_QUOTED_NAME_WORDS = 5;

/** Where a short quoted name after "of", "from" or "at" opens, when `close` closes it; else -1. */
function quotedNameInPhrase(sentence: Sentence, close: number): number {
  const quote = sentence.quotes.byClose.get(close);
  if (!quote?.closed || wordsInside(sentence.tokens, quote) > MAX_QUOTED_NAME_WORDS) return -1;
  if (!startsUpper(sentence.tokens[quote.open + 1])) return -1;
  // ("fans of ''Prison Break,'' David Madden said", 'chants of "Marco! Marco!," the senator said': punctuation inside
  // makes a quotation of it, not a name.)
  // ('the co-author of "Going Viral," about …': a comma right inside the closing mark is the sentence's, as American copy sets it.)
  // (Not 'fans of ''Prison Break,'' David Madden said', where the attribution follows the comma.)
  const { tokens } = sentence;
  const after = tokens[close + 1];
  const last = isComma(tokens[close - 1]) && PHRASE_PREPOSITIONS.test(after?.norm ?? "") ? close - 1 : close;
  for (let k = quote.open + 1; k < last; k++) if (tokens[k]!.kind === "punct") return -1;
  if (/^(of|from|at)$/.test(tokens[quote.open - 1]?.norm ?? "")) return quote.open;
  // ('wearing "Ted Cruz" campaign pins': a quoted name between a word and the noun it modifies.)
  const modifier =
    tokens[quote.open - 1]?.kind === "word" &&
    after?.kind === "word" &&
    /^\p{Ll}/u.test(after.text) &&
    !isVerbForm(after) &&
    !isAuxiliary(after) &&
    !CUE_FORMS.has(after.norm);
  return modifier ? quote.open : -1;
}

/**
 * Where the subject walk goes on past the boundary word at `k`, or -1 where it stops: "People who have battled
 * online threats say" (a relative clause without commas belongs to the subject, the walk resumes at the pronoun's
 * noun), "Derek Mitchell, who served as ambassador, said", "Sexton, after the rallies, wrote" (an aside between
 * commas, the walk resumes at its opening comma).
 */
function pastBoundary(sentence: Sentence, k: number, end: number, commaSeen: boolean, commaBeforeCue: boolean): number {
  if (commaSeen) return -1;
  if (restrictiveRelative(sentence, k, end)) return k;
  return commaBeforeCue ? relativeClauseOpening(sentence, k) : -1;
}

/** "organizations that have endorsed him": "who" or "that" after a noun, opening a clause with a verb of its own before `end`. */
function restrictiveRelative(sentence: Sentence, relative: number, end: number): boolean {
  const { tokens } = sentence;
  const noun = tokens[relative - 1];
  if (!/^(who|that)$/.test(tokens[relative]!.norm) || noun?.kind !== "word" || DETERMINERS.has(noun.norm) || isVerbForm(noun) || CUE_FORMS.has(noun.norm))
    return false;
  if (noun.norm in PRONOUNS || ADVERBS.has(noun.norm)) return false;
  for (let k = relative + 1; k < end; k++) if (isAuxiliary(tokens[k]!) || isVerbForm(tokens[k]!, tokens[k - 1])) return true;
  return false;
}

/** The comma before ", who …", ", which …" or ", after …" when the words back from `k` to it open with that word; otherwise -1. */
function relativeClauseOpening(sentence: Sentence, k: number): number {
  const { tokens } = sentence;
  for (let m = k; m > sentence.from && k - m < 30; m--) {
    // ("Cruz, leading in Iowa polls and focusing his time there, questioned", "Bloomberg, who's thinking about running, said".)
    // ("Joyce — who is listed as an attorney — told": a pair of dashes sets off the aside as commas do.)
    if (commaOrDash(tokens[m - 1]))
      return /^(who|which|who['’]s|who['’]d)$/.test(tokens[m]!.norm) || SCENE_PREPOSITIONS.test(tokens[m]!.norm) || /^\p{Ll}+ing$/u.test(tokens[m]!.text)
        ? m - 1
        : -1;
    if (tokens[m]!.kind !== "word" || isSentenceEnd(tokens[m]!)) return -1;
  }
  return -1;
}

/** The words that open a relative clause set off by commas ("Bloomberg, who's thinking about running, said"). */
const RELATIVE_OPENERS = /^(who|which|whose|who['’]s)$/;

/** "teachers and union officials told": two plurals of people joined by "and" are one subject. */
const PEOPLE_PLURAL = /^\p{Ll}+(ers|ors|ists|ians|ants|ents|als|ees)$/u;

const ASIDES = wordPattern(ENGLISH_ASIDES);
function isAside(sentence: Sentence, segment: Segment): boolean {
  const { tokens } = sentence;
  // "…, both in the United States, reported": where the ones before are, not who.
  if (/^(both|all|each)$/.test(tokens[segment.from]!.norm) && /^(in|from|at|based)$/.test(tokens[segment.from + 1]?.norm ?? "")) return true;
  return ASIDES.test(sentence.text.slice(tokens[segment.from]!.start, tokens[segment.to - 1]!.end).toLowerCase());
}

function commaSegments(sentence: Sentence, start: number, end: number): Segment[] {
  const { tokens } = sentence;
  const segments: Segment[] = [];
  let from = start;
  let bracketClose = -1;
  for (let m = start; m <= end; m++) {
    if (m < end && m > bracketClose && tokens[m]!.text === "(") bracketClose = closingBracket(tokens, m, end);
    // (A comma inside a quoted name, ''Today,'', or inside brackets, "(National Union of Rail, Maritime …)", splits nothing.)
    if (m === end || (commaOrDash(tokens[m]) && sentence.depth[m] === 0 && m > bracketClose)) {
      if (m > from) segments.push({ from, to: m });
      from = m + 1;
    }
  }
  return segments;
}

/** "in Chappaqua, N.Y., speaking …": a state written short after a place is part of the place, not a segment of its own. */
function withPlacesJoined(sentence: Sentence, segments: Segment[]): Segment[] {
  const joined: Segment[] = [];
  for (const segment of segments) {
    const previous = joined[joined.length - 1];
    const state = segment.to - segment.from === 1 && /^\p{Lu}[\p{L}.]*\.$/u.test(sentence.tokens[segment.from]!.text);
    if (previous && state && startsUpper(sentence.tokens[previous.to - 1])) joined[joined.length - 1] = { from: previous.from, to: segment.to };
    else joined.push(segment);
  }
  return joined;
}

/** The ")" that closes the bracket opened at `open`, before `end`; -1 when none does. */
const MAX_BRACKET_TOKENS = 20;
function closingBracket(tokens: Token[], open: number, end: number): number {
  for (let k = open + 1; k < end && k - open <= MAX_BRACKET_TOKENS; k++) if (tokens[k]!.text === ")") return k;
  return -1;
}

const CUT_PHRASE_OPENERS = wordPattern(ENGLISH_CUT_PHRASE_OPENERS);
/** Which of the comma-separated segments before the cue is its subject; the ones after it are appositions. */
function subjectSegment(sentence: Sentence, segments: Segment[], stoppedAtBoundary: boolean, commaBeforeCue: boolean, i: number): number {
  const { tokens } = sentence;
  // A segment with a finite verb is a clause ("The device was not airworthy, investigators said"): the subject comes after it.
  // "As a part of his campaign, the President pledged": the words after "as" end at the comma.
  // ("But Sen. Durbin, noting the size of the list, said": a conjunction before the subject opens no phrase.)
  const opener = segments[0] ? segments[0].from - 1 : -1;
  const opensPhrase =
    stoppedAtBoundary &&
    segments.length > 1 &&
    !((opener === sentence.from || isSentenceEnd(tokens[opener - 1]!)) && /^(and|but|or|yet|so)$/.test(tokens[opener]!.norm));
  let first = opensPhrase ? 1 : 0;
  segments.forEach((segment, n) => {
    if (isClause(sentence, segment)) first = Math.max(first, n + 1);
  });
  // "… that Michael Bloomberg, who's thinking about running, said": a relative clause describes the segment before it.
  if (first > 0 && first < segments.length && RELATIVE_OPENERS.test(tokens[segments[first]!.from]!.norm)) first--;
  // "…10–15% of people within the fandom own a fursuit, event organizers reported": a segment cut out of a phrase is no subject.
  while (
    first < segments.length &&
    (isIntro(sentence, segments[first]!) || (CUT_PHRASE_OPENERS.test(tokens[segments[first]!.from]!.norm) && first < segments.length - 1))
  )
    first++;
  // "At the meeting in Orlando, Florida in the United States, scientists have disclosed": a bare group noun or
  // pronoun next to the cue is the subject, never an apposition of what comes before.
  // "During a meeting in Cedar Rapids, Iowa, Rubio told": with no comma between them, the phrase next to the cue
  // is its subject and the segments before it set the scene; after a comma it may be an apposition instead.
  const lastSegment = segments[segments.length - 1];
  const adjacentSubject =
    lastSegment && !commaBeforeCue && !isIntro(sentence, lastSegment) && !isClause(sentence, lastSegment) && !placeOfInstitution(sentence, segments, first);
  if (
    lastSegment &&
    first < segments.length - 1 &&
    (adjacentSubject ||
      (lastSegment.to - lastSegment.from === 1 && (GROUP_WORDS.test(tokens[lastSegment.from]!.text) || tokens[lastSegment.from]!.norm in PRONOUNS)))
  )
    first = segments.length - 1;
  // "…, with Amazon Web Services responding that …": the absolute phrase next to the cue has the subject.
  if (lastSegment && tokens[lastSegment.from]!.norm === "with" && /ing$/.test(tokens[i]!.norm)) first = segments.length - 1;
  // "Sexton, after previous Trump rallies, wrote": a prepositional phrase between commas sets the scene for the subject before it.
  else if (first === segments.length - 1 && first > 0 && commaBeforeCue && SCENE_PREPOSITIONS.test(tokens[lastSegment!.from]!.norm)) first--;
  // "Planned Parenthood, along with the ACLU, have announced": who joins the subject is not the subject.
  else if (first === segments.length - 1 && first > 0 && joinsSubject(tokens, lastSegment!.from)) first--;
  return first;
}

/** "along with …", "together with …", "alongside …", "joined by …": a phrase that adds to the subject before it. */
function joinsSubject(tokens: Token[], k: number): boolean {
  const [a, b] = [tokens[k]?.norm, tokens[k + 1]?.norm];
  return ((a === "along" || a === "together") && b === "with") || a === "alongside" || (a === "joined" && b === "by");
}

const SCENE_PREPOSITIONS = wordPattern(ENGLISH_SCENE_PREPOSITIONS);

/** A pronoun subject is reported as written; "He’s predicting": the pronoun of a contraction, its own letters only. */
function pronounSubject(sentence: Sentence, a: number, b: number): Subject | null {
  const first = sentence.tokens[a]!;
  if (b - a !== 1) return null;
  const contracted = CONTRACTED_BE.exec(first.norm);
  const pronoun = contracted ? contracted[1]! : first.norm in PRONOUNS ? first.norm : null;
  if (pronoun === null) return null;
  const end = contracted ? first.start + pronoun.length : first.end;
  const mention = { start: first.start, end, text: sentence.text.slice(first.start, end) };
  return { start: a, tokens: 1, speaker: { mention, name: null, role: null, kind: null, anaphor: true, gender: PRONOUNS[pronoun] ?? null } };
}

const ESTIMATES = /^(estimates|figures|calculations|counts|tallies|projections)$/;

/** The longest described subject: "Director Anthony Fauci of the National Institute of Allergy and Infectious Diseases (NIAID)". */
const MAX_SUBJECT_TOKENS = 16;

/** A role too long to be a subject on its own names the person in the apposition right after it, if that is a name. */
function longRoleThenName(sentence: Sentence, a: number, b: number, appositions: Segment[]): Subject | null {
  const named = appositions[0];
  // (A person's name of two words or more: "Chappaqua, N.Y.," is a place's state.)
  const words = named ? sentence.tokens.slice(named.from, named.to) : [];
  if (!named || words.length < 2 || words.some((t) => t.kind !== "word" || /\./.test(t.text)) || isClause(sentence, { from: a, to: b })) return null;
  const speaker = nameInApposition(sentence, named, sentence.text.slice(sentence.tokens[a]!.start, sentence.tokens[b - 1]!.end));
  return speaker ? { start: a, tokens: b - a, speaker } : null;
}

/** A described or named subject: its name, the role before the name or in an apposition, its kind. */
function describedSubject(sentence: Sentence, a: number, b: number, appositions: Segment[]): Subject | null {
  const { tokens } = sentence;
  // ("The general secretary of the RMT union (National Union of Rail, …), Mick Cash, said": a long role, then the name.)
  if (b - a > MAX_SUBJECT_TOKENS) return longRoleThenName(sentence, a, b, appositions);
  // "Estimates by event organizers indicate …": numbers speak for whoever made them.
  const by = ESTIMATES.test(tokens[a]!.norm) && /^(by|from)$/.test(tokens[a + 1]?.norm ?? "") && b - a > 2 ? a + 2 : -1;
  if (by !== -1) return describedSubject(sentence, by, b, appositions);
  const text = sentence.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  const demonstrative = demonstrativeSubject(sentence, a, b, text);
  if (demonstrative) return demonstrative;
  const head = headOf(sentence, a, b);
  const headText = sentence.text.slice(tokens[head.from]!.start, tokens[head.to - 1]!.end);
  const found = headName(sentence, head, headText);
  // "The Vice President, Mike Pence, said": a role first, the name in the apposition.
  // ("The company, which is based in Ohio, said": a relative clause describes; it names nobody.)
  if (!found && appositions.length > 0 && !RELATIVE_OPENERS.test(tokens[appositions[0]!.from]!.norm)) {
    const named = nameInApposition(sentence, appositions[0]!, text);
    if (named) return { start: a, tokens: b - a, speaker: named };
  }
  const name = cleanName(sentence, found, text, a, b);
  // "the princess, 67, announced": an age is not a role.
  // ("The report, which was published on Monday, said": a relative clause describes; it is no role either.)
  // ("Durbin, noting the size of the list, said": a participle aside tells what the speaker did, not who they are.)
  const described = appositions.filter(
    (segment) =>
      !(segment.to - segment.from === 1 && /^\d{1,3}$/.test(tokens[segment.from]!.text)) &&
      !RELATIVE_OPENERS.test(tokens[segment.from]!.norm) &&
      !/^\p{Ll}+(ing|ed)$/u.test(tokens[segment.from]!.text),
  );
  const appositionText =
    described.length > 0 ? sentence.text.slice(tokens[described[0]!.from]!.start, tokens[described[described.length - 1]!.to - 1]!.end) : null;
  const titled =
    name && name !== headText
      ? headText
          .slice(0, Math.max(0, headText.indexOf(name)))
          .trim()
          .replace(/^(the|a|an)$/i, "") || null
      : null;
  const mention = { start: tokens[a]!.start, end: tokens[b - 1]!.end, text };
  // "Sen. Susan Collins and Rep. Louis Gohmert suggested": two named people speak together, as a group.
  if (titled && coordinatedPeople(titled))
    return { start: a, tokens: b - a, speaker: { mention, name: null, role: null, kind: "group", anaphor: false, gender: "plural" } };
  return { start: a, tokens: b - a, speaker: { mention, name, role: appositionText ?? titled, kind: englishKind(text, name), anaphor: false, gender: null } };
}

/**
 * What stands before the last name holds another person joined by "and": "Susan Collins and", "Sen. Susan Collins
 * and Rep.", "Mr. Rubio and Senator"; not an office of two parts ("Former Secretary of State and Democratic
 * presidential frontrunner", "Trade and Industry Minister").
 */
function coordinatedPeople(titled: string): boolean {
  if (/ and$/.test(titled)) return true;
  const at = titled.search(/(^|\s)and(\s|$)/);
  if (at === -1) return false;
  const left = titled.slice(0, at).trim().split(/\s+/);
  const nameWord = (w: string | undefined) => !!w && /^\p{Lu}\p{Ll}/u.test(w) && !TITLE_WORDS.test(w) && !ORG_WORDS.test(w);
  const before = left[left.length - 2];
  // (One capitalised word alone may open an office, "Trade and Industry Minister"; before a title it is a name.)
  const titleAfter = TITLE_WORDS.test(titled.slice(at).trim().split(/\s+/)[1] ?? "");
  return nameWord(left[left.length - 1]) && (before === undefined ? titleAfter : nameWord(before) || TITLE_WORDS.test(before) || /^\p{Lu}\.$/u.test(before));
}

/** "this source told the Post", "these officials said": a demonstrative points back to a source named before, as a pronoun does. */
function demonstrativeSubject(sentence: Sentence, a: number, b: number, text: string): Subject | null {
  const { tokens } = sentence;
  const determiner = tokens[a]!.norm;
  if (!/^(this|that|these|those)$/.test(determiner) || b - a < 2 || b - a > 3) return null;
  if (tokens.slice(a + 1, b).some((t) => t.kind !== "word" || startsUpper(t))) return null;
  const mention = { start: tokens[a]!.start, end: tokens[b - 1]!.end, text };
  const gender = /^(these|those)$/.test(determiner) ? "plural" : null;
  return { start: a, tokens: b - a, speaker: { mention, name: null, role: null, kind: null, anaphor: true, gender } };
}

const CAPITALISED_SMALL_WORDS = wordPattern(ENGLISH_CAPITALISED_SMALL_WORDS);
const PERSON_OF_BODY = wordSet(ENGLISH_PERSON_OF_BODY);
/** "Supreme Court Justice Ruth Bader Ginsburg": "Justice" before a name, not before a body's word ("Justice Department"). */
function justiceBeforeName(headText: string): boolean {
  const after = /\bJustice\s+(\p{Lu}\p{Ll}+)/u.exec(headText)?.[1];
  return after !== undefined && !ORG_WORDS.test(after);
}
/** The person or institution the head names; "NASA Administrator Jim Bridenstine": a person's title after the institution makes it a person. */
function headName(sentence: Sentence, head: Segment, headText: string): string | null {
  const capitalised = [...headText.matchAll(CAPITALISED_WORDS)].map((m) => m[0]);
  const orgAt = capitalised.findIndex((word) => ORG_WORDS.test(word));
  const titledPerson =
    orgAt !== -1 &&
    (capitalised.slice(orgAt + 1).some((word) => TITLE_WORDS.test(word) && !ORG_WORDS.test(word) && !CAPITALISED_SMALL_WORDS.test(word)) ||
      /\b(head|chief|spokes\w+|director|minister|official|chair\w*|president|secretary|leader|officer|administrator|commander|manager)\s+\p{Lu}\p{Ll}/u.test(
        headText,
      ) ||
      justiceBeforeName(headText));
  const organization =
    orgAt !== -1 && !titledPerson && !capitalised.every((word) => TITLE_WORDS.test(word) || (!ORG_WORDS.test(word) && /^(The|A|An)$/.test(word)));
  // ("A White House spokesman", "The Supreme Court justice": a person of the body, named by their role alone.)
  if (organization && PERSON_OF_BODY.has(sentence.tokens[head.to - 1]!.text)) return null;
  return (
    describedPerson(sentence, head.from, head.to) ?? (organization ? organizationName(sentence, head.from, head.to) : personName(sentence, head.from, head.to))
  );
}

/** "the other candidate, former Secretary of State Hillary Clinton, said": the longest apposition read as a name with its title. */
const MAX_NAMED_APPOSITION_TOKENS = 8;
function nameInApposition(sentence: Sentence, named: Segment, role: string): ParsedSpeaker | null {
  const { tokens } = sentence;
  // "The senator, a Democrat from Ohio, said": a description that opens with an article names nobody.
  if (/^(a|an|the)$/.test(tokens[named.from]!.text)) return null;
  // ("The aides, led by Terry Sullivan, told": a participle describes; "The candidates, Clinton and Sanders,": two people.)
  for (let k = named.from; k < named.to; k++) if (tokens[k]!.norm === "and" || (k === named.from && /^\p{Ll}+(ed|ing)$/u.test(tokens[k]!.text))) return null;
  const person = personName(sentence, named.from, named.to);
  if (!person || named.to - named.from > MAX_NAMED_APPOSITION_TOKENS) return null;
  const mention = {
    start: tokens[named.from]!.start,
    end: tokens[named.to - 1]!.end,
    text: sentence.text.slice(tokens[named.from]!.start, tokens[named.to - 1]!.end),
  };
  return { mention, name: person, role: role.replace(/^(the|a|an)\s+/i, ""), kind: "person", anaphor: false, gender: null };
}

function cleanName(sentence: Sentence, found: string | null, text: string, a: number, b: number): string | null {
  const { tokens } = sentence;
  let name = found;
  // "Preliminary investigations suggest": a capital that only opens the sentence, before lowercase words, is no name.
  if (name && !name.includes(" ") && a === sentence.clauseStart(a) && tokens[a]!.text === name && b - a > 1 && /^\p{Ll}/u.test(tokens[a + 1]!.text))
    name = null;
  // "A source within the central Interior Ministry": an unnamed source, whatever institution it sits in.
  if (name && /^(a|an|one)\s+(source|official|senior|spokes\w+|diplomat|person)\b/i.test(text)) name = null;
  // "Sanders' campaign": a name that owns the head noun is not the source, as with "Clinton's campaign".
  if (name && ownsHeadNoun(text, name)) name = null;
  if (name) name = name.replace(/\s+(QC|KC|MP|Jr\.?|Sr\.?|PhD)$/, "");
  // "the United States Commission on International Religious Freedom (USCIRF)": the acronym is not part of the name.
  if (/\s*\([^)]*\)?$/.test(name ?? text) && /\(/.test(name ?? text))
    name = (name ?? text).replace(/\s*\([^)]*\)?$/, "").replace(/^(the|a|an)\s+/i, "") || name;
  return name;
}

function ownsHeadNoun(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at !== -1 && /^['’]\s+\p{Ll}/u.test(text.slice(at + name.length, at + name.length + 4));
}

/**
 * "Jo Anne Van Tilburg of the University of California, Los Angeles disagreed": the segment next to the cue
 * is the place that completes an institution's name in the subject before it, not a subject of its own.
 */
function placeOfInstitution(sentence: Sentence, segments: Segment[], first: number): boolean {
  const { tokens } = sentence;
  const last = segments[segments.length - 1]!;
  const before = segments[segments.length - 2];
  if (!before || segments.length - 2 !== first || last.to - last.from > 3 || isIntro(sentence, before) || !startsUpper(tokens[before.from])) return false;
  for (let k = last.from; k < last.to; k++) if (!startsUpper(tokens[k])) return false;
  for (let k = before.to - 1; k > before.from; k--) {
    if (!startsUpper(tokens[k]) && !/^(of|the)$/.test(tokens[k]!.norm)) return false;
    if (/^(of|at)$/.test(tokens[k - 1]!.norm)) return true;
  }
  return false;
}

/** "The crowd cheered when Trump spotted a sign and asked …": the coordinated verbs are the subordinate clause's, whose subject follows its conjunction. */
function subordinateClauseStart(sentence: Sentence, from: number, and: number): number {
  const last = lastSubordinatorBefore(sentence, and);
  // "When Trump referred to … and said": a subordinate clause opening the sentence and not yet closed by its comma holds the verbs.
  if (last === from && firstCommaFrom(sentence, from + 1) > and) return last + 1;
  return last > from ? last + 1 : from;
}

/** The last subordinating conjunction before each token, worked out once per paragraph: walking back from every "and" was quadratic. */
const SUBORDINATORS_BEFORE = new WeakMap<Sentence, Int32Array>();
function lastSubordinatorBefore(sentence: Sentence, k: number): number {
  let last = SUBORDINATORS_BEFORE.get(sentence);
  if (!last) {
    last = new Int32Array(sentence.to - sentence.from + 1).fill(-1);
    for (let m = sentence.from; m < sentence.to; m++) last[m - sentence.from + 1] = SUBORDINATORS.test(sentence.tokens[m]!.norm) ? m : last[m - sentence.from]!;
    SUBORDINATORS_BEFORE.set(sentence, last);
  }
  return last[k - sentence.from]!;
}

/** The subject of the first verb of the clause that «and» at `and` continues, found from the clause's start. */
function coordinatedSubject(sentence: Sentence, and: number, cue: number): { start: number; tokens: number; speaker: ParsedSpeaker } {
  const { tokens } = sentence;
  const dropped = { start: cue, tokens: 0, speaker: none() };
  // "When asked whom she supported, Ms. Sherry smiled and said": the subordinate clause before the comma has its own verbs.
  const from = pronounAfterDash(sentence, mainClauseStart(sentence, subordinateClauseStart(sentence, sentence.clauseStart(and), and), and), and);
  // "the paper spoke to the Navy, who told it … and noted …": verbs coordinated inside a relative clause share its antecedent.
  const relative = relativeOpeningBefore(sentence, from, and);
  if (relative !== -1) {
    const verb = firstVerbAfter(sentence, relative, and);
    const shared = verb === -1 ? null : speakerBeforeCue(sentence, verb).speaker;
    return shared?.mention ? { start: cue, tokens: 1, speaker: shared } : dropped;
  }
  // "In an interview Thursday, the Wisconsin Republican criticized … and said": an opening phrase and its comma may come first.
  let opened = from;
  for (let k = from + 1; k < and && k - from <= MAX_COORDINATED_CLAUSE; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote") return dropped;
    // "Priebus, who has been in daily contact with the campaign, arrived … and acknowledged": an aside after the subject.
    const aside = isComma(t) && opened === from && RELATIVE_OPENERS.test(tokens[k + 1]?.norm ?? "") ? firstCommaFrom(sentence, k + 1) : -1;
    if (aside > k && aside < and) {
      k = aside;
      continue;
    }
    if (isComma(t)) {
      if (opened !== from || !isIntro(sentence, { from, to: k })) return dropped;
      opened = k + 1;
      continue;
    }
    if (!isAuxiliary(t) && !isVerbForm(t, tokens[k - 1]) && !/^\p{Ll}+['’](s|ve|d|ll|re)$/u.test(t.text)) continue;
    const before = speakerBeforeCue(sentence, /['’]/.test(t.text) ? k + 1 : k);
    // ("Then they reversed themselves and said": the subject may follow an introductory word it was trimmed of.)
    const subjectOpens =
      before.start === opened || (before.start > opened && trimIntro(sentence, { from: opened, to: before.start + 1 }).from === before.start);
    return before.tokens > 0 && before.speaker.mention && subjectOpens ? { start: cue, tokens: 1, speaker: before.speaker } : dropped;
  }
  return dropped;
}

/** The «who»/«which» after a comma that opens the clause of `and`, between `from` and it; -1 when none. */
function relativeOpeningBefore(sentence: Sentence, from: number, and: number): number {
  const { tokens } = sentence;
  for (let k = and - 1; k > from && and - k <= MAX_COORDINATED_CLAUSE; k--) {
    if (isComma(tokens[k]) || isSentenceEnd(tokens[k]!)) return -1;
    if (/^(who|which)$/.test(tokens[k]!.norm) && isComma(tokens[k - 1])) return k;
  }
  return -1;
}

function firstVerbAfter(sentence: Sentence, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (isVerbForm(sentence.tokens[k]!, sentence.tokens[k - 1])) return k;
  return -1;
}

/** Tokens back from "and" in which the clause its verbs share is looked for: a bound, so cue-dense text stays linear. */
const MAX_COORDINATED_CLAUSE = 20;

/** "She drew Trump's ire - he called her "weak" and said": a pronoun after a dash opens the clause the verbs share. */
function pronounAfterDash(sentence: Sentence, from: number, and: number): number {
  const { tokens } = sentence;
  for (let k = and - 1; k > from && and - k <= MAX_COORDINATED_CLAUSE; k--)
    if (isDash(tokens[k]!) && /^(he|she|they|we|i)$/.test(tokens[k + 1]?.norm ?? "")) return k + 1;
  return from;
}

/** "Sanders, a senator from Vermont and self-described socialist, said": the "and" lies inside an apposition a comma opened. */
const MAX_APPOSITION_TOKENS = 15;
function appositionOpensBefore(sentence: Sentence, and: number): boolean {
  const { tokens } = sentence;
  let verb = false;
  for (let k = and - 1; k > sentence.from && and - k <= MAX_APPOSITION_TOKENS; k--) {
    const t = tokens[k]!;
    // A relative clause may hold its own verb ("Trump, who has relied on fervor and rhetoric, said").
    if (isComma(t)) return startsUpper(tokens[k - 1]) && (!verb || /^(who|which)$/.test(tokens[k + 1]!.norm));
    if (t.kind !== "word" || (BOUNDARY_WORDS.has(t.norm) && !/^(who|which)$/.test(t.norm))) return false;
    verb ||= isVerbForm(t, tokens[k - 1]) || isAuxiliary(t);
  }
  return false;
}

/** "Both the council and the government called …": «both» opens the phrase that «and» goes on with. */
function bothBefore(sentence: Sentence, and: number): boolean {
  const { tokens } = sentence;
  for (let k = and - 1; k >= sentence.from && and - k <= 6; k--) {
    const t = tokens[k]!;
    if (t.norm === "both") return k === sentence.clauseStart(k) || isComma(tokens[k - 1]);
    if (t.kind !== "word" || isAuxiliary(t) || isVerbForm(t, tokens[k - 1])) return false;
  }
  return false;
}

/** "Senator Ted Cruz and fellow Republican Representative Francis Rooney": names on both sides of "and". */
function isCoordinatedName(sentence: Sentence, and: number): boolean {
  const { tokens } = sentence;
  // ("the Georgia Institute of Technology (GT) and University of …": the name before its bracketed initials.)
  let b = and - 1;
  if (tokens[b]?.text === ")") for (let m = b - 1; m >= sentence.from && b - m <= 4; m--) if (tokens[m]!.text === "(") b = m - 1;
  const before = tokens[b];
  let after = and + 1;
  while (after < sentence.to && /^(the|fellow)$/.test(tokens[after]!.norm)) after++;
  return !!before && startsUpper(before) && startsUpper(tokens[after]) && !(before.norm in PRONOUNS);
}

function hasCommaBetween(sentence: Sentence, from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (isComma(sentence.tokens[m])) return true;
  return false;
}

function isClause(sentence: Sentence, segment: Segment): boolean {
  const { tokens } = sentence;
  if (/^(who|which|whose)$/.test(tokens[segment.from]!.norm)) return false;
  // ("Durbin, noting that the list was large, said": a participle aside describes the subject before it, whatever its clause.)
  if (/^\p{Ll}+ing$/u.test(tokens[segment.from]!.text) && isComma(tokens[segment.from - 1]) && isComma(tokens[segment.to])) return false;
  // "They paid smugglers, Smith said": a subject pronoun and more words make a clause.
  if (segment.to - segment.from > 1 && /^(he|she|they|we|i|it)$/.test(tokens[segment.from]!.norm)) return true;
  // "The Emergencies Ministry has, in a statement, called": a final auxiliary belongs to the cue.
  const last = AUXILIARIES.has(tokens[segment.to - 1]!.norm) ? segment.to - 1 : segment.to;
  for (let m = segment.from; m < last; m++) {
    const t = tokens[m]!;
    // "a Republican who has refused to endorse him": the verbs of a relative clause describe the noun before it.
    if (/^(who|which|whose)$/.test(t.norm) || (m > segment.from && restrictiveRelative(sentence, m, segment.to))) return false;
    // "Polk County GOP Chairman Will Rogers": a capitalised "Will" or "May" inside a phrase is a name.
    const auxiliary = AUXILIARIES.has(t.norm) && !(m > segment.from && startsUpper(t));
    const cueVerb = CUES.has(t.norm) && t.norm !== "called" && m > segment.from && !headsSubject(tokens, m) && !partOfName(tokens, m);
    if (t.kind === "word" && (auxiliary || cueVerb)) return true;
  }
  return false;
}

const TIME_NOUNS_AS_NAMES = wordPattern(ENGLISH_TIME_NOUNS_AS_NAMES);
/** "The archaeologists" is a subject; "The past week" and "Last Friday" are time phrases. */
function isTimeWord(sentence: Sentence, k: number): boolean {
  const norm = sentence.tokens[k]?.norm ?? "";
  if (!TIME_NOUNS.test(norm)) return false;
  // "1st Fleet Command": an ordinal before a name is part of the name.
  const next = sentence.tokens[k + 1];
  if (/^\d/.test(norm) && startsUpper(next) && !TIME_NOUNS.test(next!.norm)) return false;
  // "47 percent said", "4 in 10 voters": a share of people, not a date.
  if (/^\d/.test(norm) && /^(percent|per|%|in|of|out)$/.test(next?.norm ?? "")) return false;
  // "12 senators said": a count of people or things; a year ("2016 polls") and a span of time ("30 days") stay time.
  if (/^\d+$/.test(norm) && !YEAR.test(norm) && /^\p{Ll}+s$/u.test(next?.text ?? "") && !DURATION_NOUNS.test(next!.norm) && !CUE_FORMS.has(next!.norm))
    return false;
  // "Day said", "Knight wrote": past the clause's first word, a capitalised time noun is a surname.
  if (TIME_NOUNS_AS_NAMES.test(norm) && startsUpper(sentence.tokens[k]) && k > sentence.clauseStart(k)) return false;
  // "this week", "last year"; but "this source told", "this official said" name a source.
  if (/^(this|last|past)$/.test(norm) && next?.kind === "word" && !TIME_NOUNS.test(next.norm)) return false;
  if (!/^(the|a|an)$/.test(norm)) return true;
  // "The 2015 decision", "A 2016 report": a year between a determiner and its noun modifies the noun.
  const modified = /^\d/.test(next?.norm ?? "") && /^\p{Ll}+$/u.test(sentence.tokens[k + 2]?.text ?? "") && !TIME_NOUNS.test(sentence.tokens[k + 2]!.norm);
  return TIME_NOUNS.test(next?.norm ?? "") && !/^(the|a|an)$/.test(next!.norm) && !modified;
}

function isIntro(sentence: Sentence, segment: Segment): boolean {
  const firstWord = sentence.tokens[segment.from]!;
  // "Lashing out, Trump said": a participial phrase opening the sentence is never its subject.
  if (
    segment.from === sentence.clauseStart(segment.from) &&
    /^\p{Lu}\p{Ll}+(ing|ed)$/u.test(firstWord.text) &&
    segment.to - segment.from <= 6 &&
    isComma(sentence.tokens[segment.to])
  )
    return true;
  // "Six months ago, the senator said, …", "Two days later, she told …": a stretch of time, counted back or on.
  const length = segment.to - segment.from;
  if (length >= 2 && length <= 4 && /^(ago|later|earlier|before)$/.test(sentence.tokens[segment.to - 1]!.norm) && isComma(sentence.tokens[segment.to]))
    return true;
  // "Late on Sunday, …", "Early this month, …": when, not who ("Early polls show", "Rex Early described" are subjects).
  const next = sentence.tokens[segment.from + 1];
  if (
    /^(late|early)$/.test(firstWord.norm) &&
    (/^(on|in|this|last|next)$/.test(next?.norm ?? "") || TIME_BEFORE_CUE.test(next?.norm ?? "")) &&
    isComma(sentence.tokens[segment.to])
  )
    return true;
  // "Clearly, …" opens a sentence with an adverb and its comma; "Donnelly said" is a surname.
  const adverb = /^\p{Lu}\p{Ll}+ly$/u.test(firstWord.text) && isComma(sentence.tokens[segment.to]);
  if (!INTRO_WORDS.has(firstWord.norm) && !isTimeWord(sentence, segment.from) && !adverb) return false;
  if (segment.to - segment.from === 1 && adverb) return true;
  const trimmed = trimIntro(sentence, segment);
  return trimmed.to <= trimmed.from;
}

/** "A few days later the administration said", "Two years ago Smith wrote": where a stretch of time counted back or on ends. */
function elapsedTimeEnd(tokens: Token[], segment: Segment): number {
  for (let k = segment.from + 1; k < segment.to - 1 && k - segment.from <= 4; k++)
    if (/^(ago|later|earlier)$/.test(tokens[k]!.norm) && DURATION_NOUNS.test(tokens[k - 1]!.norm)) return k + 1;
  return segment.from;
}

const INTRO_ADVERBS = wordPattern(ENGLISH_INTRO_ADVERBS);
/** Drops an introductory phrase inside the subject's segment: "On Friday Ford Motor Company" → "Ford Motor Company". */
function trimIntro(sentence: Sentence, segment: Segment): Segment {
  const { tokens } = sentence;
  let a = elapsedTimeEnd(tokens, segment);
  const last = tokens[segment.to - 1]!;
  while (a < segment.to) {
    const word = tokens[a]!;
    if (word.kind === "word" && INTRO_ADVERBS.test(word.norm)) {
      a++;
      continue;
    }
    if (word.kind === "word" && (INTRO_WORDS.has(word.norm) || isTimeWord(sentence, a))) {
      a++;
      const timeFrom = a;
      while (a < segment.to && TIME_NOUNS.test(tokens[a]!.norm)) a++;
      if (a < segment.to && (startsUpper(tokens[a]) || INTRO_WORDS.has(tokens[a]!.norm))) continue;
      // "on Friday the government announced": a time phrase, then the subject with its article.
      let article = timeFrom;
      while (article < a && !/^(the|a|an)$/.test(tokens[article]!.norm)) article++;
      if (article > timeFrom && article < a && segment.to - article <= 3) return { from: article, to: segment.to };
      // A phrase with a common-noun object ("In an interview with Sputnik News"): only a final pronoun can be the subject.
      if (last.norm in PRONOUNS && segment.to - 1 > segment.from) return { from: segment.to - 1, to: segment.to };
      return { from: segment.to, to: segment.to };
    }
    break;
  }
  return { from: a, to: segment.to };
}

/** The most words of a subject right after an opening phrase with no comma ("his daughter", "the senator"). */
const MAX_SUBJECT_AFTER_PHRASE_TOKENS = 3;
/**
 * "At the rally Smith said", "At about 5 pm his daughter said", "At 5 p.m. Smith said": after an opening phrase and
 * no comma, a name that follows the phrase's noun or number, or a short noun phrase with its determiner. A name
 * right after a preposition is the phrase's own ("In an interview with CNN Trump said" gives nobody).
 */
function subjectAfterIntroPhrase(sentence: Sentence, from: number, to: number): Segment | null {
  const { tokens } = sentence;
  let run = to;
  while (run > from && startsUpper(tokens[run - 1]) && !TITLE_WORDS.test(tokens[run - 1]!.text)) run--;
  // (The phrase's own last word: a lowercase noun, a number, or a time such as "p.m.", never a preposition.)
  const endsPhrase = (t: Token | undefined) => !!t && /^(\p{Ll}[\p{Ll}.]*|\d+)$/u.test(t.text) && !PHRASE_PREPOSITIONS.test(t.norm);
  const before = tokens[run - 1];
  const nameAfterPhrase = endsPhrase(before) && !DETERMINERS.has(before!.norm) && !/^(and|or|nor)$/.test(before!.norm);
  if (run < to && run > from && to - run <= MAX_SUBJECT_AFTER_PHRASE_TOKENS && nameAfterPhrase) return { from: run, to };
  for (let k = to - 2; k > from && to - k <= MAX_SUBJECT_AFTER_PHRASE_TOKENS; k--)
    if (/^(the|a|an|his|her|their|its|our)$/.test(tokens[k]!.norm) && endsPhrase(tokens[k - 1])) return { from: k, to };
  return null;
}

const HEAD_MODIFIER_OPENERS = wordPattern(ENGLISH_HEAD_MODIFIER_OPENERS);
/** The head of a subject before its modifiers: "Doug Miller of Milltech Marine" → "Doug Miller"; "Department of Justice" stays whole. */
function headOf(sentence: Sentence, a: number, b: number): Segment {
  const { tokens } = sentence;
  for (let m = a + 1; m < b; m++) {
    const t = tokens[m]!;
    if (t.kind !== "word") continue;
    const beforeHead = tokens[m - 2];
    if (
      /^(of|for|on)$/.test(t.norm) &&
      NAME_JOINING_HEADS.test(tokens[m - 1]!.text) &&
      startsUpper(tokens[m + 1]) &&
      !(m - 2 >= a && startsUpper(beforeHead) && !/^(The|A|An)$/.test(beforeHead!.text))
    )
      continue;
    if (/^(for|on)$/.test(t.norm) && ORG_WORDS.test(tokens[m - 1]!.text) && startsUpper(tokens[m + 1])) continue;
    // "Former secretary of state Hillary Clinton", "RNC Chief of Staff Katie Walsh": an office's "of", before the name.
    if (/^(of|from)$/.test(t.norm) && isTitleWord(tokens[m - 1]!) && endsWithName(tokens, m + 1, b)) continue;
    if (HEAD_MODIFIER_OPENERS.test(t.norm) && m > a) return { from: a, to: m };
  }
  return { from: a, to: b };
}

/** A title, capitalised or not ("Secretary", "secretary", "Chief"). */
function isTitleWord(token: Token): boolean {
  return token.kind === "word" && TITLE_WORDS.test(token.text.charAt(0).toUpperCase() + token.text.slice(1));
}

/**
 * The words from `from` to `to` end on a person's name: two capitalised words that are neither a title nor an
 * institution, after a lowercase word of the office ("of state Hillary Clinton") or after the office's own
 * capitalised place ("of Staff Katie Walsh"); two capitals right after "of" are a place ("of New York").
 */
function endsWithName(tokens: Token[], from: number, to: number): boolean {
  const nameWord = (t: Token) => startsUpper(t) && !TITLE_WORDS.test(t.text) && !ORG_WORDS.test(t.text);
  if (to - from < 2 || !nameWord(tokens[to - 1]!) || !nameWord(tokens[to - 2]!)) return false;
  let run = to;
  while (run > from && startsUpper(tokens[run - 1])) run--;
  // ("the director of Argentina's Amnesty International": a possessive makes the run a body's name.)
  for (let k = run; k < to; k++) if (/['’]s$/.test(tokens[k]!.text)) return false;
  if (run === from || /^(the|a|an)$/.test(tokens[run - 1]!.norm)) return to - run >= 3;
  return tokens[run - 1]!.kind === "word" && !PHRASE_PREPOSITIONS.test(tokens[run - 1]!.norm) && tokens[run - 1]!.norm !== "and";
}

/** "The Coast Guard" → "Coast Guard"; "the Center for Biological Diversity" → "Center for Biological Diversity". */
function organizationName(sentence: Sentence, a: number, b: number): string | null {
  const { tokens } = sentence;
  let first = a;
  while (first < b && !/^\p{Lu}/u.test(tokens[first]!.text)) first++;
  if (first < b && /^(The|A|An)$/.test(tokens[first]!.text)) first++;
  // ("a March 14, 2019 NATO press release": the date is when, not who.)
  if (MONTHS.test(tokens[first]?.norm ?? "") && /^\d{1,2}$/.test(tokens[first + 1]?.text ?? "")) {
    first += commaInDate(tokens, first + 2) ? 4 : 2;
    while (first < b && !/^\p{Lu}/u.test(tokens[first]!.text)) first++;
  }
  let last = b - 1;
  while (last > first && !/^\p{Lu}/u.test(tokens[last]!.text)) last--;
  if (first > last) return null;
  return sentence.text.slice(tokens[first]!.start, tokens[last]!.end).replace(/['’]s$/, "");
}

/** "Center for Biological Diversity scientist Tierra Curry": a name after a lowercase description is the person. */
function describedPerson(sentence: Sentence, a: number, b: number): string | null {
  const { tokens } = sentence;
  let r = b;
  while (r > a && startsUpper(tokens[r - 1]) && !TITLE_WORDS.test(tokens[r - 1]!.text)) r--;
  if (b - r < 2 || r === a) return null;
  const before = tokens[r - 1]!;
  if (before.kind !== "word" || startsUpper(before) || DETERMINERS.has(before.norm) || BOUNDARY_WORDS.has(before.norm) || !/^\p{Ll}+$/u.test(before.text))
    return null;
  if (!startsUpper(tokens[a])) return null;
  return sentence.text.slice(tokens[r]!.start, tokens[b - 1]!.end).replace(/['’]s$/, "");
}

function none(): ParsedSpeaker {
  return { mention: null, name: null, role: null, kind: null, anaphor: true, gender: null };
}

export const TITLE_WORDS = wordPattern(ENGLISH_TITLE_WORDS);

const DATING_TITLE_WORDS = wordPattern(ENGLISH_DATING_TITLE_WORDS);
/** A capitalised title a name follows ("Chairman", "Senator"), not a word that only dates one ("Former", "Then"). */
function namesTitle(token: Token): boolean {
  return token.kind === "word" && TITLE_WORDS.test(token.text) && !DATING_TITLE_WORDS.test(token.norm);
}

const NAME_FOLLOWERS = wordPattern(ENGLISH_NAME_FOLLOWERS);

/** The capitalised run starting at `k` ends before a lowercase common noun that closes the phrase at `b` ("… Jefferson Parish officials"). */
function coordinatedModifier(tokens: Token[], k: number, b: number): boolean {
  let m = k;
  while (m < b && /^\p{Lu}/u.test(tokens[m]!.text)) m++;
  return m > k && m === b - 1 && /^\p{Ll}+s$/u.test(tokens[m]!.text);
}

/** "Secretary Said", "Qaboos bin Said": a capitalised cue after a name or its particle goes on with the name. */
function partOfName(tokens: Token[], k: number): boolean {
  const afterName = startsUpper(tokens[k - 1]) || (NAME_PARTICLES.test(tokens[k - 1]?.text ?? "") && startsUpper(tokens[k - 2]));
  return /^(Said|Added|Remarked)$/.test(tokens[k]!.text) && afterName;
}

const NAME_PARTICLES = wordPattern(ENGLISH_NAME_PARTICLES);

/** The longest run of capitalised words that is not a title, or the run right after a title: "Senator Ted Cruz" → "Ted Cruz". */
function personName(sentence: Sentence, a: number, b: number): string | null {
  const { tokens } = sentence;
  let best: [number, number] | null = null;
  let bestTitled = false;
  let runStart = -1;
  for (let k = a; k <= b; k++) {
    const token = tokens[k];
    // ("Supreme Court Justice Ruth Bader Ginsburg": "Justice" before a name is her title; it ends a body's name otherwise.)
    const justiceTitle = token?.text === "Justice" && startsUpper(tokens[k + 1]) && k + 1 < b && !ORG_WORDS.test(tokens[k + 1]!.text);
    const capital = k < b && startsUpper(token) && !justiceTitle && !TITLE_WORDS.test(token!.text.replace(/['’]s$/, "")) && !ORG_WORDS.test(token!.text);
    // ("The Lost 52 Project": a number between capitalised words is part of the name.)
    const numbered = /^\p{N}+$/u.test(token?.text ?? "") && k + 1 < b && /^\p{Lu}/u.test(tokens[k + 1]!.text);
    const joiner = k < b && runStart !== -1 && token!.kind === "word" && (numbered || NAME_PARTICLES.test(token!.text));
    if (capital || joiner) {
      if (runStart === -1) runStart = k;
    } else if (runStart !== -1) {
      // "Polk County GOP Chairman Bill Rogers": the run right after a title is the name, however long the one before.
      const titled = runStart > a && namesTitle(tokens[runStart - 1]!);
      // "The Wisconsin senator", "Sanders supporters": a proper noun before a common noun modifies it and names nobody.
      // ("New Orleans and Jefferson Parish officials": a name coordinated with a modifier modifies the same noun.)
      // ('The "Hamilton" star': so does a quoted name before its noun.)
      const at = token?.kind === "quote" && k + 1 < b ? k + 1 : k;
      const word = tokens[at];
      const modifier =
        at < b &&
        word!.kind === "word" &&
        (/^\p{Ll}/u.test(word!.text) || TITLE_WORDS.test(word!.text)) &&
        (!NAME_FOLLOWERS.test(word!.norm) || (word!.norm === "and" && coordinatedModifier(tokens, at + 1, b)));
      // "Mayor of London Sadiq Khan": the place of an office, right after "of", is the title's, not the name's.
      const office = /^(of|from)$/.test(tokens[runStart - 1]?.norm ?? "") && runStart - 2 >= a && namesTitle(tokens[runStart - 2]!) && k - runStart === 3;
      const from = office ? runStart + 1 : runStart;
      if (!modifier && (!best || titled || office || (!bestTitled && k - from >= best[1] - best[0]))) {
        best = [from, k];
        bestTitled ||= titled || office;
      }
      runStart = -1;
    }
  }
  if (!best) return null;
  const first = tokens[best[0]]!;
  const last = tokens[best[1] - 1]!;
  const name = sentence.text.slice(first.start, last.end).replace(/['’]s$/, "");
  if (NOT_A_NAME.test(name)) return null;
  return name;
}

const NOT_A_NAME = wordPattern(`${ENGLISH_NOT_A_NAME}\n${capitalised(ENGLISH_NAME_BLOCKING_OPENERS)}`);

function englishKind(text: string, name: string | null): SpeakerKind {
  if (ANONYMOUS.test(text) && !name) return "anonymous";
  // ("a White House spokesman", "State Department officials": people of a body.)
  if (!name && ORG_WORDS.test(text) && PERSON_OF_BODY.has(lastWord(text))) return /s$/.test(lastWord(text)) ? "group" : "person";
  if (ORG_WORDS.test(text) && !name) return "organization";
  // ("The WHO said", "the CDC reported": an initialism is a body far more often than a person.)
  if (name && (ORG_WORDS.test(name) || (name === text.replace(/^the\s+/i, "") && /^(?:\p{Lu}\.?){2,6}$/u.test(name)))) return "organization";
  // ("Critics charged …": a plural of people opening the sentence is capitalised, and still no name.)
  if (GROUP_WORDS.test(text) && (!name || GROUP_WORDS.test(name))) return "group";
  if (name) return "person";
  return "unknown";
}

/** After "to": a name, a determiner, a pronoun or a plural starts a noun phrase; anything else reads as a bare verb. */
function startsNounPhrase(token: Token | undefined): boolean {
  return startsUpper(token) || /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me)$|[^s]s$/.test(token?.norm ?? "");
}

const CIRCUMSTANCE_OPENERS = wordPattern(ENGLISH_CIRCUMSTANCE_OPENERS);
/**
 * '"…," he said in a video message to the convention.', '… she said as confetti fluttered down': a phrase
 * after the cue that opens like a circumstance and has no finite verb or quotation of its own says nothing.
 */
function verblessCircumstance(sentence: Sentence, j: number): boolean {
  const { tokens } = sentence;
  // "said to cheers", "said to reporters": an addressee or a circumstance, not what was said.
  // "says by an overwhelming margin": "by" with a manner, as the other prepositions with a place or a time.
  const manner = tokens[j]?.norm === "by" && /^(a|an)$/.test(tokens[j + 1]?.norm ?? "");
  if (!manner && !CIRCUMSTANCE_OPENERS.test(tokens[j]?.norm ?? "")) return false;
  // "recommending to maintain …" is an infinitive: "to" takes a noun phrase here, never a bare verb.
  if (tokens[j]!.norm === "to" && !startsNounPhrase(tokens[j + 1])) return false;
  for (let k = j + 1; k < sentence.to; k++) {
    const t = tokens[k]!;
    // "said Tuesday in Paris, noting that …": a participle clause after the circumstance reports on its own.
    if (isSentenceEnd(t) || (isComma(t) && isNewStatementAt(sentence, k + 1))) return true;
    if (t.kind === "quote" || isColon(t) || t.norm === "that") return false;
    if (
      t.kind === "word" &&
      /^\p{Ll}/u.test(t.text) &&
      (AUXILIARIES.has(t.norm) ||
        IRREGULAR_PAST.has(t.norm) ||
        MODALS.test(t.norm) ||
        /[^e]ed$/.test(t.norm) ||
        (/[^s]s$/.test(t.norm) && tokens[k - 1]?.kind === "word" && (tokens[k - 1]!.norm in PRONOUNS || startsUpper(tokens[k - 1]))))
    )
      return false;
  }
  return true;
}

const NOT_VERBS_IN_S = wordPattern(ENGLISH_NOT_VERBS_IN_S);
/** Right after an attribution between commas, a lowercase verb, auxiliary or -s form ("…, he said, feels right") goes on with the clause before. */
function startsPredicate(token: Token): boolean {
  if (token.kind !== "word" || !/^\p{Ll}/u.test(token.text)) return false;
  return isAuxiliary(token) || isVerbForm(token) || MODALS.test(token.norm) || (/^\p{Ll}+[^su']s$/u.test(token.text) && !NOT_VERBS_IN_S.test(token.norm));
}
const MODALS = wordPattern(ENGLISH_MODALS);
const PARENTHETICAL_SUBORDINATORS = wordPattern(ENGLISH_PARENTHETICAL_SUBORDINATORS);
function parenthetical(sentence: Sentence, start: number, beforeEnd: number, after: number): boolean {
  const { tokens } = sentence;
  const next = tokens[after];
  if (!next || next.kind !== "word" || after >= sentence.to) return false;
  const predicateAfter = startsPredicate(next);
  if (verblessCircumstance(sentence, after) && !predicateAfter) return false;
  // "Unless countries act, they say, the world could suffer …": a subordinate clause waits for its main clause,
  // which may open on a gerund ("If these findings are accurate, scientists say, containing the virus …").
  const subordinate = PARENTHETICAL_SUBORDINATORS.test(tokens[start]!.norm);
  // (Only when the subordinate clause is all there is before the attribution: "Though …, John Kasich appears to …,
  // according to three polls, including one …" has its main clause already.)
  const onlySubordinate = subordinate && !tokens.slice(start, beforeEnd).some((t) => isComma(t));
  if (onlySubordinate && /ing$/.test(next.norm) && !CLAUSE_PARTICIPLES.has(next.norm)) return true;
  if (/ing$/.test(next.norm) || BOUNDARY_WORDS.has(next.norm) || /^(according|as)$/.test(next.norm)) return false;
  let verbBefore = false;
  for (let k = start; k < beforeEnd && !verbBefore; k++)
    verbBefore = tokens[k]!.kind === "quote" || isAuxiliary(tokens[k]!) || isVerbForm(tokens[k]!, tokens[k - 1]);
  return predicateAfter || !verbBefore || subordinate;
}

function relativeClosesSentence(sentence: Sentence, k: number): boolean {
  for (let m = k + 1; m < sentence.to; m++) {
    const t = sentence.tokens[m]!;
    if (isSentenceEnd(t)) return true;
    if ((isComma(t) || isDash(t) || t.kind === "quote") && sentence.depth[m] === sentence.depth[k]) return false;
  }
  return true;
}

const DESCRIBED_SOURCE_OPENERS = wordPattern(ENGLISH_DESCRIBED_SOURCE_OPENERS);
/** After the cue at `i` come only a name or a described person (and their appositions), then the sentence ends. */
function closesWithSpeaker(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  const first = tokens[i + 1];
  // ("…, said several observers.": a quantified group closes the sentence as a name does.)
  if (
    !first ||
    first.kind !== "word" ||
    !(
      startsUpper(first) ||
      DESCRIBED_SOURCE_OPENERS.test(first.norm) ||
      roleThenName(sentence, i + 1) ||
      (headlineInversion(tokens[i]!) && bareNounsClose(sentence, i + 1))
    )
  )
    return false;
  let head = true;
  let k = i + 1;
  for (; k < sentence.to && k - i <= 24; k++) {
    const t = tokens[k]!;
    if (isSentenceEnd(t)) return true;
    // "…, said Trump will exceed expectations": a verb before the first comma makes the words after the cue a clause, not a speaker.
    if (isComma(t) || t.text === "(") head = false;
    if (head && (isAuxiliary(t) || (isVerbForm(t, tokens[k - 1]) && !/ed$/.test(t.norm)))) return false;
    // "…, said Obama failed to address …", "…, said the Khan family deserved better": a past verb after the noun, not
    // a participle describing it ("said officials briefed on the plan").
    if (
      head &&
      k > i + 1 &&
      pastVerb(t) &&
      /^\p{Ll}/u.test(t.text) &&
      tokens[k - 1]!.kind === "word" &&
      !DETERMINERS.has(tokens[k - 1]!.norm) &&
      !participleObject(tokens, k + 1)
    )
      return false;
    // "…, said David Autor, a professor at M.I.T., who is one of the country's foremost specialists …": a relative clause describes the speaker.
    if (isComma(t) && /^(who|whose|which)$/.test(tokens[k + 1]?.norm ?? "")) return true;
    // "…, said a former official who oversaw the investigations.": "who" right after the noun opens the same description.
    if (head && k > i + 1 && /^(who|whose)$/.test(t.norm) && tokens[k - 1]!.kind === "word") return true;
    if (t.kind === "quote" || isColon(t) || (t.kind === "word" && (isCue(t, tokens[k - 1]) || t.norm === "that"))) return false;
  }
  // A headline ends on its source without a full stop ("…, says study", "…, says Fed chair Powell").
  return k === sentence.to;
}

/** The most words of a source named without a determiner ("…, says study", "…, say health officials"). */
const MAX_BARE_SOURCE_WORDS = 3;

/** "…, says study", "…, warns report": only "say" and present forms put a bare source after them ("regular, pledged delegates" is no source). */
function headlineInversion(cue: Token): boolean {
  return /^(say|says|said)$/.test(cue.norm) || (isCueForm(cue) && /[^s]s$/.test(cue.norm));
}

/** "…, says study", "…, say police": headlines and briefs name a source by bare nouns that close the sentence. */
function bareNounsClose(sentence: Sentence, from: number): boolean {
  const { tokens } = sentence;
  for (let k = from; k < sentence.to && k - from <= MAX_BARE_SOURCE_WORDS; k++) {
    const t = tokens[k]!;
    if (isSentenceEnd(t)) return k > from;
    const plainNoun = t.kind === "word" && /^\p{Ll}+$/u.test(t.text) && !/ly$/.test(t.norm);
    const verb = isVerbForm(t, tokens[k - 1]) && !NOUN_FORMS.has(t.norm);
    const closedClass = DETERMINERS.has(t.norm) || t.norm in PRONOUNS || ADVERBS.has(t.norm) || TIME_WORDS.has(t.norm) || isAuxiliary(t);
    if (!plainNoun || closedClass || verb || participleObject(tokens, k)) return false;
  }
  return sentence.to - from <= MAX_BARE_SOURCE_WORDS && sentence.to > from;
}

const PARTICIPLE_PREPOSITIONS = wordPattern(ENGLISH_PARTICIPLE_PREPOSITIONS);
/** "briefed on the plan", "opposed to the deal": a preposition with its noun phrase after a participle. */
function participleObject(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.norm ?? "";
  return PARTICIPLE_PREPOSITIONS.test(word) || (word === "to" && startsNounPhrase(tokens[k + 1]));
}

/** "said former Pennsylvania governor Ed Rendell", "said lobbyist and strategist Charlie Black": a role, then the name it ends on. */
function roleThenName(sentence: Sentence, from: number): boolean {
  const { tokens } = sentence;
  let k = from;
  while (k < sentence.to && k - from < 8 && tokens[k]!.kind === "word" && !isVerbForm(tokens[k]!, tokens[k - 1])) k++;
  const end = tokens[k];
  return k > from + 1 && startsUpper(tokens[k - 1]) && (!end || isComma(end) || isSentenceEnd(end));
}

/** "…," said University of California, San Diego's chancellor, Pradeep Khosla. */
export function speakerAfterCue(sentence: Sentence, i: number): ParsedSpeaker {
  const { tokens } = sentence;
  const segments: Segment[] = [];
  let from = i + 1;
  let m = i + 1;
  for (; m < sentence.to && m - i <= 24; m++) {
    const t = tokens[m]!;
    if (isComma(t)) {
      if (m > from) segments.push({ from, to: m });
      from = m + 1;
      continue;
    }
    // "a former official who oversaw …": the relative clause describes the speaker and is not part of the name.
    // ("reads a Wednesday editorial": after an article the time word modifies the noun.)
    const timeWord = TIME_WORDS.has(t.norm) && !/^(a|an|the)$/.test(tokens[m - 1]!.norm);
    if (t.kind !== "word" || timeWord || (m > i + 1 && /^(who|whose)$/.test(t.norm))) break;
  }
  if (m > from) segments.push({ from, to: m });
  if (segments.length === 0) return none();
  const first = segments[0]!;
  const firstToken = tokens[first.from]!;
  if (first.to - first.from === 1 && firstToken.norm in PRONOUNS) {
    return merged(none(), { mention: { start: firstToken.start, end: firstToken.end, text: firstToken.text }, gender: PRONOUNS[firstToken.norm] ?? null });
  }
  // The segment that holds a person's name is the speaker; the others describe them.
  const chosen =
    segments.find((segment) => {
      const head = headOf(sentence, segment.from, segment.to);
      const headText = sentence.text.slice(tokens[head.from]!.start, tokens[head.to - 1]!.end);
      return (
        !ORG_WORDS.test(headText) &&
        personName(sentence, head.from, head.to) !== null &&
        !/['’]s\b/.test(sentence.text.slice(tokens[segment.from]!.start, tokens[segment.to - 1]!.end))
      );
    }) ?? first;
  const head = headOf(sentence, chosen.from, chosen.to);
  const text = sentence.text.slice(tokens[chosen.from]!.start, tokens[chosen.to - 1]!.end);
  const headText = sentence.text.slice(tokens[head.from]!.start, tokens[head.to - 1]!.end);
  const name =
    describedPerson(sentence, head.from, head.to) ??
    (ORG_WORDS.test(headText) ? organizationName(sentence, head.from, head.to) : personName(sentence, head.from, head.to));
  const others = segments.filter((segment) => segment !== chosen);
  const described = name && text.endsWith(name) ? text.slice(0, text.length - name.length).trim() : text;
  const role =
    others.length > 0
      ? others.map((segment) => sentence.text.slice(tokens[segment.from]!.start, tokens[segment.to - 1]!.end)).join(", ")
      : name && name !== text
        ? described || null
        : null;
  return {
    mention: { start: tokens[chosen.from]!.start, end: tokens[chosen.to - 1]!.end, text },
    name,
    role,
    kind: englishKind(text, name),
    anaphor: false,
    gender: null,
  };
}

export function quoteAfterAttribution(sentence: Sentence, i: number): { start: number; end: number } | null {
  const { tokens, quotes } = sentence;
  for (let k = i + 1; k < sentence.to && k - i <= MAX_INTERRUPTION_TOKENS; k++) {
    // '"…," Mr. Manafort said, adding, "…"', '…," he said, suggesting that …': a second cue brings in a statement of its own.
    if (isCue(tokens[k], tokens[k - 1]) || (isComma(tokens[k - 1]) && CUE_FORMS.has(tokens[k]!.norm))) return null;
    if (isSentenceEnd(tokens[k]!)) {
      // «"…," said his father, following the ceremony. "…" "…"»: the next sentences go on quoting the same speaker.
      let next = quotes.byOpen.get(k + 1);
      const start = next?.start ?? 0;
      let end: number | null = null;
      // A quotation left open at the end of its paragraph goes on in the next one, as news copy marks it.
      while (next && (next.closed || next.close >= sentence.to - 1) && !attributedAfter(sentence, next.close)) {
        end = next.end;
        next = quotes.byOpen.get(next.close + 1);
      }
      return end === null ? null : { start, end };
    }
    if (isComma(tokens[k]) && quotes.byOpen.has(k + 1)) {
      const quote = quotes.byOpen.get(k + 1)!;
      return { start: quote.start, end: quote.end };
    }
    // ('"Only you, Dinesh," she said, would use the occasion …': the sentence goes on unquoted to its predicate.)
    const predicate = tokens[k + 1];
    if (
      isComma(tokens[k]) &&
      k === i + 1 &&
      predicate &&
      (isAuxiliary(predicate) || MODALS.test(predicate.norm) || /^\p{Ll}+[^su']s$/u.test(predicate.text)) &&
      !CUE_FORMS.has(predicate.norm)
    )
      return restOfSentence(sentence, k + 1);
    // '"We stand ready" tweeted Johnson "to provide whatever help we can"': with no comma, a quotation going on in lowercase.
    const going = quotes.byOpen.get(k);
    if (going && nameBetween(tokens, i, k) && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? "") && wordsInside(tokens, going) >= MIN_RESUMED_WORDS)
      return { start: going.start, end: going.end };
  }
  return null;
}

/** From `from` to the sentence's stop, its words only. */
function restOfSentence(sentence: Sentence, from: number): { start: number; end: number } {
  const { tokens } = sentence;
  let last = from;
  while (last + 1 < sentence.to && !(isSentenceEnd(tokens[last + 1]!) && sentence.depth[last + 1] === 0)) last++;
  return { start: tokens[from]!.start, end: tokens[last]!.end };
}

/** Only the cue and a capitalised name, or the name and the cue, between `i` and `k`: "tweeted Johnson", "Johnson tweeted". */
function nameBetween(tokens: Token[], i: number, k: number): boolean {
  if (k - i > 4) return false;
  for (let m = i + 1; m < k; m++) if (tokens[m]!.kind !== "word" || !startsUpper(tokens[m])) return false;
  return true;
}

/** Fewer words after the attribution, with no comma before them, are a quoted term, not the quotation going on. */
const MIN_RESUMED_WORDS = 3;

/** The longest attribution between two parts of one quotation ('…," said Paul Chipok, a lawyer in Orlando who …. "…'). */
const MAX_INTERRUPTION_TOKENS = 30;

/** "…," he told Scientific American, "…": one statement across the interruption, the attribution left out of its words. */
export function acrossInterruption(sentence: Sentence, cue: number, quote: Quote): Pick<Candidate, "start" | "end" | "interruptions"> {
  const resumed = quoteAfterAttribution(sentence, cue);
  if (!resumed) return { start: quote.start, end: quote.end };
  return { start: quote.start, end: resumed.end, interruptions: [{ start: quote.end, end: resumed.start }] };
}

/** A quotation followed by its own attribution ("…," she said) belongs to that cue. */
function attributedAfter(sentence: Sentence, close: number): boolean {
  const { tokens } = sentence;
  for (let k = close + 1; k < sentence.to && k <= close + 5; k++) {
    if (isCue(tokens[k], tokens[k - 1])) return true;
    if (isSentenceEnd(tokens[k]!) || sentence.quotes.byOpen.has(k)) return false;
  }
  return false;
}

const AFTER_AS_VERB = wordPattern(ENGLISH_AFTER_AS_VERB);

/**
 * "As Vulture put it, "…"", "As House Speaker Paul Ryan has pointed out, that's …", "As reported by Western
 * Journalism, …": an "as" clause whose verb reports, with no object of its own, attributes the clause after its
 * comma ("As Trump arrived, …" and "As he said the words, …" do not).
 */
function asTheSourcePutIt(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  const comma = nextComma(sentence, i + 1);
  if (comma === undefined || comma - i > 18 || comma - i < 3) return null;
  let source: ParsedSpeaker;
  let verb: number;
  if (/ed$/.test(tokens[i + 1]!.norm) && tokens[i + 2]?.norm === "by" && isCueForm(tokens[i + 1]!)) {
    verb = i + 1;
    source = sourceBetween(sentence, i + 3, comma);
  } else {
    // "As Trump arrived, …", "As he said the words, …": a time clause, or a verb with an object of its own.
    verb = -1;
    for (let k = i + 2; k < comma && verb === -1; k++)
      if (isAuxiliary(tokens[k]!) || isVerbForm(tokens[k]!, tokens[k - 1]) || tokens[k]!.norm === "put") verb = k;
    if (verb === -1) return null;
    source = sourceBetween(sentence, i + 1, verb);
    while (isAuxiliary(tokens[verb]!) && verb + 1 < comma) verb++;
    const spoken =
      isCueForm(tokens[verb]!) || (tokens[verb]!.norm === "put" && tokens[verb + 1]?.norm === "it") || /^(sang|sings|quipped|joked)$/.test(tokens[verb]!.norm);
    if (!spoken) return null;
    for (let k = verb + 1; k < comma; k++) if (!AFTER_AS_VERB.test(tokens[k]!.norm) && !/ly$/.test(tokens[k]!.norm) && !startsUpper(tokens[k])) return null;
  }
  if (!source.mention || (!source.name && source.kind === "unknown" && !/^(the|a|an)\s/i.test(source.mention.text))) return null;
  const span = buildSpan(sentence, comma + 1, isNewStatementAt);
  if (!span) return null;
  return merged(span, { cue: tokens[verb]!.text }, source, { confidence: 0.75 });
}

/** "According to Jane Doe, …" and "…, according to police." */
function accordingTo(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  let end = i + 2;
  let sourceEnd = -1;
  while (
    end < sentence.to &&
    (tokens[end]!.kind === "word" ||
      (tokens[end]!.kind === "punct" && /['’.-]/.test(tokens[end]!.text) && !isSentenceEnd(tokens[end]!)) ||
      pluralPossessive(sentence, end) ||
      commaInDate(tokens, end)) &&
    end - i < MAX_ACCORDING_TO_SOURCE
  ) {
    // "according to the mayor of Yartsevo via news agency Interfax": the relay is not the source.
    if (end > i + 2 && tokens[end]!.norm === "via") break;
    // "according to Philippine officials on Thursday": the day is when, not who; the frame still ends at the comma.
    const when = end > i + 2 && /^(on|last|this|earlier)$/.test(tokens[end]!.norm) && TIME_BEFORE_CUE.test(tokens[end + 1]?.norm ?? "");
    if (when && tokens[end + 2]?.kind !== "word") sourceEnd = end;
    end++;
  }
  if (end === i + 2) return null;
  // "according to a report on Wednesday by UpGuard": the source is the author of the document.
  let from = i + 2;
  for (let m = from; m < end - 1; m++) if (tokens[m]!.norm === "by" && startsUpper(tokens[m + 1])) from = m + 1;
  return framedBySource(sentence, i, end, sourceBetween(sentence, from, sourceEnd === -1 ? end : sourceEnd), "according to");
}

/** "a March 14, 2019 NATO press release": the comma between a day of a month and its year. */
function commaInDate(tokens: Token[], k: number): boolean {
  return isComma(tokens[k]) && /^\d{1,2}$/.test(tokens[k - 1]?.text ?? "") && MONTHS.test(tokens[k - 2]?.norm ?? "") && YEAR.test(tokens[k + 1]?.text ?? "");
}

/** "the United Nations' Food and Agriculture Organization": an apostrophe after a plural that pairs with no quotation mark. */
function pluralPossessive(sentence: Sentence, k: number): boolean {
  const token = sentence.tokens[k]!;
  return token.kind === "quote" && /^['’]$/.test(token.text) && !sentence.quotes.byOpen.has(k) && !sentence.quotes.byClose.has(k);
}

const VIEW_NOUNS = wordPattern(ENGLISH_VIEW_NOUNS);
const POSSESSIVE = /^(.+?)['’]s?$/u;
const POSSESSIVE_PRONOUNS: Record<string, Gender | null> = { his: "m", her: "f", their: "plural" };

/** "in Bolton's view", "in Professor Knittel's opinion": an according-to frame whose source is the possessor. */
function inTheViewOf(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  for (let k = i + 2; k < sentence.to && k - i <= 6; k++) {
    if (!VIEW_NOUNS.test(tokens[k]!.norm)) continue;
    const owner = tokens[k - 1]!;
    // "In his view, …": the possessive pronoun is reported as written, resolved like a subject pronoun.
    const pronoun = POSSESSIVE_PRONOUNS[owner.norm];
    if (pronoun !== undefined && k === i + 2) {
      const mention = { start: owner.start, end: owner.end, text: owner.text };
      return framedBySource(sentence, i, k + 1, merged(none(), { mention, gender: pronoun }), cueText(sentence, i, k + 1));
    }
    const possessor = POSSESSIVE.exec(owner.text);
    if (!possessor || !startsUpper(owner)) return null;
    const speaker = sourceBetween(sentence, i + 1, k);
    // The mention is the words that name the source, the possessive's ending left out.
    const end = owner.start + possessor[1]!.length;
    const mention = { start: speaker.mention!.start, end, text: sentence.text.slice(speaker.mention!.start, end) };
    const name = speaker.name?.replace(/['’]s?$/u, "") ?? mention.text;
    return framedBySource(sentence, i, k + 1, merged(speaker, { mention, name, kind: englishKind(mention.text, name) }), cueText(sentence, i, k + 1));
  }
  return null;
}

/**
 * "In an NBC News/Wall Street Journal poll released Monday, 50 percent chose Clinton": a poll that opens the
 * sentence reports what follows, as "according to" it would. (One that closes it, "… leads in the polls.", was
 * tried: a third of what it found was annotated.)
 */
const POLL_NOUNS = /^(poll|polls|polling|survey|surveys)$/;
function inThePoll(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  let poll = -1;
  for (let k = i + 1; k < sentence.to && k - i <= 14; k++) {
    if (isComma(tokens[k])) return poll === -1 ? null : framedBySource(sentence, i, k, sourceBetween(sentence, i + 1, k), "In");
    const t = tokens[k]!;
    if (isSentenceEnd(t) || t.kind === "quote" || t.kind === "break" || (t.kind === "word" && BOUNDARY_WORDS.has(t.norm))) return null;
    if (POLL_NOUNS.test(t.norm)) poll = k;
  }
  return null;
}

function cueText(sentence: Sentence, from: number, end: number): string {
  return sentence.text.slice(sentence.tokens[from]!.start, sentence.tokens[end - 1]!.end);
}

const PHRASE_OPEN_BEFORE_FRAME = wordPattern(ENGLISH_PHRASE_OPEN_BEFORE_FRAME);
/**
 * The content a source frame (tokens `i` to `end`) attributes: the clause after it when it opens the sentence,
 * the rest of the sentence when it is inserted after a subject or a short phrase, the clause before it otherwise.
 */
function framedBySource(sentence: Sentence, i: number, end: number, speaker: ParsedSpeaker, cue: string): Candidate | null {
  const { tokens } = sentence;
  // "But according to interviews, he wants …", "…: According to recent polls, Trump holds …": the frame opens its clause.
  const start0 = sentence.clauseStart(i);
  const atStart = i === start0 || (i - 1 === start0 && /^(but|and|yet|so)$/.test(tokens[i - 1]!.norm)) || isColon(tokens[i - 1]);
  let span;
  let stop = i;
  if (isComma(tokens[stop - 1])) stop--;
  const start = sentence.clauseStart(i);
  // "Longer term, according to Jim Bridenstine, the goal is …": a short phrase before the attribution and the
  // statement after it; "Local authorities, according to Maritime Bulletin, have noted …": a subject, then its verb.
  // "followed by, according to varying reports, nearly 2000 people": a phrase cut before its object.
  const cut = PHRASE_OPEN_BEFORE_FRAME.test(tokens[stop - 1]?.norm ?? "");
  const inserted =
    !atStart &&
    isComma(tokens[end]) &&
    isComma(tokens[i - 1]) &&
    (stop - start <= 4 || cut) &&
    tokens[end + 1]?.kind === "word" &&
    /^[\p{Ll}\p{N}]/u.test(tokens[end + 1]!.text) &&
    !BOUNDARY_WORDS.has(tokens[end + 1]!.norm);
  // "At the heart of the trouble, according to Dennis Ross, another envoy, was a decision …": the sentence goes on
  // past the attribution (and an apposition of its source), and the statement is the whole of it.
  const resume = !atStart && !inserted && isComma(tokens[end]) && isComma(tokens[i - 1]) ? afterApposition(sentence, end) : -1;
  if (resume !== -1 && parenthetical(sentence, start, stop, resume)) {
    const rest = buildSpan(sentence, resume, (unit, k) => k > resume + 2 && isNewStatementAt(unit, k));
    // The frame inside the statement is left out of its words, as an attribution inside a quotation is.
    const frame = { start: tokens[stop - 1]!.end, end: tokens[resume]!.start };
    span = rest ? merged(rest, { start: tokens[start]!.start, type: "indirect" as const, interruptions: [frame] }) : null;
  } else if (atStart && isComma(tokens[end])) {
    // "According to the El Paso mayor, Dee Margo, police were …": the name in apposition is the source's, not the statement's.
    const named = nameInSourceApposition(sentence, end, speaker);
    if (named) return framedBySource(sentence, i, named.close, named.speaker, cue);
    const aside = sourceAsideAfter(sentence, end, speaker);
    if (aside !== -1) return framedBySource(sentence, i, aside, speaker, cue);
    span = buildSpan(sentence, end + 1, isNewStatementAt);
    // "According to investigators, Zhukovskyy said he had …": the frame holds another source's report, which is the statement.
    if (span && subjectOfNextCue(sentence, end + 1, span.end)) return null;
  } else if (inserted) {
    // The subject's own verb ("have noted") is part of the statement, not a cue of its own.
    // ("The drug, according to the company, cut the risk …": a finite verb too.)
    const verbFirst = AUXILIARIES.has(tokens[end + 1]!.norm) || isVerbForm(tokens[end + 1]!, tokens[end]) || IRREGULAR_PAST.has(tokens[end + 1]!.norm);
    const rest = buildSpan(sentence, end + 1, verbFirst ? (unit, k) => k > end + 3 && isNewStatementAt(unit, k) : isNewStatementAt);
    span = rest && verbFirst ? merged(rest, { start: tokens[start]!.start }) : rest;
  } else {
    if (stop <= start) return null;
    span = buildSpan(sentence, start, isNewStatementAt, stop);
  }
  if (!span) return null;
  return merged(span, { cue }, speaker, { confidence: 0.75 });
}

/** The most words an according-to source runs to: "early results of the exit poll conducted by … for …". */
const MAX_ACCORDING_TO_SOURCE = 30;

/** The words from `from` to `end` are only the subject of a cue right after them: no verb of their own. */
function subjectOfNextCue(sentence: Sentence, from: number, end: number): boolean {
  const { tokens } = sentence;
  let k = from;
  while (k < sentence.to && tokens[k]!.start < end) k++;
  // ("…, the prosecutor general of Tehran, Ali Alghasi Mehr, said": the subject's apposition closes on a comma.)
  if (isComma(tokens[k])) k++;
  return k < sentence.to && isCue(tokens[k], tokens[k - 1]) && !hasVerb(sentence, from, end);
}

/** The most words of an aside after an according-to source: "director of the Learning Together event". */
const MAX_SOURCE_ASIDE_TOKENS = 8;
const MAX_SOURCE_RELATIVE_TOKENS = 30;

/**
 * "According to police in Baytown, Texas, Zhukovskyy has …", "According to a post by Amy Cook, director of the event,
 * the tusk came …": the comma after the source opens its place's state or a named source's role; where that aside's
 * comma stands, or -1.
 */
function sourceAsideAfter(sentence: Sentence, comma: number, source: ParsedSpeaker): number {
  const { tokens } = sentence;
  const first = tokens[comma + 1];
  if (first?.kind !== "word") return -1;
  // ("According to Professor Sergey Dydykin, who is both co-chairman of …, in the United States …": a relative clause.)
  if (/^(who|whose)$/.test(first.norm)) {
    for (let k = comma + 2; k < sentence.to && k - comma <= MAX_SOURCE_RELATIVE_TOKENS; k++) {
      if (isComma(tokens[k])) return tokens[k + 1]?.kind === "word" ? k : -1;
      if (tokens[k]!.kind === "quote" || isSentenceEnd(tokens[k]!)) return -1;
    }
    return -1;
  }
  const place = startsUpper(first) && tokens[comma - 2]?.norm === "in";
  const role = /^\p{Ll}/u.test(first.text) && !!source.name && source.kind === "person" && !DETERMINERS.has(first.norm) && !(first.norm in PRONOUNS);
  // ("According to the report, released Monday by the inspector general, the agency …": a participle describes the document.)
  if (/^\p{Ll}+ed$/u.test(first.text) || IRREGULAR_PAST.has(first.norm)) return participleAsideEnd(sentence, comma);
  if (!place && !role) return -1;
  for (let k = comma + 1; k < sentence.to && k - comma <= MAX_SOURCE_ASIDE_TOKENS; k++) {
    const t = tokens[k]!;
    if (isComma(t)) return k > comma + 1 && tokens[k + 1]?.kind === "word" ? k : -1;
    if (t.kind !== "word" || isAuxiliary(t) || isVerbForm(t, tokens[k - 1]) || (place && !startsUpper(t))) return -1;
  }
  return -1;
}

/** The comma that closes a participle aside opened at `comma` ("released Monday by the inspector general,"), or -1. */
function participleAsideEnd(sentence: Sentence, comma: number): number {
  const { tokens } = sentence;
  for (let k = comma + 2; k < sentence.to && k - comma <= MAX_SOURCE_ASIDE_TOKENS + 4; k++) {
    const t = tokens[k]!;
    if (isComma(t)) return tokens[k + 1]?.kind === "word" ? k : -1;
    if (t.kind === "quote" || isSentenceEnd(t) || isAuxiliary(t)) return -1;
  }
  return -1;
}

const TIME_PHRASE_OPENERS = wordPattern(ENGLISH_TIME_PHRASE_OPENERS);
/** The name after a described source and its comma, up to the comma that closes it, when a clause with its own subject follows. */
function nameInSourceApposition(sentence: Sentence, comma: number, source: ParsedSpeaker): { close: number; speaker: ParsedSpeaker } | null {
  const { tokens } = sentence;
  if (source.name || !source.mention || !/^\p{Ll}/u.test(lastWord(source.mention.text))) return null;
  let close = comma + 1;
  while (close < sentence.to && close - comma <= 5 && startsUpper(tokens[close]) && tokens[close]!.kind === "word") close++;
  const next = tokens[close + 1];
  if (close - comma < 3 || !isComma(tokens[close]) || next?.kind !== "word" || isAuxiliary(next) || isVerbForm(next, tokens[close]) || /^\d/.test(next.text))
    return null;
  // ("According to an FBI summary, Cheryl Mills, a top Clinton aide, sent …": a second apposition makes the name the clause's subject;
  // "…, Dee Margo, during the weekend, police were …": a phrase of time or place between commas is none.)
  const circumstance = TIME_PHRASE_OPENERS.test(next.norm) && subjectAfterAside(sentence, close + 1);
  for (let k = close + 1; !circumstance && k < sentence.to && k - close <= 8; k++) {
    if (commaOrDash(tokens[k])) return null;
    if (isAuxiliary(tokens[k]!) || isVerbForm(tokens[k]!, tokens[k - 1])) break;
  }
  const name = personName(sentence, comma + 1, close);
  if (!name || !name.includes(" ")) return null;
  const mention = { start: source.mention.start, end: tokens[close - 1]!.end, text: sentence.text.slice(source.mention.start, tokens[close - 1]!.end) };
  return { close, speaker: merged(source, { mention, name, role: source.mention.text.replace(/^the\s+/i, ""), kind: "person" as const }) };
}

/** "during the weekend, police were …": the aside from `from` closes on a comma within a few words and a subject, not a verb, follows. */
function subjectAfterAside(sentence: Sentence, from: number): boolean {
  const { tokens } = sentence;
  for (let k = from + 1; k < sentence.to && k - from <= 6; k++) {
    if (!isComma(tokens[k])) continue;
    const next = tokens[k + 1];
    return next?.kind === "word" && !isAuxiliary(next) && !isVerbForm(next, tokens[k]);
  }
  return false;
}

const APPOSITION_OPENERS = wordPattern(ENGLISH_APPOSITION_OPENERS);
/** After the comma at `comma`, the first word past an apposition of the source ("Dennis Ross, another envoy, was"). */
function afterApposition(sentence: Sentence, comma: number): number {
  const { tokens } = sentence;
  const next = tokens[comma + 1];
  if (!next || next.kind !== "word" || !APPOSITION_OPENERS.test(next.norm)) return comma + 1;
  for (let k = comma + 2; k < sentence.to && k - comma <= 10; k++) {
    if (isComma(tokens[k])) return k + 1;
    if (isSentenceEnd(tokens[k]!) || isAuxiliary(tokens[k]!) || isVerbForm(tokens[k]!, tokens[k - 1])) return comma + 1;
  }
  return comma + 1;
}

const MAX_COORDINATED_SUBJECT = 8;
function subjectThenCue(sentence: Sentence, from: number): boolean {
  const { tokens } = sentence;
  if (tokens[from]?.kind !== "word" || BOUNDARY_WORDS.has(tokens[from].norm)) return false;
  for (let m = from + 1; m < sentence.to && m - from <= MAX_COORDINATED_SUBJECT; m++) {
    const t = tokens[m]!;
    if (t.kind !== "word" || BOUNDARY_WORDS.has(t.norm)) return false;
    if (isCueForm(t)) return !isAuxiliary(tokens[from]) && !isVerbForm(tokens[from]);
  }
  return false;
}

/** "railed", "took", "accused": a verb that tells what happened rather than what was reported. */
function pastVerb(token: Token | undefined): boolean {
  return !!token && isVerbForm(token) && (/[^e]ed$/.test(token.norm) || IRREGULAR_PAST.has(token.norm));
}

/** '…, referring to', '…Cleveland," referring to': a comma before `k`, also one inside a closing quotation mark. */
function followsComma(sentence: Sentence, k: number): boolean {
  const { tokens } = sentence;
  // ("… "nothing wrong with that" — asserting that …": a dash sets off a participle clause as a comma does.)
  return commaOrDash(tokens[k - 1]) || (tokens[k - 1]?.kind === "quote" && sentence.quotes.byClose.has(k - 1) && isComma(tokens[k - 2]));
}

/** Tokens from "while" to the cue of a contrasted source's own report. */
const MAX_CONTRAST_SUBJECT = 12;

/** "… before insisting …", "… while adding …": a subordinator that opens a reporting participle clause. */
export function opensSubordinateReport(sentence: Sentence, k: number): boolean {
  return SUBORDINATE_OPENERS.test(sentence.tokens[k]?.norm ?? "") && reportingParticiple(sentence.tokens[k + 1]);
}

/** "…, further saying", "…, later adding": an adverb between the comma and a participle leaves it after the comma. */
function adverbAfterComma(sentence: Sentence, k: number): boolean {
  const token = sentence.tokens[k];
  if (token?.kind !== "word" || !(ADVERBS.has(token.norm) || mannerAdverb(token)) || !followsComma(sentence, k)) return false;
  // ("In 2014, also suggesting …, de Vera et al studied": after an opening phrase with no verb the participle opens the sentence.)
  return hasVerb(sentence, sentence.clauseStart(k), token.start);
}

function cueBetween(sentence: Sentence, from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (isCue(sentence.tokens[m], sentence.tokens[m - 1])) return true;
  return false;
}

const AFTER_BUT_NEW_CLAUSE = wordPattern(ENGLISH_AFTER_BUT_NEW_CLAUSE);
/** A new statement starts at a cue after a comma or a conjunction, or at "according to". */
export function isNewStatementAt(sentence: Sentence, k: number): boolean {
  const { tokens } = sentence;
  // (Past the sentence's end, as after a text that stops at "said,", nothing starts.)
  if (k >= sentence.to) return false;
  const token = tokens[k]!;
  // ('declared the need for drive: "Change the world …," she said.': a quotation with its own attribution is its own.)
  const colonQuote = isColon(token) ? sentence.quotes.byOpen.get(k + 1) : undefined;
  if (colonQuote?.closed && endsOpen(tokens, colonQuote.close) && attributedAfter(sentence, colonQuote.close)) return true;
  if (opensSubordinateReport(sentence, k)) return true;
  if (token.norm === "according" && tokens[k + 1]?.norm === "to" && isComma(tokens[k - 1])) return true;
  const afterComma = followsComma(sentence, k);
  if (token.kind === "word" && CLAUSE_PARTICIPLES.has(token.norm) && afterComma) return true;
  if (CLAUSE_PARTICIPLES.has(tokens[k + 1]?.norm ?? "") && adverbAfterComma(sentence, k)) return true;
  // "saying she's experienced "on paper" but suggesting that …", "… and calling McConnell a liar": a second participle clause.
  if ((token.norm === "and" || token.norm === "but") && reportingParticiple(tokens[k + 1]) && participleClauseBefore(sentence, k)) return true;
  // ('lamented the "disheartened" state of the campaign and criticized the …': a judgement is a cue here too.)
  const next = tokens[k + 1];
  if (
    (token.norm === "and" || token.norm === "but") &&
    next?.kind === "word" &&
    (isCue(next, token) || CUE_FORMS.get(next.norm)?.has("judgement")) &&
    /ed$|^(says|said|told|wrote)$/.test(next.norm)
  )
    return true;
  // "…, but did not suggest …", "…, but he sounded a nostalgic note", "…, however this time …": after a comma, the
  // narrator goes on with the speaker's next act or a contrast of their own.
  if (afterComma && token.norm === "but" && AFTER_BUT_NEW_CLAUSE.test(tokens[k + 1]?.norm ?? "")) return true;
  if (afterComma && token.norm === "however" && tokens[k + 1]?.kind === "word") return true;
  // "…, and he railed against the moderators": the speaker as a pronoun with a verb in the past is the narrator going on.
  if (token.norm === "and" && /^(he|she|they)$/.test(tokens[k + 1]?.norm ?? "") && pastVerb(tokens[k + 2])) return true;
  // "…; 26 percent of Democrats say …": a semicolon joins sentences that could stand alone, as clauseStart reads it.
  if (tokens[k - 1]?.text === ";" && token.kind === "word") return true;
  // "…, and more than 4 in 10 said …", "…, compared with 41 percent for …": another source, or the narrator's comparison.
  if (afterComma && (token.norm === "and" || token.norm === "but") && subjectThenCue(sentence, k + 1)) return true;
  if (afterComma && /^(compared|comparing)$/.test(token.norm) && /^(with|to)$/.test(tokens[k + 1]?.norm ?? "")) return true;
  // "… exchanges between Carter and Eric Fanning, who was his chief of staff at the time.": a relative clause that
  // closes the sentence describes the last name for the reader; one with a comma after it goes on with the content.
  // "…, where Republicans will select a nominee.", "…, a swipe at the disturbances.": the same for a place's relative
  // clause and for an apposition to the last noun.
  // ('him a "moderate," a subtle dig at …', '… — a reaction to …': after a quotation's comma or a dash too.)
  if (afterComma && /^(who|which|whose|where)$/.test(token.norm)) return relativeClosesSentence(sentence, k);
  if (afterComma && /^(a|an|another)$/.test(token.norm) && relativeClosesSentence(sentence, k)) return true;
  // "…, and has championed an agenda …": a verb with no subject of its own after ", and" is the speaker's next act.
  if (afterComma && token.norm === "and" && (pastVerb(tokens[k + 1]) || (/^(has|have)$/.test(tokens[k + 1]?.norm ?? "") && pastVerb(tokens[k + 2]))))
    return true;
  // "… while Sanders suggests the former secretary is …": a contrast with a report of its own.
  // ("…, though she cautioned that …": after a comma, a concession with a report of its own too.)
  if (/^(while|whereas)$/.test(token.norm) || (afterComma && /^(though|although)$/.test(token.norm))) {
    // ("… while Maine Sen. Susan Collins and Texas Rep. Louis Gohmert suggested …": the subject may be long, never a clause.)
    for (let m = k + 1; m < sentence.to && m - k <= MAX_CONTRAST_SUBJECT; m++) {
      if (isCue(tokens[m], tokens[m - 1]) || CUE_FORMS.get(tokens[m]!.norm)?.has("judgement")) return true;
      if (tokens[m]!.kind !== "word" && tokens[m]!.text !== ".") break;
    }
  }
  return attributionAfterComma(sentence, k);
}

/** "…, Smith told Wikinews, …": a cue shortly after a comma opens another attribution. */
function attributionAfterComma(sentence: Sentence, k: number): boolean {
  const { tokens } = sentence;
  if (!isCue(tokens[k], tokens[k - 1]) || tokens[k + 1]?.norm === "by") return false;
  for (let m = k - 1; m >= sentence.from && m >= k - 6; m--) {
    // ("In the book, Bolton claims Trump asked …": a cue after the comma governs this one, which is reported within its content.)
    if (isComma(tokens[m]) || isQuotationMark(sentence, m)) return !cueBetween(sentence, m + 1, k);
    // ('told "Good Morning America" that he agrees …': a cue in a "that" clause is reported within the content.)
    if (tokens[m]!.kind !== "word" || tokens[m]!.norm === "that") return false;
  }
  return false;
}
