import { Prisma } from "../generated/prisma/client.ts";
import { fastRows, type PrismaClient } from "../db/prisma.ts";
import { escapeLike } from "../db/like.ts";
import { nameKey } from "../extract/index.ts";
import { surnameKey } from "./match.ts";
import { countTotal, keptCounts, type StatusCounts } from "../statuses.ts";

export interface SpeakerHit {
  id: number;
  name: string;
  kind: string;
  roles: string[];
  /** The alias the query matched best, as written: tells the reader why «بلينكين» found «أنتوني بلينكن». */
  matched: string;
  /** Every alias as written, when asked for: the API lists them, the pages show only the one matched. */
  aliases?: string[];
  statementCount: number;
  statusCounts: StatusCounts;
}

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
  const hits = await searchKey(prisma, key, limit, options);
  // Other ways to write the same name, asked only when the name as typed leaves the page short.
  for (const variant of spellingVariants(key)) {
    if (hits.length >= limit) break;
    const seen = new Set(hits.map((hit) => hit.id));
    for (const hit of await searchKey(prisma, variant, limit - hits.length, options)) if (!seen.has(hit.id)) hits.push(hit);
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

async function searchKey(prisma: PrismaClient, key: string, limit: number, options: HitOptions): Promise<SpeakerHit[]> {
  const like = escapeLike(key);
  const byWords = !key.includes(" ") && key.length >= 3;
  // Only a query of a few letters says enough about a surname to compare consonants or trigrams.
  const spellings = Prisma.sql`${key.length >= 4} AND (SELECT count(*) FROM typed) < ${limit}`;
  const consonants = surnameKey(key);
  // Under three letters a word's start is all a query says; with three or more it may sit anywhere.
  const aliasMatch = key.length >= 3 ? Prisma.sql`a.normalized_text LIKE ${"%" + like + "%"}` : Prisma.sql`(a.normalized_text LIKE ${like + "%"} OR a.normalized_text LIKE ${"% " + like + "%"})`;
  const typed = byWords
    ? byWord(
        Prisma.sql`SELECT w.word, p.place, CASE WHEN w.word NOT LIKE ${like + "%"} THEN 0.6 WHEN p.place = 0 AND w.word = ${key} THEN 1.0 WHEN p.place <= 1 THEN 0.9 ELSE 0.8 END AS score
                     FROM holding w, ${PLACES}`,
        limit,
      )
    : Prisma.sql`SELECT a.speaker_id, a.id AS alias_id,
                        CASE WHEN a.normalized_text = ${key} THEN 1.0
                             WHEN a.normalized_text LIKE ${like + "%"} THEN 0.9
                             WHEN a.normalized_text LIKE ${"% " + like + "%"} THEN 0.8
                             ELSE 0.6 END AS score, a.speaker_statement_count AS statements, length(a.text) AS alias_length
                   FROM speaker_aliases a WHERE ${aliasMatch}`;
  const respelled = Prisma.sql`${byWord(Prisma.sql`SELECT ${consonants} AS word, ${SURNAME_PLACE} AS place, 0.55 AS score WHERE ${spellings} AND ${consonants} <> ''`, limit)}
    UNION ALL
    ${byWords
      ? byWord(Prisma.sql`SELECT n.word, p.place, 0.5 * n.similarity AS score FROM near n, ${PLACES}`, limit)
      : Prisma.sql`SELECT a.speaker_id, a.id, 0.5 * word_similarity(${key}, a.normalized_text), a.speaker_statement_count, length(a.text) FROM speaker_aliases a
                    WHERE ${spellings} AND ${key} <% a.normalized_text`}`;
  // The words are found first, each through the trigram index: planned once for any query (the
  // statement is prepared), a join would read all the words instead, comparing each.
  const holding = byWords ? Prisma.sql`holding AS MATERIALIZED (SELECT word FROM speaker_alias_words WHERE word LIKE ${"%" + like + "%"}),` : Prisma.empty;
  const near = byWords
    ? Prisma.sql`near AS MATERIALIZED (SELECT word, word_similarity(${key}, word) AS similarity FROM speaker_alias_words WHERE ${spellings} AND ${key} % word),`
    : Prisma.empty;
  const sql = Prisma.sql`
    WITH ${holding} typed AS (${ranked(typed, limit)}),
    ${near}
    respelled AS (${ranked(respelled, limit)}),
    -- Every typed hit scores above every respelled one: the typed hits, then the spellings they missed.
    shown AS (SELECT * FROM typed UNION ALL SELECT * FROM respelled WHERE speaker_id NOT IN (SELECT speaker_id FROM typed))
    SELECT ${Prisma.raw(hitColumns(options))}, m.text AS matched
      FROM (SELECT * FROM shown ORDER BY score DESC, statements DESC, speaker_id LIMIT ${limit}) b
      -- OFFSET 0 keeps this a lookup by primary key per speaker shown: joined plainly, the planner may hash every speaker.
      CROSS JOIN LATERAL (SELECT * FROM speakers WHERE id = b.speaker_id OFFSET 0) s
      CROSS JOIN LATERAL (SELECT text FROM speaker_aliases WHERE id = b.alias_id OFFSET 0) m
     ORDER BY b.score DESC, b.statements DESC, s.id`;
  // Through pg directly (see fastRows): search runs as people type.
  return toHits(await fastRows<HitRow>(prisma, sql.text, sql.values, { prepare: true }));
}

/** Where a word stands in an alias (speaker_word_ranks.place): the whole alias, its first word, a later one. */
const PLACES = Prisma.sql`(VALUES (0), (1), (2)) AS p(place)`;
/** speaker_word_ranks.place of an alias's surname consonants. */
const SURNAME_PLACE = Prisma.raw("3");

/**
 * Candidates from words: for each (word, place, score) the groups name, the aliases holding the word
 * there, at most one per speaker (its shortest) and at most `limit` speakers, those with the most
 * statements first, read in that order from the index.
 */
function byWord(groups: Prisma.Sql, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT r.speaker_id, r.alias_id, g.score, r.statements, r.alias_length
      FROM (${groups}) g
     CROSS JOIN LATERAL (SELECT DISTINCT ON (r.statements, r.speaker_id) r.speaker_id, r.alias_id, r.statements, r.alias_length
                           FROM speaker_word_ranks r
                          WHERE r.word = g.word AND r.place = g.place AND r.statements IS NOT NULL
                          ORDER BY r.statements DESC, r.speaker_id, r.alias_length
                          LIMIT ${limit}) r`;
}

/** Matching candidates are capped: a query matching more aliases than this ranks the first this many. */
const MAX_CANDIDATES = 5000;

/**
 * The best-scored alias of each speaker the candidates name, best first, then by statements, at most
 * `limit`. Candidates are aliases (speaker_id, alias_id, score, statements, alias_length); those of
 * merged speakers (statements NULL) are left out. Each alias carries its speaker's statement count,
 * so only the speakers shown are looked up.
 */
function ranked(candidates: Prisma.Sql, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT * FROM (SELECT DISTINCT ON (speaker_id) speaker_id, alias_id, score, statements
                     FROM (SELECT * FROM (${candidates}) c WHERE c.statements IS NOT NULL LIMIT ${MAX_CANDIDATES}) m
                    ORDER BY speaker_id, score DESC, alias_length) best
     ORDER BY score DESC, statements DESC, speaker_id LIMIT ${limit}`;
}

type HitRow = Omit<SpeakerHit, "statusCounts" | "statementCount"> & KeptCounts;
type KeptCounts = Parameters<typeof keptCounts>[0];

/** A speaker (s) as a hit shows it: one query answers a whole page of hits. */
const HIT_COLUMNS = `s.id, s.name, s.kind::text AS kind, s.roles,
  s.pending_count AS "pendingCount", s.verified_count AS "verifiedCount", s.disputed_count AS "disputedCount"`;

interface HitOptions {
  /** Each hit's aliases as written, in the order they were seen. */
  aliases?: boolean;
}

function hitColumns(options: HitOptions): string {
  return options.aliases ? `${HIT_COLUMNS}, ARRAY(SELECT a.text FROM speaker_aliases a WHERE a.speaker_id = s.id ORDER BY a.id) AS aliases` : HIT_COLUMNS;
}

function toHits(rows: HitRow[]): SpeakerHit[] {
  return rows.map(({ pendingCount, verifiedCount, disputedCount, ...row }) => {
    const statusCounts = keptCounts({ pendingCount, verifiedCount, disputedCount });
    return { ...row, statementCount: countTotal(statusCounts), statusCounts };
  });
}

/** The speakers with the most statements still pending: what /speakers shows before anything is typed. */
export async function busiestSpeakers(prisma: PrismaClient, limit = 20, options: HitOptions = {}): Promise<SpeakerHit[]> {
  const rows = await fastRows<HitRow>(
    prisma,
    `SELECT ${hitColumns(options)}, s.name AS matched FROM speakers s
      WHERE s.merged_into_id IS NULL AND s.pending_count > 0 ORDER BY s.pending_count DESC, s.id LIMIT $1`,
    [limit],
    { prepare: true },
  );
  return toHits(rows);
}
