import type { PrismaClient } from "../db/prisma.ts";
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
 *   «بلنكن», «غوتيريس» find «بلينكن», «جوتيريس»);  below: trigram word similarity (a typo: «بلينكم»).
 * The substring and similarity tests use the trigram index on speaker_aliases.normalized_text, the
 * consonants the index on surname_key.
 */
export async function searchSpeakers(prisma: PrismaClient, query: string, limit = 20): Promise<SpeakerHit[]> {
  const key = nameKey(query.slice(0, MAX_SPEAKER_QUERY));
  if (!key) return [];
  const like = escapeLike(key);
  // Only a query of a few letters says enough about a surname to compare consonants.
  const consonants = key.length >= 4 ? surnameKey(key) : "";
  const rows = await prisma.$queryRaw<(Omit<SpeakerHit, "statusCounts" | "aliases" | "statementCount"> & KeptCounts)[]>`
    WITH matches AS (
      SELECT a.speaker_id, a.text,
             CASE WHEN a.normalized_text = ${key} THEN 1.0
                  WHEN a.normalized_text LIKE ${like + "%"} THEN 0.9
                  WHEN a.normalized_text LIKE ${"% " + like + "%"} THEN 0.8
                  WHEN a.normalized_text LIKE ${"%" + like + "%"} THEN 0.6
                  WHEN a.surname_key = ${consonants} THEN 0.55
                  ELSE 0.5 * word_similarity(${key}, a.normalized_text) END AS score
        FROM speaker_aliases a
       WHERE a.normalized_text LIKE ${"%" + like + "%"} OR ${key} <% a.normalized_text OR (${consonants} <> '' AND a.surname_key = ${consonants})
       LIMIT 5000
    ), best AS (
      SELECT DISTINCT ON (speaker_id) speaker_id, text, score FROM matches ORDER BY speaker_id, score DESC, length(text)
    )
    SELECT s.id, s.name, s.kind::text AS kind, s.roles, b.text AS matched,
           s.pending_count AS "pendingCount", s.verified_count AS "verifiedCount", s.disputed_count AS "disputedCount"
      FROM best b JOIN speakers s ON s.id = b.speaker_id
     WHERE s.merged_into_id IS NULL
     ORDER BY b.score DESC, s.pending_count + s.verified_count + s.disputed_count DESC, s.id
     LIMIT ${limit}`;
  return withAliases(prisma, rows);
}

type KeptCounts = Parameters<typeof keptCounts>[0];

/** Hits with their aliases (one query for all of them) and counts by status. */
async function withAliases(prisma: PrismaClient, rows: (Omit<SpeakerHit, "statusCounts" | "aliases" | "statementCount"> & KeptCounts)[]): Promise<SpeakerHit[]> {
  if (rows.length === 0) return [];
  const aliases = await aliasesOf(prisma, rows.map((row) => row.id));
  return rows.map(({ pendingCount, verifiedCount, disputedCount, ...row }) => {
    const statusCounts = keptCounts({ pendingCount, verifiedCount, disputedCount });
    return { ...row, aliases: aliases.get(row.id) ?? [], statementCount: countTotal(statusCounts), statusCounts };
  });
}

/** The aliases of several speakers, as written, in one query. */
async function aliasesOf(prisma: PrismaClient, ids: number[]): Promise<Map<number, string[]>> {
  const rows = await prisma.speakerAlias.findMany({ where: { speakerId: { in: ids } }, select: { speakerId: true, text: true }, orderBy: { id: "asc" } });
  const byId = new Map<number, string[]>();
  for (const row of rows) byId.set(row.speakerId, [...(byId.get(row.speakerId) ?? []), row.text]);
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
