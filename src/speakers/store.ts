import { fastRows, type Transaction, type TransactionDb } from "../db/prisma.ts";
import { nameKey, type SpeakerKind, type Statement } from "../extract/index.ts";
import { isSharedName, matchSpeaker, nameParts, surnameKey, type KnownAlias, type MatchReason, type SharedKind } from "./match.ts";
import { cleanSpeakerName, lookAlikeSkeleton, mixesScripts } from "./names.ts";

/** Longer is not a name but a runaway span, and would not fit PostgreSQL's index on names. */
export const MAX_SPEAKER_NAME = 300;


/** One speaker as one article names it: its canonical name there and the forms its statements used. */
interface SpeakerNeed {
  article: number;
  articleId: number;
  name: string;
  kind: "person" | "organization" | "group" | "anonymous" | "unnamed";
  shared: boolean;
  roles: Set<string>;
  forms: Set<string>;
  /** Filled in below: the speaker (negative while it is still to be created) and why the name belongs to it. */
  speakerId?: number;
  reason?: "name" | "look_alike" | MatchReason;
  matchedText?: string;
}

export interface ResolvedSpeakers {
  /** The speaker and alias a statement of the batch's article at `index` is attributed through. */
  of(index: number, statement: Statement): { speakerId: number; aliasId: number | null } | undefined;
  created: number;
}

const storedKind = (kind: SpeakerKind): SpeakerNeed["kind"] => (kind === "unknown" ? "unnamed" : kind);
const needKey = (article: number, name: string) => `${article}\u0000${name}`;

/**
 * Finds or creates the speakers of a batch of articles' statements. A person or a named organisation is
 * matched against every alias the desk knows (src/speakers/match.ts) and shares one speaker across
 * articles; anonymous sources, unnamed descriptions and groups are their own speaker in each article, so
 * "a senior official" never merges two people. Every form of a name becomes an alias with its reason.
 */
export async function resolveSpeakerIds(tx: TransactionDb, articles: { articleId: number; statements: Statement[] }[]): Promise<ResolvedSpeakers> {
  const needs = new Map<string, SpeakerNeed>();
  articles.forEach(({ articleId, statements }, article) => {
    for (const statement of statements) {
      if (!statement.speaker || statement.speaker.length > MAX_SPEAKER_NAME || !nameKey(statement.speaker)) continue;
      const key = needKey(article, statement.speaker);
      let need = needs.get(key);
      if (!need) {
        const kind = storedKind(statement.speakerKind);
        const name = cleanSpeakerName(statement.speaker);
        need = { article, articleId, name, kind, shared: isSharedName(name, kind), roles: new Set(), forms: new Set([name]) };
        needs.set(key, need);
      }
      if (statement.speakerRole) need.roles.add(statement.speakerRole);
      if (statement.speakerMention && statement.speakerMention.length <= MAX_SPEAKER_NAME && nameKey(statement.speakerMention)) need.forms.add(cleanSpeakerName(statement.speakerMention));
    }
  });
  const aliasIds = new Map<string, number>();
  const of = (index: number, statement: Statement) => {
    const need = statement.speaker ? needs.get(needKey(index, statement.speaker)) : undefined;
    if (!need?.speakerId) return undefined;
    const mention = statement.speakerMention ? cleanSpeakerName(statement.speakerMention) : null;
    const form = mention && need.forms.has(mention) ? mention : need.name;
    return { speakerId: need.speakerId, aliasId: aliasIds.get(`${need.speakerId}\u0000${nameKey(form)}`) ?? null };
  };
  if (needs.size === 0) return { of, created: 0 };

  const shared = [...needs.values()].filter((need) => need.shared);
  // A name mixing alphabets is matched as it looks: «Jоhn Smith» with a Cyrillic о against John Smith.
  const looks = (need: SpeakerNeed) => (mixesScripts(need.name) ? lookAlikeSkeleton(need.name) : need.name);
  const keys = [...new Set(shared.map((need) => surnameKey(looks(need))))].filter(Boolean).sort();
  // Serialise per surname, so two batches saved at once cannot both create «بلينكن» and «بلينكين».
  if (keys.length > 0) await lockSurnames(tx, keys);
  const pool: KnownAlias[] = keys.length > 0 ? await knownAliases(tx, keys) : [];

  // Fuller names first, so that a surname alone later in the batch finds them.
  let provisional = 0;
  const toCreate: SpeakerNeed[] = [];
  const byFullness = shared.map((need) => ({ need, parts: nameParts(need.name).length })).sort((a, b) => b.parts - a.parts);
  for (const { need } of byFullness) {
    const match = matchSpeaker(looks(need), need.kind as SharedKind, pool);
    if (match) Object.assign(need, { speakerId: match.speakerId, reason: looks(need) === need.name ? match.reason : "look_alike", matchedText: match.matchedText });
    else {
      Object.assign(need, { speakerId: --provisional, reason: "name" });
      toCreate.push(need);
    }
    pool.push({ speakerId: need.speakerId!, kind: need.kind, text: need.name });
  }
  for (const need of needs.values()) {
    if (need.shared) continue;
    Object.assign(need, { speakerId: --provisional, reason: "name" });
    toCreate.push(need);
  }

  // RETURNING gives the ids in the order the rows were inserted, which is the order given.
  const created = toCreate.length === 0 ? [] : await fastRows<{ id: number }>(
    tx,
    `INSERT INTO speakers (name, kind, normalized_name, roles, updated_at)
     SELECT x.name, x.kind::"SpeakerKind", x.normalized_name, x.roles, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(name text, kind text, normalized_name text, roles text[])
     RETURNING id`,
    [JSON.stringify(toCreate.map((need) => ({ name: need.name, kind: need.kind, normalized_name: nameKey(need.name), roles: [...need.roles] })))],
  );
  const realId = new Map(toCreate.map((need, index) => [need.speakerId!, created[index]!.id]));
  for (const need of needs.values()) if (need.speakerId! < 0) need.speakerId = realId.get(need.speakerId!)!;

  await growMatchedSpeakers(tx, [...needs.values()].filter((need) => need.reason !== "name"));

  const aliases = new Map<string, NewAlias>();
  for (const need of needs.values()) {
    for (const form of need.forms) {
      const normalizedText = nameKey(form);
      const key = `${need.speakerId}\u0000${normalizedText}`;
      if (aliases.has(key)) continue;
      const isName = form === need.name;
      aliases.set(key, {
        speakerId: need.speakerId!,
        text: form,
        normalizedText,
        surnameKey: surnameKey(form),
        reason: isName ? need.reason! : "mention",
        matchedText: isName ? (need.matchedText ?? null) : null,
        articleId: need.articleId,
      });
    }
  }
  const pairs = [...aliases.values()];
  await insertAliases(tx, pairs);
  const stored = await fastRows<{ id: number; speakerId: number; normalizedText: string }>(
    tx,
    `SELECT a.id, a.speaker_id AS "speakerId", a.normalized_text AS "normalizedText"
       FROM speaker_aliases a
       JOIN unnest($1::int[], $2::text[]) AS p(speaker_id, normalized_text) ON a.speaker_id = p.speaker_id AND a.normalized_text = p.normalized_text`,
    [pairs.map((alias) => alias.speakerId), pairs.map((alias) => alias.normalizedText)],
  );
  for (const alias of stored) aliasIds.set(`${alias.speakerId}\u0000${alias.normalizedText}`, alias.id);
  return { of, created: created.length };
}

/** Aliases of live speakers whose surname folds to one of `keys`: the candidates a name is matched against. */
function knownAliases(tx: TransactionDb, keys: string[]): Promise<KnownAlias[]> {
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
async function lockSurnames(tx: TransactionDb, keys: string[]): Promise<void> {
  await fastRows(tx, "SELECT pg_advisory_xact_lock(hashtext(k))::text FROM unnest($1::text[]) AS k ORDER BY k", [keys], { prepare: true });
}

interface NewAlias {
  speakerId: number;
  text: string;
  normalizedText: string;
  surnameKey: string;
  reason: string;
  matchedText: string | null;
  articleId?: number | null;
}

/** New aliases in one statement; one a speaker already has is left as it is. */
async function insertAliases(tx: TransactionDb, aliases: NewAlias[]): Promise<void> {
  if (aliases.length === 0) return;
  await fastRows(
    tx,
    `INSERT INTO speaker_aliases (speaker_id, text, normalized_text, surname_key, reason, matched_text, article_id)
     SELECT x.speaker_id, x.text, x.normalized_text, x.surname_key, x.reason::"AliasReason", x.matched_text, x.article_id
       FROM jsonb_to_recordset($1::jsonb) AS x(speaker_id int, text text, normalized_text text, surname_key text, reason text, matched_text text, article_id int)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(aliases.map((alias) => ({
      speaker_id: alias.speakerId, text: alias.text, normalized_text: alias.normalizedText, surname_key: alias.surnameKey,
      reason: alias.reason, matched_text: alias.matchedText, article_id: alias.articleId ?? null,
    })))],
  );
}

/**
 * A known speaker seen again: roles it had not been seen with are added, and a fuller name («أنتوني بلينكن»
 * for a speaker known as «بلينكن») becomes its name. One statement for the whole batch.
 */
async function growMatchedSpeakers(tx: TransactionDb, matched: SpeakerNeed[]): Promise<void> {
  if (matched.length === 0) return;
  const rows = matched.map((need) => ({ id: need.speakerId!, roles: [...need.roles], name: need.reason === "full_name" ? need.name : null, parts: nameParts(need.name).length, key: nameKey(need.name) }));
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

/** A typed name mixing alphabets inside a word; `existing` is the speaker it imitates, if there is one. */
export class LookAlikeName extends Error {
  override name = "LookAlikeName";
  constructor(
    readonly typed: string,
    readonly existing: string | null,
  ) {
    super(`${typed} mixes alphabets inside a word${existing ? `; it looks like ${existing}` : ""}`);
  }
}

async function speakerNamed(tx: Transaction, name: string): Promise<string | null> {
  const found = await tx.speaker.findFirst({ where: { normalizedName: nameKey(name) }, select: { name: true } });
  return found?.name ?? null;
}

/**
 * The speaker a checker typed: the person or organisation the name matches (as extraction would match it),
 * otherwise a new person. The name becomes an alias «typed» when the speaker did not have it.
 */
export async function findOrCreateSpeaker(tx: Transaction, name: string): Promise<{ id: number; created: boolean }> {
  const text = cleanSpeakerName(name);
  if (mixesScripts(text)) throw new LookAlikeName(text, await speakerNamed(tx, lookAlikeSkeleton(text)));
  const normalizedText = nameKey(text);
  const key = surnameKey(text);
  await lockSurnames(tx, [key]);
  const pool = await knownAliases(tx, [key]);
  const match = matchSpeaker(text, "organization", pool) ?? matchSpeaker(text, "person", pool);
  if (match) {
    await insertAliases(tx, [{ speakerId: match.speakerId, text, normalizedText, surnameKey: key, reason: "typed", matchedText: match.matchedText }]);
    return { id: match.speakerId, created: false };
  }
  const created = await tx.speaker.create({
    data: { name: text, kind: "person", normalizedName: normalizedText, aliases: { create: { text, normalizedText, surnameKey: key, reason: "name" } } },
    select: { id: true },
  });
  return { id: created.id, created: true };
}
