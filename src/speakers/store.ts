import type { PrismaClient, Transaction } from "../db/prisma.ts";
import { escapeLike } from "../db/like.ts";
import { nameKey, type SpeakerKind, type Statement } from "../extract/index.ts";

/** Longer is not a name but a runaway span, and would not fit PostgreSQL's index on names. */
export const MAX_SPEAKER_NAME = 300;


interface SpeakerNeed {
  name: string;
  key: string;
  kind: Exclude<SpeakerKind, "unknown"> | "anonymous";
  roles: Set<string>;
  mentions: Set<string>;
}

/**
 * Finds or creates one speaker per distinct (name, kind) in the statements of a batch of articles and
 * says which speaker each statement's speaker name is. Named speakers are shared across articles;
 * an anonymous source is its own speaker in each article, so "a senior official" never merges two people.
 */
export async function resolveSpeakerIds(
  tx: Transaction,
  articles: Statement[][],
): Promise<{ idOf: (article: number, name: string) => number | undefined; created: number }> {
  const needs = new Map<string, SpeakerNeed & { needKey: string }>();
  const needKey = (article: number, name: string, kind: string) => (kind === "anonymous" ? `${article}\u0000${name}` : name);
  articles.forEach((statements, article) => {
    for (const statement of statements) {
      if (!statement.speaker || statement.speaker.length > MAX_SPEAKER_NAME) continue;
      const kind = statement.speakerKind === "unknown" ? "person" : statement.speakerKind;
      const key = nameKey(statement.speaker);
      if (!key) continue;
      const id = needKey(article, statement.speaker, kind);
      const need = needs.get(id) ?? { name: statement.speaker, key, kind, roles: new Set(), mentions: new Set(), needKey: id };
      if (statement.speakerRole) need.roles.add(statement.speakerRole);
      if (statement.speakerMention) need.mentions.add(statement.speakerMention);
      needs.set(id, need);
    }
  });
  const ids = new Map<string, number>();
  const idOf = (article: number, name: string) => ids.get(`${article}\u0000${name}`) ?? ids.get(name);
  if (needs.size === 0) return { idOf, created: 0 };
  const shared = [...needs.values()].filter((need) => need.kind !== "anonymous");
  const keys = [...new Set(shared.map((need) => need.key))].sort();
  // Serialise creation per name so two articles saved at once do not create the same speaker twice.
  if (keys.length > 0) await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(k))::text FROM unnest(${keys}::text[]) AS k ORDER BY k`;
  const existing = keys.length > 0 ? await tx.speaker.findMany({ where: { normalizedName: { in: keys } }, orderBy: { id: "asc" }, select: { id: true, kind: true, normalizedName: true } }) : [];
  const byKey = new Map<string, number>();
  for (const speaker of existing) if (speaker.kind !== "anonymous" && !byKey.has(speaker.normalizedName)) byKey.set(speaker.normalizedName, speaker.id);
  // Two spellings with one normalised key («أحمد»/«احمد») in one batch: create the speaker once.
  const missing: (SpeakerNeed & { needKey: string })[] = [];
  const creating = new Set<string>();
  for (const need of needs.values()) {
    if (need.kind === "anonymous") missing.push(need);
    else if (!byKey.has(need.key) && !creating.has(need.key)) {
      creating.add(need.key);
      missing.push(need);
    }
  }
  const created = missing.length > 0
    ? await tx.speaker.createManyAndReturn({
        data: missing.map((need) => ({ name: need.name, kind: need.kind, normalizedName: need.key, roles: [...need.roles] })),
        select: { id: true },
      })
    : [];
  missing.forEach((need, index) => {
    const id = created[index]!.id;
    if (need.kind !== "anonymous") byKey.set(need.key, id);
    ids.set(need.needKey, id);
  });
  for (const need of needs.values()) if (!ids.has(need.needKey)) ids.set(need.needKey, byKey.get(need.key)!);
  const aliases = [...needs.values()].flatMap((need) =>
    [...need.mentions].map((text) => ({ speakerId: ids.get(need.needKey)!, text, normalizedText: nameKey(text) })).filter((alias) => alias.normalizedText !== "" && alias.text.length <= MAX_SPEAKER_NAME),
  );
  if (aliases.length > 0) await tx.speakerAlias.createMany({ data: aliases, skipDuplicates: true });
  return { idOf, created: created.length };
}

/** Speakers whose name or a spelling the texts used contains the query, compared in normalised form. */
export function searchSpeakers(prisma: PrismaClient, query: string, limit = 10): Promise<{ id: number; name: string; kind: string; roles: string[] }[]> {
  const key = escapeLike(nameKey(query));
  if (!key) return Promise.resolve([]);
  return prisma.speaker.findMany({
    where: { OR: [{ normalizedName: { contains: key } }, { aliases: { some: { normalizedText: { contains: key } } } }] },
    orderBy: [{ statements: { _count: "desc" } }, { name: "asc" }],
    take: limit,
    select: { id: true, name: true, kind: true, roles: true },
  });
}

/**
 * The speaker a checker typed: an existing one when the name or one of its spellings matches in
 * normalised form, otherwise a new person. Serialised per name like extraction's speakers.
 */
export async function findOrCreateSpeaker(tx: Transaction, name: string): Promise<{ id: number; created: boolean }> {
  const key = nameKey(name);
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))::text`;
  const existing = await tx.speaker.findFirst({
    where: { kind: { not: "anonymous" }, OR: [{ normalizedName: key }, { aliases: { some: { normalizedText: key } } }] },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  if (existing) return { id: existing.id, created: false };
  const created = await tx.speaker.create({ data: { name: name.trim(), kind: "person", normalizedName: key }, select: { id: true } });
  return { id: created.id, created: true };
}
