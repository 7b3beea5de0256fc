import type { Transaction, TransactionDb } from "../db/prisma.ts";
import {
  createSpeakers,
  createTypedSpeaker,
  growMatchedSpeakers,
  insertAliases,
  knownAliases,
  lockSurnames,
  speakerNamed,
  storedAliases,
  type NewAlias,
} from "./queries.ts";
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
      if (statement.speakerMention && statement.speakerMention.length <= MAX_SPEAKER_NAME && nameKey(statement.speakerMention))
        need.forms.add(cleanSpeakerName(statement.speakerMention));
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
    if (match)
      Object.assign(need, { speakerId: match.speakerId, reason: looks(need) === need.name ? match.reason : "look_alike", matchedText: match.matchedText });
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
  const created = await createSpeakers(
    tx,
    toCreate.map((need) => ({ name: need.name, kind: need.kind, normalizedName: nameKey(need.name), roles: [...need.roles] })),
  );
  const realId = new Map(toCreate.map((need, index) => [need.speakerId!, created[index]!.id]));
  for (const need of needs.values()) if (need.speakerId! < 0) need.speakerId = realId.get(need.speakerId!)!;

  const matched = [...needs.values()].filter((need) => need.reason !== "name");
  await growMatchedSpeakers(
    tx,
    matched.map((need) => ({
      id: need.speakerId!,
      roles: [...need.roles],
      name: need.reason === "full_name" ? need.name : null,
      parts: nameParts(need.name).length,
      key: nameKey(need.name),
    })),
  );

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
  const stored = await storedAliases(tx, pairs);
  for (const alias of stored) aliasIds.set(`${alias.speakerId}\u0000${alias.normalizedText}`, alias.id);
  return { of, created: created.length };
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
  return { id: await createTypedSpeaker(tx, { text, normalizedText, surnameKey: key }), created: true };
}
