import type { PrismaClient } from "../db/prisma.ts";
import { nameKey } from "../extract/index.ts";
import { busiestSpeakerRows, speakerHitRows, type HitOptions, type HitRow } from "./queries.ts";
import { countTotal, keptCounts, type StatusCounts } from "../statuses.ts";

/** A search hit as the pages and the API show it: its counts by status and in all. */
export type SpeakerHit = Omit<HitRow, "pendingCount" | "verifiedCount" | "disputedCount"> & { statementCount: number; statusCounts: StatusCounts };

export const MAX_SPEAKER_QUERY = 200;

/*
 * Speakers by any of their aliases, compared folded (nameKey: hamza and alef forms, ta marbuta, alef
 * maqsura, diacritics, tatweel, case). Ranked by how well the best alias matches, then by statements:
 *   1    the whole alias;  0.9  the start of the alias;  0.8  the start of one of its words;
 *   0.6  inside a word;    0.55 the same surname consonants (a letter left out or spelled otherwise:
 *   «بلنكن», «غوتيرس» find «بلينكن», «جوتيريس»);  below: trigram word similarity (a typo: «بلينكم»).
 *
 * In two tiers: the text as typed, and only when that finds fewer than the page holds, the spellings
 * it missed. A single condition with all of them ORed together could use no index; both tiers go in
 * one statement, the second behind a one-time filter on the first's count, so a search costs one
 * round trip.
 *
 * A query of one word of three letters or more is answered from the words aliases are made of:
 * speaker_alias_words (thousands, where aliases are hundreds of thousands) finds the words holding
 * the query or nearest to it, and speaker_word_ranks lists each word's aliases by where the word
 * stands in them and by their speaker's statements, so each word and place gives only its first
 * `limit` speakers (a speaker ranked lower there is ranked lower overall). Other queries compare
 * whole aliases, through the trigram GIN index on normalized_text.
 */
export async function searchSpeakers(prisma: PrismaClient, query: string, limit = 20, options: HitOptions = {}): Promise<SpeakerHit[]> {
  const key = nameKey(query.slice(0, MAX_SPEAKER_QUERY));
  if (!key) return [];
  const hits = toHits(await speakerHitRows(prisma, key, limit, options));
  // Other ways to write the same name, asked only when the name as typed leaves the page short.
  for (const variant of spellingVariants(key)) {
    if (hits.length >= limit) break;
    const seen = new Set(hits.map((hit) => hit.id));
    for (const hit of toHits(await speakerHitRows(prisma, variant, limit - hits.length, options))) if (!seen.has(hit.id)) hits.push(hit);
  }
  return hits;
}

/** One way to write a name per line: the pattern in the folded name, and what else it may be written as. */
const SPELLINGS: [RegExp, string][] = [
  // «عبدالباسط» and «عبد الباسط», «ابوبكر» and «ابو بكر»: compound names with and without the space.
  [/(^| )(عبد|ابو)(?=ال|\S{3,})/g, "$1$2 "],
  // «رءوف» for «رؤوف», «مسءول» for «مسؤول»: a hamza on the line before و or ي is the one on its seat (folded to و, ي).
  [/ء(?=([وي]))/g, "$1"],
];

function spellingVariants(key: string): string[] {
  const variants = new Set<string>();
  for (const [pattern, replacement] of SPELLINGS) {
    const variant = key.replace(pattern, replacement).replace(/ +/g, " ").trim();
    if (variant !== key) variants.add(variant);
  }
  return [...variants];
}

function toHits(rows: HitRow[]): SpeakerHit[] {
  return rows.map(({ pendingCount, verifiedCount, disputedCount, ...row }) => {
    const statusCounts = keptCounts({ pendingCount, verifiedCount, disputedCount });
    return { ...row, statementCount: countTotal(statusCounts), statusCounts };
  });
}

/** The speakers with the most statements still pending: what /speakers shows before anything is typed. */
/** The speakers with the most statements still pending: what /speakers shows before anything is typed. */
export async function busiestSpeakers(prisma: PrismaClient, limit = 20, options: HitOptions = {}): Promise<SpeakerHit[]> {
  return toHits(await busiestSpeakerRows(prisma, limit, options));
}
