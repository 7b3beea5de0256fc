/**
 * What a speaker's name may hold. Bidi overrides, isolates and marks, zero-width spaces, word joiners
 * and soft hyphens are invisible: left in, "John\u202E Smith" displays as another name and never
 * matches the speaker it copies. They are removed; the joiners some scripts need (ZWNJ, ZWJ) stay.
 */
const INVISIBLE = /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

export function cleanSpeakerName(name: string): string {
  return name.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Arabic}/u, /\p{Script=Hebrew}/u];

/** A word that mixes alphabets («Jоhn» with a Cyrillic о): no real name does, a look-alike does. */
export function mixesScripts(name: string): boolean {
  return name.split(/\s+/).some((word) => SCRIPTS.filter((script) => script.test(word)).length > 1);
}

/** Cyrillic and Greek letters that look like Latin ones, one pair per entry. */
const LOOK_ALIKES: Record<string, string> = Object.fromEntries(
  `а a|е e|о o|р p|с c|у y|х x|і i|ј j|ѕ s|ԁ d|һ h|ӏ l|А A|В B|Е E|К K|М M|Н H|О O|Р P|С C|Т T|Х X|І I|Ј J|Ѕ S|ο o|α a|ν v|ι i|κ k|ρ p|τ t|υ u|χ x|Α A|Β B|Ε E|Ζ Z|Η H|Ι I|Κ K|Μ M|Ν N|Ο O|Ρ P|Τ T|Υ Y|Χ X`
    .split("|")
    .map((pair) => pair.split(" ") as [string, string]),
);

/** The name as it looks: each look-alike letter replaced by the Latin letter it imitates. */
export function lookAlikeSkeleton(name: string): string {
  return [...name].map((ch) => LOOK_ALIKES[ch] ?? ch).join("");
}
