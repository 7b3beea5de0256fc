import { editDistanceAtMostOne, nameKey } from "../extract/index.ts";

/*
 * Whether a name seen in a new article is a speaker the desk already knows. Pure: names in, a decision out.
 * Names are compared word by word after folding (see nameKey) with titles dropped, «ال» ignored and
 * compounds («عبد الله», «بن سلمان», «أبو مازن») kept as one word. The rules, strongest first:
 *   exact      the same words;
 *   spelling   the same words but one or more spelled differently (بلينكن / بلينكين، سيرغي / سيرجي);
 *   full_name  a fuller form: the given name added to a known surname, or a middle name added;
 *   surname    the surname alone, when exactly one known person has it.
 * Two full names with the same surname and different given names are different people, and a speaker
 * with such a name is never matched by a fuller or shorter form of the other.
 */

export type MatchReason = "exact" | "spelling" | "full_name" | "surname";

/** Kinds whose names mean the same entity across articles. */
export type SharedKind = "person" | "organization";

export interface KnownAlias {
  speakerId: number;
  kind: string;
  text: string;
}

export interface SpeakerMatch {
  speakerId: number;
  reason: MatchReason;
  /** The alias it matched, as written. */
  matchedText: string;
}

const TITLES = new Set(
  [
    "السيد",
    "السيده",
    "سيد",
    "الدكتور",
    "الدكتوره",
    "د",
    "دكتور",
    "الشيخ",
    "الشيخه",
    "الاستاذ",
    "الاستاذه",
    "المهندس",
    "البروفيسور",
    "الرئيس",
    "الوزير",
    "الوزيره",
    "الملك",
    "الملكه",
    "الامير",
    "الاميره",
    "النائب",
    "النائبه",
    "اللواء",
    "العقيد",
    "الجنرال",
    "العميد",
    "المستشار",
    "مولانا",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "senator",
    "sen",
    "rep",
    "representative",
    "secretary",
    "minister",
    "governor",
    "mayor",
    "judge",
    "general",
    "gen",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "sheikh",
    "the",
  ].map((word) => nameKey(word)),
);

/** Words that join the next one into a single name part. */
const COMPOUND_HEADS = new Set(["عبد", "ابو", "ابن", "بن", "بنت", "ابي", "abu", "bin", "ibn", "van", "von", "de", "da", "di", "le", "la"]);
/** The article written apart («al-Assad», «ال أسد») is ignored, as «ال» is on a word. */
const DETACHED_ARTICLES = new Set(["ال", "al", "el"]);

/** Institutions named by a common noun: «الحكومة» in one article is not the government of another. */
const GENERIC_INSTITUTIONS = new Set(
  [
    "الحكومه",
    "الوزاره",
    "الشرطه",
    "الجيش",
    "المنظمه",
    "الشركه",
    "الجامعه",
    "الوكاله",
    "البرلمان",
    "المحكمه",
    "اللجنه",
    "الرئاسه",
    "المجلس",
    "الحزب",
    "البلديه",
    "السلطات",
    "الهيئه",
    "المستشفى",
    "المستشفي",
    "الجمعيه",
    "الاداره",
    "المكتب",
    "الشركات",
    "government",
    "police",
    "army",
    "ministry",
    "company",
    "court",
    "committee",
    "council",
    "university",
    "agency",
    "party",
    "authorities",
    "department",
    "office",
    "hospital",
    "military",
    "administration",
    "board",
    "commission",
  ].map((word) => nameKey(word)),
);

/** Given names too common to stand alone as a surname match. */
const COMMON_GIVEN_NAMES = new Set(["محمد", "احمد", "علي", "حسن", "حسين", "محمود", "مصطفي", "ابراهيم", "يوسف", "خالد", "عمر"].map((word) => nameKey(word)));

/** nameParts of the aliases seen lately: a common surname's hundreds of aliases are compared with every name that has it. */
const partsOfAlias = new Map<string, readonly string[]>();
const MAX_REMEMBERED_ALIASES = 50_000;
function aliasParts(text: string): readonly string[] {
  let parts = partsOfAlias.get(text);
  if (!parts) {
    if (partsOfAlias.size >= MAX_REMEMBERED_ALIASES) partsOfAlias.clear();
    parts = nameParts(text);
    partsOfAlias.set(text, parts);
  }
  return parts;
}

/** The words a name is compared by. */
export function nameParts(name: string): string[] {
  const words = nameKey(name).split(" ").filter(Boolean);
  let start = 0;
  // A title before a name («الوزير بلينكن», "Secretary Blinken"), but never the whole name.
  while (start < words.length - 1 && TITLES.has(words[start]!)) start++;
  const parts: string[] = [];
  for (let k = start; k < words.length; k++) {
    const word = words[k]!;
    if (DETACHED_ARTICLES.has(word) && k + 1 < words.length) continue;
    if (COMPOUND_HEADS.has(word) && k + 1 < words.length) {
      parts.push(word + words[k + 1]!);
      k++;
    } else parts.push(word);
  }
  return parts;
}

const withoutArticle = (word: string) => (word.length > 3 && word.startsWith("ال") ? word.slice(2) : word);

const SKELETON_MAP: Record<string, string> = {
  غ: "ج",
  ق: "ج",
  ك: "ج",
  گ: "ج",
  ط: "ت",
  ص: "س",
  ث: "س",
  ض: "د",
  ذ: "ز",
  ظ: "ز",
  ة: "ه",
  ى: "ي",
  ڤ: "ف",
  پ: "ب",
  چ: "ج",
  q: "k",
  c: "k",
  g: "j",
};
const SKELETON_DROP = new Set(["ا", "و", "ي", "ء", "a", "e", "i", "o", "u", "y", "h", "w"]);

/**
 * A word folded to its consonants, for finding spelling variants with an index: «بلينكن» and «بلينكين» are
 * «بلنجن», «غوتيريش» and «جوتيريش» are «جترش». Only a first sift: `similarWord` decides.
 */
export function skeleton(word: string): string {
  const bare = withoutArticle(word);
  let out = "";
  for (let k = 0; k < bare.length; k++) {
    const ch = SKELETON_MAP[bare[k]!] ?? bare[k]!;
    if (k > 0 && SKELETON_DROP.has(bare[k]!)) continue;
    if (out.endsWith(ch)) continue;
    out += ch;
  }
  return out;
}

/** The key an alias is found by: the skeleton of its last name part. */
export function surnameKey(name: string): string {
  const parts = nameParts(name);
  return parts.length > 0 ? skeleton(parts[parts.length - 1]!) : "";
}

/**
 * One name part for another: the same after «ال», or one letter apart in words of five letters or more
 * (so «محمد» is never «محمود»), or the same consonants in a long word (transliterations: غ/ج, ط/ت).
 */
export function similarWord(a: string, b: string): boolean {
  if (a === b) return true;
  const x = withoutArticle(a);
  const y = withoutArticle(b);
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 5) return false;
  if (x[0] === y[0] && editDistanceAtMostOne(x, y)) return true;
  return Math.min(x.length, y.length) >= 6 && skeleton(x) === skeleton(y) && Math.abs(x.length - y.length) <= 2;
}

/** Whether a speaker of this kind and name may be shared across articles at all. */
export function isSharedName(name: string, kind: string): kind is SharedKind {
  if (kind !== "person" && kind !== "organization") return false;
  const parts = nameParts(name);
  if (parts.length === 0) return false;
  return !(kind === "organization" && parts.length === 1 && GENERIC_INSTITUTIONS.has(parts[0]!));
}

type Relation = { reason: MatchReason; rank: number } | "conflict" | null;

const RANK: Record<MatchReason, number> = { exact: 4, spelling: 3, full_name: 2, surname: 1 };

/** How a new name relates to one known alias of a person. */
function personRelation(mine: readonly string[], theirs: readonly string[]): Relation {
  const same = sameParts(mine, theirs);
  if (same) return { reason: same, rank: RANK[same] };
  const myLast = mine[mine.length - 1]!;
  const theirLast = theirs[theirs.length - 1]!;
  if (!similarWord(myLast, theirLast)) return null;
  if (mine.length >= 2 && theirs.length >= 2) {
    // Same surname: the given names decide whether this is one person or two.
    if (!similarWord(mine[0]!, theirs[0]!)) return "conflict";
    return { reason: "full_name", rank: RANK.full_name };
  }
  if (mine.length >= 2) return { reason: "full_name", rank: RANK.full_name };
  if (COMMON_GIVEN_NAMES.has(withoutArticle(myLast))) return null;
  return { reason: "surname", rank: RANK.surname };
}

/** The same parts: identical ("exact") or each one a spelling of the other ("spelling"). */
function sameParts(mine: readonly string[], theirs: readonly string[]): "exact" | "spelling" | null {
  if (mine.length !== theirs.length) return null;
  let spelled = false;
  for (let k = 0; k < mine.length; k++) {
    if (withoutArticle(mine[k]!) === withoutArticle(theirs[k]!)) continue;
    if (!similarWord(mine[k]!, theirs[k]!)) return null;
    spelled = true;
  }
  return spelled ? "spelling" : "exact";
}

/**
 * The known speaker a name belongs to, or null for a new one. `known` holds the aliases found by
 * `surnameKey` (other aliases of those speakers may be included; they can only veto).
 */
export function matchSpeaker(name: string, kind: SharedKind, known: readonly KnownAlias[]): SpeakerMatch | null {
  const mine = nameParts(name);
  if (mine.length === 0) return null;
  const best = new Map<number, { reason: MatchReason; rank: number; matchedText: string }>();
  const vetoed = new Set<number>();
  // A surname alone matches one person; several people with that surname and no exact alias: nobody.
  const surnameHolders = new Set<number>();
  for (const alias of known) {
    if (alias.kind !== kind || vetoed.has(alias.speakerId)) continue;
    const theirs = aliasParts(alias.text);
    if (theirs.length === 0) continue;
    let relation: Relation;
    if (kind === "person") relation = personRelation(mine, theirs);
    else {
      const same = sameParts(mine, theirs);
      relation = same ? { reason: same, rank: RANK[same] } : null;
    }
    if (relation === "conflict") {
      vetoed.add(alias.speakerId);
      best.delete(alias.speakerId);
      continue;
    }
    if (!relation) continue;
    if (relation.reason === "surname") surnameHolders.add(alias.speakerId);
    const current = best.get(alias.speakerId);
    if (!current || relation.rank > current.rank) best.set(alias.speakerId, { ...relation, matchedText: alias.text });
  }
  let chosen: [number, { reason: MatchReason; rank: number; matchedText: string }] | null = null;
  for (const entry of best) {
    if (vetoed.has(entry[0])) continue;
    if (!chosen || entry[1].rank > chosen[1].rank || (entry[1].rank === chosen[1].rank && entry[0] < chosen[0])) chosen = entry;
  }
  if (!chosen) return null;
  if (chosen[1].reason === "surname" && [...surnameHolders].filter((id) => !vetoed.has(id)).length > 1) return null;
  return { speakerId: chosen[0], reason: chosen[1].reason, matchedText: chosen[1].matchedText };
}
