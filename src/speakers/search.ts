import { Prisma } from "../generated/prisma/client.ts";
import { fastRows, type PrismaClient } from "../db/prisma.ts";
import { escapeLike } from "../db/like.ts";
import { nameKey } from "../extract/index.ts";
import { surnameKey } from "./match.ts";
import { countTotal, keptCounts, type StatusCounts } from "../statements/store.ts";

export interface SpeakerHit {
  id: number;
  name: string;
  kind: string;
  roles: string[];
  /** The alias the query matched best, as written: tells the reader why «بلينكين» found «أنتوني بلينكن». */
  matched: string;
  aliases: string[];
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
 * In two tiers, each answered by an index: the text as typed (the trigram GIN index on
 * normalized_text serves LIKE '%…%' and the word-start patterns), and only when that finds fewer
 * than the page holds, the spellings it missed (the btree on surname_key, then the same GIN index
 * for the word-similarity operator <%). A single condition with all of them ORed together cannot
 * use either index and scans every alias; both tiers go in one statement, the second behind a
 * one-time filter on the first's count, so a search costs one round trip. A one-word query is
 * compared with the words aliases are made of (speaker_alias_words: thousands, where the aliases
 * are hundreds of thousands), and the aliases holding the nearest ones are found by their words.
 */
export async function searchSpeakers(prisma: PrismaClient, query: string, limit = 20): Promise<SpeakerHit[]> {
  const key = nameKey(query.slice(0, MAX_SPEAKER_QUERY));
  if (!key) return [];
  const like = escapeLike(key);
  // Under three letters a word's start is all a query says; with three or more it may sit anywhere.
  const typed = key.length >= 3 ? Prisma.sql`a.normalized_text LIKE ${"%" + like + "%"}` : Prisma.sql`(a.normalized_text LIKE ${like + "%"} OR a.normalized_text LIKE ${"% " + like + "%"})`;
  // Only a query of a few letters says enough about a surname to compare consonants or trigrams.
  const spellings = Prisma.sql`${key.length >= 4} AND (SELECT count(*) FROM typed) < ${limit}`;
  const consonants = surnameKey(key);
  const oneWord = !key.includes(" ");
  const sql = Prisma.sql`
    WITH near AS (SELECT word, word_similarity(${key}, word) AS similarity FROM speaker_alias_words WHERE ${key} <% word),
    typed AS (${ranked(
      Prisma.sql`SELECT a.speaker_id, a.text, a.speaker_statement_count AS statements,
                        CASE WHEN a.normalized_text = ${key} THEN 1.0
                             WHEN a.normalized_text LIKE ${like + "%"} THEN 0.9
                             WHEN a.normalized_text LIKE ${"% " + like + "%"} THEN 0.8
                             ELSE 0.6 END AS score
                   FROM speaker_aliases a WHERE ${typed}`,
      limit,
    )}),
    respelled AS (${ranked(
      Prisma.sql`SELECT a.speaker_id, a.text, a.speaker_statement_count AS statements, 0.55 AS score FROM speaker_aliases a
                  WHERE ${spellings} AND ${consonants} <> '' AND a.surname_key = ${consonants}
                 UNION ALL
                 SELECT a.speaker_id, a.text, a.speaker_statement_count, 0.5 * (SELECT max(n.similarity) FROM near n WHERE n.word = ANY(a.words)) FROM speaker_aliases a
                  WHERE ${spellings} AND ${oneWord} AND a.words && ARRAY(SELECT word FROM near)
                 UNION ALL
                 SELECT a.speaker_id, a.text, a.speaker_statement_count, 0.5 * word_similarity(${key}, a.normalized_text) FROM speaker_aliases a
                  WHERE ${spellings} AND NOT ${oneWord} AND ${key} <% a.normalized_text`,
      limit,
    )}),
    -- Every typed hit scores above every respelled one: the typed hits, then the spellings they missed.
    shown AS (SELECT * FROM typed UNION ALL SELECT * FROM respelled WHERE speaker_id NOT IN (SELECT speaker_id FROM typed))
    SELECT ${Prisma.raw(HIT_COLUMNS)}, b.text AS matched
      FROM (SELECT * FROM shown ORDER BY score DESC, statements DESC, speaker_id LIMIT ${limit}) b
      -- OFFSET 0 keeps this a lookup by primary key per speaker shown: joined plainly, the planner may hash every speaker.
      CROSS JOIN LATERAL (SELECT * FROM speakers WHERE id = b.speaker_id OFFSET 0) s
     ORDER BY b.score DESC, b.statements DESC, s.id`;
  // Through pg directly (see fastRows): search runs as people type.
  return toHits(await fastRows<HitRow>(prisma, sql.text, sql.values, { prepare: true }));
}

/** Matching candidates are capped: a query matching more aliases than this ranks the first this many. */
const MAX_CANDIDATES = 5000;

/**
 * The best-scored alias of each speaker the candidates name, best first, then by statements, at most
 * `limit`. Candidates are aliases (speaker_id, text, statements, score); those of merged speakers
 * (statements NULL) are left out. Each alias carries its speaker's statement count, so only the
 * speakers shown are looked up.
 */
function ranked(candidates: Prisma.Sql, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT * FROM (SELECT DISTINCT ON (speaker_id) speaker_id, text, score, statements
                     FROM (SELECT * FROM (${candidates}) c WHERE c.statements IS NOT NULL LIMIT ${MAX_CANDIDATES}) m
                    ORDER BY speaker_id, score DESC, length(text)) best
     ORDER BY score DESC, statements DESC, speaker_id LIMIT ${limit}`;
}

type HitRow = Omit<SpeakerHit, "statusCounts" | "statementCount"> & KeptCounts;
type KeptCounts = Parameters<typeof keptCounts>[0];

/** A speaker (s) as a hit shows it, its aliases as written among them: one query answers a whole page of hits. */
const HIT_COLUMNS = `s.id, s.name, s.kind::text AS kind, s.roles,
  s.pending_count AS "pendingCount", s.verified_count AS "verifiedCount", s.disputed_count AS "disputedCount",
  ARRAY(SELECT a.text FROM speaker_aliases a WHERE a.speaker_id = s.id ORDER BY a.id) AS aliases`;

function toHits(rows: HitRow[]): SpeakerHit[] {
  return rows.map(({ pendingCount, verifiedCount, disputedCount, ...row }) => {
    const statusCounts = keptCounts({ pendingCount, verifiedCount, disputedCount });
    return { ...row, statementCount: countTotal(statusCounts), statusCounts };
  });
}

/** The speakers with the most statements still pending: what /speakers shows before anything is typed. */
export async function busiestSpeakers(prisma: PrismaClient, limit = 20): Promise<SpeakerHit[]> {
  const rows = await fastRows<HitRow>(
    prisma,
    `SELECT ${HIT_COLUMNS}, s.name AS matched FROM speakers s
      WHERE s.merged_into_id IS NULL AND s.pending_count > 0 ORDER BY s.pending_count DESC, s.id LIMIT $1`,
    [limit],
    { prepare: true },
  );
  return toHits(rows);
}
