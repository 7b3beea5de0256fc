import { Prisma } from "../generated/prisma/client.ts";
import { fastRows, type PrismaClient, type Transaction, type TransactionDb } from "../db/prisma.ts";
import { escapeLike } from "../db/like.ts";
import { nameKey } from "../extract/index.ts";
import { surnameKey, type KnownAlias } from "./match.ts";
import { recordEvent } from "../accounts/queries.ts";

/*
 * The speakers' queries. pg directly (fastRows) where they run on every article saved and every search
 * keystroke; Prisma for the editors' moves and the speaker page, which are rare and read best as calls.
 *
 * Editors' corrections to who is who. A merge moves every statement and alias of one speaker to another;
 * a detach moves one alias, and the statements attributed through it, to a new speaker. Each is one
 * SpeakerMove row listing exactly what moved, so undoing it moves back those rows (and only those still
 * where the move left them), and each is audited on both speakers.
 */

export type MoveOutcome =
  | { outcome: "moved"; moveId: number; speakerId: number; statements: number; aliases: number }
  | { outcome: "refused"; status: 400 | 404 | 409; key: string; vars: Record<string, unknown> };

interface Actor {
  id: number;
  ip?: string | null;
}

/** Why a move was refused, as an i18n key (src/i18n) with its values. */
const refused = (status: 400 | 404 | 409, key: string, vars: Record<string, unknown> = {}): MoveOutcome => ({
  outcome: "refused",
  status,
  key: `speakers.refused.${key}`,
  vars,
});

/** Locks the speakers in id order, so a merge of A into B and one of B into A cannot deadlock. */
async function lockSpeakers(tx: Transaction, ids: number[]) {
  return tx.$queryRaw<{ id: number; name: string; normalizedName: string; kind: string; roles: string[]; mergedIntoId: number | null }[]>`
    SELECT id, name, normalized_name AS "normalizedName", kind::text AS kind, roles, merged_into_id AS "mergedIntoId"
      FROM speakers WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
}

/**
 * Statements moved between speakers keep pointing at the alias they came through: when that alias stayed
 * behind (the other speaker had the same spelling), point them at the same spelling on their new speaker.
 */
async function repointAliases(tx: Transaction, statementIds: number[], to: number): Promise<void> {
  if (statementIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE statements s SET speaker_alias_id = same.id
      FROM speaker_aliases old, speaker_aliases same
     WHERE s.id = ANY(${statementIds}::int[]) AND old.id = s.speaker_alias_id AND old.speaker_id <> ${to}
       AND same.speaker_id = ${to} AND same.normalized_text = old.normalized_text`;
}

export async function mergeSpeakers(prisma: PrismaClient, fromId: number, intoId: number, actor: Actor): Promise<MoveOutcome> {
  if (fromId === intoId) return refused(400, "self");
  return prisma.$transaction(async (tx) => {
    const speakers = await lockSpeakers(tx, [fromId, intoId]);
    const from = speakers.find((speaker) => speaker.id === fromId);
    const into = speakers.find((speaker) => speaker.id === intoId);
    if (!from) return refused(404, "notFound");
    if (!into) return refused(400, "noTarget", { id: intoId });
    if (from.mergedIntoId !== null) return refused(409, "alreadyMerged", { id: from.mergedIntoId });
    if (into.mergedIntoId !== null) return refused(409, "targetMerged", { id: intoId, into: into.mergedIntoId });
    const statements = await tx.$queryRaw<{ id: number }[]>`UPDATE statements SET speaker_id = ${intoId} WHERE speaker_id = ${fromId} RETURNING id`;
    // A spelling both already have stays with the merged speaker, so the unique (speaker, spelling) holds.
    const aliases = await tx.$queryRaw<{ id: number }[]>`
      UPDATE speaker_aliases a SET speaker_id = ${intoId}
       WHERE a.speaker_id = ${fromId}
         AND NOT EXISTS (SELECT 1 FROM speaker_aliases b WHERE b.speaker_id = ${intoId} AND b.normalized_text = a.normalized_text)
      RETURNING a.id`;
    const statementIds = statements.map((row) => row.id);
    await repointAliases(tx, statementIds, intoId);
    await tx.speaker.update({ where: { id: intoId }, data: { roles: [...new Set([...into.roles, ...from.roles])] } });
    await tx.speaker.update({ where: { id: fromId }, data: { mergedIntoId: intoId } });
    const move = await tx.speakerMove.create({
      data: {
        kind: "merge",
        fromSpeakerId: fromId,
        toSpeakerId: intoId,
        statementIds,
        aliasIds: aliases.map((row) => row.id),
        toRolesBefore: into.roles,
        createdById: actor.id,
      },
    });
    const after = {
      move: move.id,
      from: { id: fromId, name: from.name },
      into: { id: intoId, name: into.name },
      statements: statementIds.length,
      aliases: aliases.length,
    };
    await recordEvent(tx, { actorId: actor.id, action: "speaker.merged", subjectType: "speaker", subjectId: fromId, after, ip: actor.ip });
    await recordEvent(tx, { actorId: actor.id, action: "speaker.absorbed", subjectType: "speaker", subjectId: intoId, after, ip: actor.ip });
    return { outcome: "moved", moveId: move.id, speakerId: intoId, statements: statementIds.length, aliases: aliases.length };
  });
}

/** Moves one alias, and the statements attributed through it, to a new speaker of the same kind. */
export async function detachAlias(prisma: PrismaClient, speakerId: number, aliasId: number, actor: Actor): Promise<MoveOutcome> {
  return prisma.$transaction(async (tx) => {
    const [speaker] = await lockSpeakers(tx, [speakerId]);
    if (!speaker) return refused(404, "notFound");
    if (speaker.mergedIntoId !== null) return refused(409, "alreadyMerged", { id: speaker.mergedIntoId });
    const alias = await tx.speakerAlias.findFirst({ where: { id: aliasId, speakerId } });
    if (!alias) return refused(404, "noAlias");
    const remaining = await tx.speakerAlias.count({ where: { speakerId, id: { not: aliasId } } });
    if (remaining === 0) return refused(400, "onlyAlias");
    if (speaker.normalizedName === alias.normalizedText) return refused(400, "nameAlias");
    const created = await tx.speaker.create({
      data: { name: alias.text, kind: speaker.kind as "person", normalizedName: alias.normalizedText },
      select: { id: true },
    });
    await tx.speakerAlias.update({ where: { id: aliasId }, data: { speakerId: created.id, surnameKey: surnameKey(alias.text) } });
    const statements = await tx.$queryRaw<{ id: number }[]>`
      UPDATE statements SET speaker_id = ${created.id} WHERE speaker_id = ${speakerId} AND speaker_alias_id = ${aliasId} RETURNING id`;
    const statementIds = statements.map((row) => row.id);
    const move = await tx.speakerMove.create({
      data: { kind: "detach", fromSpeakerId: speakerId, toSpeakerId: created.id, statementIds, aliasIds: [aliasId], toRolesBefore: [], createdById: actor.id },
    });
    const after = {
      move: move.id,
      alias: alias.text,
      from: { id: speakerId, name: speaker.name },
      into: { id: created.id, name: alias.text },
      statements: statementIds.length,
    };
    await recordEvent(tx, { actorId: actor.id, action: "speaker.alias_detached", subjectType: "speaker", subjectId: speakerId, after, ip: actor.ip });
    await recordEvent(tx, { actorId: actor.id, action: "speaker.created_by_detach", subjectType: "speaker", subjectId: created.id, after, ip: actor.ip });
    return { outcome: "moved", moveId: move.id, speakerId: created.id, statements: statementIds.length, aliases: 1 };
  });
}

/**
 * Puts back what a merge or a detach moved. The speaker it emptied comes back (a merge), or the speaker
 * it made is folded back into the original (a detach). Statements moved since by someone else stay put.
 */
export async function undoMove(prisma: PrismaClient, moveId: number, actor: Actor): Promise<MoveOutcome> {
  return prisma.$transaction(async (tx) => {
    // Locked, so two undos of one move cannot both pass the check below.
    const [move] = await tx.$queryRaw<
      {
        kind: "merge" | "detach";
        fromSpeakerId: number;
        toSpeakerId: number;
        statementIds: number[];
        aliasIds: number[];
        toRolesBefore: string[];
        undoneAt: Date | null;
      }[]
    >`
      SELECT kind::text AS kind, from_speaker_id AS "fromSpeakerId", to_speaker_id AS "toSpeakerId", statement_ids AS "statementIds",
             alias_ids AS "aliasIds", to_roles_before AS "toRolesBefore", undone_at AS "undoneAt"
        FROM speaker_moves WHERE id = ${moveId} FOR UPDATE`;
    if (!move) return refused(404, "noMove");
    if (move.undoneAt) return refused(409, "alreadyUndone");
    const speakers = await lockSpeakers(tx, [move.fromSpeakerId, move.toSpeakerId]);
    const from = speakers.find((speaker) => speaker.id === move.fromSpeakerId)!;
    const to = speakers.find((speaker) => speaker.id === move.toSpeakerId)!;
    if (move.kind === "merge" && from.mergedIntoId !== move.toSpeakerId) return refused(409, "changedSince");
    if (to.mergedIntoId !== null) return refused(409, "targetMerged", { id: to.id, into: to.mergedIntoId });
    const statements = await tx.$queryRaw<{ id: number }[]>`
      UPDATE statements SET speaker_id = ${from.id} WHERE id = ANY(${move.statementIds}::int[]) AND speaker_id = ${to.id} RETURNING id`;
    await tx.$executeRaw`UPDATE speaker_aliases SET speaker_id = ${from.id} WHERE id = ANY(${move.aliasIds}::int[]) AND speaker_id = ${to.id}`;
    await repointAliases(
      tx,
      statements.map((row) => row.id),
      from.id,
    );
    if (move.kind === "merge") {
      await tx.speaker.update({ where: { id: to.id }, data: { roles: move.toRolesBefore } });
      await tx.speaker.update({ where: { id: from.id }, data: { mergedIntoId: null } });
    } else {
      // The detached speaker is empty again, unless it gathered statements or spellings since: point its page at the original.
      const left = await tx.speakerAlias.count({ where: { speakerId: to.id } });
      if (left === 0) await tx.speaker.update({ where: { id: to.id }, data: { mergedIntoId: from.id } });
    }
    await tx.speakerMove.update({ where: { id: moveId }, data: { undoneAt: new Date() } });
    const after = { move: moveId, kind: move.kind, from: { id: from.id, name: from.name }, into: { id: to.id, name: to.name }, statements: statements.length };
    for (const subjectId of [from.id, to.id]) {
      await recordEvent(tx, {
        actorId: actor.id,
        action: move.kind === "merge" ? "speaker.merge_undone" : "speaker.detach_undone",
        subjectType: "speaker",
        subjectId,
        after,
        ip: actor.ip,
      });
    }
    return { outcome: "moved", moveId, speakerId: from.id, statements: statements.length, aliases: move.aliasIds.length };
  });
}

/** Aliases of live speakers whose surname folds to one of `keys`: the candidates a name is matched against. */
export function knownAliases(tx: TransactionDb, keys: string[]): Promise<KnownAlias[]> {
  return fastRows<KnownAlias>(
    tx,
    `SELECT a.speaker_id AS "speakerId", s.kind::text AS kind, a.text
       FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
      WHERE a.surname_key = ANY($1::text[]) AND s.merged_into_id IS NULL
      ORDER BY a.speaker_id
      LIMIT 20000`,
    [keys],
    { prepare: true },
  );
}

/** Serialises, per surname, the transactions that may create a speaker with it: two at once cannot both create «بلينكن» and «بلينكين». */
export async function lockSurnames(tx: TransactionDb, keys: string[]): Promise<void> {
  await fastRows(tx, "SELECT pg_advisory_xact_lock(hashtext(k))::text FROM unnest($1::text[]) AS k ORDER BY k", [keys], { prepare: true });
}

export interface NewAlias {
  speakerId: number;
  text: string;
  normalizedText: string;
  surnameKey: string;
  reason: string;
  matchedText: string | null;
  articleId?: number | null;
}

/** New aliases in one statement; one a speaker already has is left as it is. */
export async function insertAliases(tx: TransactionDb, aliases: NewAlias[]): Promise<void> {
  if (aliases.length === 0) return;
  await fastRows(
    tx,
    `INSERT INTO speaker_aliases (speaker_id, text, normalized_text, surname_key, reason, matched_text, article_id)
     SELECT x.speaker_id, x.text, x.normalized_text, x.surname_key, x.reason::"AliasReason", x.matched_text, x.article_id
       FROM jsonb_to_recordset($1::jsonb) AS x(speaker_id int, text text, normalized_text text, surname_key text, reason text, matched_text text, article_id int)
     ON CONFLICT DO NOTHING`,
    [
      JSON.stringify(
        aliases.map((alias) => ({
          speaker_id: alias.speakerId,
          text: alias.text,
          normalized_text: alias.normalizedText,
          surname_key: alias.surnameKey,
          reason: alias.reason,
          matched_text: alias.matchedText,
          article_id: alias.articleId ?? null,
        })),
      ),
    ],
  );
}

/**
 * A known speaker seen again: roles it had not been seen with are added, and a fuller name («أنتوني بلينكن»
 * for a speaker known as «بلينكن») becomes its name. One statement for the whole batch.
 */
export async function growMatchedSpeakers(
  tx: TransactionDb,
  rows: { id: number; roles: string[]; name: string | null; parts: number; key: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await fastRows(
    tx,
    `UPDATE speakers s
        SET roles = ARRAY(SELECT DISTINCT unnest(s.roles || r.roles)),
            name = CASE WHEN r.name IS NOT NULL AND r.parts > array_length(string_to_array(s.normalized_name, ' '), 1) THEN r.name ELSE s.name END,
            normalized_name = CASE WHEN r.name IS NOT NULL AND r.parts > array_length(string_to_array(s.normalized_name, ' '), 1) THEN r.key ELSE s.normalized_name END,
            updated_at = now()
       FROM (SELECT DISTINCT ON (id) * FROM jsonb_to_recordset($1::jsonb) AS x(id int, roles text[], name text, parts int, key text) ORDER BY id, parts DESC) r
      WHERE s.id = r.id AND (NOT (r.roles <@ s.roles) OR (r.name IS NOT NULL AND r.parts > array_length(string_to_array(s.normalized_name, ' '), 1)))`,
    [JSON.stringify(rows)],
  );
}

export async function speakerNamed(tx: Transaction, name: string): Promise<string | null> {
  const found = await tx.speaker.findFirst({ where: { normalizedName: nameKey(name) }, select: { name: true } });
  return found?.name ?? null;
}

/** New speakers, one per row; RETURNING gives the ids in the order the rows were inserted, which is the order given. */
export async function createSpeakers(
  tx: TransactionDb,
  rows: { name: string; kind: string; normalizedName: string; roles: string[] }[],
): Promise<{ id: number }[]> {
  if (rows.length === 0) return [];
  return fastRows<{ id: number }>(
    tx,
    `INSERT INTO speakers (name, kind, normalized_name, roles, updated_at)
     SELECT x.name, x.kind::"SpeakerKind", x.normalized_name, x.roles, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(name text, kind text, normalized_name text, roles text[])
     RETURNING id`,
    [JSON.stringify(rows.map((row) => ({ name: row.name, kind: row.kind, normalized_name: row.normalizedName, roles: row.roles })))],
  );
}

/** The ids of the aliases (speaker, spelling) pairs name. */
export function storedAliases(
  tx: TransactionDb,
  pairs: { speakerId: number; normalizedText: string }[],
): Promise<{ id: number; speakerId: number; normalizedText: string }[]> {
  return fastRows<{ id: number; speakerId: number; normalizedText: string }>(
    tx,
    `SELECT a.id, a.speaker_id AS "speakerId", a.normalized_text AS "normalizedText"
       FROM speaker_aliases a
       JOIN unnest($1::int[], $2::text[]) AS p(speaker_id, normalized_text) ON a.speaker_id = p.speaker_id AND a.normalized_text = p.normalized_text`,
    [pairs.map((alias) => alias.speakerId), pairs.map((alias) => alias.normalizedText)],
  );
}

/** A new person named as a checker typed it, with that name as its first alias. */
export async function createTypedSpeaker(tx: Transaction, name: { text: string; normalizedText: string; surnameKey: string }): Promise<number> {
  const created = await tx.speaker.create({
    data: {
      name: name.text,
      kind: "person",
      normalizedName: name.normalizedText,
      aliases: { create: { text: name.text, normalizedText: name.normalizedText, surnameKey: name.surnameKey, reason: "name" } },
    },
    select: { id: true },
  });
  return created.id;
}

export const SPEAKER_SELECT = {
  id: true,
  name: true,
  kind: true,
  roles: true,
  mergedIntoId: true,
  pendingCount: true,
  verifiedCount: true,
  disputedCount: true,
  createdAt: true,
} as const;

export function findSpeaker(prisma: PrismaClient, id: number) {
  return prisma.speaker.findUnique({ where: { id }, select: SPEAKER_SELECT });
}

export type SpeakerRow = NonNullable<Awaited<ReturnType<typeof findSpeaker>>>;

/** What the speaker page shows besides the statements: a handful of grouped queries, none growing with the page. */
export async function speakerPageRows(prisma: PrismaClient, speakerId: number) {
  const [aliases, aliasCounts, months, articles, articleCount, moves] = await Promise.all([
    prisma.speakerAlias.findMany({
      where: { speakerId: speakerId },
      orderBy: { id: "asc" },
      select: { id: true, text: true, normalizedText: true, reason: true, matchedText: true, createdAt: true, article: { select: { id: true, title: true } } },
    }),
    prisma.statement.groupBy({ by: ["speakerAliasId"], where: { speakerId: speakerId, removedAt: null }, _count: { _all: true } }),
    prisma.$queryRaw<{ month: string; status: string; count: number }[]>`
      SELECT to_char(coalesce(a.published_at, s.created_at) AT TIME ZONE 'UTC', 'YYYY-MM') AS month, s.status::text AS status, count(*)::int AS count
        FROM statements s JOIN articles a ON a.id = s.article_id
       WHERE s.speaker_id = ${speakerId} AND s.removed_at IS NULL
       GROUP BY 1, 2 ORDER BY 1`,
    prisma.$queryRaw<{ id: number; title: string; publishedAt: Date | null; statements: number }[]>`
      SELECT a.id, a.title, a.published_at AS "publishedAt", count(*)::int AS statements
        FROM statements s JOIN articles a ON a.id = s.article_id
       WHERE s.speaker_id = ${speakerId} AND s.removed_at IS NULL
       GROUP BY a.id ORDER BY max(coalesce(a.published_at, s.created_at)) DESC, a.id DESC LIMIT 20`,
    prisma.$queryRaw<
      { count: number }[]
    >`SELECT count(DISTINCT article_id)::int AS count FROM statements WHERE speaker_id = ${speakerId} AND removed_at IS NULL`,
    prisma.speakerMove.findMany({
      where: { OR: [{ fromSpeakerId: speakerId }, { toSpeakerId: speakerId }] },
      orderBy: { id: "desc" },
      take: 20,
      select: {
        id: true,
        kind: true,
        statementIds: true,
        aliasIds: true,
        createdAt: true,
        undoneAt: true,
        from: { select: { id: true, name: true } },
        to: { select: { id: true, name: true } },
        createdBy: { select: { name: true } },
      },
    }),
  ]);
  return { aliases, aliasCounts, months, articles, articleCount, moves };
}

/** A speaker's aliases with why each belongs, oldest first, as the API lists them. */
export function aliasesOf(prisma: PrismaClient, speakerId: number) {
  return prisma.speakerAlias.findMany({
    where: { speakerId: speakerId },
    orderBy: { id: "asc" },
    select: { id: true, text: true, reason: true, matchedText: true, articleId: true, createdAt: true },
  });
}

/** The speakers whose aliases hold a folded query, best first (see searchSpeakers in search.ts for the ranking). */
export async function speakerHitRows(prisma: PrismaClient, key: string, limit: number, options: HitOptions): Promise<HitRow[]> {
  const like = escapeLike(key);
  const byWords = !key.includes(" ") && key.length >= 3;
  // Only a query of a few letters says enough about a surname to compare consonants or trigrams.
  const spellings = Prisma.sql`${key.length >= 4} AND (SELECT count(*) FROM typed) < ${limit}`;
  const consonants = surnameKey(key);
  // Under three letters a word's start is all a query says; with three or more it may sit anywhere.
  const aliasMatch =
    key.length >= 3
      ? Prisma.sql`a.normalized_text LIKE ${"%" + like + "%"}`
      : Prisma.sql`(a.normalized_text LIKE ${like + "%"} OR a.normalized_text LIKE ${"% " + like + "%"})`;
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
    ${
      byWords
        ? byWord(Prisma.sql`SELECT n.word, p.place, 0.5 * n.similarity AS score FROM near n, ${PLACES}`, limit)
        : Prisma.sql`SELECT a.speaker_id, a.id, 0.5 * word_similarity(${key}, a.normalized_text), a.speaker_statement_count, length(a.text) FROM speaker_aliases a
                    WHERE ${spellings} AND ${key} <% a.normalized_text`
    }`;
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
  return fastRows<HitRow>(prisma, sql.text, sql.values, { prepare: true });
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

/** A speaker as a search hit shows it, with the counts the triggers keep. */
export interface HitRow {
  id: number;
  name: string;
  kind: string;
  roles: string[];
  /** The alias the query matched best, as written: tells the reader why «بلينكين» found «أنتوني بلينكن». */
  matched: string;
  /** Every alias as written, when asked for: the API lists them, the pages show only the one matched. */
  aliases?: string[];
  pendingCount: number;
  verifiedCount: number;
  disputedCount: number;
}

/** A speaker (s) as a hit shows it: one query answers a whole page of hits. */
const HIT_COLUMNS = `s.id, s.name, s.kind::text AS kind, s.roles,
  s.pending_count AS "pendingCount", s.verified_count AS "verifiedCount", s.disputed_count AS "disputedCount"`;

export interface HitOptions {
  /** Each hit's aliases as written, in the order they were seen. */
  aliases?: boolean;
}

function hitColumns(options: HitOptions): string {
  return options.aliases ? `${HIT_COLUMNS}, ARRAY(SELECT a.text FROM speaker_aliases a WHERE a.speaker_id = s.id ORDER BY a.id) AS aliases` : HIT_COLUMNS;
}

/** The speakers with the most statements still pending. */
export function busiestSpeakerRows(prisma: PrismaClient, limit: number, options: HitOptions): Promise<HitRow[]> {
  return fastRows<HitRow>(
    prisma,
    `SELECT ${hitColumns(options)}, s.name AS matched FROM speakers s
      WHERE s.merged_into_id IS NULL AND s.pending_count > 0 ORDER BY s.pending_count DESC, s.id LIMIT $1`,
    [limit],
    { prepare: true },
  );
}
