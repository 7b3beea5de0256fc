import type { PrismaClient } from "../db/prisma.ts";
import { nameKey, type SpeakerKind, type Statement } from "../extract/index.ts";

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

interface SpeakerNeed {
  name: string;
  key: string;
  kind: Exclude<SpeakerKind, "unknown"> | "anonymous";
  roles: Set<string>;
  mentions: Set<string>;
}

/**
 * Finds or creates one speaker per distinct (name, kind) in the statements and returns a map from the
 * extractor's speaker name to the speaker id. Named speakers are shared across articles; anonymous
 * sources always get a speaker of their own, so "a senior official" never merges two people.
 */
export async function resolveSpeakerIds(tx: Transaction, statements: Statement[]): Promise<Map<string, number>> {
  const needs = new Map<string, SpeakerNeed>();
  for (const statement of statements) {
    if (!statement.speaker) continue;
    const kind = statement.speakerKind === "unknown" ? "person" : statement.speakerKind;
    const key = nameKey(statement.speaker);
    if (!key) continue;
    const need = needs.get(statement.speaker) ?? { name: statement.speaker, key, kind, roles: new Set(), mentions: new Set() };
    if (statement.speakerRole) need.roles.add(statement.speakerRole);
    if (statement.speakerMention) need.mentions.add(statement.speakerMention);
    needs.set(statement.speaker, need);
  }
  const ids = new Map<string, number>();
  if (needs.size === 0) return ids;
  const shared = [...needs.values()].filter((need) => need.kind !== "anonymous");
  const keys = [...new Set(shared.map((need) => need.key))].sort();
  // Serialise creation per name so two articles saved at once do not create the same speaker twice.
  if (keys.length > 0) await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(k))::text FROM unnest(${keys}::text[]) AS k ORDER BY k`;
  const existing = keys.length > 0 ? await tx.speaker.findMany({ where: { normalizedName: { in: keys } }, orderBy: { id: "asc" } }) : [];
  const byKey = new Map<string, number>();
  for (const speaker of existing) if (speaker.kind !== "anonymous" && !byKey.has(speaker.normalizedName)) byKey.set(speaker.normalizedName, speaker.id);
  const missing = [...needs.values()].filter((need) => need.kind === "anonymous" || !byKey.has(need.key));
  const created = missing.length > 0
    ? await tx.speaker.createManyAndReturn({
        data: missing.map((need) => ({ name: need.name, kind: need.kind, normalizedName: need.key, roles: [...need.roles] })),
        select: { id: true },
      })
    : [];
  missing.forEach((need, index) => {
    const id = created[index]!.id;
    if (need.kind !== "anonymous") byKey.set(need.key, id);
    ids.set(need.name, id);
  });
  for (const need of needs.values()) if (!ids.has(need.name)) ids.set(need.name, byKey.get(need.key)!);
  const aliases = [...needs.values()].flatMap((need) =>
    [...need.mentions].map((text) => ({ speakerId: ids.get(need.name)!, text, normalizedText: nameKey(text) })).filter((alias) => alias.normalizedText !== ""),
  );
  if (aliases.length > 0) await tx.speakerAlias.createMany({ data: aliases, skipDuplicates: true });
  return ids;
}
