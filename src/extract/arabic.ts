import {
  ACCORDING_TO,
  ADVERBIAL_ACCUSATIVES,
  ANONYMITY_CLAUSES,
  ANONYMITY_COMPLEMENTS,
  ANONYMOUS_HEADS,
  ANONYMOUS_MARKERS,
  AUDIENCES,
  BARE_COMPLEMENTISERS,
  BEING_VERBS,
  CIRCUMSTANCE_NOUNS,
  CIRCUMSTANCE_STARTERS,
  CONJUNCTION_BREAKS,
  CUES,
  DEMONSTRATIVES,
  DISPLAYS,
  DOCUMENT_HEADS,
  FEMININE_PLURAL_BODIES,
  GLOSS_NOUNS,
  GROUP_WORDS,
  HONORIFIC_PRONOUNS,
  INTRODUCING_VERBS,
  IN_THE_WORDS_NOUNS,
  ISSUING_VERBS,
  MANNER_NOUNS,
  MASDAR_CUES,
  MEDIA_HEADS,
  MEDIA_OUTLETS,
  MEDIA_PREFIXES,
  NARRATOR_CONTINUATIONS,
  NARRATOR_OPENERS,
  NARRATOR_SETTINGS,
  NEVER_NAME_WORDS,
  NOT_IN_SUBJECT,
  OBJECT_IN_CONTENT,
  ORGANIZATION_HEADS,
  PHRASE_PREPOSITIONS,
  PLACES,
  PLURAL_HEADS,
  PREPOSITIONS,
  PRONOUN_COMPLEMENTISERS,
  PRONOUN_OBJECTS,
  QUANTIFIERS,
  RELATIONAL_HEADS,
  RELATIVE_PRONOUNS,
  REPEATING_VERBS,
  REVEALING_OBJECTS,
  ROLE_ADJECTIVES,
  ROLE_HEADS,
  SIDE_WORDS,
  SOURCELESS,
  SPEECH_ACT_VERBS,
  SPEECH_NOUNS,
  STATUS_ADJECTIVES,
  SUBJECT_ENDERS,
  SUBORDINATORS,
  TIME_SPAN_NOUNS,
  TIME_WORDS,
  TITLES,
  UNSTATED_VERBS,
  VERBAL_NOUNS,
  WORDS_IN_WAW,
  genderOf,
  type CueEntry,
} from "./arabic-lexicon.ts";
import { normalizeWord } from "./normalize.ts";
import type { Quote } from "./quotes.ts";
import { boundedMemo } from "./memo.ts";
import { antecedentOnly, buildSpan, merged, scanWords, type Sentence } from "./span.ts";
import { isColon, isComma, isSentenceEnd, type Token } from "./tokenize.ts";
import type { Candidate, Gender, SpeakerFields, SpeakerKind, StatementType } from "./types.ts";

const MAX_SPEAKER_TOKENS = 30;
/** «معهد "سي دي هاو"»: a mention that opens a quotation mark takes its closing one too. */
function balancedMention(text: string, start: number, end: number): { start: number; end: number; text: string } {
  let marks = 0;
  for (let k = start; k < end; k++) if ('"“”«»„'.includes(text[k]!)) marks++;
  const closing = marks % 2 === 1 ? /^\s*["“”«»„]/.exec(text.slice(end, end + 3)) : null;
  const last = closing ? end + closing[0].length : end;
  return { start, end: last, text: text.slice(start, last) };
}

/** The closed quotation of at most `maxTokens` tokens opening at `k` inside the sentence: a quoted name («لـ"الوطن"»). */
function shortQuotedName(sentence: Sentence, k: number, maxTokens: number): Quote | null {
  const quote = sentence.quotes.byOpen.get(k);
  return quote?.closed && quote.close - quote.open <= maxTokens && quote.close < sentence.to ? quote : null;
}

/** «وجاء في البيان», «وورد فيه»: جاء/ورد report a document only with «في» (or «أيضا في») after them. */
function introducesDocument(tokens: Token[], i: number, cue: CueEntry): boolean {
  return (cue.lemma === "جاء" || cue.lemma === "ورد") && /^(في|فيه|فيها|ايضا|كذلك)$/.test(tokens[i + 1]?.norm ?? "");
}

/** After a circumstance opening at `k` («في تصريح لـ"الوطن"», «عبر حسابه», «بصراحة»): where it ends, or -1 when none opens there. */
function circumstanceEnd(sentence: Sentence, k: number, to: number): number {
  const token = sentence.tokens[k]!;
  if (isComma(token)) return k + 1;
  if (!opensCircumstance(token)) return -1;
  const phrase = opensPrepositionalPhrase(token) || inLexicon(PREPOSITIONS, token.norm) || inLexicon(CIRCUMSTANCE_STARTERS, token.norm);
  return phrase ? Math.max(k + 1, prepositionalPhraseEnd(sentence, k, to)) : k + 1;
}

/** The subject after a verb at `verb`: up to a preposition, free or joined to a noun («هكذا علق الوزير على القرار»). */
function subjectAfterVerb(sentence: Sentence, verb: number): ParsedSpeaker {
  const { tokens } = sentence;
  let end = verb + 1;
  while (end < sentence.to && tokens[end]!.kind === "word" && !PREPOSITIONS.has(tokens[end]!.norm) && !(end > verb + 1 && joinedPreposition(tokens[end]!.norm)))
    end++;
  // «بهذه الكلمات اختتم الوزير حديثه»: the subject ends before the verb's object.
  return parseSpeaker(sentence, verb + 1, subjectEnd(tokens, verb + 1, end));
}

/** A word that may be ب or ل joined to the next noun; a place whose name begins with the letter («لندن», «برلين») is whole. */
function joinedPreposition(norm: string): boolean {
  return /^[بل]/.test(norm) && norm.length > 3 && !PLACES.has(norm);
}

/** «لرويترز», «للجزيرة», «للصحفيين»: ل joined to a news outlet's name or an audience. */
function toldOutlet(norm: string): boolean {
  if (norm[0] !== "ل" || norm.length < 3) return false;
  const outlet = norm.slice(1);
  // «للصحفيين», «للحضور»: ل and the article's ل written as one, before an audience.
  const definite = outlet[0] === "ل" ? `ا${outlet}` : null;
  return MEDIA_OUTLETS.has(outlet) || (definite !== null && (MEDIA_OUTLETS.has(definite) || AUDIENCES.has(definite)));
}

/** «معلومة مؤكدة», «ادعاءات غير مؤكدة»: a participle right after «غير» or agreeing with the indefinite noun before it describes that noun. */
function agreesAsAdjective(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (previous?.kind !== "word" || /^[وف]/.test(tokens[i]!.norm)) return false;
  if (previous.norm === "غير") return true;
  const feminine = /ه$/.test(tokens[i]!.norm);
  return (
    feminine &&
    !/^ال/.test(previous.norm) &&
    (/ه$/.test(previous.norm) || /ات$/.test(previous.norm)) &&
    !isComplementiser(tokens[i + 1]) &&
    !isColon(tokens[i + 1])
  );
}

/**
 * After a comma, the narrator's setting of the report: «وذلك خلال مؤتمر …», «جاء ذلك في كلمة …», «يأتي ذلك في
 * إطار …», «في كلمة ألقاها …», «في وقت …», «ويذكر أن …», «علما بأن …», «وكانت الحكومة قد …».
 */
function narratorCircumstance(sentence: Sentence, k: number): boolean {
  const { tokens } = sentence;
  const norm = tokens[k]!.norm;
  const next = tokens[k + 1]?.norm ?? "";
  const setting = (word: string) => word === "في" || word === "علي" || inLexicon(NARRATOR_SETTINGS, word) || inLexicon(CIRCUMSTANCE_STARTERS, word);
  if (inLexicon(NARRATOR_SETTINGS, norm)) return true;
  if (/^و?ذلك$/.test(norm)) return setting(next);
  if (/^(جاء|ياتي|وياتي|وجاء)$/.test(norm) && next === "ذلك") return setting(tokens[k + 2]?.norm ?? "");
  if (norm === "في") return CIRCUMSTANCE_NOUNS.has(next) || next === "وقت" || next === "ظل";
  if (inLexicon(NARRATOR_OPENERS, norm)) return true;
  if (/^وكان(ت)?$/.test(norm)) {
    for (let j = k + 1; j < Math.min(sentence.to, k + 6); j++) if (tokens[j]!.norm === "قد") return true;
  }
  return false;
}

/** «بصراحة», «بالتفصيل»: ب, perhaps the article, and a noun of manner. */
function isMannerPhrase(norm: string): boolean {
  if (norm[0] !== "ب" || norm.length < 3) return false;
  return MANNER_NOUNS.has(norm.slice(1)) || (norm.startsWith("بال") && MANNER_NOUNS.has(norm.slice(3)));
}

/** The cue entry for a normalised word, with or without its conjunction (و / ف). */
export function cueForWord(norm: string): CueEntry | null {
  return CUES.get(norm) ?? CUES.get(stripConjunction(norm)) ?? null;
}

export function arabicCue(token: Token | undefined): CueEntry | null {
  if (token?.kind !== "word") return null;
  // Each word is asked about many times (every cue scans ahead for its content); look it up once.
  if (token.cue === undefined) token.cue = cueForWord(token.norm);
  return token.cue as CueEntry | null;
}

/**
 * The cue a word is in its sentence: a form whose commoner sense is no speech («بين») counts only when it opens
 * a clause (after و / ف, a comma or the sentence start) and a complementiser follows within a few words.
 */
function cueAt(sentence: Sentence, i: number): CueEntry | null {
  const cue = arabicCue(sentence.tokens[i]);
  const { tokens } = sentence;
  if (cue?.lemma === "ادعى" && namedAside(sentence, i)) return null;
  // «كان متوقعا», «أصبح مؤكدا»: after a verb of being a participle is its predicate.
  if (cue?.participle && inLexicon(BEING_VERBS, tokens[i - 1]?.norm ?? "")) return null;
  // «طالب الحارثي …، مشيرا إلى أن …، مطالبة الأمانة بـ»: after a masculine speaker's cue a feminine form is a verbal noun.
  if (cue?.participle && cue.gender === "f" && genderOfCueBefore(sentence, i) === "m") return null;
  if (!cue?.initialOnly) return cue;
  if (!/^[وف]/.test(tokens[i]!.norm) && i > sentence.from && !isComma(tokens[i - 1])) return null;
  // A subject of a few words («وبين لـ«الجزيرة» أن», «وبين مدير إدارة المرور العقيد خالد الحربي أن»: quotation marks do not count).
  for (let j = i + 1, words = 0; j < sentence.to && words < 8; j++) {
    if (isComplementiser(tokens[j])) return cue;
    if (tokens[j]!.kind === "word") words++;
  }
  return null;
}

/** «يُدعى» (is called), written with ى: never ادّعى (to claim). */
const IS_CALLED = /^و?[يت]دعى$/;

/** «وقال أحدهم، ويدعى أحمد، إن …»: «يُدعى» names the speaker in an aside; it claims nothing. */
function namedAside(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  if (!IS_CALLED.test(tokens[i]!.text)) return false;
  for (let k = i + 1; k < sentence.to && k <= i + 4; k++) {
    if (isComma(tokens[k])) return true;
    if (tokens[k]!.kind !== "word" || isComplementiser(tokens[k])) return false;
  }
  return false;
}

/** The gender of the nearest cue before `i` in its sentence. */
function genderOfCueBefore(sentence: Sentence, i: number): Gender | null {
  for (let k = i - 1; k >= sentence.from && i - k <= 60 && !isSentenceEnd(sentence.tokens[k]!); k--) {
    // («بين», a cue only where it opens its clause, is more often "between".)
    const cue = sentence.depth[k] === 0 ? arabicCue(sentence.tokens[k]) : null;
    if (cue && !cue.initialOnly) return cue.gender;
  }
  return null;
}

/** The noun phrase between «أما» and the comma before the verb at `i`, or null. */
function topicOfAmma(sentence: Sentence, i: number): ParsedSpeaker | null {
  const { tokens } = sentence;
  // «أما X، فاتهم», «أما X فقد أكد»: the topic ends at the comma, or at the «فقد» / «فـ» before the verb.
  let end = i;
  if (/^ف?قد$/.test(tokens[end - 1]?.norm ?? "")) end--;
  if (isComma(tokens[end - 1])) end--;
  for (let k = end - 1; k >= Math.max(sentence.from, end - 12); k--) {
    if (/^و?اما$/.test(tokens[k]!.norm)) {
      // «أما دوليا فقد دعا»: a lone indefinite accusative is an adverb, the subject is dropped.
      if (end === k + 2 && /[^ا]ا$/.test(tokens[k + 1]!.norm) && !isDefinite(tokens[k + 1]!.norm) && !PLACES.has(tokens[k + 1]!.norm)) return null;
      const topic = parseSpeaker(sentence, k + 1, end);
      return topic.mention ? topic : null;
    }
    if (isSentenceEnd(tokens[k]!) || isComma(tokens[k])) return null;
  }
  return null;
}

/** «السفير», «وزير الخارجية»: a masculine singular role noun (its feminine ends in ة). */
function isMasculineRole(token: Token | undefined): boolean {
  if (token?.kind !== "word" || !isRoleWord(token)) return false;
  const norm = stripArticle(stripConjunction(token.norm));
  return !/ه$/.test(norm) && !/(ون|ين)$/.test(norm) && !inLexicon(PLURAL_HEADS, token.norm) && !GROUP_WORDS.has(norm);
}

/** «بالقول إن», «بتأكيده على أن»: a masdar of speech followed by its clause, colon or quotation. */
function masdarCue(sentence: Sentence, i: number): CueEntry | null {
  const norm = stripConjunction(sentence.tokens[i]!.norm);
  const cue = MASDAR_CUES.get(norm);
  if (!cue) return null;
  const { tokens } = sentence;
  // «ومن المهم التأكيد على أن» is the narrator's; «وجدد الرئيس التأكيد على أن» repeats what the subject said.
  if (/^ال/.test(norm) && !repeatedBefore(sentence, i)) return null;
  let j = i + 1;
  if (cue.preps.includes(tokens[j]?.norm ?? "")) j++;
  return isComplementiser(tokens[j]) || isColon(tokens[j]) || (tokens[j]?.kind === "quote" && sentence.quotes.byOpen.has(j)) ? cue : null;
}

/** A verb of repeating a few words before `i` in its clause («وجدد الرئيس الأمريكي»). */
function repeatedBefore(sentence: Sentence, i: number): boolean {
  for (let k = i - 1; k >= sentence.from && i - k <= 6; k--) {
    const token = sentence.tokens[k]!;
    if (token.kind !== "word") return false;
    if (inLexicon(REPEATING_VERBS, token.norm)) return true;
  }
  return false;
}

/** «وأبلغها بأن», «وأخبرهم أن»: a speech verb carrying its addressee as a pronoun, right before its complementiser. */
function cueWithObjectPronoun(sentence: Sentence, i: number): CueEntry | null {
  const norm = sentence.tokens[i]!.norm;
  if (!isComplementiser(sentence.tokens[i + 1])) return null;
  const suffix = /(ها|هم|ه|ني|نا|كم)$/.exec(norm);
  if (!suffix || norm.length - suffix[0].length < 3) return null;
  // «تونس التي وصفها بأنها …»: after a relative the pronoun is the thing described; the subject is elsewhere.
  if (inLexicon(RELATIVE_PRONOUNS, sentence.tokens[i - 1]?.norm ?? "")) return null;
  const cue = cueForWord(norm.slice(0, -suffix[0].length));
  return cue && !cue.participle ? cue : null;
}

/**
 * Each word's form without its و / ف, kept: a word is looked up in a dozen tables, and the same string each time
 * is hashed once. («وكالة», «وزير», «واشنطن»: their و is their own.)
 */
const formWithoutConjunction = boundedMemo(20_000, (norm) => (WORDS_IN_WAW.has(norm) ? norm : norm.slice(1)));
const WAW = 0x0648;
const FA = 0x0641;

function stripConjunction(norm: string): string {
  const first = norm.charCodeAt(0);
  return (first !== WAW && first !== FA) || norm.length <= 3 ? norm : formWithoutConjunction(norm);
}

/** A lexicon word as written or after its و / ف: «وجود» and «وكيل» must not be read as و + جود / كيل alone. */
function inLexicon(lexicon: Set<string>, norm: string): boolean {
  return lexicon.has(norm) || lexicon.has(stripConjunction(norm));
}

function isComplementiser(token: Token | undefined): "bare" | "pronoun" | null {
  if (!token || token.kind !== "word") return null;
  const norm = token.norm;
  // «وإن», «فإن», «وبأن» are short enough that stripConjunction leaves them alone.
  if (BARE_COMPLEMENTISERS.has(norm) || (/^[وف]/.test(norm) && BARE_COMPLEMENTISERS.has(norm.slice(1)))) return "bare";
  if (PRONOUN_COMPLEMENTISERS.has(stripConjunction(norm))) return "pronoun";
  return null;
}

export function findArabicStatements(sentence: Sentence): Candidate[] {
  const { tokens } = sentence;
  return scanWords(sentence, (i, insideContent) => {
    const token = tokens[i]!;
    if (inLexicon(ACCORDING_TO, token.norm) || inTheWordsOf(tokens, i)) return accordingTo(sentence, i);
    if (/^و?ب?حسب(ه|ها|هم)$/.test(token.norm)) return accordingToPronoun(sentence, i);
    // «وهذا ما أكده مستشار الرئيس …»: the cue carries its object as a pronoun; the source follows.
    // Tested in this order because it runs for every word.
    const pronounCue = tokens[i - 1]?.norm === "ما" && token.norm.endsWith("ه") ? cueForWord(stripConjunction(token.norm).slice(0, -1)) : null;
    // Inside a statement's content, «ما ذكره المتحدث» is what the speaker talks about; the speaker goes on.
    // «"…". هذا ما قاله الوزير للصحفيين»: the quotation just closed is what «ما» points back to.
    const pointedBack = pronounCue && !pronounCue.participle ? quotationPointedBack(sentence, i) : null;
    if (pointedBack) return pointedBack;
    // «واعترف الوزير بأن …», «وأجاب المدرب: …»: a verb that also reports speech is a cue when its clause follows at once.
    const reports = !pronounCue && !!arabicCue(token) && hasMarkerSoon(sentence, i + 1, true);
    if ((INTRODUCING_VERBS.has(token.norm) && !reports) || (pronounCue && !pronounCue.participle && !insideContent)) {
      const norm = stripConjunction(token.norm);
      const takesBa = !pronounCue && (arabicCue(token)?.preps.includes("ب") ?? false);
      return (
        (pronounCue ? null : colonQuotation(sentence, i)) ?? introducedBy(sentence, i, genderOf(pronounCue ? norm.slice(0, -1) : norm), !pronounCue, takesBa)
      );
    }
    if ((token.norm === "هكذا" || token.norm === "بهذه") && !insideContent) {
      const framed = thusSaid(sentence, i);
      if (framed) return framed;
    }
    if (insideContent) return null;
    const masdar = masdarCue(sentence, i);
    if (masdar) return fromParticiple(sentence, i, masdar);
    const withObject = cueWithObjectPronoun(sentence, i);
    if (withObject) return fromVerb(sentence, i, withObject);
    const cue = arabicCue(token);
    if (!cue)
      return colonQuotation(sentence, i) ?? (opensWithVerb(sentence, i) ? introducedBy(sentence, i, genderOf(stripConjunction(token.norm)), true) : null);
    if (inLexicon(SOURCELESS, token.norm)) return null;
    if (!cueAt(sentence, i)) return null;
    // «وفقا لما أفاد موقع …», «حسب ما ذكر»: the verb belongs to the according-to frame.
    if (
      /^(ما|لما)$/.test(tokens[i - 1]?.norm ?? "") &&
      inLexicon(ACCORDING_TO, tokens[tokens[i - 1]!.norm === "ما" && tokens[i - 2]?.norm === "ل" ? i - 3 : i - 2]?.norm ?? "")
    )
      return null;
    // «مسؤول طلب عدم الكشف عن هويته»: the request is about the source's name, not a statement.
    if (ANONYMITY_CLAUSES.has(token.norm) && /^(عدم|الا|ان)$/.test(tokens[i + 1]?.norm ?? "")) return null;
    if (i > sentence.from && afterPreposition(tokens, i)) return null;
    // «وهو بذلك يستبعد أن»: the narrator's inference from what was said, not a statement.
    if (tokens[i - 1]?.norm === "بذلك") return null;
    // «ومضيفه أتلتيك بيلباو»: a participle joined by و is a noun (its host) unless its clause follows at once.
    if (
      cue.participle &&
      /^[وف]/.test(token.norm) &&
      !CUES.has(token.norm) &&
      !hasMarkerSoon(sentence, i + 1) &&
      !sentence.quotes.byOpen.has(i + 1) &&
      !sentence.quotes.byOpen.has(i + 2)
    )
      return null;
    if (cue.participle && agreesAsAdjective(tokens, i)) return null;
    return cue.participle ? fromParticiple(sentence, i, cue) : fromVerb(sentence, i, cue);
  });
}

interface Marker {
  /** Token index where the content begins. */
  content: number;
  /** Token index where the speaker stops (exclusive). */
  speakerEnd: number;
}

/** Finds where the content starts after a cue: a complementiser, a colon, a quotation or a governed preposition. */
function findMarker(sentence: Sentence, from: number, cue: CueEntry): Marker | null {
  const { tokens, quotes } = sentence;
  const limit = Math.min(sentence.to, from + MAX_SPEAKER_TOKENS);
  const found: { prep: Marker | null; object: Marker | null } = { prep: null, object: null };
  for (let j = from; j < limit; j++) {
    const token = tokens[j]!;
    if (isSentenceEnd(token) && sentence.depth[j] === 0) break;
    // «أعلنت استقالتها قبل شهور، حيث تحدث عن …»: the object is the content; what follows its comma is another clause.
    if (found.object && !found.prep && isComma(token)) return found.object;
    if (endsSubject(sentence, from, j)) break;
    const comp = nameParticle(sentence, j) ? null : isComplementiser(token);
    const marks = comp || isColon(token) || token.kind === "quote";
    if (found.prep && !endedCircumstance(sentence, from, j, found.prep, comp) && marks && !(comp && j === found.prep.content)) return found.prep;
    if (comp) return complementiserMarker(sentence, from, j, comp);
    if (isColon(token)) return { content: isComplementiser(tokens[j + 1]) === "bare" ? j + 2 : j + 1, speakerEnd: j };
    if (token.kind === "quote" && quotes.byOpen.has(j)) {
      if (found.object) return found.object;
      const quote = quotes.byOpen.get(j)!;
      // A short quoted name before the real content (« وقال تيري " للجزيرة " أمس، إن », «أعلنت شركة " فيسبوك " عن») is not the content.
      if (quote.closed && isQuotedName(sentence, j, quote.close, from)) {
        j = quote.close;
        continue;
      }
      return { content: j, speakerEnd: j };
    }
    found.object ??= objectAsContent(sentence, j, cue, found.prep);
    // («لم يكشف عن اسمه»: the preposition of an anonymity clause is not the cue's.)
    found.prep ??= insideAnonymityClause(tokens, j, from) ? null : prepositionMarker(sentence, from, j, cue);
  }
  return found.prep ?? found.object;
}

/** «ماريا فان كيرخوف إن»: «فان» without its hamza inside a name, the complementiser a word or two later. */
function nameParticle(sentence: Sentence, j: number): boolean {
  const { tokens } = sentence;
  if (tokens[j]!.text !== "فان") return false;
  for (let k = j + 2; k <= j + 3 && k < sentence.to; k++) if (isComplementiser(tokens[k]) === "bare") return true;
  return false;
}

/**
 * «لفت الانتباه إلى …، وأعلن أنه …»: a second speech verb ends this one's subject, and another cue's statement is
 * not this one's content.
 */
function endsSubject(sentence: Sentence, from: number, j: number): boolean {
  const { tokens } = sentence;
  // («في رد مكتوب»: after a preposition the word is a verbal noun, here as in the main scan.)
  const cueHere = j > from && !afterPreposition(tokens, j) ? cueAt(sentence, j) : null;
  if (cueHere && !cueHere.participle && sentence.depth[j] === 0 && !ANONYMITY_CLAUSES.has(tokens[j]!.norm) && !insideAnonymityClause(tokens, j)) return true;
  // «ولم يعلق المدرب على الأنباء، مكتفيا بالقول إن …»: a masdar of speech opening the clause after a comma has a statement of its own.
  if (sentence.depth[j] === 0 && j - 2 >= from && isComma(tokens[j - 2]) && (cueHere?.participle || masdarCue(sentence, j))) return true;
  if (j > from && isComma(tokens[j - 1]) && inLexicon(ACCORDING_TO, tokens[j]!.norm) && complementiserAfterAside(sentence, j)) return false;
  return j > from && (!!cueHere || isComma(tokens[j - 1])) && isNewStatementAt(sentence, j);
}

/** «وذكرت الوكالة، نقلا عن مصادر طبية، أن …»: an aside set off by commas, after which the cue's complementiser comes. */
function complementiserAfterAside(sentence: Sentence, j: number): boolean {
  const { tokens } = sentence;
  for (let k = j + 1; k < Math.min(sentence.to, j + 12); k++) if (isComma(tokens[k])) return isComplementiser(tokens[k + 1]) !== null;
  return false;
}

/**
 * «أكد على أهمية أن …»: a clause after the preposition's noun is that noun's; but after a definite or
 * pronoun-suffixed word («في بيان نشرته على موقعها الإلكتروني أن …») the preposition was a circumstance's.
 */
function endedCircumstance(sentence: Sentence, from: number, j: number, prep: Marker, comp: ReturnType<typeof isComplementiser>): boolean {
  const { tokens } = sentence;
  return (
    !!comp &&
    j > prep.content &&
    !/^[وف]/.test(tokens[j]!.norm) &&
    (isDefinite(tokens[j - 1]!.norm) || /(ها|ه|هم)$/.test(tokens[j - 1]!.text)) &&
    insideCircumstance(tokens, from, prep.speakerEnd) &&
    !tokens.slice(prep.content, j).some(isComma)
  );
}

/** "أشار إلى أن", "شدد على أن", "حذر من أن": the preposition before the complementiser belongs to the cue. */
function complementiserMarker(sentence: Sentence, from: number, j: number, comp: NonNullable<ReturnType<typeof isComplementiser>>): Marker {
  const before = sentence.tokens[j - 1];
  const governed =
    before?.norm === "الي" || (before?.norm === "علي" && !givenNameAli(sentence.tokens, j - 1)) || before?.norm === "من" || before?.norm === "عن";
  const speakerEnd = before && j - 1 >= from && governed ? j - 1 : j;
  if (comp === "bare") return { content: skipColon(sentence, j + 1), speakerEnd };
  // «إنهم "سوف يجتمعون …"»: a pronoun outside a quotation that is the whole content is not the speaker's word.
  return { content: quotationIsClause(sentence, j + 1) ? j + 1 : j, speakerEnd };
}

const MIN_CLAUSE_QUOTE_TOKENS = 3;
/**
 * A closed quotation opening at `open` that the statement ends with: the sentence ends after it, or a participle
 * opens the next statement («"…"، مشيرا إلى»). («أنه "…"، وأن …» goes on with a coordinated complement.)
 */
function quotationIsClause(sentence: Sentence, open: number): boolean {
  const quote = sentence.quotes.byOpen.get(open);
  // («إنها "صعبة"»: a quoted word is the predicate of the pronoun, which stays.)
  if (!quote?.closed || quote.close - open <= MIN_CLAUSE_QUOTE_TOKENS) return false;
  const after = sentence.tokens[quote.close + 1];
  if (quote.close + 1 >= sentence.to || !after || isSentenceEnd(after)) return true;
  return isComma(after) && !!arabicCue(sentence.tokens[quote.close + 2])?.participle;
}

/** «أكد في حديثه أن …» has its content after أن; only when no complementiser follows is a possessive object or verbal noun the content. */
function objectAsContent(sentence: Sentence, j: number, cue: CueEntry, prep: Marker | null): Marker | null {
  const { tokens } = sentence;
  const token = tokens[j]!;
  const object =
    !prep &&
    cue.possessiveObject &&
    (isPossessiveObject(token, cue.gender) || inLexicon(VERBAL_NOUNS, token.norm)) &&
    !PREPOSITIONS.has(tokens[j - 1]?.norm ?? "") &&
    !CIRCUMSTANCE_STARTERS.has(tokens[j - 1]?.norm ?? "") &&
    // «، فضل عدم الكشف عن اسمه،»: the anonymity aside, not what was said.
    !ANONYMITY_CLAUSES.has(tokens[j - 1]?.norm ?? "");
  return object ? { content: j, speakerEnd: j } : null;
}

/** The cue's own preposition («حذر من», «دعا إلى»), or ب joined to the content's first word. */
function prepositionMarker(sentence: Sentence, from: number, j: number, cue: CueEntry): Marker | null {
  const { tokens } = sentence;
  const token = tokens[j]!;
  if (cue.preps.length === 0 || cue.clauseOnly) return null;
  // «وحذرت الأمم المتحدة من جانبها من أن»: «من جانبها» says whose turn it is, not what was warned of.
  if (cue.preps.includes(token.norm) && !SIDE_WORDS.has(tokens[j + 1]?.norm ?? "") && !givenNameAli(tokens, j)) return { content: j + 1, speakerEnd: j };
  const joined =
    cue.preps.includes("ب") &&
    token.norm.startsWith("ب") &&
    joinedPreposition(token.norm) &&
    !PLACES.has(token.norm.slice(1)) &&
    // «وصرح بشكل مقتضب بأن …»: a phrase of manner says how, not what.
    !isMannerPhrase(token.norm) &&
    (j === from || token.norm.startsWith("بال") || isComma(tokens[j - 1]) || tokens[j - 1]!.kind === "quote" || VERBAL_NOUNS.has(token.norm.slice(1)));
  return joined ? { content: j, speakerEnd: j } : null;
}

/** «وأكدت الوزارة في بيان نشرته على …»: a circumstance («في بيان», «خلال مؤتمر») opens between the cue's subject and `to`. */
function insideCircumstance(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if ((tokens[k]!.norm === "في" && CIRCUMSTANCE_NOUNS.has(tokens[k + 1]?.norm ?? "")) || CIRCUMSTANCE_STARTERS.has(tokens[k]!.norm)) return true;
  return false;
}

/**
 * A short quotation naming something before the real content: after an institution head («منظمة "…"»), after
 * a preposition («لـ"الصحيفة"»), or with a complementiser soon after it.
 */
function isQuotedName(sentence: Sentence, open: number, close: number, from: number): boolean {
  const before = open > from ? sentence.tokens[open - 1]! : null;
  const length = close - open;
  if (length <= 4 && (hasMarkerSoon(sentence, close + 1) || (before !== null && (namesInstitution(before) || opensPrepositionalPhrase(before))))) return true;
  // «جمعية حماية "المستهلك" التي …»: an institution head's construct chain goes on into a quotation the sentence goes on after.
  const chain = open - 2 >= from && !isDefinite(sentence.tokens[open - 1]!.norm) && namesInstitution(sentence.tokens[open - 2]!);
  if (length <= 4 && chain && sentence.tokens[close + 1]?.kind === "word") return true;
  // «شبكة "سي بي إس نيوز"»: after an institution head a longer quotation is still its name.
  return length <= 9 && before !== null && namesInstitution(before);
}

/** «شركة " فيسبوك "», «لشركة " واتس آب "»: an indefinite institution head before a quoted name. */
function namesInstitution(token: Token): boolean {
  const norm = token.norm;
  if (isDefinite(norm)) return false;
  return isOrganization([token]) || inLexicon(MEDIA_HEADS, norm) || (/^ل/.test(norm) && norm.length > 3 && isOrganizationHead(norm.slice(1)));
}

/** «استحواذها» after «أعلنت», «رفضه» after «نفى»: an indefinite verbal noun whose pronoun agrees with the verb. */
function isPossessiveObject(token: Token, gender: Gender | null): boolean {
  const norm = token.norm;
  if (token.kind !== "word" || norm.length < 5 || isDefinite(norm) || ANONYMOUS_MARKERS.has(norm) || CIRCUMSTANCE_NOUNS.has(norm)) return false;
  // The written form: ة normalises to ه, and «لشبونة» has no pronoun; «عبدالله» ends in the name of God, not a pronoun.
  const written = token.text.replace(/[\u064B-\u065F\u0640]/g, "");
  if (/الله$/.test(written)) return false;
  // «استقالتها»: a listed verbal noun in ة keeps its ت before the pronoun.
  if (VERBAL_NOUNS.has(norm.replace(/ت(ها|ه|هم)$/, "ه")))
    return gender === "f" ? /ها$/.test(written) : gender === "plural" ? /هم$/.test(written) : /[^ه]ه$/.test(written);
  if (gender === "f") return /[^تة]ها$/.test(written);
  if (gender === "plural") return /هم$/.test(written);
  return /[^تةه]ه$/.test(written);
}

/**
 * After a preposition a cue word is a verbal noun («في طلب المساعدة», «في رد مكتوب»), not a cue. A preposition
 * carrying a pronoun («معه», «لها») is a whole phrase: the word after it is free.
 */
function afterPreposition(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return !!previous && (PREPOSITIONS.has(previous.norm) || opensPrepositionalPhrase(previous)) && !PRONOUN_OBJECTS.has(previous.norm);
}

/**
 * «طلب عدم ذكر اسمه», «دون أن تذكر اسمه»: a cue word that describes the source's anonymity; from `from` on when the
 * cue itself («طلب») must not count.
 */
function insideAnonymityClause(tokens: Token[], j: number, from = 0): boolean {
  for (let k = j - 1; k >= from && k >= j - 3; k--) {
    const norm = tokens[k]!.norm;
    if (ANONYMITY_CLAUSES.has(norm) || norm === "عدم" || norm === "دون") return true;
  }
  return false;
}

/**
 * A complementiser or colon within a few words of `from`; with `acrossCircumstance`, after a subject and a
 * circumstance too («وردت لجنة الحكام في بيان مقتضب بأنها …»), but not past a comma, a stop or a masdar of speech.
 */
const MAX_SUBJECT_AND_CIRCUMSTANCE = 10;
function hasMarkerSoon(sentence: Sentence, from: number, acrossCircumstance = false): boolean {
  const { tokens } = sentence;
  const window = acrossCircumstance ? MAX_SUBJECT_AND_CIRCUMSTANCE : 4;
  for (let j = from; j < Math.min(sentence.to, from + window); j++) {
    if (isComplementiser(tokens[j]) || isColon(tokens[j])) return true;
    // «"…"، مضيفا أن»: the complementiser is another cue's; so is it after «على القرار بقوله:».
    if (arabicCue(tokens[j])) return false;
    if (acrossCircumstance && (isComma(tokens[j]) || isSentenceEnd(tokens[j]!) || masdarCue(sentence, j))) return false;
  }
  return false;
}

function skipColon(sentence: Sentence, j: number): number {
  return isColon(sentence.tokens[j]) ? j + 1 : j;
}

/** A speech verb in its sentence: where its speaker may stand, and how it joins what came before. */
interface VerbFrame {
  i: number;
  cue: CueEntry;
  /** The relative pronoun right before the verb, or -1. */
  relative: number;
  resumptive: boolean;
  continues: boolean;
  honorific: Token | null;
  speakerFrom: number;
  speakerTo: number;
}

function fromVerb(sentence: Sentence, i: number, cue: CueEntry): Candidate | null {
  const { tokens } = sentence;
  // "وأردفت قائلة: إن …": the participle carries the statement.
  if (arabicCue(tokens[i + 1])?.participle) return null;
  const relative = inLexicon(RELATIVE_PRONOUNS, tokens[i - 1]?.norm ?? "") ? i - 1 : -1;
  // «التقرير السنوي للنقابة …، صرحت فيه بوجود»: «فيه» points back to the document; the subject is dropped.
  const resumptive = /^(فيه|فيها)$/.test(tokens[i + 1]?.norm ?? "");
  // «كلمة جيمي ويلز، التي ذكر فيها عددا من …»: after a relative and «فيها», the object is what was said.
  const marker = findMarker(sentence, resumptive ? i + 2 : i + 1, cue) ?? (resumptive && relative !== -1 ? { content: i + 2, speakerEnd: i + 2 } : null);
  if (!marker)
    return (
      quoteBeforeVerb(sentence, i, cue) ??
      judgement(sentence, i, cue) ??
      unmarkedSpeech(sentence, i, cue) ??
      introducedBy(sentence, i, cue.gender, true, cue.preps.includes("ب"))
    );
  if (cue.clauseOnly && marker.content < tokens.length && !startsClause(sentence, marker)) return null;
  const range = speakerRange(tokens, i, cue, marker.speakerEnd);
  if (!range) return null;
  // «ورد رئيس الوزراء بأن …»: without «في» after it, «ورد» is و and «رد» (replied), a speech verb like the others.
  const replied = cue.lemma === "ورد" && /^و/.test(tokens[i]!.norm) && !introducesDocument(tokens, i, cue);
  if ((cue.lemma === "جاء" || cue.lemma === "ورد") && !replied) return statementNoun(sentence, i, marker) ?? colonQuotation(sentence, i);
  const frame = verbFrame(tokens, i, cue, relative, resumptive, range);
  // «أما الموقع الرسمي …، فاتهم الشرطة بـ…»: the topic set off by أما is the subject of the verb after ف.
  const topic = (/^ف/.test(tokens[i]!.norm) || tokens[i - 1]?.norm === "فقد") && relative === -1 ? topicOfAmma(sentence, i) : null;
  if (topic) {
    const span = buildSpan(sentence, OBJECT_IN_CONTENT.has(cue.lemma) ? frame.speakerFrom : marker.content, endsContent);
    if (!span) return null;
    return merged(span, { cue: sentence.text.slice(tokens[i]!.start, tokens[i]!.end) }, topic, { anaphor: false, gender: cue.gender, confidence: 0.8 });
  }
  const { speaker, content } = subjectAndContent(sentence, frame, marker.content);
  // «الملصقات التي تنتشر في الشوارع تقول»: what a sign says is nobody's statement.
  if (speaker.mention && inLexicon(DISPLAYS, normalizeWord(speaker.mention.text.split(/\s+/)[0]!))) return null;
  if (pointsBack(tokens, content)) return null;
  const span = buildSpan(sentence, content, endsContent);
  if (!span) return null;
  return merged(verbStatement(sentence, frame, speaker, content, span), interruptedQuotation(sentence, i, content, span));
}

/** «"نحن مستعدون"، قالت الوزيرة، "لكننا ننتظر الرد"»: a quotation the attribution interrupts is one statement. */
function interruptedQuotation(sentence: Sentence, i: number, content: number, span: { start: number; end: number }): Partial<Candidate> {
  const { tokens, quotes } = sentence;
  const resumed = quotes.byOpen.get(content);
  const first = isComma(tokens[i - 1]) ? quotes.byClose.get(i - 2) : undefined;
  if (!resumed || !first?.closed || !isComma(tokens[content - 1]) || first.end <= first.start) return {};
  // Only a quotation opening its sentence: after «وقالت الوزيرة:» it is the earlier cue's.
  if (first.open !== sentence.from && !isSentenceEnd(tokens[first.open - 1]!)) return {};
  return { start: first.start, end: span.end, interruptions: [{ start: first.end, end: span.start }] };
}

/** "نقلت أسوشيتد برس عن إبراهيم قوله: إن": after نقل (or «نقلا») the speaker follows عن, and «قوله» is no part of it. */
function speakerRange(tokens: Token[], i: number, cue: CueEntry, speakerEnd: number): { from: number; to: number } | null {
  // «وذكرت الوكالة نقلا عن مصدر أمني أن»: the medium relays; the source it names spoke.
  const relayed = indexOfNorm(tokens, "نقلا", i + 1, speakerEnd);
  if (relayed !== -1 && tokens[relayed + 1]?.norm === "عن" && relayed + 2 < speakerEnd) return { from: relayed + 2, to: speakerEnd };
  if (cue.lemma !== "نقل") return { from: i + 1, to: speakerEnd };
  const about = indexOfNorm(tokens, "عن", i + 1, speakerEnd);
  if (about === -1) return null;
  let to = speakerEnd;
  // («عن مصادر مطلعة تأكيدها أن»: any verbal noun of speech carrying the source's pronoun.)
  while (to > about + 1 && (/^قول/.test(tokens[to - 1]!.norm) || MASDAR_CUES.has(tokens[to - 1]!.norm))) to--;
  return { from: about + 1, to };
}

function verbFrame(tokens: Token[], i: number, cue: CueEntry, relative: number, resumptive: boolean, range: { from: number; to: number }): VerbFrame {
  let speakerFrom = range.from;
  if (resumptive) speakerFrom = range.to;
  // «وأضاف» continues the previous speaker; a bare verb may have its subject before it.
  const continues = /^[وف]/.test(tokens[i]!.norm);
  // «ولخصها بثلاث عبارات:», «وأكد بوضوح أن»: a phrase of manner, not a subject.
  if (isMannerPhrase(tokens[speakerFrom]?.norm ?? "")) speakerFrom = range.to;
  // «وأوضح معاليه أن»: an honorific stands for the person named before, as a pronoun would.
  const honorific = relative === -1 && HONORIFIC_PRONOUNS.has(tokens[speakerFrom]?.norm ?? "") ? tokens[speakerFrom]! : null;
  return { i, cue, relative, resumptive, continues, honorific, speakerFrom, speakerTo: range.to };
}

const NOBODY: ParsedSpeaker = { mention: null, name: null, role: null, kind: null };

/** The verb's subject and where its content starts, once objects, agreement and the subject before the verb are weighed. */
function subjectAndContent(sentence: Sentence, frame: VerbFrame, markerContent: number): { speaker: ParsedSpeaker; content: number } {
  const { tokens } = sentence;
  const { i, cue, relative, speakerFrom, speakerTo, honorific } = frame;
  let speaker: ParsedSpeaker = honorific
    ? { mention: { start: honorific.start, end: honorific.end, text: honorific.text }, name: null, role: null, kind: null }
    : relative !== -1
      ? speakerBefore(sentence, relative)
      : parseSpeaker(sentence, speakerFrom, cue.takesObject ? subjectEnd(tokens, speakerFrom, speakerTo) : speakerTo);
  let content = markerContent;
  // «ويتهم الحكومة " بالصمت "», «المقربون يتهمون الأطباء بأنهم»: one short non-personal phrase after اتهم is its object.
  // («واتهمت المعارضة الحكومة بـ»: a subject with an object after it is a subject.)
  const objectLeft = speaker.mention !== null && speaker.mention.end < tokens[speakerTo - 1]!.end;
  if (cue.lemma === "اتهم" && speaker.mention && speaker.kind !== "person" && speakerTo - speakerFrom <= 2 && !objectLeft) {
    const before = frame.continues ? null : subjectBeforeVerb(sentence, i);
    if (before || frame.continues) {
      content = speakerFrom;
      speaker = before ?? NOBODY;
    }
  }
  ({ speaker, content } = objectOfVerb(sentence, frame, speaker, content));
  // «المقربون يتهمون الأطباء»: a verb agreeing in the plural has its subject before it or dropped, never after it.
  if (cue.gender === "plural" && relative === -1 && speaker.mention) {
    if (OBJECT_IN_CONTENT.has(cue.lemma)) content = speakerFrom;
    speaker = NOBODY;
  }
  // «واعتبرت السفير الهولندي "شخصا غير مقبول"»: a feminine verb never agrees with a masculine role; that is its object.
  // (Only for the noun right after the verb: after «نقلت الوكالة عن» the speaker is not the verb's subject.)
  if (speaker.mention && cue.gender === "f" && speakerFrom === i + 1 && isMasculineRole(tokens[speakerFrom])) speaker = NOBODY;
  if (!speaker.mention && !frame.continues) speaker = subjectBeforeVerb(sentence, i) ?? speaker;
  if (!speaker.mention && frame.continues && relative === -1) speaker = coordinatedSubject(sentence, i, cue) ?? speaker;
  // «طلبت أشتون»: a feminine verb never has a masculine plural subject, so one bare word in -ون is a name.
  const bareWord = speaker.mention ? normalizeWord(speaker.mention.text) : "";
  // (After «نقلت الصحيفة عن» the source is not the verb's subject: «عن محللين».)
  if (speaker.kind === "group" && cue.gender === "f" && speakerFrom === i + 1 && speaker.mention && /^[^\s]+(ون|ين)$/.test(bareWord) && !isDefinite(bareWord))
    speaker = merged(speaker, { name: speaker.mention.text, kind: "person" });
  return { speaker, content };
}

/**
 * «وتحدث الوزير عن أهمية المشروع، وقال إنه …»: a verb joined by و with no subject of its own shares the subject
 * of the verb that opens its sentence, when both agree.
 */
function coordinatedSubject(sentence: Sentence, i: number, cue: CueEntry): ParsedSpeaker | null {
  if (i === sentence.clauseStart(i)) return null;
  const { tokens } = sentence;
  const shared = clauseSubject(sentence, i);
  // Only a named person or body, and only when no other report or clause comes between («…، كما ألقى … كلمة أكد فيها …، وشدد»).
  if (!shared?.mention || shared.kind === "unknown" || !couldBeVerb(tokens[shared.verbAt]!)) return null;
  for (let k = shared.verbAt + 1; k < i; k++)
    if (arabicCue(tokens[k]) || INTRODUCING_VERBS.has(tokens[k]!.norm) || CONJUNCTION_BREAKS.has(stripConjunction(tokens[k]!.norm))) return null;
  const agreement = verbAgreement(stripConjunction(sentence.tokens[shared.verbAt]!.norm));
  if (agreement !== null && agreement !== cue.gender) return null;
  const { verbAt: _, ...speaker } = shared;
  return speaker;
}

/**
 * How a verb opening its sentence agrees, by its ending and prefix; null when the form cannot tell: a past of
 * the forms تفعّل / تفاعل («تحدث», «تابع») starts with the ت of a feminine present.
 */
function verbAgreement(norm: string): Gender | null {
  if (/(وا|ون)$/.test(norm)) return "plural";
  if (/ت$/.test(norm)) return "f";
  if (/^[يا]/.test(norm)) return "m";
  return /^ت/.test(norm) ? null : "m";
}

/**
 * «اتهم تيري ديران، مدير العمليات …، لويس مورينو أوكامبو … بتقديم», «وصف جان كوم، المؤسس …، الصفقة ب "…"»: after the
 * speaker and their apposition, the last phrase before the content is the verb's object; «ودعت الوزيرة جميع الأطراف
 * إلى "…"»: the content starts at the object.
 */
function objectOfVerb(sentence: Sentence, frame: VerbFrame, speaker: ParsedSpeaker, content: number): { speaker: ParsedSpeaker; content: number } {
  const { speakerFrom, speakerTo } = frame;
  if (!OBJECT_IN_CONTENT.has(frame.cue.lemma) || frame.relative !== -1 || frame.resumptive || !speaker.mention) return { speaker, content };
  const object = objectAfterApposition(sentence, speakerFrom, speakerTo);
  if (object !== -1) return { speaker: parseSpeaker(sentence, speakerFrom, object - 1), content: object };
  return { speaker, content: objectAfterSubject(sentence, speakerFrom, speaker.mention.end, speakerTo) ?? content };
}

/** «وأشار الوزير إلى ذلك في كلمته»: a demonstrative standing alone after a preposition points back; nothing is said here. */
function pointsBack(tokens: Token[], content: number): boolean {
  const after = tokens[content + 1];
  return (
    DEMONSTRATIVES.has(tokens[content]?.norm ?? "") &&
    PREPOSITIONS.has(tokens[content - 1]?.norm ?? "") &&
    (!after || isSentenceEnd(after) || PREPOSITIONS.has(after.norm))
  );
}

function verbStatement(
  sentence: Sentence,
  frame: VerbFrame,
  speaker: ParsedSpeaker,
  content: number,
  span: { start: number; end: number; type: StatementType },
): Candidate {
  const { tokens } = sentence;
  const { i, cue, honorific } = frame;
  return merged(
    span,
    {
      cue: sentence.text.slice(tokens[i]!.start, tokens[i]!.end),
    },
    speaker,
    {
      anaphor: speaker.mention === null || (honorific !== null && speaker.mention.start === honorific.start),
      gender: cue.gender,
      objectInContent: OBJECT_IN_CONTENT.has(cue.lemma) && content !== frame.speakerFrom,
      // «تحدث جيمي ويلز عن مشروع …، ودعا حضور المؤتمر إلى …»: after و inside a sentence, a phrase naming nobody the
      // article knows is the object; opening its sentence, the verb names its subject first («واتهمت المعارضة الحكومة بـ»).
      objectUnlessKnown:
        OBJECT_IN_CONTENT.has(cue.lemma) && frame.continues && i > sentence.from && frame.relative === -1 && !speaker.name && speaker.kind === "unknown",
      confidence: speaker.mention ? (span.type === "indirect" ? 0.8 : 0.9) : 0.7,
    },
  );
}

/** Verbs of saying that may take the speaker's own words with no complementiser («قال الوزير، إذا لجأ …»). */
const VERBS_OF_SAYING = new Set(["قال", "أضاف", "تابع", "أردف", "استطرد", "واصل"]);
const MIN_UNMARKED_WORDS = 5;

/**
 * «فيما قال النائب سامي حداد، إذا تأخرت الحكومة … فسيكون ذلك مخالفا»: after a verb of saying and its
 * subject, a comma and a clause of the speaker's own words, with no أن, colon or quotation mark.
 */
function unmarkedSpeech(sentence: Sentence, i: number, cue: CueEntry): Candidate | null {
  const { tokens } = sentence;
  if (!VERBS_OF_SAYING.has(cue.lemma)) return null;
  let comma = -1;
  for (let k = i + 1; k < Math.min(sentence.to, i + 15); k++) {
    if (isSentenceEnd(tokens[k]!) || tokens[k]!.kind === "quote") return null;
    if (isComma(tokens[k]) && sentence.depth[k] === 0) {
      comma = k;
      break;
    }
  }
  if (comma === -1) return null;
  const first = tokens[comma + 1];
  // An apposition, a circumstance or a time after the comma is still about the speaker.
  if (
    !first ||
    first.kind !== "word" ||
    isRoleWord(first) ||
    TITLES.has(first.norm) ||
    opensPrepositionalPhrase(first) ||
    isAdverbialAccusative(first) ||
    inLexicon(TIME_WORDS, first.norm) ||
    inLexicon(CIRCUMSTANCE_STARTERS, first.norm) ||
    ANONYMITY_CLAUSES.has(first.norm) ||
    /^و?(هو|هي|الذي|التي)$/.test(first.norm) ||
    arabicCue(first)
  )
    return null;
  let words = 0;
  for (let k = comma + 1; k < sentence.to && !isSentenceEnd(tokens[k]!); k++) if (tokens[k]!.kind === "word") words++;
  if (words < MIN_UNMARKED_WORDS) return null;
  const speaker = parseSpeaker(sentence, i + 1, comma);
  if (!speaker.mention && !/^[وف]/.test(tokens[i]!.norm)) return null;
  const span = buildSpan(sentence, comma + 1, endsContent);
  if (!span) return null;
  return merged(span, { cue: tokens[i]!.text }, speaker, { anaphor: speaker.mention === null, gender: cue.gender, confidence: 0.55 });
}

/**
 * «وأشار أن … واعتبر الحوار مع موسكو أمرا ضروريا»: with its subject dropped, اعتبر takes an object and an
 * indefinite accusative predicate, and both are what was said.
 */
function judgement(sentence: Sentence, i: number, cue: CueEntry): Candidate | null {
  const { tokens } = sentence;
  if (cue.lemma !== "اعتبر" || !/^[وف]/.test(tokens[i]!.norm)) return null;
  let predicate = -1;
  for (let j = i + 2; j < Math.min(sentence.to, i + 10) && tokens[j]!.kind === "word"; j++) {
    if (/[^ا]ا$/.test(tokens[j]!.text) && !isDefinite(tokens[j]!.norm) && !PREPOSITIONS.has(tokens[j - 1]!.norm)) {
      predicate = j;
      break;
    }
  }
  // «واعتبر الوزير الاتفاق انتصارا» names its subject: that is not this construction.
  if (predicate === -1 || parseSpeaker(sentence, i + 1, predicate).kind !== "unknown") return null;
  const span = buildSpan(sentence, i + 1, endsContent);
  if (!span) return null;
  return merged(span, { cue: tokens[i]!.text, mention: null, name: null, role: null, kind: null, anaphor: true, gender: cue.gender, confidence: 0.6 });
}

/**
 * The subject of a verb that carries no statement itself («وعبرت شقيقة جاكسون تويا عن شكوكها»,
 * «وقالت منظمة أوكسفام محذرة …»): kept so that a following «وقالت» or participle finds its speaker.
 */
function introducedBy(sentence: Sentence, i: number, gender: Gender | null, anyVerb = false, takesBa = false): Candidate | null {
  const { tokens } = sentence;
  // «وكانت "الرياضية" قد كشفت»: a name in quotation marks is a newspaper's, a channel's or an institution's.
  const quoted = sentence.quotes.byOpen.get(i + 1);
  if (quoted?.closed && quoted.close - quoted.open <= 6 && quoted.end > quoted.start) {
    const text = sentence.text.slice(quoted.start, quoted.end);
    return antecedentOnly({ mention: { start: quoted.start, end: quoted.end, text }, name: text, role: null, kind: "organization" }, gender);
  }
  let end = i + 1;
  // The subject ends at a cue, a complementiser, a masdar of speech («بقوله») or a preposition («علق الوزير على …»);
  // a short quoted name goes on with it («كانت صحيفة العاصمة "سبورت اكسبرس"»).
  let quotedName = false;
  for (;;) {
    const named = end > i + 1 ? shortQuotedName(sentence, end, 5) : null;
    if (named) {
      end = named.close + 1;
      quotedName = true;
      continue;
    }
    if (
      end < sentence.to &&
      end - i <= 10 &&
      tokens[end]!.kind === "word" &&
      !arabicCue(tokens[end]) &&
      !isComplementiser(tokens[end]) &&
      !/^(قد|لقد)$/.test(tokens[end]!.norm) &&
      !MASDAR_CUES.has(stripConjunction(tokens[end]!.norm)) &&
      !(end > i + 1 && (PREPOSITIONS.has(tokens[end]!.norm) || (anyVerb && prepositionAfterDefinite(tokens, end)))) &&
      // «اعترف مدرب اليابان بصعوبة المهمة»: the cue's own ب with a definite or verbal noun after the subject.
      !(takesBa && end > i + 1 && isDefinite(tokens[end - 1]!.norm) && /^ب(ال|.{3,}ه$)/.test(tokens[end]!.norm))
    ) {
      end++;
      continue;
    }
    break;
  }
  const speaker = parseSpeaker(sentence, i + 1, anyVerb && !quotedName ? subjectEnd(tokens, i + 1, end) : end);
  // «أعلنت استقالتها»: a pronoun-suffixed object, not a subject; «وذكرت مدير المستشفى بالاسم»: a feminine verb's masculine role is its object.
  if (!speaker.mention || /(ها|هم|ه)$/.test(tokens[i + 1]?.text ?? "") || (gender === "f" && isMasculineRole(tokens[i + 1]))) return null;
  // «يعاني أوزان يلماز من …»: two or three name-like words as a subject are a person's name.
  const nameWords = speaker.kind === "unknown" || speaker.kind === "group" ? speaker.mention.text.split(/\s+/) : [];
  if (
    (speaker.kind === "unknown" || (speaker.kind === "group" && !/(ون|ين|ات)$/.test(normalizeWord(nameWords[nameWords.length - 1]!)))) &&
    !speaker.name &&
    nameWords.length >= 2 &&
    nameWords.length <= 3 &&
    nameWords.every((w) => looksLikeNameWord(normalizeWord(w)))
  ) {
    return antecedentOnly(merged(speaker, { name: speaker.mention.text, kind: "person" }), gender);
  }
  return antecedentOnly(speaker, gender);
}

/**
 * «واستهجنت الخارجية الأردنية مطالبة هولندا …»: Arabic opens a sentence with its verb and names the subject
 * after it, and a later dropped subject («وقالت إن …») continues that subject, whatever the verb was. A word
 * opening its sentence reads as a verb when it cannot be a noun (no article, no feminine or plural ending, no
 * closed-class word) and a definite noun phrase or a quoted name follows it; «كان/كانت … قد» names its subject too.
 */
function opensWithVerb(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  // «عندما بعث المحامي فهد بارباع رسالة …», «بعد أن أعلن الوزير …»: a subordinate clause opens with its verb too.
  if (i !== sentence.from && !isSentenceEnd(tokens[i - 1]!) && !afterFrontedPhrase(sentence, i) && !afterSubordinator(tokens, i)) return false;
  const token = tokens[i]!;
  const stem = stripConjunction(token.norm);
  const next = tokens[i + 1];
  // «أشاد مواطنون بالقرار»: an indefinite plural of people is a subject as well as a definite phrase.
  const subjectFollows =
    next?.kind === "word"
      ? isDefinite(next.norm) ||
        TITLES.has(next.norm) ||
        ROLE_HEADS.has(next.norm) ||
        ORGANIZATION_HEADS.has(next.norm) ||
        inLexicon(PLURAL_HEADS, next.norm) ||
        inLexicon(ANONYMOUS_HEADS, next.norm) ||
        (/ون$/.test(next.norm) && next.norm.length >= 5)
      : next?.kind === "quote" && sentence.quotes.byOpen.has(i + 1);
  // «يعاني سيرحات غوكايا …»: after a present verb, a name-like word is its subject too.
  const presentThenName =
    /^[يت]/.test(stem) && stem.length >= 4 && next?.kind === "word" && looksLikeNameWord(next.norm) && looksLikeNameWord(tokens[i + 2]?.norm ?? "");
  if (!subjectFollows && !presentThenName) return false;
  if (stem === "كان" || stem === "كانت") return true;
  return couldBeVerb(token);
}

/** A word that cannot be a noun: no article, no feminine or plural ending, no closed-class word. */
function couldBeVerb(token: Token, weakPast = false): boolean {
  const stem = stripConjunction(token.norm);
  // «يعاني التاجر …», «يمضي الوزير …»: a present prefix makes a weak verb, whatever its last letter; where a
  // frame already says it is a verb, so may a past one in ى («وأوصى الوزير: "…"»).
  const weak = /[يا]$/.test(stem) && stem.length <= 6 && ((/^[يت]/.test(stem) && stem.length >= 4) || (weakPast && /ى$/.test(token.text)));
  if (stem.length < 3 || stem.length > 6 || /^(ال|لل)/.test(stem) || (/(ه|ات|ون|ين|ي|ا)$/.test(stem) && !weak)) return false;
  return (
    !inLexicon(PREPOSITIONS, token.norm) &&
    !inLexicon(TIME_WORDS, token.norm) &&
    !inLexicon(ROLE_HEADS, token.norm) &&
    !inLexicon(TITLES, token.norm) &&
    !inLexicon(ORGANIZATION_HEADS, token.norm) &&
    !inLexicon(DEMONSTRATIVES, token.norm) &&
    !inLexicon(RELATIVE_PRONOUNS, token.norm) &&
    !inLexicon(CONJUNCTION_BREAKS, token.norm)
  );
}

const MAX_FRAME_TOKENS = 16;

/** «في تصريح», «لـ"الوطن"», «على ذلك», «عبر حسابه», «بصراحة»: what may stand between a speaker and a colon. */
function opensCircumstance(token: Token): boolean {
  return (
    opensPrepositionalPhrase(token) ||
    inLexicon(PREPOSITIONS, token.norm) ||
    inLexicon(CIRCUMSTANCE_STARTERS, token.norm) ||
    MEDIA_PREFIXES.has(token.norm) ||
    toldOutlet(token.norm) ||
    isMannerPhrase(token.norm) ||
    isComma(token) ||
    isAdverbialAccusative(token) ||
    inLexicon(TIME_WORDS, token.norm)
  );
}

/**
 * «وعلق الوزير خالد العمري: "…"», «وختم: "…"»: a clause opening with any verb, then its subject (or none),
 * a colon and a quotation is a quotation frame, whatever the verb; the verb list is for the other frames.
 */
function colonQuotation(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  // Most words open no frame: look for the colon and its quotation first, which costs least.
  const colon = sentence.nextColon(i + 1);
  if (colon === -1 || colon >= i + MAX_FRAME_TOKENS || !sentence.quotes.byOpen.get(colon + 1)?.closed) return null;
  const opensClause =
    i === sentence.from || isSentenceEnd(tokens[i - 1]!) || afterFrontedPhrase(sentence, i) || (isComma(tokens[i - 1]) && /^[وف]/.test(tokens[i]!.norm));
  if (!opensClause || !couldBeVerb(tokens[i]!, true) || /^[وف]?(قد|لقد)$/.test(tokens[i]!.norm)) return null;
  // Before the colon: the subject, perhaps none, then only circumstances; the verb itself may take none of them.
  if (i + 1 < sentence.to && isColon(tokens[i + 1]) === false && tokens[i + 1]!.kind !== "word") return null;
  for (let j = i + 1; j < colon; j++) {
    // «لـ"الوطن"»: a short quoted name on the way to the colon.
    const named = shortQuotedName(sentence, j, 4);
    if (named) {
      j = named.close;
      continue;
    }
    if (tokens[j]!.kind !== "word" && !isComma(tokens[j])) return null;
    // «بقوله:», «قائلا:»: a verbal noun or participle of speech carries the frame itself.
    if (arabicCue(tokens[j]) || isComplementiser(tokens[j]) || masdarCue(sentence, j)) return null;
  }
  const speaker = parseSpeaker(sentence, i + 1, colon);
  // «وردد مرتين أول تلك الألحان من قصيدة: "…"»: an object before the colon makes the quotation a title, not speech.
  let after = i + 1;
  while (after < colon && (speaker.mention === null || tokens[after]!.start < speaker.mention.end)) after++;
  if (speaker.mention === null) after = i + 1;
  while (after < colon) {
    after = circumstanceEnd(sentence, after, colon);
    if (after === -1) return null;
  }
  if (
    speaker.mention &&
    speaker.kind === "unknown" &&
    !speaker.mention.text.split(/\s+/).every((w) => looksLikeNameWord(normalizeWord(w)) || /^ال.{3,}ي$/.test(normalizeWord(w)))
  )
    return null;
  const span = buildSpan(sentence, colon + 1, endsContent);
  if (!span) return null;
  const gender = genderOf(stripConjunction(tokens[i]!.norm));
  return merged(span, { cue: tokens[i]!.text }, speaker, { anaphor: speaker.mention === null, gender, confidence: 0.7 });
}

function afterSubordinator(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1]?.norm ?? "";
  return inLexicon(SUBORDINATORS, previous) || (previous === "ان" && inLexicon(SUBORDINATORS, tokens[i - 2]?.norm ?? ""));
}

/** «من جانبهم، أشاد …», «بدوره، أكد …»: a short prepositional phrase and its comma open the sentence before the verb. */
function afterFrontedPhrase(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  if (!isComma(tokens[i - 1])) return false;
  const start = sentence.clauseStart(i);
  if (i - 1 - start < 1 || i - 1 - start > 8 || !opensPrepositionalPhrase(tokens[start])) return false;
  for (let k = start; k < i - 1; k++) if (tokens[k]!.kind !== "word") return false;
  return true;
}

function startsClause(sentence: Sentence, marker: Marker): boolean {
  const before = sentence.tokens[marker.content - 1];
  const at = sentence.tokens[marker.content];
  return (
    isColon(before) ||
    isComplementiser(before) !== null ||
    isComplementiser(at) === "pronoun" ||
    at?.kind === "quote" ||
    isColon(sentence.tokens[marker.speakerEnd])
  );
}

function fromParticiple(sentence: Sentence, i: number, cue: CueEntry): Candidate | null {
  const { tokens } = sentence;
  let content = i + 1;
  // «وقالت منظمة أوكسفام محذرة الأربعاء إن»: a time word may sit between the participle and its content.
  while (
    content < sentence.to &&
    content <= i + 3 &&
    (TIME_WORDS.has(tokens[content]!.norm) || /^(امس|اليوم)$/.test(tokens[content]!.norm)) &&
    isComplementiser(tokens[content + 1]) !== null
  )
    content++;
  const next = tokens[content];
  if (isColon(next)) content++;
  if (isComplementiser(tokens[content]) === "bare") content++;
  else if (cue.preps.includes(tokens[content]?.norm ?? "") && isComplementiser(tokens[content + 1])) {
    content += isComplementiser(tokens[content + 1]) === "bare" ? 2 : 1;
  } else if (cue.preps.includes(tokens[content]?.norm ?? "")) content++;
  if (isColon(tokens[content])) content++;
  if (isComplementiser(tokens[content]) === "bare") content++;
  const span = buildSpan(sentence, content, endsContent);
  if (!span) return null;
  const found = clauseSubject(sentence, i);
  const { verbAt, ...subject } = found ?? { verbAt: -1, mention: null, name: null, role: null, kind: null };
  return merged(
    span,
    {
      cue: sentence.text.slice(tokens[i]!.start, tokens[i]!.end),
    },
    subject,
    {
      anaphor: found === null,
      // «واستهجنت الخارجية … مطالبة …»: the clause's verb says how its subject agrees, which a masdar does not.
      gender: found ? genderOf(stripConjunction(tokens[verbAt]!.norm)) : cue.gender,
      confidence: 0.7,
    },
  );
}

/** «وأشاد الوزير بجهود العاملين، مؤكدا»: the subject after the verb at `start` ends before a preposition, a cue, or a word joined to ب or ل. */
function inClauseSubject(tokens: Token[], start: number, end: number): boolean {
  const token = tokens[end]!;
  const norm = token.norm;
  const joined = end > start + 1 && ((joinedPreposition(norm) && !isDefinite(norm.slice(1)) && !/^لل/.test(norm)) || /^بال/.test(norm));
  return (token.kind === "word" || token.kind === "quote") && !PREPOSITIONS.has(norm) && !arabicCue(token) && !joined;
}

/** «ومن ناحيتها، كانت صحيفة … بالقول», «وبعد أن نشرت الشركة تقريرا …، رد شقيق الموظف …، واصفا»: where the clause a participle hangs on starts, past a fronted phrase or clause. */
function clauseVerbStart(sentence: Sentence, i: number): number | null {
  const { tokens } = sentence;
  let start = sentence.clauseStart(i);
  for (let k = start; k < Math.min(i - 1, start + 4); k++) {
    if (isComma(tokens[k]) && opensPrepositionalPhrase(tokens[start])) {
      start = k + 1;
      break;
    }
  }
  if (!inLexicon(SUBORDINATORS, tokens[start]!.norm)) return start;
  let comma = -1;
  for (let k = start + 1; k < i - 1; k++) if (isComma(tokens[k]) && sentence.depth[k] === 0) comma = k;
  return comma === -1 ? null : comma + 1;
}

/**
 * «اختتم الرئيس جولته، مؤكدا أن …», «وختم الطبيب كلامه بتأكيده على أنه …»: a participle or masdar
 * shares the subject of the verb that opens its clause. Null when that verb is itself a report, whose
 * speaker the participle reaches through the article's history, or when the subject names nobody.
 */
function clauseSubject(sentence: Sentence, i: number): (ParsedSpeaker & { verbAt: number }) | null {
  const { tokens } = sentence;
  const contrasted = subjectAfterContrast(sentence, i);
  if (contrasted) return contrasted;
  let start = clauseVerbStart(sentence, i);
  if (start === null) return null;
  // «ولم يخف الوزير قلقه، مؤكدا»: a negation or «قد» comes before the verb the participle hangs on.
  if (/^[وف]?(لم|لن|لا|قد|لقد)$/.test(tokens[start]!.norm) && start + 1 < i - 1) start++;
  // «ورد ماكرون قائلا»: «ورد»/«جاء» report only with «في» after them; otherwise «رد» is the verb the participle hangs on.
  const startCue = arabicCue(tokens[start]);
  // «وغرد ترامب قائلا: …»: a report whose verb says nothing before the participle hands it its subject.
  const saysNothingFirst = tokens.slice(start + 1, i).every((t) => t.kind === "word" && !isComplementiser(t));
  const reports =
    startCue !== null && !saysNothingFirst && !((startCue.lemma === "ورد" || startCue.lemma === "جاء") && !introducesDocument(tokens, start, startCue));
  if (start >= i - 1 || tokens[start]!.kind !== "word" || reports || isComplementiser(tokens[start]) || opensPrepositionalPhrase(tokens[start])) return null;
  // «وفيما ذكره …», «كما …»: a conjunction, not the verb whose subject the participle shares; «جدير بالذكر أن …» is the narrator.
  if (
    inLexicon(NARRATOR_OPENERS, tokens[start]!.norm) ||
    CONJUNCTION_BREAKS.has(stripConjunction(tokens[start]!.norm)) ||
    /^(وفيما|وبينما|وكما)$/.test(tokens[start]!.norm)
  )
    return null;
  if (!/^[وف]?[يتان]?/.test(tokens[start]!.norm) || isDefinite(stripConjunction(tokens[start]!.norm))) return null;
  let end = start + 1;
  while (end < i && inClauseSubject(tokens, start, end)) end++;
  // «وانتقد زعيم المعارضة الخطة، قائلا»: a speech verb's subject is all before its participle; another verb's ends before its object.
  // (A quoted name, «قائد "السيدة العجوز"», is one phrase whatever its words.)
  const quoted = tokens.slice(start + 1, end).some((t) => t.kind === "quote");
  const subject = parseSpeaker(sentence, start + 1, quoted ? end : subjectEnd(tokens, start + 1, end));
  if (!subject.mention) return null;
  const described = subject.kind === "unknown" && isDefinite(normalizeWord(subject.mention.text.split(/\s+/)[0]!));
  // «وغرد ترامب قائلا»: right after a speech verb, a name-like word is its subject.
  if (startCue && subject.kind === "unknown" && !subject.name && subject.mention.text.split(/\s+/).every((w) => looksLikeNameWord(normalizeWord(w)))) {
    return merged(subject, { name: subject.mention.text, kind: "person", verbAt: start });
  }
  if ((subject.kind !== "person" && subject.kind !== "organization" && !described) || (!subject.name && !subject.role && subject.kind === "person"))
    return null;
  return merged(subject, { verbAt: start });
}

/** The most tokens between a contrast and the participle that shares its subject. */
const MAX_CONTRAST_TOKENS = 30;
/**
 * «إلا أن لجنة المسابقات رفضت …، مشيرة إلى …»: after «إلا أن», «لكن» or «غير أن» the subject comes before its verb;
 * it is the noun and the definite words of its construct and adjectives after it.
 */
function subjectAfterContrast(sentence: Sentence, i: number): (ParsedSpeaker & { verbAt: number }) | null {
  const { tokens } = sentence;
  // (The nearest contrast that opens the sentence or follows a comma; the subject starts after «لكن», or after «أن».)
  let from = -1;
  for (let k = i - 2; k >= sentence.from && i - k <= MAX_CONTRAST_TOKENS && from === -1; k--) {
    // (Another report, a quotation or the sentence's end between: the participle hangs on something else.)
    if (arabicCue(tokens[k]) || tokens[k]!.kind === "quote" || isSentenceEnd(tokens[k]!)) return null;
    if (k !== sentence.from && !isComma(tokens[k - 1])) continue;
    const opener = stripConjunction(tokens[k]!.norm);
    if (opener === "لكن") from = k + 1;
    else if (/^(الا|غير)$/.test(opener)) from = tokens[k + 1]?.norm === "ان" ? k + 2 : -2;
  }
  if (from < 0 || from >= i - 2 || tokens[from]!.kind !== "word") return null;
  let end = from + 1;
  while (end < i - 1 && tokens[end]!.kind === "word" && isDefinite(tokens[end]!.norm) && !arabicCue(tokens[end])) end++;
  const subject = parseSpeaker(sentence, from, end);
  if (!subject.mention || (subject.kind !== "person" && subject.kind !== "organization" && subject.kind !== "group")) return null;
  return merged(subject, { verbAt: end });
}

function quotationPointedBack(sentence: Sentence, i: number): Candidate | null {
  const { tokens, quotes } = sentence;
  if (!/^و?هذا$/.test(tokens[i - 2]?.norm ?? "")) return null;
  let close = i - 3;
  if (tokens[close] && isSentenceEnd(tokens[close]!)) close--;
  const quote = quotes.byClose.get(close);
  if (!quote?.closed) return null;
  const speaker = subjectAfterVerb(sentence, i);
  if (!speaker.mention) return null;
  return {
    start: quote.start,
    end: quote.end,
    type: "direct",
    cue: sentence.text.slice(tokens[i - 2]!.start, tokens[i]!.end),
    ...speaker,
    anaphor: false,
    gender: genderOf(stripConjunction(tokens[i]!.norm).slice(0, -1)),
    confidence: 0.8,
  };
}

/**
 * «"…"، هكذا علق الوزير على القرار», «"…"، بهذه الكلمات ودع اللاعب جمهوره»: after a quotation, «هكذا» or
 * «بهذه الكلمات» and any verb name who said it.
 */
function thusSaid(sentence: Sentence, i: number): Candidate | null {
  const { tokens, quotes } = sentence;
  let verb = i + 1;
  if (tokens[i]!.norm === "بهذه") {
    if (!/^(الكلمات|العبارات|العباره|الجمله|الكلمه)$/.test(tokens[i + 1]?.norm ?? "")) return null;
    verb = i + 2;
  }
  // «"…"، هكذا علق», «"…" - هكذا علق»: a comma or a dash after the quotation.
  const close = isComma(tokens[i - 1]) || /^[-–—]$/.test(tokens[i - 1]?.text ?? "") ? i - 2 : i - 1;
  const quote = quotes.byClose.get(close);
  if (!quote?.closed || tokens[verb]?.kind !== "word" || !(arabicCue(tokens[verb]) || couldBeVerb(tokens[verb]!, true))) return null;
  const speaker = namedAfterRolePhrase(sentence, verb) ?? subjectAfterVerb(sentence, verb);
  if (!speaker.mention) return null;
  const gender = genderOf(stripConjunction(tokens[verb]!.norm));
  return {
    start: quote.start,
    end: quote.end,
    type: "direct",
    cue: sentence.text.slice(tokens[i]!.start, tokens[verb]!.end),
    ...speaker,
    anaphor: false,
    gender,
    confidence: 0.8,
  };
}

/**
 * «بهذه الكلمات وصف مسؤول الإغاثة في الأمم المتحدة مارتن غريفيث ما يجري»: a role with its prepositional phrase,
 * then the name, before the verb's object; only when a name is found there.
 */
const MAX_ROLE_PHRASE_TOKENS = 12;
function namedAfterRolePhrase(sentence: Sentence, verb: number): ParsedSpeaker | null {
  const { tokens } = sentence;
  let end = verb + 1;
  while (end < sentence.to && end - verb <= MAX_ROLE_PHRASE_TOKENS && tokens[end]!.kind === "word" && !/^(ما|عما|مما)$/.test(tokens[end]!.norm)) end++;
  const speaker = parseSpeaker(sentence, verb + 1, subjectEnd(tokens, verb + 1, end));
  return speaker.name && speaker.role && speaker.kind === "person" ? speaker : null;
}

/** «"…"، قالت ليلى منصور» and «"…" كما أنذرت إيمي الأنصاري». */
function quoteBeforeVerb(sentence: Sentence, i: number, cue: CueEntry): Candidate | null {
  const { tokens, quotes } = sentence;
  // «"…" وطلبت منه …»: a verb joined by و starts a clause of its own; the quotation is not its content.
  if (/^[وف]/.test(tokens[i]!.norm) && CUES.has(tokens[i]!.norm.slice(1))) return null;
  let k = i - 1;
  if (tokens[k]?.norm === "كما") k--;
  if (isComma(tokens[k])) k--;
  const quote = quotes.byClose.get(k);
  if (!quote || !quote.closed) return null;
  let end = i + 1;
  while (end < sentence.to && !isComma(tokens[end]) && tokens[end]!.kind === "word") end++;
  let speaker = parseSpeaker(sentence, i + 1, end);
  // «استهل الفنان مارسيل خليفة حفلته بأغنية درويش الذي " … "، كما قال»: the subject of the sentence said it.
  if (!speaker.mention && tokens[i - 1]?.norm === "كما") speaker = sentenceSubject(sentence, sentence.clauseStart(quote.open));
  // «"…"، أضاف.»: a verb that closes its sentence after the quotation has the subject dropped.
  const closesAlone = end === i + 1 && (end >= sentence.to || isSentenceEnd(tokens[end]!));
  if (!speaker.mention && !closesAlone) return null;
  return {
    start: quote.start,
    end: quote.end,
    type: "direct",
    cue: sentence.text.slice(tokens[i]!.start, tokens[i]!.end),
    ...speaker,
    anaphor: speaker.mention === null,
    gender: cue.gender,
    confidence: 0.85,
  };
}

/** Where an object phrase starts after the last comma of a speaker range with an apposition, or -1. */
function objectAfterApposition(sentence: Sentence, from: number, to: number): number {
  const { tokens } = sentence;
  let comma = -1;
  let commas = 0;
  for (let k = from; k < to; k++) {
    if (!isComma(tokens[k]) || sentence.depth[k] !== 0) continue;
    commas++;
    comma = k;
  }
  if (commas === 0 || comma + 1 >= to || comma === from) return -1;
  const first = tokens[comma + 1]!;
  if (first.kind !== "word" || isRoleWord(first) || /^(وهو|وهي)$/.test(first.norm)) return -1;
  const norm = first.norm;
  if (
    PREPOSITIONS.has(norm) ||
    CIRCUMSTANCE_STARTERS.has(norm) ||
    MEDIA_PREFIXES.has(norm) ||
    TIME_WORDS.has(norm) ||
    /^لل/.test(norm) ||
    namesInstitution(first) ||
    arabicCue(first)
  )
    return -1;
  return comma + 1;
}

/** The first word after a subject (from token `subjectFrom`, ending at offset `from`), past circumstances and commas, before token `to`. */
function objectAfterSubject(sentence: Sentence, subjectFrom: number, from: number, to: number): number | null {
  const { tokens } = sentence;
  let k = subjectFrom;
  while (k < to && tokens[k]!.start < from) k++;
  const afterSubject = k;
  for (let next = k < to ? circumstanceEnd(sentence, k, to) : -1; next !== -1; next = k < to ? circumstanceEnd(sentence, k, to) : -1) k = next;
  if (k >= to || tokens[k]!.kind !== "word" || arabicCue(tokens[k]) || isComplementiser(tokens[k])) return null;
  // An apposition («، وهو فقيه …»), a joined preposition («بقيادة …») or a comma before the marker: no plain object.
  if (/^و?(هو|هي)$/.test(tokens[k]!.norm) || /^[بل]/.test(tokens[k]!.norm) || isRoleWord(tokens[k]!)) return null;
  // «في تقرير صدر الثلاثاء من …»: a verb after the circumstance's indefinite noun describes it; it is no object.
  const prepositional = k > afterSubject && (PREPOSITIONS.has(tokens[afterSubject]!.norm) || opensPrepositionalPhrase(tokens[afterSubject]));
  if (prepositional && tokens[k - 1]!.kind === "word" && !isDefinite(tokens[k - 1]!.norm) && couldBeVerb(tokens[k]!, true)) return null;
  for (let j = k; j < to; j++) if (isComma(tokens[j])) return null;
  return k;
}

/** «وبحسبه، فإن المشروع سيكتمل»: according to him, the speaker named before. */
function accordingToPronoun(sentence: Sentence, i: number): Candidate | null {
  const { tokens } = sentence;
  let content = i + 1;
  if (isComma(tokens[content])) content++;
  if (/^ف?ان$/.test(tokens[content]?.norm ?? "")) content++;
  const span = buildSpan(sentence, content, endsContent);
  if (!span) return null;
  const suffix = /(ها|هم)$/.exec(tokens[i]!.norm)?.[1];
  const gender: Gender = suffix === "ها" ? "f" : suffix === "هم" ? "plural" : "m";
  return merged(span, { cue: tokens[i]!.text, mention: null, name: null, role: null, kind: null, anaphor: true, gender, confidence: 0.6 });
}

/** «أصدر القصر بيانا جاء فيه أن …», «ورد في بيان صادر عن الحكومة: …». */
function statementNoun(sentence: Sentence, i: number, marker: Marker): Candidate | null {
  const { tokens } = sentence;
  // «وجاء أيضا في تسجيل مرئي: …»
  const at = /^(ايضا|كذلك)$/.test(tokens[i + 1]?.norm ?? "") ? i + 2 : i + 1;
  if (!/^(في|فيه|فيها)$/.test(tokens[at]?.norm ?? "")) return null;
  let speaker: ReturnType<typeof parseSpeaker> = { mention: null, name: null, role: null, kind: null };
  const issuedBy = indexOfNorm(tokens, "عن", i + 1, marker.speakerEnd);
  if (issuedBy !== -1) speaker = parseSpeaker(sentence, issuedBy + 1, marker.speakerEnd);
  else {
    for (let k = i - 1; k >= sentence.from && k >= i - 12; k--) {
      if (/^(و|ف)?اصدر/.test(tokens[k]!.norm)) {
        let end = k + 1;
        while (end < i && !/^(بيانا|بيان|تصريحا|رساله)$/.test(tokens[end]!.norm) && !isComma(tokens[end])) end++;
        speaker = parseSpeaker(sentence, k + 1, end);
        break;
      }
    }
  }
  // «وجاء في بيان الوزارة», «وورد في تقرير لمنظمة الصحة»: the document's owner.
  if (!speaker.mention) speaker = documentOwner(sentence, rangeOf(at + 1, marker.speakerEnd)) ?? speaker;
  const span = buildSpan(sentence, marker.content, endsContent);
  if (!span) return null;
  return merged(
    span,
    {
      cue: sentence.text.slice(tokens[i]!.start, tokens[i + 1]!.end),
    },
    speaker,
    {
      anaphor: speaker.mention === null,
      gender: null,
      confidence: 0.75,
    },
  );
}

/**
 * «على حد تعبير الوزير», «على حد ما ذكره الطبيب»: "in the words of", an according-to frame of two words;
 * «…، كما قال الوزير»: "as the minister said" closing the sentence it attributes.
 */
function inTheWordsOf(tokens: Token[], i: number): boolean {
  if (tokens[i]!.norm === "كما")
    return isComma(tokens[i - 1]) && !!arabicCue(tokens[i + 1]) && tokens[i + 2]?.kind === "word" && !isComplementiser(tokens[i + 2]);
  // «…، على ما قال الوزير»: as the source said (but «على ما يبدو», apparently, has no source).
  if (tokens[i]!.norm === "علي" && tokens[i + 1]?.norm === "ما")
    return isComma(tokens[i - 1]) && !!arabicCue(tokens[i + 2]) && !arabicCue(tokens[i + 2])!.present;
  return tokens[i]!.norm === "علي" && tokens[i + 1]?.norm === "حد" && (/^(تعبير|قول|وصف)/.test(tokens[i + 2]?.norm ?? "") || tokens[i + 2]?.norm === "ما");
}

/** «بحسب X، …», «…، بحسب ما ذكر X», «وحسب رأي عصيد، …», «حسب قولها فإن …». */
function accordingTo(sentence: Sentence, lead: number): Candidate | null {
  const { tokens } = sentence;
  const frame = accordingFrame(sentence, lead);
  if (!frame) return null;
  const { i, cueEnd, document } = frame;
  let { j } = frame;
  if (IN_THE_WORDS_NOUNS.has(tokens[j]?.norm ?? "")) {
    if (/ها$|ه$|هم$/.test(tokens[j]!.norm) && tokens[j]!.norm !== "راي") return inTheirWords(sentence, lead, i, j);
    j++;
  }
  let end = commaBeforeContent(sentence, sourceEnd(sentence, j));
  if (end === j) return null;
  const relative = document ? indexOfNorm(tokens, "الذي", j, end - 2) : -1;
  if (relative !== -1 && /(ه|ها)$/.test(tokens[relative + 1]!.norm)) j = relative + 2;
  // «وبحسب»: a conjunction opens a clause; «وفقا» is one word.
  const atStart =
    lead === sentence.from ||
    (lead === sentence.from + 1 && tokens[sentence.from]!.norm === "و") ||
    (/^و/.test(tokens[lead]!.norm) && !/^وفق/.test(tokens[lead]!.norm));
  // «وبحسب الوزارة فإن …», «وبحسب مصادر لـ"الوطن" تم …»: at the start of a sentence without a comma, the
  // source is a noun phrase with its prepositional phrases, and the content follows it (after فإن, if any).
  const opened = atStart && !isComma(tokens[end]) ? openingSource(sentence, j) : null;
  if (opened) end = opened.phraseEnd;
  const resumes = atStart ? null : clauseResumes(sentence, lead, j, end);
  if (resumes !== null && !isComma(tokens[end])) end = resumes;
  const speaker = withoutJoinedLam(sentence, parseSpeaker(sentence, j, end));
  // «تسير وفق الخطة»: inside a clause, with no comma, a plan or a rule is no agent; the frame says how, not who said it.
  const midClause = !atStart && !isComma(tokens[lead - 1]);
  const agent = speaker.kind !== "unknown" || speaker.name !== null || document || inLexicon(DOCUMENT_HEADS, tokens[j]?.norm ?? "");
  if (midClause && !agent) return null;
  const after = isComplementiser(tokens[end + 1]) === "bare" || tokens[end + 1]?.norm === "فقد" ? end + 2 : end + 1;
  // «وحسب الوكالة، فقد أكد المسؤول أن …»: the medium relays a statement its own cue reports, with its source.
  if (atStart && isComma(tokens[end]) && !opened && cueAt(sentence, after)?.participle === false) return null;
  const span = opened
    ? buildSpan(sentence, opened.content, endsContent)
    : atStart && isComma(tokens[end])
      ? buildSpan(sentence, after, endsContent)
      : attributedBefore(sentence, lead, end, resumes);
  if (!span) return null;
  return merged(
    span,
    {
      cue: sentence.text.slice(tokens[lead]!.start, tokens[Math.max(cueEnd, j - 1)]!.end),
    },
    speaker,
    {
      anaphor: speaker.mention === null,
      gender: null,
      confidence: 0.7,
    },
  );
}

/** The according-to word and what follows it up to the source: «وفقا لما ذكر», «حسب ما جاء في التقرير». */
function accordingFrame(sentence: Sentence, lead: number): { i: number; j: number; cueEnd: number; document: boolean } | null {
  const { tokens } = sentence;
  const i = inTheWordsOf(tokens, lead) && tokens[lead + 1]?.norm !== "ما" ? lead + 1 : lead;
  // «…، مشيرا إلى …، كما يفيد التقرير»: after a statement of its own, «كما» adds the narrator's source, not another statement.
  if (tokens[lead]!.norm === "كما") {
    for (let k = lead - 1; k >= sentence.clauseStart(lead); k--) if (arabicCue(tokens[k]) || tokens[k]!.kind === "quote") return null;
  }
  let j = i + 1;
  let cueEnd = i;
  if (tokens[j]?.norm === "ل" || tokens[j]?.norm === "عن") j++;
  let document = false;
  // «وفقا لما ذكر»: ل and ما written as one word. «حسبما قال»: حسب and ما written as one word.
  const joinedMa = /^و?حسبما$/.test(tokens[i]!.norm);
  if (tokens[j]?.norm === "ما" || tokens[j]?.norm === "لما" || joinedMa) {
    if (!joinedMa) j++;
    // «حسب ما ذكره المحلل»: the verb may carry ما's pronoun.
    if (arabicCue(tokens[j]) || (tokens[j]?.norm.endsWith("ه") && cueForWord(stripConjunction(tokens[j]!.norm).slice(0, -1)))) j++;
    if (tokens[j]?.norm === "به") j++;
    cueEnd = j - 1;
    // «حسب ما جاء في التقرير الذي قدمته الشركة»: the source is the document, or whoever issued it.
    if (tokens[j]?.norm === "في") {
      j++;
      document = true;
    }
  }
  return { i, j, cueEnd, document };
}

/** «حسب قوله، …», «والمشروع سيكتمل قريبا، حسب قوله.»: the words' owner is a pronoun; closing its sentence, the frame attributes the clause before it. */
function inTheirWords(sentence: Sentence, lead: number, i: number, j: number): Candidate | null {
  const { tokens } = sentence;
  const content = isComplementiser(tokens[j + 1]) === "bare" ? j + 2 : j + 1;
  const closing = isComma(tokens[lead - 1]) && (j + 1 >= sentence.to || isSentenceEnd(tokens[j + 1]!));
  const span = closing ? clauseBefore(sentence, lead, lead - 1) : buildSpan(sentence, content, endsContent);
  if (!span) return null;
  const cue = sentence.text.slice(tokens[i]!.start, tokens[j]!.end);
  return merged(span, {
    cue,
    mention: null,
    name: null,
    role: null,
    kind: null,
    anaphor: true,
    gender: /ها$/.test(tokens[j]!.norm) ? ("f" as const) : null,
    confidence: 0.6,
  });
}

/** Where the source named after the frame ends: a comma, an outlet told, or a dozen words; «بحسب معهد "فريزر" الكندي»: a short quoted name is part of it. */
/** «بحسب مصدر مطلع تحدث لوكالة الأنباء، فإن …»: the outlet a source spoke to stays in its phrase, up to the comma before «فإن». */
const MAX_OUTLET_TOKENS = 6;
function commaBeforeContent(sentence: Sentence, end: number): number {
  const { tokens } = sentence;
  if (isComma(tokens[end]) || !MEDIA_PREFIXES.has(tokens[end]?.norm ?? "")) return end;
  for (let k = end + 1; k < sentence.to && k - end <= MAX_OUTLET_TOKENS; k++) {
    if (isComma(tokens[k])) return /^(فان|فانه|فانها|فقد)$/.test(tokens[k + 1]?.norm ?? "") ? k : end;
    if (tokens[k]!.kind !== "word" && !sentence.quotes.byOpen.has(k) && !sentence.quotes.byClose.has(k)) return end;
  }
  return end;
}

function sourceEnd(sentence: Sentence, j: number): number {
  const { tokens } = sentence;
  let end = j;
  while (end < sentence.to && !isComma(tokens[end]) && !MEDIA_PREFIXES.has(tokens[end]!.norm) && end - j < 12) {
    const named = end > j ? shortQuotedName(sentence, end, 5) : null;
    if (named) end = named.close + 1;
    else if (tokens[end]!.kind === "word") end++;
    else break;
  }
  return end;
}

/**
 * Where the clause an according-to frame interrupts goes on after its source, or null when the frame closes it:
 * after a comma («وتعمل الحكومة، بحسب الوزير، على …»), or, without commas, after the source's noun phrase when a
 * number or a preposition of the clause's verb follows («وارتفع عدد الضحايا بحسب وزارة الصحة إلى 50 قتيلا»); «في» may
 * still be the source's own («بحسب وزارة الصحة في غزة»).
 */
const CLAUSE_GOES_ON = new Set(["من", "عن", "الي", "علي", "مع"]);
function clauseResumes(sentence: Sentence, lead: number, j: number, end: number): number | null {
  const { tokens } = sentence;
  if (isComma(tokens[lead - 1]))
    // («ويعيش الفريق، وفق ما يقول مدربه، "أفضل فتراته"»: the clause may go on with a quotation.)
    return isComma(tokens[end]) &&
      (tokens[end + 1]?.kind === "word" || sentence.quotes.byOpen.has(end + 1)) &&
      !arabicCue(tokens[end + 1]) &&
      !isNewStatementAt(sentence, end + 1)
      ? end + 1
      : null;
  if (lead <= sentence.clauseStart(lead)) return null;
  let stop = j;
  while (stop < end && tokens[stop]!.kind === "word" && !/^\d/.test(tokens[stop]!.norm) && !(stop > j && opensPrepositionalPhrase(tokens[stop]))) stop++;
  const next = tokens[stop];
  if (stop === j || stop >= end || next?.kind !== "word" || j + nounPhrase(tokens.slice(j, stop)).end < stop) return null;
  return /^\d/.test(next.norm) || CLAUSE_GOES_ON.has(next.norm) ? stop : null;
}

/** The clause before an according-to frame that closes or interrupts it; never when a cue before it relays the statement. */
function attributedBefore(sentence: Sentence, lead: number, end: number, resumes: number | null): { start: number; end: number; type: StatementType } | null {
  const { tokens } = sentence;
  // «أعلنت المجموعة عزمها …، حسب ما أفادت به الإذاعة»: the outlet relays the statement; its source made it.
  for (let k = lead - 1, floor = Math.max(sentence.clauseStart(lead), lead - 60); k >= floor; k--) {
    const cue = sentence.depth[k] === 0 ? arabicCue(tokens[k]) : null;
    if (!cue || SOURCELESS.has(tokens[k]!.norm)) continue;
    if (cue.participle) break;
    return null;
  }
  let last = lead - 1;
  // «…، وذلك حسب …»: the pointer back belongs to the attribution.
  if (/^و?ذلك$/.test(tokens[last]?.norm ?? "")) last--;
  if (isComma(tokens[last])) last--;
  if (last < sentence.from) return null;
  const span = clauseBefore(sentence, lead, last + 1);
  // Inside its clause, the rest of the clause is said too.
  const rest = span && resumes !== null ? buildSpan(sentence, resumes, endsContent) : null;
  if (!span || !rest) return span;
  // («…، وفق ما يقول مدربه، "أفضل فتراته"»: a quotation going on with the clause keeps its closing mark, as in a mixed statement.)
  const quotation = sentence.quotes.byOpen.get(resumes!);
  const restEnd = rest.type === "direct" && quotation?.closed ? sentence.tokens[quotation.close]!.end : rest.end;
  return merged(span, { end: restEnd, type: rest.type === "indirect" ? span.type : "mixed" });
}

/** «واستدعت الرياض سفيرها، وفق البيان»: the clause before a closing frame, up to `end`, without its leading و. */
function clauseBefore(sentence: Sentence, lead: number, end: number): ReturnType<typeof buildSpan> {
  const first = sentence.tokens[sentence.clauseStart(lead)]!;
  const span = buildSpan(sentence, sentence.clauseStart(lead), endsContent, end);
  if (span && span.start === first.start && leadingWaw(first)) span.start++;
  return span;
}

/**
 * A word that opens with the conjunction و before a verb («وارتفع», «ويعتبر», «وبلغ») or a definite noun
 * («والمشروع»); the words whose و is their own are a table.
 */
function leadingWaw(token: Token): boolean {
  const rest = token.norm.slice(1);
  if (token.kind !== "word" || token.norm[0] !== "و" || !/^و/.test(token.text) || WORDS_IN_WAW.has(token.norm)) return false;
  return /^ال./.test(rest) || (rest.length >= 4 && /^[اتين]/.test(rest)) || (rest.length === 3 && !/[اةه]$/.test(rest));
}

/** Where a source opening a sentence ends, and where its content starts: after its phrase and any فإن / إن. */
function openingSource(sentence: Sentence, from: number): { phraseEnd: number; content: number } | null {
  const { tokens } = sentence;
  let k = from;
  while (k < sentence.to && k - from < 10 && tokens[k]!.kind === "word" && !isComplementiser(tokens[k])) k++;
  const words = tokens.slice(from, k);
  let phraseEnd = from + Math.max(1, nounPhrase(words).end);
  while (phraseEnd > from + 1 && opensPrepositionalPhrase(tokens[phraseEnd - 1])) phraseEnd--;
  let end = phraseEnd;
  for (let guard = 0; guard < 3 && end < sentence.to; guard++) {
    const quote = sentence.quotes.byOpen.get(end);
    if (quote?.closed && quote.close - quote.open <= 5) end = quote.close + 1;
    else if (opensPrepositionalPhrase(tokens[end])) end = prepositionalPhraseEnd(sentence, end, sentence.to);
    else break;
  }
  const content = isComplementiser(tokens[end]) === "bare" ? end + 1 : end;
  let rest = 0;
  for (let m = content; m < sentence.to && !isSentenceEnd(tokens[m]!); m++) if (tokens[m]!.kind === "word") rest++;
  return rest >= 3 && !isComma(tokens[end]) ? { phraseEnd, content } : null;
}

/** «لوزارة الصحة» after وفقا: the source is «وزارة الصحة»; «للأمم المتحدة» is «الأمم المتحدة». */
function withoutJoinedLam(sentence: Sentence, speaker: ParsedSpeaker): ParsedSpeaker {
  const mention = speaker.mention;
  if (!mention || speaker.name || !/^ل[^ـ]/.test(mention.text)) return speaker;
  const rest = normalizeWord(mention.text.split(/\s+/)[0]!.slice(1));
  if (!isOrganizationHead(rest) && !isOrganizationHead(`ا${rest}`) && !/^ل/.test(rest)) return speaker;
  const name = mention.text.startsWith("لل") ? `ا${mention.text.slice(1)}` : mention.text.slice(1);
  return merged(speaker, { name, kind: speaker.kind === "unknown" || !speaker.kind ? "organization" : speaker.kind });
}

function indexOfNorm(tokens: Token[], norm: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (tokens[k]!.norm === norm) return k;
  return -1;
}

/** «إلا أن مارك زوكربيرغ، مؤسس فيسبوك، أوضح أن …»: subject first, verb after. */
function subjectBeforeVerb(sentence: Sentence, i: number): ParsedSpeaker | null {
  const { tokens } = sentence;
  const before = tokens[i - 1]?.norm ?? "";
  if (/^(و|ف)?(لكن|ان|لان)(ه|ها|هم)$/.test(before)) return null;
  // «ألقى الرئيس كلمة أكد فيها»: the speaker is the subject of the verb that introduced the speech.
  const speech = /^(فيه|فيها)$/.test(tokens[i + 1]?.norm ?? "")
    ? lastIndexMatching(
        tokens,
        /^(و?مع|في|ب)?(كلمه|كلمته|بيانا|بيان|رساله|خطابا|تصريحا|تصريح|تقريرا|التقرير|البيان|حديث|حديثا|مقابله)$/,
        i - 1,
        Math.max(sentence.from, i - 10),
      )
    : -1;
  if (speech !== -1) {
    const owner = speechOwner(sentence, speech, i);
    if (owner !== undefined) return owner;
  }
  let k = i - 1;
  while (k > sentence.from && /^(قد|لقد)$/.test(tokens[k]!.norm)) k--;
  // «الوزارة كانت قد أعلنت»: the subject stands before the verb of being that dates the report.
  if (k > sentence.from && /^(كان|كانت|كانوا)$/.test(tokens[k]!.norm) && k < i - 1) k--;
  const end = k + 1;
  while (k >= sentence.from && i - k <= 16 && !endsSubjectBefore(sentence, k)) k--;
  if (i - k > 16 || k + 1 >= end) return null;
  // «وفي تأكيده أن المشروع سيكتمل، أشار»: what a complementiser opened and a comma closed is said, not a subject;
  // but «إلا أن مايا كوسيانيتش، المتحدثة باسم أشتون، نفت» is a contrast whose subject sits in apposition.
  const contrast = /^(الا|غير|بيد)$/.test(tokens[k - 1]?.norm ?? "");
  if (k >= sentence.from && isComplementiser(tokens[k]) === "bare" && !contrast && isComma(tokens[end - 1])) return null;
  if (opensPrepositionalPhrase(tokens[k + 1]) || isAdverbialAccusative(tokens[k + 1]!)) return null;
  for (let m = k + 1; m < end; m++) {
    // «المقربون من المغني» is one phrase; «من جهته» is not a subject.
    if (tokens[m]!.norm === "من" && m > k + 1 && isDefinite(tokens[m - 1]!.norm)) continue;
    if (NOT_IN_SUBJECT.has(tokens[m]!.norm)) return null;
  }
  let words = 0;
  for (let m = k + 1; m < end; m++) if (tokens[m]!.kind === "word") words++;
  if (words > 10) return null;
  const parsed = parseSpeaker(sentence, k + 1, end);
  return parsed.mention ? withoutConjunction(parsed) : null;
}

/** «والرئيس أكد»: the و opening a subject before its verb joins the sentence, it is no part of the speaker. */
function withoutConjunction(speaker: ParsedSpeaker): ParsedSpeaker {
  const { mention } = speaker;
  if (!mention || !/^و(ال|لل)/.test(mention.text)) return speaker;
  const strip = (text: string | null) => (text !== null && /^و(ال|لل)/.test(text) ? text.slice(1) : text);
  return merged(speaker, {
    mention: merged(mention, { start: mention.start + 1, text: mention.text.slice(1) }),
    name: strip(speaker.name),
    role: strip(speaker.role),
  });
}

/** Walking back from a verb, the words that end the subject before it: a sentence end, a complementiser, a particle, another cue. */
function endsSubjectBefore(sentence: Sentence, k: number): boolean {
  const token = sentence.tokens[k]!;
  return (
    (isSentenceEnd(token) && sentence.depth[k] === 0) ||
    isComplementiser(token) === "bare" ||
    SUBJECT_ENDERS.has(token.norm) ||
    !!arabicCue(token) ||
    INTRODUCING_VERBS.has(token.norm) ||
    isColon(token)
  );
}

/**
 * «التقرير السنوي للنقابة الوطنية للصحفيين، صرحت فيه», «في تصريح صحفي لمدير عام التعليم، أكد فيه»: the document's
 * owner, after its adjectives, speaks through it; «قام الاتحاد الدولي … إلى إصدار بيان»: or the subject of the verb
 * that issued it. Undefined when neither is found, null when the issuer names nobody.
 */
function speechOwner(sentence: Sentence, speech: number, i: number): ParsedSpeaker | null | undefined {
  const { tokens } = sentence;
  let owner = speech + 1;
  while (owner < i && !/^ل/.test(tokens[owner]!.norm) && (isDefinite(tokens[owner]!.norm) || /(ي|يه)$/.test(tokens[owner]!.norm))) owner++;
  if (owner < i && /^ل./.test(tokens[owner]!.norm) && tokens[owner]!.norm.length > 3 && !MEDIA_PREFIXES.has(tokens[owner]!.norm))
    return ownerAfterLam(sentence, owner, i);
  for (let v = speech - 1; v >= sentence.from && v >= speech - 14; v--) {
    if (!/^(و|ف)?(القي|القت|اصدر|اصدرت|وجه|وجهت|نشر|نشرت|قدم|قدمت|قام|قامت)$/.test(tokens[v]!.norm)) continue;
    // The subject ends at the preposition.
    let end = v + 1;
    while (end < speech && !PREPOSITIONS.has(tokens[end]!.norm)) end++;
    const parsed = parseSpeaker(sentence, v + 1, end);
    return parsed.mention ? parsed : null;
  }
  return undefined;
}

/** «تصريح لمدير عام التعليم»: the owner joined to ل, read as the noun phrase it starts. */
function ownerAfterLam(sentence: Sentence, owner: number, i: number): ParsedSpeaker {
  const { tokens } = sentence;
  let end = owner;
  while (end < i && tokens[end]!.kind === "word") end++;
  const lam = tokens[owner]!;
  const words = [
    merged(lam, { norm: lam.norm.startsWith("لل") ? `ا${lam.norm.slice(1)}` : lam.norm.slice(1), cue: undefined }),
    ...tokens.slice(owner + 1, end),
  ];
  const last = tokens[owner + Math.max(1, nounPhrase(words).end) - 1]!;
  const text = sentence.text.slice(lam.start, last.end);
  const name = lam.norm.startsWith("لل") ? `ال${text.slice(2)}` : text.slice(1).replace(/^ـ/, "");
  return {
    mention: { start: lam.start, end: last.end, text },
    name,
    role: null,
    kind: isOrganizationHead(normalizeWord(name.split(" ")[0]!)) ? "organization" : "unknown",
  };
}

function lastIndexMatching(tokens: Token[], pattern: RegExp, from: number, floor: number): number {
  for (let k = from; k >= floor; k--) if (pattern.test(tokens[k]!.norm)) return k;
  return -1;
}

/**
 * Where a statement's content ends: where a new statement starts, or where the narrator sets the scene after a
 * comma («…، وذلك خلال مؤتمر …», «…، في كلمة ألقاها …») or in brackets («… (وفق الوكالة)»). Only content ends
 * there: between a cue and its «أن» the same words are the speaker's circumstances.
 */
export function endsContent(sentence: Sentence, k: number): boolean {
  if (isNewStatementAt(sentence, k)) return true;
  const token = sentence.tokens[k]!;
  if (token.kind !== "word") return false;
  const previous = sentence.tokens[k - 1];
  if (previous?.text === "(" && inLexicon(ACCORDING_TO, token.norm)) return true;
  return isComma(previous) && narratorCircumstance(sentence, k);
}

/** A new statement starts here: a cue verb or participle, or a contrast («بينما قال»). */
export function isNewStatementAt(sentence: Sentence, k: number): boolean {
  const token = sentence.tokens[k]!;
  if (token.kind !== "word") return false;
  const cue = reportingCueAt(sentence, k);
  const verdict = cue ? cueOpensStatement(sentence, k, cue) : null;
  if (verdict !== null) return verdict;
  return (
    (!cue && adverbBeforeCue(sentence, k)) ||
    narratorAfterComma(sentence, k) ||
    conjunctionBreak(sentence, k) ||
    narratorGloss(sentence, k) ||
    secondSource(sentence, k)
  );
}

/** A speech verb after a comma, a conjunction it lacks, or opening a clause of its own: a statement starts, unless the verb names no source. */
function cueOpensStatement(sentence: Sentence, k: number, cue: CueEntry): boolean | null {
  const { tokens } = sentence;
  const token = tokens[k]!;
  const previous = tokens[k - 1];
  // («وصف», «وعد» begin with و themselves: only a و the bare form lacks is a conjunction.)
  if (isComma(previous) || (/^[وف]/.test(token.norm) && !CUES.has(token.norm)) || cue.participle || CONJUNCTION_BREAKS.has(previous?.norm ?? ""))
    return !SOURCELESS.has(stripConjunction(token.norm));
  // «…، ومؤخرا أعلنت المنظمة أن», «… ومرة قال: إن»: a speech verb opening a clause of its own.
  if (!cue.participle && (isColon(tokens[k + 1]) || (/^و/.test(previous?.norm ?? "") && !/(ها|هم)$/.test(previous?.text ?? "") && isComma(tokens[k - 2]))))
    return !SOURCELESS.has(token.norm);
  return null;
}

/**
 * …and the adverb that opens that clause belongs to it, not to the statement before («ورفضها وصف …» carries a
 * pronoun: a verbal noun, the subject going on, not an adverb). Cheap tests first: this runs for every word of every content.
 */
function adverbBeforeCue(sentence: Sentence, k: number): boolean {
  const { tokens } = sentence;
  const token = tokens[k]!;
  if (token.norm.length <= 3 || token.norm[0] !== "و" || /(ها|هم)$/.test(token.text) || !(isComma(tokens[k - 1]) || isColon(tokens[k + 2]))) return false;
  const next = k + 1 < sentence.to ? reportingCueAt(sentence, k + 1) : null;
  return !!next && !next.participle && !SOURCELESS.has(tokens[k + 1]!.norm);
}

/** After a comma, the narrator's own words: a source, a consequence, a contrast, an explanation of what the source meant. */
function narratorAfterComma(sentence: Sentence, k: number): boolean {
  const { tokens } = sentence;
  const token = tokens[k]!;
  if (!isComma(tokens[k - 1])) return false;
  if (inLexicon(ACCORDING_TO, token.norm)) return true;
  // «…، مما جعلها …», «…، وسط رفض …», «…، ذلك البلد الذي …», «…، واضعة بذلك …»: the narrator goes on after the report.
  if (
    inLexicon(NARRATOR_CONTINUATIONS, token.norm) ||
    (/^(ذلك|تلك)$/.test(token.norm) && isDefinite(tokens[k + 1]?.norm ?? "")) ||
    tokens[k + 1]?.norm === "بذلك"
  )
    return true;
  // «…، كما يفيد التقرير الأخير», «…، على حد تعبيره»: the narrator's source closing the sentence.
  if (inTheWordsOf(tokens, k) || (token.norm === "كما" && reportingCueAt(sentence, k + 1))) return true;
  // «…، دون أن يتسنى التحقق منها», «…، دون أن يقدم تفاصيل»: the narrator notes what could not be checked or was left out.
  if (token.norm === "دون" && tokens[k + 1]?.norm === "ان" && UNSTATED_VERBS.has(tokens[k + 2]?.norm ?? "")) return true;
  // «…، في حين بلغ عدد الضحايا»: the narrator's contrast, never the source's words.
  if (token.norm === "في" && tokens[k + 1]?.norm === "حين") return true;
  // «…، بالإشارة إلى النظام الجديد», «…، في إشارة إلى»: the narrator explains what the source meant.
  return token.norm === "بالاشاره" || (token.norm === "في" && tokens[k + 1]?.norm === "اشاره");
}

/**
 * «…، حيث قال», «بينما قال نظيره»: the conjunction already belongs to the next statement; «…، حيث تحدث عن إنجازاتها»:
 * likewise a verb that brings in a speaker. «فيما» and «بينما» (whereas) bring in a clause of contrast, the narrator's
 * more often than not; «حيث» and «إذ» (as) an explanation, the speaker's more often than not.
 */
function conjunctionBreak(sentence: Sentence, k: number): boolean {
  const { tokens } = sentence;
  const token = tokens[k]!;
  if (!inLexicon(CONJUNCTION_BREAKS, token.norm) && !/^(وفيما|وبينما)$/.test(token.norm)) return false;
  const contrast = /^و?(فيما|بينما)$/.test(token.norm);
  const afterConjunction = k + 1 >= sentence.to ? null : contrast ? cueAt(sentence, k + 1) : reportingCueAt(sentence, k + 1);
  const comma = isComma(tokens[k - 1]);
  if ((afterConjunction && !afterConjunction.participle) || (comma && SPEECH_ACT_VERBS.has(tokens[k + 1]?.norm ?? ""))) return true;
  // «…، فيما نفت كذلك التهم»: after a comma, whereas and a verb is the narrator's contrast.
  const next = tokens[k + 1];
  return contrast && comma && next?.kind === "word" && couldBeVerb(next) && !isDefinite(next.norm);
}

/** «" … " وهو بذلك يستبعد …»: the narrator's gloss on a quotation that has just closed. */
function narratorGloss(sentence: Sentence, k: number): boolean {
  const previous = sentence.tokens[k - 1];
  if (!/^و(هو|هي)$/.test(sentence.tokens[k]!.norm)) return false;
  // «…مع النيجر، وهي دولة متاخمة …»: the narrator says what a place or a body is.
  if (isComma(previous) && inLexicon(GLOSS_NOUNS, sentence.tokens[k + 1]?.norm ?? "")) return true;
  return previous?.kind === "quote" && sentence.quotes.byClose.has(k - 1);
}

/** «…، وهذا ما أكده مستشار الرئيس»: a second source confirming. */
function secondSource(sentence: Sentence, k: number): boolean {
  const { tokens } = sentence;
  const third = tokens[k + 2]?.norm ?? "";
  return (
    isComma(tokens[k - 1]) &&
    /^و?(هذا|هو|هذه)$/.test(tokens[k]!.norm) &&
    tokens[k + 1]?.norm === "ما" &&
    /ه$/.test(third) &&
    cueForWord(third.slice(0, -1)) !== null
  );
}

/**
 * A cue that starts a new report inside running content. A present form or a verb with other senses
 * («ويعلنون تشبثهم», «حيث استبعدت الخطة») does so only with a complementiser, colon or quotation ahead.
 */
function reportingCueAt(sentence: Sentence, k: number): CueEntry | null {
  const cue = cueAt(sentence, k);
  // «، طلب عدم الكشف عن اسمه،»: the source's request for anonymity, not a new report.
  if (cue && ANONYMITY_CLAUSES.has(sentence.tokens[k]!.norm) && /^(عدم|الا|ان)$/.test(sentence.tokens[k + 1]?.norm ?? "")) return null;
  if (!cue || cue.participle || !(cue.present || cue.clauseOnly)) return cue;
  const { tokens } = sentence;
  for (let j = k + 1; j < Math.min(sentence.to, k + 12); j++) {
    const token = tokens[j]!;
    if (isComplementiser(token) || isColon(token) || (token.kind === "quote" && sentence.quotes.byOpen.has(j))) return cue;
    if (isSentenceEnd(token) || arabicCue(token)) return null;
  }
  return null;
}

export type ParsedSpeaker = SpeakerFields;

/** The speaker between a cue and its content: drops time words and circumstances, splits role from name. */
export function parseSpeaker(sentence: Sentence, from: number, to: number): ParsedSpeaker {
  const { tokens } = sentence;
  const scan = scanSpeaker(sentence, from, to);
  const { segments, quotedWords } = scan;
  for (const segment of segments) dropTitles(tokens, segment);
  const core = segments.find((segment) => segment.length > 0);
  // «وجاء ذلك بعد اعترافه»: a demonstrative alone points at an event, never at a source.
  if (!core || (core.length === 1 && inLexicon(DEMONSTRATIVES, tokens[core[0]!]!.norm))) return { mention: null, name: null, role: null, kind: null };
  const owner = documentOwner(sentence, core);
  if (owner) return owner;
  const phrase = nounPhrase(core.map((k) => tokens[k]!));
  const trailingRole = cutCore(tokens, core, phrase.end, quotedWords);
  const apposition =
    trailingRole ??
    segments
      .slice(segments.indexOf(core) + 1)
      .find(
        (segment) => segment.length > 0 && (isRoleWord(tokens[segment[0]!]!) || tokens[segment[0]!]!.norm === "وهو" || tokens[segment[0]!]!.norm === "وهي"),
      );
  const first = tokens[core[0]!]!;
  const mention = balancedMention(sentence.text, first.start, tokens[core[core.length - 1]!]!.end);
  let { name, role } = nameAndRole(sentence, core, phrase.nameStart, quotedWords, mention.text);
  if (!name && !role && apposition && !isOrganization(core.map((k) => tokens[k]!))) name = mention.text;
  // «وزيرة التخطيط، هالة السعيد، إن»: a name in apposition after a role is the speaker, the role is theirs, even when
  // the role ends in a proper noun («مدرب ريال مدريد، كارلو أنشيلوتي،»).
  const next = segments[segments.indexOf(core) + 1];
  const appositionName = calledSegment(sentence, next) ?? (isRoleWord(first) ? nameSegment(sentence, next) : null);
  if (appositionName) {
    name = appositionName.text;
    role = mention.text;
    Object.assign(mention, { end: appositionName.end, text: sentence.text.slice(mention.start, appositionName.end) });
  }
  const roleText = !role && apposition ? appositionText(sentence, apposition) : role;
  const window = segments.flat().map((k) => tokens[k]!.norm);
  if (scan.anonymousClause && ANONYMOUS_HEADS.has(stripArticle(stripConjunction(first.norm)))) name = null;
  const kind =
    scan.anonymousClause && !name
      ? "anonymous"
      : kindOf(
          core.map((k) => tokens[k]!),
          name,
          window,
        );
  return { mention, name, role: roleText, kind };
}

/** «أحد السكان، ويدعى محمد،», «، واسمه …»: the name an aside gives an unnamed speaker. */
function calledSegment(sentence: Sentence, segment: number[] | undefined): { text: string; end: number } | null {
  const { tokens } = sentence;
  const opener = tokens[segment?.[0] ?? -1]?.text ?? "";
  if (!segment || segment.length < 2 || !(IS_CALLED.test(opener) || /^و?(اسمه|اسمها)$/.test(opener))) return null;
  const first = tokens[segment[1]!]!;
  const last = tokens[segment[segment.length - 1]!]!;
  return { text: sentence.text.slice(first.start, last.end), end: last.end };
}

/** The words between a cue and its content, split at commas into segments, with what was skipped on the way. */
interface SpeakerScan {
  sentence: Sentence;
  from: number;
  to: number;
  segments: number[][];
  quotedWords: Set<number> | null;
  skipping: boolean;
  anonymousClause: boolean;
}

function scanSpeaker(sentence: Sentence, from: number, to: number): SpeakerScan {
  const { tokens } = sentence;
  const scan: SpeakerScan = { sentence, from, to, segments: [[]], quotedWords: null, skipping: false, anonymousClause: false };
  for (let k = from; k < to; k++) {
    if (isComma(tokens[k])) {
      scan.segments.push([]);
      scan.skipping = false;
      continue;
    }
    if (scan.skipping) continue;
    const last = fillerEnd(scan, k) ?? quotedEnd(scan, k) ?? speakerCircumstanceEnd(scan, k) ?? complementEnd(scan, k);
    if (last === null) currentSegment(scan).push(k);
    else k = last;
  }
  return scan;
}

function currentSegment(scan: SpeakerScan): number[] {
  return scan.segments[scan.segments.length - 1]!;
}

/** Words that are never the speaker and are passed over: brackets, anonymity and participles, sides, times, particles. Returns the last one. */
function fillerEnd(scan: SpeakerScan, k: number): number | null {
  const { tokens } = scan.sentence;
  const token = tokens[k]!;
  const next = tokens[k + 1]?.norm ?? "";
  if (token.kind === "punct" && token.text === "(") {
    while (k < scan.to && tokens[k]!.text !== ")") k++;
    return k;
  }
  // «فضل عدم ذكر اسمه»: but «المحلل فضل البوعينين» is a man called Fadl.
  // «لم يشأ الكشف عن هويته», «لا يرغب في ذكر اسمه»: the negation opens the same clause.
  const anonymity = (ANONYMITY_CLAUSES.has(token.norm) && ANONYMITY_COMPLEMENTS.has(next)) || (/^(لم|لا)$/.test(token.norm) && ANONYMITY_CLAUSES.has(next));
  if (anonymity || (arabicCue(token)?.participle ?? false)) {
    if (anonymity) scan.anonymousClause = true;
    scan.skipping = true;
    return k;
  }
  // «خبير اقتصادي تحدث للصحيفة»: a verb that introduces a source, after an indefinite noun, opens a clause describing it.
  if (INTRODUCING_VERBS.has(token.norm) && currentSegment(scan).length > 0 && !isDefinite(tokens[k - 1]?.norm ?? "ال")) {
    scan.skipping = true;
    return k;
  }
  if (REVEALING_OBJECTS.has(token.norm)) return k;
  if ((token.norm === "من" || token.norm === "ومن") && SIDE_WORDS.has(next)) return k + 1;
  if (token.norm === "في" && DEMONSTRATIVES.has(next)) return k + 2;
  if (token.norm === "في" && TIME_SPAN_NOUNS.has(next)) {
    k++;
    while (k + 1 < scan.to && tokens[k + 1]!.kind === "word" && /^\d|^م$|^(الماضي|الجاري|المقبل|سابق|لاحق|متاخر|مبكر|قريب)$/.test(tokens[k + 1]!.norm)) k++;
    return k;
  }
  if (/^(قد|فقد|لقد|وقد|كما|ثم)$/.test(token.norm)) return k;
  if (isMannerPhrase(token.norm)) {
    if (currentSegment(scan).length > 0) scan.skipping = true;
    return k;
  }
  // «حذرت الشهر الماضي من أن»: a period and its «الماضي/المقبل» are a time, not a subject.
  if (/^(العام|السنه|الاسبوع|الشهر|الموسم|الليله)$/.test(token.norm) && /^(الماضي|المقبل|الجاري|الحالي|القادم|الفائت|المنصرم)$/.test(next)) return k + 1;
  return null;
}

/** «صحيفة " هآرتس " الإسرائيلية», «مؤسس " فيسبوك "»: a short quoted name is part of the speaker; any other quotation ends it. */
function quotedEnd(scan: SpeakerScan, k: number): number | null {
  const { tokens, quotes } = scan.sentence;
  const token = tokens[k]!;
  const quoted = token.kind === "quote" ? quotes.byOpen.get(k) : undefined;
  if (
    quoted &&
    quoted.closed &&
    quoted.close < scan.to &&
    (quoted.close - quoted.open <= 4 || (k > scan.from && namesInstitution(tokens[k - 1]!) && quoted.close - quoted.open <= 9))
  ) {
    for (let m = k + 1; m < quoted.close; m++) {
      if (tokens[m]!.kind !== "word") continue;
      currentSegment(scan).push(m);
      (scan.quotedWords ??= new Set()).add(m);
    }
    return quoted.close;
  }
  if (token.kind === "quote" || token.kind === "break") {
    scan.skipping = true;
    return k;
  }
  return null;
}

/** Times, outlets told, purposes, circumstances and relative clauses: they end the speaker's segment or are skipped. */
function speakerCircumstanceEnd(scan: SpeakerScan, k: number): number | null {
  const { tokens } = scan.sentence;
  const token = tokens[k]!;
  const norm = token.norm;
  const segment = currentSegment(scan);
  // «قناة روسيا اليوم», «صحيفة مصر اليوم»: «اليوم» ends a media outlet's name, not a time.
  const outletName =
    norm === "اليوم" && segment.length >= 2 && segment.some((m) => MEDIA_HEADS.has(stripConjunction(tokens[m]!.norm))) && segment[segment.length - 1] === k - 1;
  if (!outletName && (TIME_WORDS.has(norm) || TIME_WORDS.has(stripConjunction(norm)))) {
    if (segment.length > 0) scan.skipping = true;
    return k;
  }
  if (/^\d+$/.test(norm) && segment.length === 0) return k;
  // «وقال الوزير لوكالة الأنباء»: told to an outlet; but «الموقع الرسمي للتلفزيون»: an outlet's own genitive.
  const outletGenitive =
    MEDIA_PREFIXES.has(norm) &&
    segment.length > 0 &&
    (inLexicon(MEDIA_HEADS, stripArticle(tokens[segment[0]!]!.norm)) || isOrganization([tokens[segment[0]!]!]));
  // («قائد الفريق للحديث عن …»: ل with a noun of speaking is the purpose, not the phrase.)
  // («ووفقا للبيان»: after an according-to word, ل brings in the source.)
  const purpose = norm.startsWith("لل") && CIRCUMSTANCE_NOUNS.has(norm.slice(2)) && !inLexicon(ACCORDING_TO, tokens[k - 1]?.norm ?? "");
  // («في المؤتمر الصحفي»: the noun with its article too, unless a title follows: «الباحث في الدراسة الدكتور فيصل».)
  const next = tokens[k + 1]?.norm ?? "";
  let titledAfter = false;
  for (let m = k + 2; m < Math.min(scan.to, k + 5) && tokens[m]!.kind === "word" && !isComplementiser(tokens[m]); m++)
    titledAfter ||= TITLES.has(tokens[m]!.norm);
  const definiteCircumstance = CIRCUMSTANCE_NOUNS.has(stripArticle(next)) && !titledAfter;
  const circumstance = CIRCUMSTANCE_STARTERS.has(norm) || ((norm === "في" || norm === "علي") && (CIRCUMSTANCE_NOUNS.has(next) || definiteCircumstance));
  if ((MEDIA_PREFIXES.has(norm) && !outletGenitive) || purpose || circumstance) {
    scan.skipping = true;
    return k;
  }
  // «المسؤول الذي تحدث لـ"الوطن"»: a relative clause describes the speaker and is never part of the phrase.
  if (segment.length > 0 && (inLexicon(RELATIVE_PRONOUNS, norm) || /^(ما|مما|عما)$/.test(norm))) {
    // «… الذي طلب عدم ذكر اسمه»: the clause may still say the source is anonymous.
    for (let m = k + 1; m < scan.to && !isComma(tokens[m]); m++) if (ANONYMITY_CLAUSES.has(tokens[m]!.norm)) scan.anonymousClause = true;
    scan.skipping = true;
    return k;
  }
  return null;
}

/** Prepositional phrases and adverbial accusatives: skipped whole before the speaker, ending it after. */
function complementEnd(scan: SpeakerScan, k: number): number | null {
  const { sentence, to } = scan;
  const token = sentence.tokens[k]!;
  const segmentEmpty = currentSegment(scan).length === 0;
  // «مصادر لـ"عكاظ"»: ل written with a tatweel (or joined to Latin letters) names the outlet told, wherever it stands.
  if (!segmentEmpty && /^[وف]?لـ|^[وف]?ل[A-Za-z]/.test(token.text)) return prepositionalPhraseEnd(sentence, k, to) - 1;
  // «وقال العمري لرويترز إن»: the outlet told is no part of the speaker.
  // («مركز كارنيغي للشرق الأوسط»: after an institution's head it is the institution's name.)
  const institutionBefore = [k - 1, k - 2].some((m) => {
    const head = m >= scan.from ? stripConjunction(sentence.tokens[m]!.norm) : "";
    return isOrganizationHead(head) && !isDefinite(head);
  });
  if (!segmentEmpty && toldOutlet(token.norm) && !institutionBefore) {
    scan.skipping = true;
    return k;
  }
  if (segmentEmpty && opensPrepositionalPhrase(token)) return prepositionalPhraseEnd(sentence, k, to) - 1;
  if (isAdverbialAccusative(token)) {
    if (!segmentEmpty) scan.skipping = true;
    else if (opensPrepositionalPhrase(sentence.tokens[k + 1])) return prepositionalPhraseEnd(sentence, k + 1, to) - 1;
    return k;
  }
  return null;
}

/** «صاحب السمو الملكي الأمير …»: honorifics and titles before a name are no part of the mention. */
function dropTitles(tokens: Token[], segment: number[]): void {
  if (segment.length > 2 && tokens[segment[0]!]!.norm === "صاحب" && TITLES.has(tokens[segment[1]!]!.norm)) segment.shift();
  // «كل من الوزير ونظيره»: "each of" only says that the sources spoke together.
  if (segment.length > 3 && tokens[segment[0]!]!.norm === "كل" && tokens[segment[1]!]!.norm === "من") segment.splice(0, 2);
  while (
    segment.length > 1 &&
    (TITLES.has(tokens[segment[0]!]!.norm) || (tokens[segment[0]!]!.norm === "الملكي" && TITLES.has(tokens[segment[0]! - 1]?.norm ?? "")))
  )
    segment.shift();
}

/**
 * Cuts the core segment at the noun phrase's end, a quoted name taken whole («منظمة "محامون بلا حدود"»,
 * and after an institution's description: «صحيفة العاصمة طهران "كيهان"»). Returns a role right after the
 * name, an apposition without commas («ليو وي مين المتحدث باسم وزارة الخارجية»).
 */
function cutCore(tokens: Token[], core: number[], end: number, quotedWords: Set<number> | null): number[] | null {
  let phraseEnd = end;
  const institutionNamed =
    phraseEnd > 0 && quotedWords?.has(core[phraseEnd] ?? -1) && !quotedWords.has(core[phraseEnd - 1]!) && isOrganization([tokens[core[0]!]!]);
  if (institutionNamed) phraseEnd++;
  while (phraseEnd > 0 && phraseEnd < core.length && quotedWords?.has(core[phraseEnd]!) && quotedWords.has(core[phraseEnd - 1]!)) phraseEnd++;
  const trailingRole = phraseEnd > 0 && phraseEnd < core.length && isRoleWord(tokens[core[phraseEnd]!]!) ? core.slice(phraseEnd) : null;
  if (phraseEnd > 0) core.length = phraseEnd;
  return trailingRole;
}

/** The name and the role in the core phrase; a quoted name in construct after a role is an institution, not the person. */
function nameAndRole(
  sentence: Sentence,
  core: number[],
  nameStart: number,
  quotedWords: Set<number> | null,
  mention: string,
): { name: string | null; role: string | null } {
  const { tokens } = sentence;
  const first = tokens[core[0]!]!;
  const last = tokens[core[core.length - 1]!]!;
  // The phrase parser saw where a name follows the role («مستشار الرئيس لشؤون الاتصالات صبري صيدم»).
  // («وكيل الوزارة … الدكتور عبدالعزيز بن سعيد»: after a title the name is the speaker's even behind a relational head.)
  const titledName = nameStart > 0 && TITLES.has(tokens[core[nameStart - 1]!]!.norm);
  const { name, role } =
    nameStart > 0 && (!relationalHead(first) || titledName)
      ? { name: sentence.text.slice(tokens[core[nameStart]!]!.start, last.end), role: sentence.text.slice(first.start, tokens[core[nameStart - 1]!]!.end) }
      : splitRoleAndName(sentence, core);
  // «مؤسس " فيسبوك "»: a quoted name in construct after a role is the institution the role belongs to, not the person;
  // after a complete, definite role («رئيس الشركة "ماجد الزين"») it is in apposition: the person's name.
  const quotedNameAt = name && role ? core.find((k) => quotedWords?.has(k) && tokens[k]!.start === first.start + mention.indexOf(name)) : undefined;
  const inConstruct =
    quotedNameAt !== undefined && !(core.indexOf(quotedNameAt) >= 2 && isDefinite(tokens[core[core.indexOf(quotedNameAt) - 1]!]!.norm) && isRoleWord(first));
  if (quotedNameAt !== undefined && inConstruct) return { name: null, role: mention.replace(/\s*["“”«»„]\s*/g, " ").trim() };
  return { name, role };
}

/** An apposition's text as a role; «لشركة " واتس آب "»: a quoted name at the end keeps its closing mark. */
function appositionText(sentence: Sentence, apposition: number[]): string {
  const a = sentence.tokens[apposition[0]!]!;
  let end = sentence.tokens[apposition[apposition.length - 1]!]!.end;
  const closing = /^\s*["“”«»„]/.exec(sentence.text.slice(end, end + 3));
  if (closing && (sentence.text.slice(a.start, end).match(/["“”«»„]/g)?.length ?? 0) % 2 === 1) end += closing[0].length;
  return sentence.text.slice(a.start, end).replace(/^(وهو|وهي)\s+/, "");
}

/** The state of the scan nounPhrase makes over a speaker phrase's words, one word at a time. */
interface PhraseScan {
  words: Token[];
  headNorm: string;
  role: boolean;
  organization: boolean;
  chainOpen: boolean;
  nameRun: number;
  nameStart: number;
  afterTitle: boolean;
  nameAfterRole: boolean;
  /** Inside a prepositional complement a name after a role is that role's («مصدر في مستشفى الملك خالد»). */
  inComplement: boolean;
}

/** A name run that turns out not to be one: the words so far were a role's or a description's; `closeChain` closes the construct chain too. */
function forgetName(scan: PhraseScan, closeChain = false): void {
  scan.nameRun = 0;
  scan.nameStart = -1;
  if (closeChain) scan.chainOpen = false;
}

/** What a word does to the phrase: it belongs and the scan goes on, the next word belongs with it too, or the phrase ends before it. */
type PhraseStep = "next" | "skip" | "stop";

/**
 * Where the noun phrase that starts `words` ends. Arabic marks the edge through definiteness: a construct
 * chain stays open until a definite word closes it, after which only definite adjectives, a name after a
 * role («الوزير سامي الخطيب») or a nisba adjective may follow; an indefinite noun, a preposition after a
 * name, or a role after a name starts something else («ودعت المنظمة | دول العالم», «روسيف | في اجتماعها»).
 */
export function nounPhrase(words: Token[]): { end: number; nameStart: number } {
  const done = (end: number, nameStart: number) => ({ end, nameStart: nameStart >= end ? -1 : nameStart });
  if (words.length === 0) return done(0, -1);
  const head = words[0]!;
  if (PREPOSITIONS.has(head.norm)) return done(0, -1);
  const headNorm = stripConjunction(head.norm);
  const nisba = nisbaTitle(words, headNorm);
  // …but «وقالت الأنصاري آسفة»: after a surname an adjective in ة is a circumstance, so a name in ة needs a second name word.
  if (nisba && /ه$/.test(words[1]?.norm ?? "") && !(words[2] && looksLikeNameWord(words[2].norm))) return done(1, -1);
  // «كبير الاقتصاديين», «كبيرة المفاوضين»: «chief» in construct with a definite plural is a role.
  const chief = /^(كبير|كبيره)$/.test(headNorm) && /^ال\S+(ين|ون|اء)$/.test(words[1]?.norm ?? "");
  const scan = startScan(words, headNorm, isRoleWord(head) || nisba || chief);
  for (let k = 1; k < words.length; k++) {
    const step = phraseStep(scan, k);
    if (step === "stop") return done(k, scan.nameStart);
    if (step === "skip") k++;
  }
  return done(words.length, scan.nameStart);
}

/**
 * «الإعلامية رائدة محمد», «التركي أوزكان أوزكيليك»: a definite nisba of profession or origin is a title before a name.
 * «وتمنى العتيبي لسالم الدوسري …»: not before ل, which joins a preposition to the next noun far more often than it starts a name.
 */
function nisbaTitle(words: Token[], headNorm: string): boolean {
  const head = words[0]!;
  const next = words[1];
  return (
    !isRoleWord(head) &&
    isDefinite(headNorm) &&
    /^ال.{3,}(ي|يه)$/.test(headNorm) &&
    !isOrganization([head]) &&
    !GROUP_WORDS.has(headNorm) &&
    !/^ل/.test(next?.norm ?? "") &&
    next?.kind === "word" &&
    (looksLikeNameWord(next.norm) || (/ه$/.test(next.norm) && !isDefinite(next.norm))) &&
    !PREPOSITIONS.has(next.norm)
  );
}

function startScan(words: Token[], headNorm: string, role: boolean): PhraseScan {
  const organization = !role && isOrganization([words[0]!]);
  const chainOpen = !isDefinite(headNorm);
  // «موظف بوزارة المالية»: a word followed by the institution it works in is a role, never a given name.
  const heldAt = words[1]?.kind === "word" && /^[بل]./.test(words[1].norm) && isOrganizationHead(words[1].norm.slice(1));
  const notAName = role || organization || heldAt || !chainOpen || GROUP_WORDS.has(headNorm) || ANONYMOUS_HEADS.has(headNorm) || pluralInConstruct(words, 0);
  const nameRun = !notAName && looksLikeNameWord(headNorm) ? 1 : 0;
  return { words, headNorm, role, organization, chainOpen, nameRun, nameStart: -1, afterTitle: false, nameAfterRole: false, inComplement: false };
}

function phraseStep(scan: PhraseScan, k: number): PhraseStep {
  const w = scan.words[k]!;
  if (w.kind !== "word") return w.kind === "punct" && (w.text === "." || (w.text === "-" && scan.nameRun > 0)) ? "next" : "stop";
  return (
    edgeStep(scan, k) ??
    complementStep(scan, k) ??
    definiteStep(scan, k) ??
    givenNameStep(scan, k) ??
    roleOrNisbaStep(scan, k) ??
    chainStep(scan, k) ??
    closedChainStep(scan, k)
  );
}

/** Words that end the phrase or join it whatever the state: verbal nouns, participles, «غير», compound names, titles. */
function edgeStep(scan: PhraseScan, k: number): PhraseStep | null {
  const { words } = scan;
  const norm = words[k]!.norm;
  // «إدواردو فارجاس | وجود مفاوضات»: a verbal noun is the object, never a name.
  // After a preposition it is the complement's head («القيادة العامة في تنظيم القاعدة»).
  if (VERBAL_NOUNS.has(norm) && !PREPOSITIONS.has(words[k - 1]!.norm)) return "stop";
  // «حركة العدل والمساواة | المتمردة في إقليم دارفور»: a participle with its own complement describes the institution.
  if (scan.organization && k >= 2 && /^الم/.test(norm) && norm.length >= 5 && PREPOSITIONS.has(words[k + 1]?.norm ?? "")) return "stop";
  // «المصادر غير الرسمية»: a negated adjective describes the head.
  if (norm === "غير" && k + 1 < words.length && isDefinite(words[k + 1]!.norm)) return "skip";
  // «المتحدثة باسمها»: «باسم» with its owner's pronoun completes the role; it is never a name.
  if (OWNED_NAME_COMPLEMENT.test(norm)) {
    scan.chainOpen = false;
    scan.inComplement = true;
    return "next";
  }
  // «عبد الكريم», «أبو مازن»: the compound is one part of the name.
  // «تركي آل الشيخ», «نورة بنت محمد»: آل and بنت join a name as بن does.
  if (scan.nameRun > 0 && /^(عبد|ابو|بن|ابن|بنت|ال)$/.test(words[k - 1]!.norm)) return "next";
  // «مدير مستشفى النور بمكة الدكتور عبدالعزيز الحربي»: the name after a title is the speaker's, whatever came before.
  // («آل الشيخ» is a family name, not a title.)
  if (TITLES.has(norm) && words[k - 1]!.norm !== "ال") {
    scan.afterTitle = true;
    forgetName(scan);
    return "next";
  }
  return null;
}

/** Complements of a role, an institution or a group: «مستشار الرئيس لشؤون الاتصالات», «علماء الفلك في ألمانيا». */
function complementStep(scan: PhraseScan, k: number): PhraseStep | null {
  const { words, headNorm } = scan;
  const norm = words[k]!.norm;
  // «التقرير الذي قدمته الشركة | للجنة الأوراق المالية»: a bare «الشركة» has no complement; the recipient follows.
  if (scan.organization && k === 1 && isDefinite(headNorm) && /^ل/.test(norm)) return "stop";
  if (scan.nameRun === 0 && (scan.role || scan.organization) && (isRoleComplement(norm) || norm === "ل" || lamConstruct(words, k))) {
    scan.inComplement ||= /^ب/.test(norm);
    scan.chainOpen = true;
    return "next";
  }
  // «صحيفة "سبورت" | أكثر موضوعية»: an elative is a predicate, never part of the phrase.
  if (/^(اكثر|اقل)$/.test(norm)) return "stop";
  // «الحساب الرسمي للنادي الأهلي»: a genitive with لل goes on a definite description.
  if (scan.nameRun === 0 && /^لل/.test(norm) && isDefinite(headNorm) && !scan.organization && !scan.role) {
    scan.chainOpen = false;
    return "next";
  }
  if ((PREPOSITIONS.has(norm) && !givenNameAli(words, k)) || (/^(لل|بال)/.test(norm) && scan.nameRun > 0)) {
    // A role, an institution or a group keeps its complement; a name does not.
    if (scan.nameRun > 0 || scan.afterTitle || !(scan.role || scan.organization || !isDefinite(headNorm) || GROUP_WORDS.has(headNorm))) return "stop";
    scan.inComplement = true;
    scan.chainOpen = true;
    return "next";
  }
  if (norm.length > 3 && norm[0] === "و" && scan.nameRun === 0) {
    scan.chainOpen = !isDefinite(norm.slice(1));
    return "next";
  }
  return null;
}

/** «إليات», «إلهام»: a hamza on the alef means a name, never the article. */
function hamzaAlef(w: Token): boolean {
  return /^[إأآ]ل/.test(w.text);
}

function isNameWord(words: Token[], k: number): boolean {
  const w = words[k]!;
  return looksLikeNameWord(w.norm) || (hamzaAlef(w) && !/ه$/.test(w.norm)) || givenNameAli(words, k);
}

/** A definite word: a family name after a given name, a description of an institution, a genitive, or the phrase's end. */
const ROYAL_TITLES = /^(الملك|الامير|الاميره|السلطان|الشيخ)$/;
function definiteStep(scan: PhraseScan, k: number): PhraseStep | null {
  const { words } = scan;
  const w = words[k]!;
  if (!isDefinite(w.norm) || hamzaAlef(w)) return null;
  if (scan.nameRun === 0) {
    // «جامعة الملك سعود», «مستشفى الملك فيصل التخصصي»: a royal title inside an institution's name takes the name after it.
    scan.chainOpen = scan.organization && ROYAL_TITLES.test(w.norm) && words[k + 1]?.kind === "word" && looksLikeNameWord(words[k + 1]!.norm);
    return "next";
  }
  // («إبراهيم نصر الله», «محمد فضل الله»: «الله» closes a compound name.)
  if (familyName(scan, k) || w.norm === "الله") {
    scan.nameRun++;
    return "next";
  }
  // «شركة كاسبرسكي لاب | المختصة بأمن الحواسيب», «صحيفة هآرتس | الإسرائيلية»: a participle or nisba describes the institution.
  // «وسائل الإعلام»: after a bare noun a definite word is its genitive, not a family name.
  const describesInstitution = scan.organization && !(/^الم/.test(w.norm) && w.norm.length >= 5) && !/ي(ه)?$/.test(w.norm);
  if (describesInstitution || (k === 1 && !scan.nameAfterRole && !scan.organization)) {
    forgetName(scan, true);
    return "next";
  }
  return "stop";
}

/**
 * «علاء الرفاتي», «إيمي الأنصاري»: one definite word after a given name is its family name; «عبد الله المغلوث»:
 * likewise after a compound given name; «محمد سالم الحربي»: after a given and a father's name, a nisba family name too.
 */
function familyName(scan: PhraseScan, k: number): boolean {
  const { words, nameRun } = scan;
  const w = words[k]!;
  const compound = k >= 2 && /^(عبد|ابو|ابن|بن)$/.test(words[k - 2]!.norm);
  return (
    (nameRun === 1 || (nameRun <= 3 && /ي$/.test(w.norm))) &&
    !scan.organization &&
    (scan.nameAfterRole || compound || /ي$/.test(w.norm)) &&
    !isRoleWord(w) &&
    !STATUS_ADJECTIVES.has(w.norm) &&
    !isOrganization([w]) &&
    !TIME_WORDS.has(w.norm) &&
    !RELATIVE_PRONOUNS.has(w.norm)
  );
}

/**
 * «محمت أمين أويماك»: inside a name, a role noun that is also a given name (أمين، أمير، ملك، سلطان) goes on when a
 * name word follows. «لشركة أرامكو أمين الناصر»: after a named complement, likewise before a family name that ends the phrase.
 */
function givenNameStep(scan: PhraseScan, k: number): PhraseStep | null {
  const { words } = scan;
  const norm = words[k]!.norm;
  if (!/^(امين|امير|ملك|سلطان)$/.test(norm)) return null;
  const next = words[k + 1];
  // («الرئيس التنفيذي للشركة أمين الناصر»: after a role's definite complement too.)
  const previous = words[k - 1]!.norm;
  const givenBeforeFamily =
    scan.nameRun === 0 &&
    k >= 2 &&
    (looksLikeNameWord(previous) || (scan.role && (isDefinite(stripConjunction(previous)) || /^لل/.test(previous)))) &&
    k + 2 === words.length &&
    /^ال/.test(next?.norm ?? "") &&
    !isRoleWord(next!) &&
    !isOrganization([next!]) &&
    !STATUS_ADJECTIVES.has(next!.norm) &&
    !/(يه)$/.test(next!.norm);
  if (givenBeforeFamily) {
    scan.nameRun = 1;
    scan.nameStart = k;
    scan.nameAfterRole = true;
    return "next";
  }
  if (scan.nameRun > 0 && next?.kind === "word" && looksLikeNameWord(next.norm) && !isRoleWord(next) && !/^(عام|عامه|سر)$/.test(next.norm)) {
    scan.nameRun++;
    return "next";
  }
  return null;
}

function roleOrNisbaStep(scan: PhraseScan, k: number): PhraseStep | null {
  const { words } = scan;
  const w = words[k]!;
  if (isRoleWord(w) || isOrganization([w])) {
    // «محامي موراي | طبيب القلب»: a role after a role's named complement is an apposition.
    const apposition = k >= 2 && scan.role && isRoleWord(w) && looksLikeNameWord(words[k - 1]!.norm) && !isRoleWord(words[k - 1]!);
    if (scan.nameRun > 0 || apposition) return "stop";
    scan.chainOpen = true;
    return "next";
  }
  // («الناشطة نادية مراد»: after a definite word an indefinite one in ية is no adjective of it, but a given name.)
  const givenName = /يه$/.test(w.norm) && !isDefinite(w.norm) && isDefinite(stripConjunction(words[k - 1]!.norm)) && scan.nameRun === 0;
  if (/(يه|يين|يون)$/.test(w.norm) && !givenName) {
    // A nisba adjective («مصادر أوروبية») closes the phrase's head.
    forgetName(scan, true);
    return "next";
  }
  return null;
}

/** An open construct chain, or the words after a title: name words count towards the name. */
function chainStep(scan: PhraseScan, k: number): PhraseStep | null {
  const { words } = scan;
  const norm = words[k]!.norm;
  const nameWord = isNameWord(words, k);
  // «مدير الإعلام بصحة تبوك خالد الرشيدي»: a joined complement takes one genitive, a proper noun; a name may follow it.
  // «الغرفة التجارية بجدة صالح كامل»: with only two name words left, the complement was a place and they are the name.
  if (scan.chainOpen && scan.inComplement && scan.nameRun === 0 && nameWord && /^[بل]/.test(words[k - 1]!.norm) && isRoleComplement(words[k - 1]!.norm)) {
    scan.chainOpen = false;
    // («المتحدث باسمه ستيفان دوجاريك»: a complement carrying a pronoun takes no genitive; the name starts here.)
    const closed = /(ه|ها|هم)$/.test(words[k - 1]!.text);
    if ((words.length - k === 2 || closed) && looksLikeNameWord(words[k + 1]!.norm)) {
      scan.nameRun = 1;
      scan.nameStart = k;
      scan.nameAfterRole = true;
    }
    return "next";
  }
  if (!scan.chainOpen && !scan.afterTitle) return null;
  if ((scan.organization || scan.afterTitle || scan.nameRun > 0) && nameWord) {
    if (scan.afterTitle) {
      scan.nameAfterRole = true;
      if (scan.nameRun === 0) scan.nameStart = k;
    }
    scan.nameRun++;
  }
  // «رابطة محترفي كرة السلة»: a plural in construct (-ي) before a noun keeps the chain open; a nisba closes it.
  const construct =
    /[^ي]ي$/.test(norm) && norm.length >= 5 && words[k + 1]?.kind === "word" && !PREPOSITIONS.has(words[k + 1]!.norm) && !/(ي|يه)$/.test(words[k + 1]!.norm);
  if (/(ي|يه)$/.test(norm) && scan.nameRun === 0 && k > 0 && !construct) scan.chainOpen = false;
  scan.afterTitle = false;
  return "next";
}

/** A closed chain: a role takes a name after it; anything else indefinite starts a new phrase. */
function closedChainStep(scan: PhraseScan, k: number): PhraseStep {
  const { words, headNorm } = scan;
  const norm = words[k]!.norm;
  const nameWord = isNameWord(words, k);
  if (scan.inComplement && scan.nameRun === 0 && isRoleWord(words[k - 1]!) && nameWord) return "next";
  // «الخبير الاقتصادي محمد العمران»: a definite description, then a name of two words or more, is a title and a name.
  const describedName =
    isDefinite(headNorm) &&
    !scan.organization &&
    !GROUP_WORDS.has(headNorm) &&
    words.slice(0, k).every((w) => isDefinite(w.norm)) &&
    (nameWord || (/[^ي]ه$/.test(norm) && !isDefinite(norm))) &&
    !/^ل/.test(norm) &&
    words[k + 1]?.kind === "word" &&
    (looksLikeNameWord(words[k + 1]!.norm) || isDefinite(words[k + 1]!.norm) || givenNameAli(words, k + 1)) &&
    !STATUS_ADJECTIVES.has(words[k + 1]!.norm);
  const afterRole = scan.role || describedName || isRoleWord(words[k - 1]!) || STATUS_ADJECTIVES.has(words[k - 1]!.norm);
  // («الناشطة نادية مراد»: a given name in ية after the definite role, a family name after it.)
  const givenInYa =
    /يه$/.test(norm) &&
    !isDefinite(norm) &&
    isDefinite(stripConjunction(words[k - 1]!.norm)) &&
    words[k + 1]?.kind === "word" &&
    looksLikeNameWord(words[k + 1]!.norm);
  if (scan.nameRun === 0 && afterRole && !scan.organization && (nameWord || /[^ي]ه$/.test(norm) || givenInYa)) {
    scan.nameRun = 1;
    scan.nameAfterRole = true;
    scan.nameStart = k;
    return "next";
  }
  if ((/(ي|يه|يون|يين)$/.test(norm) || ROLE_ADJECTIVES.has(norm)) && scan.nameRun === 0) return "next";
  // «الفنان مارسيل خليفة | حفلة»: a ta-marbuta word may be a given or family name, not a third part after both.
  const { nameRun } = scan;
  if (nameRun > 0 && nameRun < 4 && !(nameRun >= 2 && /ا$/.test(norm)) && (nameWord || (scan.nameAfterRole && nameRun < 2 && /[^ي]ه$/.test(norm)))) {
    scan.nameRun++;
    return "next";
  }
  return "stop";
}

/** «المرشد الإيراني علي خامنئي»: «علي» written with ي, after a title or role and before a name, is the given name, not «على». */
function givenNameAli(words: Token[], k: number): boolean {
  const w = words[k]!;
  const next = words[k + 1];
  // «النائب أحمد علي إن»: closing a name, where no preposition can stand before the content.
  const closing = next === undefined || isComma(next) || isComplementiser(next) !== null;
  if (w.text === "علي" && k > 0 && closing && looksLikeNameWord(words[k - 1]!.norm) && !isDefinite(words[k - 1]!.norm)) return true;
  return (
    w.text.replace(/^[وف]/, "") === "علي" &&
    k > 0 &&
    next?.kind === "word" &&
    (looksLikeNameWord(next.norm) || /^ال.{3,}ي$/.test(next.norm)) &&
    !PREPOSITIONS.has(next.norm)
  );
}

/** «لعملاق التكنولوجيا»: ل before a noun in construct with a definite word is a role's complement, not a name. */
function lamConstruct(words: Token[], k: number): boolean {
  const norm = words[k]!.norm;
  const next = words[k + 1]?.norm ?? "";
  return /^ل[^ل]/.test(norm) && norm.length >= 5 && isDefinite(next) && !PLACES.has(next);
}

/**
 * «موظفي وزارة الصحة», «ممثلو العمال», «لاعبي كرة القدم»: a sound masculine plural in construct (written -ي or -و,
 * five letters or more) before a definite noun, an institution or a noun in ة; never a given name in -ي
 * before a family name («سامي حداد») nor one in ى («مصطفى»).
 */
function pluralInConstruct(words: Token[], k: number): boolean {
  const word = words[k]!;
  const next = words[k + 1];
  // Nominative «ممثلو», «لاعبو» in -و as well as genitive and accusative -ي.
  if (!/[يو]$/.test(word.text) || word.norm.length < 5 || isDefinite(word.norm) || next?.kind !== "word") return false;
  if (isDefinite(next.norm) || isOrganization([next]) || isRoleWord(next) || /ه$/.test(next.norm)) return true;
  // «منتجو زيت الزيتون», «سكان حي السامر»: the chain may run through one more indefinite noun to its definite end.
  const after = words[k + 2];
  return after?.kind === "word" && isDefinite(after.norm) && !isRoleWord(after) && !PREPOSITIONS.has(next.norm);
}

function isRoleComplement(norm: string): boolean {
  if (norm.startsWith("لل") && norm.length > 4) return true;
  // «مدير الإعلام بصحة عسير», «موظف بوزارة المالية»: ب joined to an institution says where the role is held.
  if (!/^[لب]/.test(norm) || norm.length < 4) return false;
  const rest = norm.slice(1);
  return ORGANIZATION_HEADS.has(rest) || ROLE_HEADS.has(rest) || /ه$/.test(rest) || /^(شوون|قضايا|ملف|حقوق)$/.test(rest);
}

/** A word that could be part of a personal or foreign name: not a function word, pronoun-suffixed or feminine noun. */
function looksLikeNameWord(norm: string): boolean {
  // «عبدالله», «نصرالله»: a name ending in the name of God, not a feminine noun.
  if (norm.length > 5 && /الله$/.test(norm)) return true;
  if (norm.length < 2 || /ه$/.test(norm) || /^\d/.test(norm)) return false;
  // («لحلف», «لمنظمة»: ل and an institution's head noun open a role's complement.)
  if (/^[بل]/.test(norm) && (CIRCUMSTANCE_NOUNS.has(norm.slice(1)) || MEDIA_PREFIXES.has(norm) || (norm[0] === "ل" && ORGANIZATION_HEADS.has(norm.slice(1)))))
    return false;
  if (
    PREPOSITIONS.has(norm) ||
    TIME_WORDS.has(norm) ||
    CONJUNCTION_BREAKS.has(norm) ||
    QUANTIFIERS.has(norm) ||
    PLURAL_HEADS.has(norm) ||
    ROLE_ADJECTIVES.has(norm) ||
    inLexicon(ACCORDING_TO, norm) ||
    cueForWord(norm)
  )
    return false;
  if (NEVER_NAME_WORDS.has(norm)) return false;
  return !/^(ال|لل|بال|وال|فال|كال)/.test(norm);
}

function isRoleWord(token: Token): boolean {
  const norm = stripArticle(token.norm);
  return (
    ROLE_HEADS.has(token.norm) ||
    ROLE_HEADS.has(norm) ||
    ROLE_HEADS.has(stripConjunction(token.norm)) ||
    ROLE_HEADS.has(stripArticle(stripConjunction(token.norm)))
  );
}

function stripArticle(norm: string): string {
  if (norm.startsWith("ال") && norm.length > 3) return norm.slice(2);
  return norm;
}

function isDefinite(norm: string): boolean {
  return /^(ال|لل|بال|وال|فال|كال)/.test(norm) || PLACES.has(norm) || PLACES.has(norm.slice(1));
}

function splitRoleAndName(sentence: Sentence, core: number[]): { name: string | null; role: string | null } {
  const words = core.map((k) => sentence.tokens[k]!);
  const text = (a: number, b: number) => sentence.text.slice(words[a]!.start, words[b]!.end);
  const relation = relationalHead(words[0]!);
  if (relation) {
    // «والده جو»: the possessive already says whose; «شقيقة جاكسون تويا»: one genitive, then the name.
    let k = relation === "possessive" ? 1 : 2;
    while (relation === "bare" && k < words.length && isDefinite(words[k]!.norm)) k++;
    // «وكيل أعمال المهاجم الشيلي إدواردو فارجاس», «زوجة الرئيس باراك أوباما»: a name after a definite description is the relative's.
    const relativeNamed = relation === "bare" && k > 2 && isDefinite(words[k - 1]!.norm);
    if (k < words.length && looksLikeNameWord(words[k]!.norm) && !relativeNamed) return { name: text(k, words.length - 1), role: text(0, k - 1) };
    return { name: null, role: text(0, words.length - 1) };
  }
  if (isRoleWord(words[0]!)) {
    const k = roleEnd(words);
    // «مصدر في مجمع الأمل الطبي»: a name after a role inside the complement is that role's, not the speaker's.
    if (k < words.length && k >= 2 && isRoleWord(words[k - 1]!) && words.slice(1, k - 1).some((w) => PHRASE_PREPOSITIONS.has(w.norm) || /^(ل|ب)/.test(w.norm)))
      return { name: null, role: text(0, words.length - 1) };
    // «وزير الخارجية السعودي ونظيره الأمريكي»: a counterpart joined by و is a second source, not a name.
    if (k < words.length && /^ونظير/.test(words[k]!.norm)) return { name: null, role: text(0, words.length - 1) };
    if (k < words.length) {
      let end = k + 1;
      while (end < words.length && !isRoleWord(words[end]!)) end++;
      return { name: text(k, end - 1), role: text(0, k - 1) };
    }
    return { name: null, role: text(0, words.length - 1) };
  }
  const head = stripConjunction(words[0]!.norm);
  if (GROUP_WORDS.has(head) || ANONYMOUS_HEADS.has(head) || isOrganization([words[0]!]) || pluralInConstruct(words, 0)) return { name: null, role: null };
  for (let k = 1; k < words.length; k++) {
    if (PREPOSITIONS.has(words[k]!.norm)) return { name: null, role: null };
    // «أحمد أبو الغيط», «عبد الله العلي»: a definite word after أبو / عبد / بن is part of the name, not a role.
    const compound = /^(عبد|ابو|ابن|بن)$/.test(words[k - 1]!.norm);
    if (!compound && isRoleWord(words[k]!)) return { name: text(0, k - 1), role: text(k, words.length - 1) };
  }
  return { name: null, role: null };
}

/** Where a role that opens the phrase ends: its construct chain, complements, adjectives and coordinated roles. */
const OWNED_NAME_COMPLEMENT = /^باسم(ه|ها|هم|هما)$/;
function roleEnd(words: Token[]): number {
  let k = 1;
  let chainOpen = !isDefinite(words[0]!.norm);
  for (; k < words.length; k++) {
    const open = roleContinues(words, k, chainOpen);
    if (open === null) break;
    chainOpen = open;
  }
  return k;
}

/** Whether the word at `k` goes on the role, and if so whether the chain stays open after it; null when the role ends before it. */
function roleContinues(words: Token[], k: number, chainOpen: boolean): boolean | null {
  const w = words[k]!;
  const norm = w.norm;
  if (w.kind === "punct") return chainOpen;
  if (PREPOSITIONS.has(norm) || norm === "ل") return true;
  // «المتحدثة باسمها»: «باسم» with its owner's pronoun is the role's, and closes it.
  if (OWNED_NAME_COMPLEMENT.test(norm)) return false;
  // «ورئيس», «والإحسان» continue the chain; «وفاء» is a name.
  const joined = norm.slice(1);
  if (norm.startsWith("و") && norm.length > 3 && k < words.length - 1 && (isDefinite(joined) || ROLE_HEADS.has(joined) || ORGANIZATION_HEADS.has(joined)))
    return !isDefinite(joined);
  if (isRoleWord(w) || STATUS_ADJECTIVES.has(norm)) return !isDefinite(norm);
  if (ROLE_ADJECTIVES.has(norm)) return chainOpen;
  if (isDefinite(norm) && !(k > 0 && !chainOpen && looksLikeNameStart(words, k))) return false;
  if (/^(ل|ب)/.test(norm) && norm.length > 3 && (chainOpen || /^(لل|بال)/.test(norm) || isRoleComplement(norm) || lamConstruct(words, k)))
    return !/^(لل|بال)/.test(norm);
  // «مسؤول حكومي», «دبلوماسي غربي»: a closing nisba adjective describes the role.
  if (k === words.length - 1 && k === 1 && /ي$/.test(norm) && !isDefinite(norm)) return chainOpen;
  // «مدير فرع الوزارة بمنطقة تبوك»: the genitive of a joined complement closes the role, last word or not.
  const complementGenitive = /^[بل]/.test(words[k - 1]!.norm) && isRoleComplement(words[k - 1]!.norm);
  if (chainOpen && (k < words.length - 1 || complementGenitive) && !ANONYMOUS_MARKERS.has(norm)) return !isDefinite(norm);
  return null;
}

function relationalHead(token: Token): "bare" | "possessive" | null {
  // «والده» is his father, not «والدة»: the written suffix decides before the normalised form does.
  const stem = token.text.replace(/(ته|تها|ه|ها)$/, (m) => (m.startsWith("ت") ? "ة" : ""));
  if (stem !== token.text && RELATIONAL_HEADS.has(normalizeWord(stem))) return "possessive";
  return RELATIONAL_HEADS.has(stripArticle(token.norm)) || RELATIONAL_HEADS.has(stripArticle(stripConjunction(token.norm))) ? "bare" : null;
}

/** After a closed role chain, a definite word followed by more words is likely a name («المنصف المرزوقي»). */
function looksLikeNameStart(words: Token[], k: number): boolean {
  const norm = words[k]!.norm;
  if (STATUS_ADJECTIVES.has(norm) || /يه$|ي$/.test(norm)) return false;
  return k === words.length - 2 && !ORGANIZATION_HEADS.has(norm);
}

function isOrganization(words: Token[]): boolean {
  return isOrganizationHead(words[0]!.norm);
}

/** «شركة», «الحكومة», «والوزارة»: a head noun that makes its phrase an institution, with or without its article and و / ف. */
export function isOrganizationHead(norm: string): boolean {
  return (
    inLexicon(ORGANIZATION_HEADS, norm) || inLexicon(ORGANIZATION_HEADS, stripArticle(norm)) || ORGANIZATION_HEADS.has(stripArticle(stripConjunction(norm)))
  );
}

function kindOf(words: Token[], name: string | null, window: string[]): SpeakerKind {
  const raw = words[0]!.norm;
  const head = stripConjunction(raw);
  if (window.some((w) => ANONYMOUS_MARKERS.has(w)) && !name) return "anonymous";
  if (!name && (inLexicon(ANONYMOUS_HEADS, raw) || ANONYMOUS_HEADS.has(stripArticle(head)))) return "anonymous";
  if (isOrganizationHead(raw) || (words.length <= 2 && inLexicon(PLACES, raw))) return "organization";
  if (!name && (inLexicon(PLURAL_HEADS, raw) || inLexicon(FEMININE_PLURAL_BODIES, raw))) return "group";
  if (name || isRoleWord(words[0]!)) return "person";
  // A subject takes «ون», so a lone indefinite word in «ين» is a name (بوتين، بلينكين، حسين), not a plural.
  const plural = /(ون|ات)$/.test(head) || (/ين$/.test(head) && (isDefinite(head) || words.length > 1));
  if (plural || /^(بعض|عدد|عدة|مجموعه|اخرين|اخرون)$/.test(head)) return "group";
  return "unknown";
}

/** The named person after a sentence's opening verb («استهل الفنان اللبناني مارسيل خليفة حفلة …»), if any. */
function sentenceSubject(sentence: Sentence, start: number): ParsedSpeaker {
  const { tokens } = sentence;
  let end = start + 1;
  // The subject ends before the first preposition, joined («بأغنية», «لمحمود») or not.
  while (
    end < sentence.to &&
    end - start <= 8 &&
    tokens[end]!.kind === "word" &&
    !PREPOSITIONS.has(tokens[end]!.norm) &&
    !(end - start > 2 && joinedPreposition(tokens[end]!.norm))
  )
    end++;
  const subject = parseSpeaker(sentence, start + 1, end);
  return subject.name && subject.kind === "person" ? subject : { mention: null, name: null, role: null, kind: null };
}

/** «الرئيس، الذي قال …»: the speaker is the noun phrase before the relative pronoun. */
function speakerBefore(sentence: Sentence, relative: number): ParsedSpeaker {
  const { tokens } = sentence;
  let end = relative;
  if (isComma(tokens[end - 1])) end--;
  let start = end;
  while (start > sentence.from && end - start < 8) {
    const before = tokens[start - 1]!;
    // «الموقع الرسمي "الأولى" الذي اعتبر»: a quoted name is part of the phrase.
    const quote = before.kind === "quote" ? sentence.quotes.byClose.get(start - 1) : undefined;
    if (quote && quote.open >= sentence.from && start - 1 - quote.open <= 5) start = quote.open;
    else if (before.kind !== "word" || arabicCue(before)) break;
    // «ومن بينها التلفزيون …»: once the phrase has a definite head, a prepositional phrase before it is not part of it.
    else if (
      start < end &&
      (isDefinite(tokens[start]!.norm) || tokens[start]!.kind === "quote") &&
      (opensPrepositionalPhrase(before) || opensPrepositionalPhrase(tokens[start - 2]))
    )
      break;
    else start--;
  }
  // «كلمة جيمي ويلز، التي ذكر فيها»: a speech is given by the one it belongs to.
  for (let k = end - 2; k >= start; k--) {
    if (inLexicon(SPEECH_NOUNS, tokens[k]!.norm)) {
      start = k + 1;
      break;
    }
  }
  if (start === end) return { mention: null, name: null, role: null, kind: null };
  const described = parseSpeaker(sentence, start, end);
  // «لتوديع سو غاردنر، المديرة التنفيذية لمؤسسة ويكيميديا …، والتي أعلنت»: a role in apposition describes the name before its comma.
  if (isComma(tokens[start - 1]) && isRoleWord(tokens[start]!)) {
    let from = start - 1;
    // «لتوديع سو غاردنر»: a word joined to ل before the name is the phrase it sits in.
    while (
      from > sentence.from &&
      tokens[from - 1]!.kind === "word" &&
      start - from < 4 &&
      !arabicCue(tokens[from - 1]) &&
      !/^ل(ت|ل)/.test(tokens[from - 1]!.norm)
    )
      from--;
    const named = parseSpeaker(sentence, from, end);
    if (named.name) return named;
  }
  return described;
}

/**
 * «واستدعت الخارجية المغربية السفير الفرنسي»: a definite noun heads no construct, so after it (and its
 * adjectives: a nisba or a status word) another definite noun, or a noun carrying a pronoun («سفيرها»),
 * begins the verb's object.
 */
function subjectEnd(tokens: Token[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    const previous = tokens[k - 1]!;
    const word = tokens[k]!;
    // «ونفت الأجهزة الأمنية هذه الرواية»: a demonstrative opens the verb's object.
    if (word.kind === "word" && inLexicon(DEMONSTRATIVES, word.norm)) return k;
    if (previous.kind !== "word" || word.kind !== "word" || !/^ال/.test(previous.norm)) continue;
    // «الأمم المتحدة»: a participle agreeing with the word before describes it; «الوزير المواطنين» does not agree.
    // «الوزير المعارضة»: nor does a feminine one after a masculine role.
    const participle =
      /^الم.{3,}/.test(word.norm) && !(/(ين|ون)$/.test(word.norm) && !/(ين|ون)$/.test(previous.norm)) && !(/ه$/.test(word.norm) && isMasculineRole(previous));
    // «الوزير الصحفيين», «المسؤولون الأمريكيون الصحفيين»: a plural nisba describes only a plural noun in its own case.
    const pluralAfterSingular =
      /(يون|يين)$/.test(word.norm) &&
      (!/(ين|ون|ات|اء)$/.test(previous.norm) || (/(ين|ون)$/.test(previous.norm) && /ون$/.test(previous.norm) !== /ون$/.test(word.norm)));
    // («المستشفى» ends in alef maqsura, which normalises to the nisba's ي.)
    const nisba = /(ي|يه|يون|يين|يات)$/.test(word.norm) && !/ى$/.test(word.text);
    const adjective = (nisba && !pluralAfterSingular) || STATUS_ADJECTIVES.has(word.norm) || participle;
    // «الوزير قلقه، …», «قلقه من الوضع»: a noun carrying «ه» that closes the phrase is the verb's object, where a
    // name ending in ه («نبيه بري») goes on with the rest of the name.
    const after = tokens[k + 1];
    const his =
      /ه$/.test(word.text) &&
      word.text.length >= 4 &&
      (!after ||
        after.kind !== "word" ||
        PREPOSITIONS.has(after.norm) ||
        // «سعادته بالفوز», «ارتياحه للنتائج»: a preposition joined to the next noun.
        (/^(بال|لل)/.test(after.norm) && joinedPreposition(after.norm)) ||
        CIRCUMSTANCE_STARTERS.has(after.norm) ||
        MASDAR_CUES.has(stripConjunction(after.norm)));
    // «أعلن المحافظ أيمن عبد الغني تثبيت أسعار الفائدة»: a verbal noun (تفعيل) after the subject is the verb's object.
    const masdar = /^ت[^اوي][^اوي]ي[^اوي]$/.test(word.norm) || inLexicon(VERBAL_NOUNS, word.norm);
    // «دعت الجامعة العربية مجلس الأمن إلى …»: an institution's head in construct with a definite noun opens the object;
    // so does a plural in ات («وانتقد المحلل عبد الله القحطاني قرارات الحكم»), which no name ends in.
    const constructAfter = !/^ال/.test(word.norm) && /^ال/.test(after?.kind === "word" ? after.norm : "");
    const institution = constructAfter && (isOrganizationHead(word.norm) || /ات$/.test(word.norm));
    // («المتحدث باسمها»: «باسم» with its owner's pronoun is the role's, not an object.)
    const owned = /(ها|هم|هما)$/.test(word.text) && !OWNED_NAME_COMPLEMENT.test(word.norm);
    if ((/^ال/.test(word.norm) && !adjective) || owned || his || institution || masdar) return k;
  }
  return end;
}

/**
 * «وأشاد الوزير بجهود العاملين»: after a verb that is no cue, an indefinite word beginning with ب right after a
 * definite noun is the verb's prepositional object, not more of its subject (a role's own complement, «مستشار
 * الرئيس لشؤون …», and «باسم» are left to the phrase).
 */
function prepositionAfterDefinite(tokens: Token[], k: number): boolean {
  const word = tokens[k]!.norm;
  const previous = tokens[k - 1]?.norm ?? "";
  // «مواطنون بقرار»: a sound plural keeps its ن only outside a construct, so it closes its phrase as the article does.
  // («بالقرار» too: ب and the article; «باسم» is part of «المتحدث باسم …».)
  return (
    (/^ب[^ا]/.test(word) || (word.startsWith("بال") && word !== "باسم")) &&
    !PHRASE_PREPOSITIONS.has(word) &&
    (/^ال/.test(previous) || (/ون$/.test(previous) && previous.length >= 5)) &&
    tokens[k - 1]!.kind === "word"
  );
}

/** A preposition that opens a phrase, alone or after و / ف («وحول», «وفي»). */
function opensPrepositionalPhrase(token: Token | undefined): boolean {
  if (token?.kind !== "word") return false;
  const norm = token.norm;
  // «لـCNN», «لـ"الاقتصادية"»: ل written with a tatweel, or joined to a name in Latin letters.
  if (/^[وف]?لـ/.test(token.text) || /^[وف]?ل[A-Za-z]/.test(token.text)) return true;
  return PHRASE_PREPOSITIONS.has(norm) || PRONOUN_OBJECTS.has(norm) || (/^[وف]/.test(norm) && PHRASE_PREPOSITIONS.has(norm.slice(1)));
}

const DEFINITE_DETERMINERS = new Set(["ذاته", "ذاتها", "نفسه", "نفسها", "ذلك", "تلك", "هذا", "هذه"]);

/** Where the prepositional phrase opened at `k` ends: a quoted name, or a noun with its definite genitives and adjectives. */
function prepositionalPhraseEnd(sentence: Sentence, k: number, to: number): number {
  const { tokens } = sentence;
  if (
    PRONOUN_OBJECTS.has(tokens[k]!.norm) ||
    (tokens[k]!.norm.length > 2 && /^[وف]?لـ?[A-Za-z\u0621-\u064a]/.test(tokens[k]!.text) && !PHRASE_PREPOSITIONS.has(tokens[k]!.norm))
  )
    return k + 1;
  const quote = sentence.quotes.byOpen.get(k + 1);
  if (quote?.closed && quote.close < to) return quote.close + 1;
  if (k + 1 >= to || tokens[k + 1]!.kind !== "word") return k + 1;
  let j = k + 2;
  const adjective = (norm: string) => /(ي|يه)$/.test(norm) && !isRoleWord(tokens[j]!);
  while (
    j < to &&
    tokens[j]!.kind === "word" &&
    !opensPrepositionalPhrase(tokens[j]) &&
    (isDefinite(tokens[j]!.norm) || DEFINITE_DETERMINERS.has(tokens[j]!.norm) || PRONOUN_OBJECTS.has(tokens[j]!.norm) || adjective(tokens[j]!.norm)) &&
    !isRoleWord(tokens[j]!) &&
    !isOrganization([tokens[j]!])
  )
    j++;
  return j;
}

/** «تعليقا», «ردا», «تأكيداً»: an indefinite accusative of manner or purpose (a masdar), never part of a name. */
function isAdverbialAccusative(token: Token): boolean {
  if (token.kind !== "word" || isDefinite(token.norm)) return false;
  return inLexicon(ADVERBIAL_ACCUSATIVES, token.norm) || /\u064B/.test(token.text) || /^ت[^وي].ي.ا$/.test(token.norm);
}

/** «تقرير لمنظمة الصحة العالمية», «بيان صادر عن الوزارة»: the document speaks for whoever issued it. */
function rangeOf(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, n) => from + n);
}

function documentOwner(sentence: Sentence, core: number[]): ParsedSpeaker | null {
  const { tokens } = sentence;
  if (core.length === 0 || !inLexicon(DOCUMENT_HEADS, tokens[core[0]!]!.norm)) return null;
  for (let p = 1; p < Math.min(core.length, 4); p++) {
    const token = tokens[core[p]!]!;
    const joined = /^ل/.test(token.norm) && token.norm.length > 3;
    // «بيان الوزارة», «بيان الخارجية السعودية»: an indefinite document in construct with a definite noun, its issuer.
    // «بيان وزارة الخارجية», «بيانات وزارة الصحة»: or a construct chain its last word makes definite.
    const chain =
      core[p + 1] !== undefined &&
      /^ال/.test(tokens[core[p + 1]!]!.norm) &&
      token.kind === "word" &&
      !isDefinite(token.norm) &&
      !PREPOSITIONS.has(token.norm) &&
      !opensPrepositionalPhrase(token);
    const construct =
      p === 1 &&
      !isDefinite(tokens[core[0]!]!.norm) &&
      (/^ال/.test(token.norm) || chain) &&
      !inLexicon(TIME_WORDS, token.norm) &&
      !STATUS_ADJECTIVES.has(token.norm);
    // «دراسة حديثة أجرتها جامعة هارفارد»: after a verb of issuing, its subject.
    const issued = ISSUING_VERBS.has(token.norm);
    const after = token.norm === "عن" || issued;
    if (!joined && !construct && !after) continue;
    const words = core.slice(after ? p + 1 : p).map((k) => tokens[k]!);
    if (words.length === 0) return null;
    if (joined) words[0] = merged(token, { norm: token.norm.startsWith("لل") ? `ا${token.norm.slice(1)}` : token.norm.slice(1) });
    const end = Math.max(1, nounPhrase(words).end);
    const first = tokens[core[0]!]!;
    const last = words[end - 1]!;
    const ownerStart = joined && words[0] === tokens[core[p]!] ? last.start : tokens[core[after ? p + 1 : p]!]!.start + (joined ? 1 : 0);
    let name = sentence.text.slice(ownerStart, last.end).replace(/^ـ/, "");
    if (joined && token.norm.startsWith("لل")) name = `ا${name}`;
    return {
      mention: { start: first.start, end: last.end, text: sentence.text.slice(first.start, last.end) },
      name,
      role: null,
      kind: isRoleWord(words[0]!) ? "person" : "organization",
    };
  }
  return null;
}

/** A comma-delimited segment that is a personal name: one to four name-like words, the first not definite. */
function nameSegment(sentence: Sentence, segment: number[] | undefined): { text: string; end: number } | null {
  if (!segment || segment.length === 0 || segment.length > 5) return null;
  let before = segment[0]! - 1;
  while (before > sentence.from && TITLES.has(sentence.tokens[before]!.norm)) before--;
  if (!isComma(sentence.tokens[before])) return null;
  if (segment.some((k, n) => n > 0 && k !== segment[n - 1]! + 1)) return null;
  // «، العقيد أحمد المسماري،», «، الأمير خالد الفيصل،»: a rank, title or royal role right before a name.
  const head = sentence.tokens[segment[0]!]!;
  const titled =
    segment.length > 1 && (TITLES.has(head.norm) || (isRoleWord(head) && looksLikeNameWord(sentence.tokens[segment[1]!]!.norm))) ? segment.slice(1) : segment;
  if (titled.length > 4) return null;
  const words = titled.map((k) => sentence.tokens[k]!);
  // «هالة السعيد»: a given name in ة counts when a family name follows it.
  const givenInTa = /ه$/.test(words[0]!.norm) && words.length >= 2 && !isDefinite(words[0]!.norm);
  if ((!looksLikeNameWord(words[0]!.norm) && !givenInTa) || isRoleWord(words[0]!) || isOrganization([words[0]!])) return null;
  const preposition = (w: Token, n: number) => PHRASE_PREPOSITIONS.has(w.norm) && !givenNameAli(words, n);
  if (words.some((w, n) => w.kind !== "word" || preposition(w, n) || TIME_WORDS.has(w.norm) || isRoleWord(w) || arabicCue(w))) return null;
  if (nounPhrase(words).end !== words.length) return null;
  const last = words[words.length - 1]!;
  return { text: sentence.text.slice(words[0]!.start, last.end), end: last.end };
}
