import { editDistanceAtMostOne, nameKey, normalizeWord } from "./normalize.ts";
import { cueForWord, isOrganizationHead } from "./arabic.ts";
import { TITLE_WORDS } from "./english.ts";
import { boundedMemo } from "./memo.ts";
import {
  BEING_VERBS,
  CONJUNCTION_BREAKS,
  FEMININE_PLURAL_BODIES,
  PLACES,
  SHORT_PARTICLES,
  PREPOSITIONS,
  ROLE_HEADS,
  TIME_WORDS,
  TITLES,
} from "./arabic-lexicon.ts";
import type { Candidate, Gender, Language, SpeakerKind, Statement } from "./types.ts";
import { ENGLISH_GENDERED_NAMES } from "./lexicon/english-names.ts";
import { tableLines, wordSet } from "./lexicon/table.ts";
import { ENGLISH_GENERIC_HEADS, ENGLISH_NAME_BLOCKING_OPENERS, ENGLISH_NOT_NAMES } from "./lexicon/english-words.ts";

interface Entity {
  canonical: string;
  words: readonly string[];
  kind: SpeakerKind;
  gender: Gender | null;
  role: string | null;
  /** The role's words without the article, for matching role nouns; kept with the role. */
  roleWords: string[];
  named: boolean;
  /** The fullest form of a one-word name in the article, worked out when first needed. */
  fullest?: string;
}

function newEntity(label: string, language: Language, kind: SpeakerKind, gender: Gender | null, role: string | null, named: boolean): Entity {
  return { canonical: cleanLabel(label, language), words: words(label, language), kind, gender, role, roleWords: roleWordsOf(role, language), named };
}

export function roleWordsOf(role: string | null, language: Language): string[] {
  return role ? words(role, language).map((w) => w.replace(/^ال/, "")) : [];
}

/**
 * «مدرب اليابان» and «مدرب المنتخب السعودي», "the Russian foreign minister" and "the U.S. foreign minister": two
 * roles with one head noun that each name a different country or nationality belong to different people.
 * Any other difference is wording («وكيل أعمال المهاجم», «وكيل اللاعب»). Words as roleWordsOf gives them.
 */
export function conflictingRoles(a: readonly string[], b: readonly string[]): boolean {
  const placed = (w: string) => PLACES.has(w) || PLACES.has(`ال${w}`) || /^.{3,}(ي|يه)$/.test(w) || /^[a-z]{3,}(an|ese|ish)$/.test(w);
  const onlyA = a.filter((w) => !b.includes(w) && placed(w));
  const onlyB = b.filter((w) => !a.includes(w) && placed(w));
  return onlyA.length > 0 && onlyB.length > 0;
}

const ENGLISH_DETERMINERS = new Set(["the", "a", "an"]);

/** What an article's resolution knows so far: its speakers, unnamed descriptions, and who spoke last. */
interface Resolution {
  entities: Entity[];
  unnamed: Map<string, Entity>;
  history: Entity[];
  text: string;
  /** This article's own text: searching the whole input would make long pastes quadratic. */
  local: string;
  language: Language;
  range: { from: number; to: number };
}

interface Resolved {
  entity: Entity | null;
  start: number;
  mention: Candidate["mention"];
}

const GENDERED_NAMES = new Map(tableLines(ENGLISH_GENDERED_NAMES).map(([word, gender]) => [word!, gender as Gender]));

/** "Michelle Tidball", "Mr. Regalado": the gender the first given name or title of an English person's label tells, if any. */
function genderByName(label: string, kind: SpeakerKind, language: Language): Gender | null {
  if (language !== "en" || kind !== "person") return null;
  for (const word of label.toLowerCase().split(/[\s.]+/)) {
    const gender = GENDERED_NAMES.get(word);
    if (gender) return gender;
  }
  return null;
}

/** An English lowercase plural noun ("classmates", "voters"); not "news", "press", "campus", "analysis", "politics". */
const PLURAL_HEAD = /^(?!news$|series$|species$|politics$|economics$|physics$)\p{Ll}+[^su'’]s$/u;

/**
 * Turns candidates into statements, one article at a time: names that are the same person (a surname, a
 * spelling variant) become one speaker with the fullest name as canonical; dropped subjects, pronouns and
 * role nouns resolve to the latest compatible speaker; anonymous sources are never merged with names.
 */
export function resolveSpeakers(candidates: Candidate[], text: string, article: number, language: Language, range: { from: number; to: number }): Statement[] {
  const state: Resolution = { entities: [], unnamed: new Map(), history: [], text, local: text.slice(range.from, range.to), language, range };
  const statements: Statement[] = [];
  for (const candidate of candidates) {
    if (candidate.antecedentOnly) {
      const introduced = introduce(state.entities, state.unnamed, candidate, language);
      if (introduced) state.history.push(introduced);
      continue;
    }
    // A pronoun is reported where the text has it ("he said"); the speaker is whom it resolves to.
    const resolved: Resolved =
      !candidate.anaphor && candidate.mention
        ? resolveNamed(state, candidate, candidate.mention)
        : { entity: latestCompatible(state.history, candidate.gender, language), start: candidate.start, mention: candidate.mention };
    if (resolved.entity) state.history.push(resolved.entity);
    statements.push(toStatement(candidate, text, resolved.start, resolved.mention, resolved.entity, article));
  }
  const { fuller, kinds } = canonicalNames(state.entities, state.local, language);
  if (fuller.size > 0) {
    for (const statement of statements) {
      if (!statement.speaker || !fuller.has(statement.speaker)) continue;
      statement.speakerKind = kinds.get(statement.speaker) ?? statement.speakerKind;
      statement.speaker = fuller.get(statement.speaker)!;
    }
  }
  return statements;
}

/** A speaker the sentence names or describes: the entity it is already known as, or a new one. */
function resolveNamed(state: Resolution, candidate: Candidate, found: NonNullable<Candidate["mention"]>): Resolved {
  const { entities, history, text, range, language } = state;
  let start = candidate.start;
  let mention: Candidate["mention"] = found;
  let label = candidate.name ?? found.text;
  // «وكانت هذه المجموعة قد أعلنت»: the institution named earlier with that head noun.
  if (language === "ar" && !candidate.name) label = demonstrativeAntecedent(label, text, Math.max(range.from, found.start - 5000), found.start) ?? label;
  const named = candidate.name !== null || looksLikeName(label, candidate, language);
  // The label's words, worked out once: every lookup below compares them.
  const mine = words(label, language);
  // «الإعلامي محمد البشر»: a name after its role is whole, so its first word is no known surname with an object after it.
  // ("Susan Collins and Louis Gohmert said": people speaking together are no one person already known.)
  const together = candidate.kind === "group" && candidate.gender === "plural";
  let entity = together ? null : knownByRoleOrName(state, candidate, mine);
  // (A group that opens with a known name is still the group.)
  // ("The Trump campaign" is no "Trump" with an object after the name: an English label ending in a common noun names that noun.)
  const ownsNoun = language === "en" && endsInCommonNoun(label);
  if (!entity && !(candidate.name && candidate.role) && candidate.kind !== "group" && !ownsNoun) {
    const prefixed = findByPrefix(entities, mine, language);
    entity = prefixed?.entity ?? null;
    // The rest of the mention is the verb's object, and the statement reports it.
    const objectAt = prefixed && candidate.objectInContent && label === found.text ? offsetAfterWords(label, prefixed.length) : null;
    if (objectAt !== null) {
      start = found.start + objectAt;
      const kept = label.slice(0, objectAt).trimEnd();
      mention = { start: found.start, end: found.start + kept.length, text: kept };
    }
  }
  if (!entity && !candidate.name) entity = findByRole(history, mine, language, candidate.kind === "organization");
  if (!entity && candidate.objectUnlessKnown) return { entity: latestCompatible(history, candidate.gender, language), start: found.start, mention: null };
  return { entity: namedEntity(state, candidate, entity, label, mine, named), start, mention };
}

/** «وأوضح مؤسس فيسبوك»: a role without a name is its holder; «وأضاف البيان»: a document speaks for its issuer; else a name already known. */
function knownByRoleOrName(state: Resolution, candidate: Candidate, mine: readonly string[]): Entity | null {
  const { entities, history, language } = state;
  let entity: Entity | null = null;
  if (!candidate.name && candidate.role && candidate.kind === "person") entity = findByRole(history, mine, language);
  // «البيان», «البيان الصادر صباح الخميس»: the document the article has been quoting, with the words that date it.
  const document = mine.length === 1 || mine.slice(1).every((w) => DOCUMENT_DESCRIPTIONS.has(w));
  if (language === "ar" && !candidate.name && document && ISSUED_DOCUMENTS.has(mine[0]!)) entity = latestOrganization(history);
  return entity ?? findByName(entities, mine, candidate.name ?? candidate.mention?.text ?? "");
}

/** The entity a named candidate ends as: the one found (unless it is someone else), the same description again, or a new one. */
function namedEntity(state: Resolution, candidate: Candidate, found: Entity | null, label: string, mine: readonly string[], named: boolean): Entity {
  const { entities, unnamed, history, local, language } = state;
  let entity = found;
  // "Mendez" is "Tony Mendez" in this article, so "Jonna Mendez" is someone else.
  if (entity && named && entity.named && entity.words.length === 1 && mine.length > 1) {
    entity.fullest ??= fullestForm(entity.canonical, local, language, entity.role);
    const expected = words(entity.fullest, language);
    if (expected.length > 1 && !similar(expected[0]!, mine[0]!)) entity = null;
  }
  // The same unnamed description again («الوزير», "officials") is the same source, found without a scan.
  if (!entity && !named) entity = unnamed.get(cleanLabel(label, language)) ?? (language === "ar" ? describedBefore(history, mine) : null);
  if (!entity) {
    const last = label.slice(label.lastIndexOf(" ") + 1);
    // ("Early reports", "Ipsos poll": an English label names a person when it ends on a name or a title, "Florida senator".)
    const personal = named && (language !== "en" || /(?:^|\s)\p{Lu}[^\s]*$/u.test(label) || NOT_NAMES.has(last.toLowerCase()));
    const kind = candidate.kind === null || (candidate.kind === "unknown" && named) ? (personal ? "person" : "unknown") : candidate.kind;
    // ("Critics charged …": a group is plural, so a later "she" is someone else; so is "his classmates".)
    const plural = language === "en" && (kind === "group" || PLURAL_HEAD.test(last));
    entity = newEntity(label, language, kind, plural ? "plural" : genderByName(label, kind, language), candidate.role, named);
    entities.push(entity);
    if (!named) unnamed.set(entity.canonical, entity);
  } else if (named && mine.length > entity.words.length && entity.named) {
    entity.canonical = cleanLabel(label, language);
    entity.words = mine;
  }
  if (!entity.role && candidate.role) {
    entity.role = candidate.role;
    entity.roleWords = roleWordsOf(candidate.role, language);
  }
  // An institution's verbs agree with its head noun or, placed before it, in the masculine: the latest agreement is the one a following dropped subject uses.
  if (candidate.gender && (!entity.gender || entity.kind === "organization")) entity.gender = candidate.gender;
  return entity;
}

/**
 * After the whole article is read: the fullest form of each one-word name, and the name behind each
 * unnamed role or description («الأمين العام المنتخب», "the princess", "his surviving father"). Returns
 * canonical → fuller name, and the kind a resolved description turns out to have.
 */
function canonicalNames(entities: Entity[], local: string, language: Language): { fuller: Map<string, string>; kinds: Map<string, SpeakerKind> } {
  const fuller = new Map<string, string>();
  for (const entity of entities) {
    const familyName = definiteFamilyName(entity, language);
    if (!expandable(entity, language, familyName)) continue;
    const expanded = fullestForm(entity.canonical, local, language, entity.role, familyName);
    if (expanded !== entity.canonical) fuller.set(entity.canonical, expanded);
  }
  // «أكد وكيل أعمال المهاجم …» before «وقال وكيل اللاعب كرستيان أولجادي»: a role named later names the earlier holder.
  // One named holder per role head, or null when two named people share it.
  // Arabic puts a role's head first («وكيل أعمال المهاجم»), English last ("his father", "Sea-Eye spokesperson").
  const headOf = (roleWords: readonly string[]) => (language === "ar" ? roleWords[0] : roleWords[roleWords.length - 1]);
  const holders = new Map<string, Entity | null>();
  for (const entity of entities) {
    if (!entity.named || entity.kind !== "person" || entity.roleWords.length === 0) continue;
    const head = headOf(entity.roleWords)!;
    holders.set(head, holders.has(head) ? null : entity);
  }
  let appointed: Map<string, string> | undefined;
  let introductions: Introduction[] | undefined;
  let titled: ReturnType<typeof titledNames> | undefined;
  const kinds = new Map<string, SpeakerKind>();
  for (const entity of entities) {
    // "the princess" after "Princess Ubolratana Mahidol", "the party" after "Thai Raksa Chart Party".
    if (language === "en" && !entity.named && entity.kind !== "anonymous" && entity.kind !== "group" && /^[a-z]+$/.test(entity.canonical)) {
      titled ??= titledNames(local);
      const holder = titled.get(entity.canonical);
      if (holder) {
        fuller.set(entity.canonical, holder.name);
        kinds.set(entity.canonical, holder.kind);
        continue;
      }
    }
    if (entity.named) continue;
    // "his surviving father says" before "said his father, Abdullah Kurdi": an English description is its own role.
    const description =
      language === "en" &&
      entity.roleWords.length === 0 &&
      (entity.kind === "person" || entity.kind === "unknown") &&
      /^[a-z][a-z\s'’-]*$/.test(entity.canonical)
        ? entity.words
        : null;
    const roleWords = description ?? (entity.kind === "person" ? entity.roleWords : []);
    if (roleWords.length === 0) continue;
    const holder = holders.get(headOf(roleWords)!);
    if (holder && conflictingRoles(roleWords, holder.roleWords)) continue;
    if (holder) {
      fuller.set(entity.canonical, fuller.get(holder.canonical) ?? holder.canonical);
      if (description) kinds.set(entity.canonical, "person");
    } else if (language === "ar") {
      appointed ??= appointments(local);
      introductions ??= nameIntroductions(entities, local);
      const name = appointed.get(roleWords[0]!) ?? introducedHolder(introductions, roleWords[0]!);
      if (name) fuller.set(entity.canonical, fuller.get(name) ?? name);
    }
  }
  return { fuller, kinds };
}

/** A named person and, for each of their first mentions, the words just before it («وقال وزير الخارجية <name>»). */
interface Introduction {
  canonical: string;
  before: string[][];
}

/**
 * The words before each named person's first mentions, read once per article: every unnamed role holder asks
 * who its head noun introduced, and each asking used to read the article again.
 */
function nameIntroductions(entities: Entity[], local: string): Introduction[] {
  const found: Introduction[] = [];
  for (const entity of entities) {
    if (!entity.named || entity.kind !== "person") continue;
    const surname = entity.canonical.split(/\s+/).pop()!;
    const before: string[][] = [];
    // Bounded like fullestForm: a long article mentions a name many times, and the first mentions introduce it.
    for (let at = local.indexOf(surname), seen = 0; at !== -1 && seen < 20; at = local.indexOf(surname, at + 1), seen++) {
      const window = local.slice(Math.max(0, at - 80), at);
      const sentence = window.slice(Math.max(window.lastIndexOf("."), window.lastIndexOf("\n")) + 1);
      before.push(
        nameKey(sentence)
          .split(" ")
          .slice(-7)
          .map((w) => w.replace(/^(و|ف)?ال/, "")),
      );
    }
    found.push({ canonical: entity.canonical, before });
  }
  return found;
}

/**
 * «وجه الرئيس التنفيذي لشركة النور سامر حداد انتقادات …» then «وأكد الرئيس التنفيذي لـ"النور" إن …»: the named person
 * whose name follows that role's head closely somewhere in the article holds it.
 */
function introducedHolder(introductions: Introduction[], head: string): string | null {
  for (const { canonical, before } of introductions) {
    for (const words of before) {
      const headAt = words.lastIndexOf(head);
      // Nothing between the role and the name may be a clause of its own («قال الوزير إن …، بينما قال نظيره»).
      if (headAt !== -1 && !words.slice(headAt + 1).some((w) => cueForWord(w) || /^(ان|بان|بينما|فيما)$/.test(w))) return canonical;
    }
  }
  return null;
}

/** The statement's words: an attribution inside an interrupted quotation becomes " … ", so the claim reads as said. */
function withoutInterruptions(text: string, start: number, end: number, interruptions: Candidate["interruptions"]): string {
  let words = "";
  let from = start;
  for (const gap of interruptions ?? []) {
    if (gap.start < from || gap.end > end) continue;
    words += `${text.slice(from, gap.start)} … `;
    from = gap.end;
  }
  return words + text.slice(from, end);
}

function toStatement(candidate: Candidate, text: string, start: number, mention: Candidate["mention"], entity: Entity | null, article: number): Statement {
  // The words that name the source here: a relative pronoun standing for the phrase, else the name inside the mention, else the mention.
  const nameOffset = mention && candidate.name ? mention.text.indexOf(candidate.name) : -1;
  const named = !mention
    ? null
    : (candidate.reference ??
      (nameOffset >= 0 ? { start: mention.start + nameOffset, end: mention.start + nameOffset + candidate.name!.length, text: candidate.name! } : mention));
  return {
    text: withoutInterruptions(text, start, candidate.end, candidate.interruptions),
    start,
    end: candidate.end,
    type: candidate.type,
    cue: candidate.cue,
    speaker: entity?.canonical ?? null,
    speakerMention: named?.text ?? null,
    speakerStart: named?.start ?? null,
    speakerEnd: named?.end ?? null,
    speakerKind: entity?.kind ?? "unknown",
    speakerRole: candidate.role ?? entity?.role ?? null,
    article,
    confidence: entity ? candidate.confidence : Math.min(candidate.confidence, 0.3),
  };
}

/**
 * «انتخاب محمد عبادي أمينا عاما»: who the article says was elected or appointed to which role, for a later
 * «الأمين العام المنتخب». The role follows the name in the accusative, so its head gains a final alef.
 * One pass over the article, done only when an unnamed role holder needs it.
 */
function appointments(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(APPOINTMENT)) {
    const words = match[1]!.split(/\s+/);
    // One to three name words, then the role's head in the accusative.
    for (let k = 1; k < words.length; k++) {
      if (!isNameWord(words[k - 1]!, "ar")) break;
      const role = words[k]!;
      if (!/ا$/.test(role)) continue;
      const head = nameKey(role.slice(0, -1)).replace(/^ال/, "");
      if (!found.has(head)) found.set(head, words.slice(0, k).join(" "));
      break;
    }
  }
  return found;
}

/**
 * "Princess Ubolratana Mahidol" → princess, "Thai Raksa Chart Party" → party: the one name each title or
 * institution head carries in the article, or null when two different names share it.
 */
function titledNames(text: string): Map<string, { name: string; kind: SpeakerKind } | null> {
  const found = new Map<string, { name: string; kind: SpeakerKind } | null>();
  const keep = (head: string, written: string, kind: SpeakerKind) => {
    // "Thailand's Thai Raksa Chart Party", "The Thai Raksa Chart Party": the name starts after a possessive or an opening word.
    const parts = written.replace(/^.*['’]s\s+/u, "").split(/\s+/);
    while (parts.length > 1 && NOT_NAMES.has(parts[0]!.toLowerCase())) parts.shift();
    const name = parts.join(" ");
    const key = head.toLowerCase();
    const known = found.get(key);
    if (known === undefined) found.set(key, { name, kind });
    else if (known !== null && !sameName(words(known.name, "en"), words(name, "en"))) found.set(key, null);
  };
  for (const match of text.matchAll(TITLED_PERSON)) keep(match[1]!, match[2]!, "person");
  for (const match of text.matchAll(NAMED_INSTITUTION)) keep(match[2]!, match[1]!, "organization");
  return found;
}

const NAME_WORD = "\\p{Lu}[\\p{L}'’\\-]+";
const TITLED_PERSON = new RegExp(
  `\\b(King|Queen|Prince|Princess|Judge|Senator|Mayor|Governor|President|Pope|Bishop|Archbishop|Sheikh|Emir|Chancellor|Premier|Sultan)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})`,
  "gu",
);
const NAMED_INSTITUTION = new RegExp(
  `\\b((?:${NAME_WORD}\\s+){1,4}(Party|Ministry|Company|Corporation|Commission|Palace|Agency|University|Council|Foundation|Institute))\\b`,
  "gu",
);

const APPOINTMENT = /(?:^|\s)(?:و|ب)?(?:انتخاب|تعيين|اختيار|ترشيح|تنصيب|انتخب|عين|اختير|اختار)\s+((?:\p{L}+\s+){1,3}\p{L}+)/gu;

/** «هذه المجموعة» → «مجموعة أنونيموس», the nearest earlier «مجموعة» followed by a name (quoted or not). */
function demonstrativeAntecedent(label: string, text: string, from: number, to: number): string | null {
  const match = /^(?:هذه|هذا|تلك|ذلك)\s+(?:ال)?(\S+)$/u.exec(label.trim());
  if (!match || !isOrganizationHead(nameKey(match[1]!))) return null;
  const head = match[1]!;
  const pattern = new RegExp(`(?:^|[^\\p{L}])${head}\\s*["“«]?\\s*(\\p{L}+)(?:\\s+(\\p{L}+))?`, "gu");
  let found: string | null = null;
  for (const m of text.slice(from, to).matchAll(pattern)) {
    const names = [m[1]!, m[2]].filter((w): w is string => w !== undefined);
    const kept: string[] = [];
    for (const w of names) {
      if (!isNameWord(w, "ar")) break;
      kept.push(w);
    }
    if (kept.length > 0) found = `${head} ${kept.join(" ")}`;
  }
  return found;
}

/** A source named without content: joins a known entity, or becomes one when it clearly names someone. */
function introduce(entities: Entity[], unnamed: Map<string, Entity>, candidate: Candidate, language: Language): Entity | null {
  if (!candidate.mention) return null;
  const label = candidate.name ?? candidate.mention.text;
  // The same unnamed description again is the same source: one entity, so the entity list (scanned for every
  // name) does not grow with the article.
  const known = findByName(entities, words(label, language), label) ?? (candidate.name === null ? unnamed.get(cleanLabel(label, language)) : undefined);
  // An institution's verbs agree with its head noun or, placed before it, in the masculine: the latest agreement is the one a following dropped subject uses.
  if (known && known.kind === "organization" && candidate.gender) known.gender = candidate.gender;
  if (known) return known;
  if (!candidate.name && candidate.kind !== "organization" && candidate.kind !== "person" && candidate.kind !== "group") return null;
  // «أشاد مواطنون … وقالوا»: a verb before its subject stays singular; the people are plural whatever it agreed with.
  const kind = candidate.kind ?? "person";
  const gender = candidate.kind === "group" ? "plural" : (candidate.gender ?? genderByName(label, kind, language));
  const entity = newEntity(label, language, kind, gender, candidate.role, candidate.name !== null);
  entities.push(entity);
  if (candidate.name === null) unnamed.set(entity.canonical, entity);
  return entity;
}

const NOT_NAMES = wordSet(`${ENGLISH_NOT_NAMES}\n${ENGLISH_NAME_BLOCKING_OPENERS}`);

/** The fullest form of a name in the article: «خليفة» → «مارسيل خليفة», "Lipo" → "Carl Lipo". */
/** A name of two words or more is already full; only a surname or given name alone is expanded. */
function expandable(entity: Entity, language: Language, familyName: boolean): boolean {
  if ((!entity.named && !familyName) || entity.kind === "anonymous" || (language === "en" && entity.kind === "organization")) return false;
  return !/\s/.test(entity.canonical.trim());
}

/**
 * «وكان الدوسري قد قال» after «لاعب الهلال سالم الدوسري»: a definite family name in ـي alone, never taken for a name,
 * is a surname when the article gives it after a given name.
 */
function definiteFamilyName(entity: Entity, language: Language): boolean {
  return language === "ar" && !entity.named && (entity.kind === "unknown" || entity.kind === "person") && /^ال\S{3,}ي$/.test(nameKey(entity.canonical));
}

function fullestForm(name: string, text: string, language: Language, role: string | null, familyName = false): string {
  // «شقيقة جاكسون تويا»: the word before the name belongs to the role.
  const roleWords = new Set(role ? role.split(/\s+/) : []);
  let best = name;
  let forward: string | null = null;
  let at = text.indexOf(name);
  for (let guard = 0; at !== -1 && guard < 50; guard++) {
    if (!/[\p{L}\p{N}]/u.test(text[at + name.length] ?? " ")) {
      const words: string[] = [];
      let cursor = at;
      for (let n = 0; n < 3; n++) {
        const previous = previousWord(text, cursor);
        if (!previous || !isNameWord(previous.word, language) || roleWords.has(previous.word)) break;
        if (language === "ar" && n > 0 && !/^(عبد|أبو|ابو|بن)$/.test(words[0]!) && !/^(عبد|أبو|ابو)$/.test(previous.word)) break;
        if (language === "ar" && !arabicGivenNameContext(text, previous)) break;
        words.unshift(previous.word);
        cursor = previous.start;
      }
      let candidate = words.length > 0 ? `${words.join(" ")} ${name}` : name;
      // «وقال تيري» after «اتهم تيري ديران مدير العمليات»: a given name alone takes the family name after it.
      if (words.length === 0 && language === "ar" && !name.includes(" ") && !familyName) {
        const next = followingFamilyName(text, at + name.length);
        if (next) candidate = `${name} ${next}`;
      }
      // "Princess Ubolratana Mahidol", later "Princess Ubolratana": an English given name takes the family name after it.
      if (words.length === 0 && language === "en" && !name.includes(" ") && forward === null) {
        const next = nextWord(text, at + name.length);
        if (next && isNameWord(next.word, "en")) forward = `${name} ${next.word}`;
      }
      // The form that introduces the person comes first ("Tony Mendez", later "Mendez's wife Jonna Mendez").
      if (best === name && candidate !== name) best = candidate;
    }
    at = text.indexOf(name, at + 1);
  }
  return best === name && forward !== null ? forward : best;
}

/** The word after a given name when it looks like a family name: a name word followed by punctuation, a role, a cue or a complementiser. */
function followingFamilyName(text: string, end: number): string | null {
  const word = nextWord(text, end);
  if (!word || !isNameWord(word.word, "ar") || /^و/.test(word.word)) return null;
  if (word.end >= text.length || /[^\p{L}\p{N}\s]/u.test(text[word.end]!)) return word.word;
  const after = nextWord(text, word.end);
  if (!after) return null;
  const norm = nameKey(after.word);
  return ROLE_HEADS.has(norm) || ROLE_HEADS.has(norm.replace(/^ال/, "")) || cueForWord(norm) || /^(ان|بان)$/.test(norm) ? word.word : null;
}

function nextWord(text: string, end: number): { word: string; end: number } | null {
  if (text[end] !== " ") return null;
  const s = end + 1;
  let e = s;
  while (e < text.length && /[\p{L}\p{M}]/u.test(text[e]!)) e++;
  return e === s ? null : { word: text.slice(s, e), end: e };
}

/** A given name follows a title, a nisba adjective, a cue verb, punctuation or the start of the text. */
function arabicGivenNameContext(text: string, word: { word: string; start: number }): boolean {
  if (text.includes(`ال${word.word}`)) return false;
  if (/^و/.test(word.word) && word.word.length >= 5) return false;
  let k = word.start;
  while (k > 0 && text[k - 1] === " ") k--;
  if (k === 0 || !/[\p{L}\p{N}]/u.test(text[k - 1]!)) return true;
  const before = previousWord(text, word.start);
  if (!before) return true;
  const norm = nameKey(before.word);
  return /^(ال|لل|وال)/.test(norm) || /^(ان|بان|وان)$/.test(norm) || ROLE_HEADS.has(norm) || TITLES.has(norm) || cueForWord(norm) !== null;
}

function previousWord(text: string, end: number): { word: string; start: number } | null {
  if (end < 1 || text[end - 1] !== " ") return null;
  const e = end - 1;
  let s = e;
  while (s > 0 && /[\p{L}\p{M}\-'’.]/u.test(text[s - 1]!)) s--;
  return s === e ? null : { word: text.slice(s, e), start: s };
}

function isNameWord(word: string, language: Language): boolean {
  if (language === "en")
    return (
      /^\p{Lu}[\p{L}\-'’.]*$/u.test(word) &&
      !NOT_NAMES.has(word.toLowerCase().replace(/\.$/, "")) &&
      !TITLE_WORDS.test(word) &&
      !/\.$/.test(word.replace(/^[A-Z]\.$/, "X"))
    );
  const norm = nameKey(word);
  if (norm.length < 2 || norm.includes(" ")) return false;
  if (/^(عبد|ابو|بن|ابن)$/.test(norm)) return true;
  if (/^(ال|لل|بال|وال|فال|كال)/.test(norm)) return false;
  // («فقد», «كما», «وكان» look like a clitic and a stem; «فهد», «بدر» are names.)
  if ((/^[وفبلك]/.test(norm) && norm.length <= 2) || SHORT_PARTICLES.has(norm)) return false;
  if (BEING_VERBS.has(norm) || BEING_VERBS.has(norm.replace(/^[وف]/, ""))) return false;
  if (PREPOSITIONS.has(norm) || TIME_WORDS.has(norm) || ROLE_HEADS.has(norm) || TITLES.has(norm) || CONJUNCTION_BREAKS.has(norm)) return false;
  // («قولهم», «تأكيدهم»: a word carrying «هم» is a verbal noun or a possession, never part of a name.)
  if (cueForWord(norm) || /[هة]$/.test(word) || /هم$/.test(norm)) return false;
  return /^\p{Script=Arabic}+$/u.test(word);
}

function looksLikeName(label: string, candidate: Candidate, language: Language): boolean {
  if (language === "en") return /^\p{Lu}/u.test(label) && candidate.kind !== "organization" && candidate.kind !== "group";
  const parts = nameKey(label).split(" ");
  // «رئيس الوزراء», «وزير المالية»: a role in construct names an office, not a person.
  const office = candidate.role !== null && nameKey(candidate.role) === nameKey(label) && ROLE_HEADS.has(parts[0] ?? "");
  return (candidate.kind === "unknown" || candidate.kind === "person") && parts.length <= 3 && !/^(ال|لل)/.test(parts[0] ?? "") && !office;
}

function cleanLabel(label: string, language: Language): string {
  let out = label.trim();
  if (language === "ar")
    out = out
      .replace(/["“”«»„]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  if (language === "en") out = out.replace(/^(the|a|an)\s+/i, (m) => (/^the\s/i.test(m) ? "" : m)).replace(/['’]s$/, "");
  return out;
}

/** Labels recur through an article's statements: their words are worked out once (readonly, as they are shared). */
const MAX_REMEMBERED_LABELS = 5000;
const WORDS_OF_LABEL: Record<Language, (label: string) => readonly string[]> = {
  ar: boundedMemo(MAX_REMEMBERED_LABELS, (label) => labelWords(label, "ar")),
  en: boundedMemo(MAX_REMEMBERED_LABELS, (label) => labelWords(label, "en")),
};

function words(label: string, language: Language): readonly string[] {
  return WORDS_OF_LABEL[language](label);
}

function labelWords(label: string, language: Language): string[] {
  // "Grayson's spokeswoman" is the spokeswoman: a later "Grayson" is someone else, and so is "Clinton's spokeswoman".
  // The owner stays as one word of its own ("grayson's") that only the same owner matches.
  const owned = language === "en" ? /^(.*?)['’]s?\s+(?=\S)/.exec(label) : null;
  const all = nameKey(owned ? label.slice(owned[0].length) : label)
    .split(" ")
    .filter(Boolean);
  // ("Donald Trump's campaign" and "Trump's campaign" share an owner: its last word is kept.)
  // ("MSNBC's Alex Seitz-Wald" is Alex Seitz-Wald: before a name, the owner is only where the name works.)
  const rest = owned ? label.slice(owned[0].length) : "";
  const owner = owned && !/^\p{Lu}/u.test(rest) ? (nameKey(owned[1]!).split(" ").pop() ?? "") : "";
  if (language === "en") return [...(owner ? [`${owner}'s`] : []), ...all.filter((w) => !ENGLISH_DETERMINERS.has(w))];
  // «عبد الفتاح» and «عبدالفتاح» are one name part, written apart or together.
  return all.flatMap((w, k) => (w === "عبد" && k + 1 < all.length ? [] : all[k - 1] === "عبد" ? [`عبد${w}`] : [w]));
}

function findByName(entities: Entity[], mine: readonly string[], label = ""): Entity | null {
  if (mine.length === 0) return null;
  for (let k = entities.length - 1; k >= 0; k--) {
    const entity = entities[k]!;
    if (!entity.named || entity.kind === "anonymous") continue;
    if (sameName(mine, entity.words) && !ownerOfCommonNoun(mine, label, entity)) return entity;
  }
  return null;
}

/**
 * "Trump" and "The Trump campaign": a name that only opens the other label, whose last word is a common noun,
 * owns what that noun names and is not the same speaker. ("Boris" and "Boris Johnson" end in a name.)
 */
function ownerOfCommonNoun(mine: readonly string[], label: string, entity: Entity): boolean {
  const [shorter, longer, longerLabel] = mine.length < entity.words.length ? [mine, entity.words, entity.canonical] : [entity.words, mine, label];
  if (shorter.length === longer.length || !endsInCommonNoun(longerLabel)) return false;
  return !similar(shorter[shorter.length - 1]!, longer[longer.length - 1]!);
}

/** "The Trump campaign", "Grayson's spokeswoman": a label of more than one word whose last is lowercase. */
function endsInCommonNoun(label: string): boolean {
  return /\s\p{Ll}[\p{Ll}'’-]*$/u.test(label);
}

const GENERIC_HEADS = wordSet(ENGLISH_GENERIC_HEADS);

/**
 * «دعا سيدا الدول العربية إلى …», «ووصفت كاسبرسكي لاب فيروس ميني فليم بأنه …»: the object follows a known
 * speaker's name inside the mention. Returns the speaker and how many of the mention's words name it.
 */
function findByPrefix(entities: Entity[], mine: readonly string[], language: Language): { entity: Entity; length: number } | null {
  for (let n = mine.length - 1; n >= 1; n--) {
    // «مجموعة قراصنة إسرائيليين» is not «مجموعة أنونيموس»: a bare head noun names nobody.
    if (n === 1 && (isOrganizationHead(mine[0]!) || GENERIC_HEADS.has(mine[0]!))) break;
    for (let k = entities.length - 1; k >= 0; k--) {
      const entity = entities[k]!;
      // An institution named without a person's name («شركة كاسبرسكي لاب») counts when two words or more match.
      const known = entity.named || (entity.kind === "organization" && n > 1);
      // One word is a surname («سيدا»), never a given name another person may share («محمد الفزازي»).
      // ("United States Supreme Court" is not "United States House of Representatives": two English names that only begin alike.)
      const sharedOpening = language === "en" && n > 1 && n < entity.words.length;
      const matches =
        n > 1 ? !sharedOpening && sameName(mine, entity.words, n) : entity.words.length > 1 && similar(mine[0]!, entity.words[entity.words.length - 1]!);
      if (known && entity.kind !== "anonymous" && matches) return { entity, length: n };
    }
  }
  return null;
}

/** Where the word after the first `count` words of a mention starts, as an offset into it. */
function offsetAfterWords(mention: string, count: number): number | null {
  const pattern = /[\p{L}\p{N}]+/gu;
  let seen = 0;
  for (const match of mention.matchAll(pattern)) {
    if (seen === count) return match.index;
    seen++;
  }
  return null;
}

/** «الخطيب» is «سامي الخطيب»; «بلينكين» is «بلينكن»; "Erdogan" is "Recep Tayyip Erdoğan". */
function sameName(a: readonly string[], b: readonly string[], aLength = a.length): boolean {
  // (The first `aLength` words of `a` count, so a prefix needs no copy: this runs against every known speaker.)
  return aLength <= b.length ? shortMatchesLong(a, aLength, b, b.length) : shortMatchesLong(b, b.length, a, aLength);
}

/** The shorter must match the end of the longer (a surname) or the whole of it. */
function shortMatchesLong(short: readonly string[], shortLength: number, long: readonly string[], longLength: number): boolean {
  const offset = longLength - shortLength;
  let tail = true;
  for (let k = 0; k < shortLength && tail; k++) if (!similar(short[k]!, long[offset + k]!)) tail = false;
  if (tail) return true;
  for (let k = 0; k < shortLength; k++) if (!similar(short[k]!, long[k]!)) return false;
  return true;
}

/** 2 for a word that opens with the article «ال», else 0; counted so that comparing two words copies neither. */
function articleLength(word: string): number {
  return word.startsWith("ال") ? 2 : 0;
}

/** Whether `a` from `aFrom` and `b` from `bFrom` are the same letters. */
function sameAfter(a: string, aFrom: number, b: string, bFrom: number): boolean {
  if (a.length - aFrom !== b.length - bFrom) return false;
  for (let k = 0; k < a.length - aFrom; k++) if (a.charCodeAt(aFrom + k) !== b.charCodeAt(bFrom + k)) return false;
  return true;
}

function stripArticle(word: string): string {
  return word.startsWith("ال") ? word.slice(2) : word;
}

function similar(a: string, b: string): boolean {
  if (a === b) return true;
  const aFrom = articleLength(a);
  const bFrom = articleLength(b);
  if (sameAfter(a, aFrom, b, bFrom)) return true;
  // «بلينكن / بلينكين», «سيرغي / سيرجي» differ inside the word; «محمد / أحمد» are different names.
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1 || a.charCodeAt(aFrom) !== b.charCodeAt(bFrom)) return false;
  // «وزيرة / وزارة»: a minister is not her ministry; words of the role and institution tables are spelt one way.
  if (lexiconHead(a) || lexiconHead(b)) return false;
  return editDistanceAtMostOne(a, b);
}

function lexiconHead(word: string): boolean {
  const bare = stripArticle(word);
  return ROLE_HEADS.has(bare) || ROLE_HEADS.has(word) || isOrganizationHead(bare) || isOrganizationHead(word);
}

const RECENT_SPEAKERS = 200;

/** «الوزير» or «الوزير الفرنسي» after «لوران فابيوس وزير الخارجية الفرنسي». */
function findByRole(history: Entity[], labelWords: readonly string[], language: Language, institution = false): Entity | null {
  const mine = labelWords.map((w) => w.replace(/^ال/, ""));
  if (mine.length === 0 || mine.length > 6) return null;
  // «المنظمة» after «منظمة الصحة العالمية»: an institution's head noun names the institution before a person's role.
  // Only recent speakers: a role noun points back a few statements, and a full scan made long articles quadratic.
  const floor = Math.max(0, history.length - RECENT_SPEAKERS);
  if (mine.length === 1) {
    for (let k = history.length - 1; k >= floor; k--) {
      const entity = history[k]!;
      if (entity.kind === "organization" && entity.words[0]?.replace(/^ال/, "") === mine[0]) return entity;
    }
  }
  // "which NASA said" is the agency, not "NASA Administrator Jim Bridenstine".
  if (institution) return null;
  for (let k = history.length - 1; k >= floor; k--) {
    const entity = history[k]!;
    if (!entity.role || !entity.named) continue;
    // Arabic puts the role's head first: «الوزير» is «وزير الاقتصاد عن حماس», «حماس» is not.
    if (language === "ar" && entity.roleWords[0] !== mine[0]) continue;
    if (mine.every((w) => entity.roleWords.includes(w))) return entity;
  }
  return null;
}

/** «مسؤول في الوزارة … وأضاف المسؤول»: a definite head noun takes up the unnamed source a recent indefinite one introduced. */
function describedBefore(history: Entity[], mine: readonly string[]): Entity | null {
  if (mine.length !== 1 || !mine[0]!.startsWith("ال")) return null;
  const head = stripArticle(mine[0]!);
  for (let k = history.length - 1; k >= 0 && k >= history.length - 6; k--) {
    const entity = history[k]!;
    if (entity.named) continue;
    // «مسؤول في الوزارة … المسؤول»; «المتحدث باسم وزارة الخارجية … وأضاف المتحدث»: the same description, shortened.
    if ((!entity.words[0]!.startsWith("ال") && entity.words[0] === head) || (entity.words.length > 1 && entity.words[0] === mine[0])) return entity;
  }
  return null;
}

/** A document's bare name, folded: «البيان», «التقرير», «الدراسة», «الرسالة». */
const ISSUED_DOCUMENTS = new Set(["البيان", "التقرير", "الدراسه", "الرساله", "المذكره"].map((word) => nameKey(word)));
const DOCUMENT_DESCRIPTIONS = new Set(
  ["الصادر", "الصادره", "الاخير", "الاخيره", "الرسمي", "الرسميه", "المشترك", "المنشور", "نفسه", "ذاته"].map((word) => nameKey(word)),
);

function latestOrganization(history: Entity[]): Entity | null {
  for (let k = history.length - 1; k >= 0 && k >= history.length - 6; k--) if (history[k]!.kind === "organization") return history[k]!;
  return null;
}

/** A group or a plural among the recent entities before index `k`. */
function pluralInView(history: Entity[], k: number): boolean {
  for (let m = k - 1; m >= 0 && m >= history.length - 6; m--) if (history[m]!.gender === "plural" || history[m]!.kind === "group") return true;
  return false;
}

function latestCompatible(history: Entity[], gender: Gender | null, language: Language): Entity | null {
  const english = language === "en";
  for (let k = history.length - 1; k >= 0 && k >= history.length - 6; k--) {
    const entity = history[k]!;
    if (entity.kind === "anonymous" && gender === null) return entity;
    // ("The Atlantic Council … he added": in English a body is "it" or "they", never "he" or "she".)
    if (english && entity.kind === "organization" && (gender === "m" || gender === "f")) continue;
    // ("Jane Smith … They said": one person is not "they" while a group is in view.)
    if (gender === "plural" && entity.kind === "person" && !entity.gender && pluralInView(history, k)) continue;
    if (!gender || !entity.gender || entity.gender === gender) return entity;
    if (gender === "plural" && (entity.kind === "organization" || entity.kind === "group")) return entity;
    // «نفت قوات الدعم السريع …، وقالت»: a plural body whose verbs agree in the feminine singular.
    if (gender === "f" && entity.kind === "group" && FEMININE_PLURAL_BODIES.has(normalizeWord(entity.canonical.split(/\s+/)[0] ?? ""))) return entity;
  }
  // («قالت الوزيرة …. وأضاف: "…"»: Arabic copy falls back on the masculine, the unmarked form, for whoever spoke last.)
  const unmarked = !gender || (language === "ar" && gender === "m");
  return history.length > 0 && unmarked ? history[history.length - 1]! : null;
}
