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
 * for the word-similarity operator <%). A single statement with all the conditions ORed together
 * cannot use either index and scans every alias.
 */
export async function searchSpeakers(prisma: PrismaClient, query: string, limit = 20): Promise<SpeakerHit[]> {
  const key = nameKey(query.slice(0, MAX_SPEAKER_QUERY));
  if (!key) return [];
  const like = escapeLike(key);
  // Under three letters a word's start is all a query says; with three or more it may sit anywhere.
  const typed = key.length >= 3 ? Prisma.sql`a.normalized_text LIKE ${"%" + like + "%"}` : Prisma.sql`(a.normalized_text LIKE ${like + "%"} OR a.normalized_text LIKE ${"% " + like + "%"})`;
  const hits = await rankedSpeakers(
    prisma,
    Prisma.sql`SELECT a.speaker_id, a.text,
                      CASE WHEN a.normalized_text = ${key} THEN 1.0
                           WHEN a.normalized_text LIKE ${like + "%"} THEN 0.9
                           WHEN a.normalized_text LIKE ${"% " + like + "%"} THEN 0.8
                           ELSE 0.6 END AS score
                 FROM speaker_aliases a WHERE ${typed}`,
    [],
    limit,
  );
  // Only a query of a few letters says enough about a surname to compare consonants or trigrams.
  if (hits.length >= limit || key.length < 4) return withAliases(prisma, hits);
  const consonants = surnameKey(key);
  const found = hits.map((hit) => hit.id);
  const similar = await rankedSpeakers(
    prisma,
    Prisma.sql`SELECT a.speaker_id, a.text, 0.55 AS score FROM speaker_aliases a WHERE ${consonants} <> '' AND a.surname_key = ${consonants}
               UNION ALL
               SELECT a.speaker_id, a.text, 0.5 * word_similarity(${key}, a.normalized_text) FROM speaker_aliases a WHERE ${key} <% a.normalized_text`,
    found,
    limit - hits.length,
  );
  return withAliases(prisma, [...hits, ...similar]);
}

/** Matching candidates are capped: a query matching more aliases than this ranks the first this many. */
const MAX_CANDIDATES = 5000;

type RankedRow = Omit<SpeakerHit, "statusCounts" | "aliases" | "statementCount"> & KeptCounts;

/** The best-scored alias of each speaker the candidates name, best first, then by statements; `skip` are shown already. */
async function rankedSpeakers(prisma: PrismaClient, candidates: Prisma.Sql, skip: number[], limit: number): Promise<RankedRow[]> {
  const sql = Prisma.sql`
    WITH matches AS (SELECT * FROM (${candidates}) c LIMIT ${MAX_CANDIDATES}),
    best AS (SELECT DISTINCT ON (speaker_id) speaker_id, text, score FROM matches ORDER BY speaker_id, score DESC, length(text))
    SELECT s.id, s.name, s.kind::text AS kind, s.roles, b.text AS matched,
           s.pending_count AS "pendingCount", s.verified_count AS "verifiedCount", s.disputed_count AS "disputedCount"
      FROM best b
      -- OFFSET 0 keeps this a lookup by primary key per candidate: joined plainly, the planner hashes every speaker.
      CROSS JOIN LATERAL (SELECT * FROM speakers WHERE id = b.speaker_id OFFSET 0) s
     WHERE s.merged_into_id IS NULL AND s.id <> ALL(${skip}::int[])
     ORDER BY b.score DESC, s.pending_count + s.verified_count + s.disputed_count DESC, s.id
     LIMIT ${limit}`;
  // Through pg directly (see fastRows): search runs as people type.
  return fastRows<RankedRow>(prisma, sql.text, sql.values, { prepare: true });
}

type KeptCounts = Parameters<typeof keptCounts>[0];

/** Hits with their aliases (one query for all of them) and counts by status. */
async function withAliases(prisma: PrismaClient, rows: RankedRow[]): Promise<SpeakerHit[]> {
  if (rows.length === 0) return [];
  const aliases = await aliasesOf(prisma, rows.map((row) => row.id));
  return rows.map(({ pendingCount, verifiedCount, disputedCount, ...row }) => {
    const statusCounts = keptCounts({ pendingCount, verifiedCount, disputedCount });
    return { ...row, aliases: aliases.get(row.id) ?? [], statementCount: countTotal(statusCounts), statusCounts };
  });
}

/** The aliases of several speakers, as written, in one query. */
async function aliasesOf(prisma: PrismaClient, ids: number[]): Promise<Map<number, string[]>> {
  const rows = await fastRows<{ speakerId: number; text: string }>(
    prisma,
    `SELECT speaker_id AS "speakerId", text FROM speaker_aliases WHERE speaker_id = ANY($1::int[]) ORDER BY id`,
    [ids],
    { prepare: true },
  );
  const byId = new Map<number, string[]>();
  for (const row of rows) {
    const list = byId.get(row.speakerId);
    if (list) list.push(row.text);
    else byId.set(row.speakerId, [row.text]);
  }
  return byId;
}

/** The speakers with the most statements still pending: what /speakers shows before anything is typed. */
export async function busiestSpeakers(prisma: PrismaClient, limit = 20): Promise<SpeakerHit[]> {
  const speakers = await prisma.speaker.findMany({
    where: { mergedIntoId: null, pendingCount: { gt: 0 } },
    orderBy: [{ pendingCount: "desc" }, { id: "asc" }],
    take: limit,
    select: { id: true, name: true, kind: true, roles: true, pendingCount: true, verifiedCount: true, disputedCount: true },
  });
  return withAliases(prisma, speakers.map((speaker) => ({ ...speaker, matched: speaker.name })));
}
