import type { PrismaClient, Transaction } from "../db/prisma.ts";
import { recordEvent } from "../accounts/audit.ts";
import { surnameKey } from "./match.ts";

/*
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
const refused = (status: 400 | 404 | 409, key: string, vars: Record<string, unknown> = {}): MoveOutcome => ({ outcome: "refused", status, key: `speakers.refused.${key}`, vars });

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
      data: { kind: "merge", fromSpeakerId: fromId, toSpeakerId: intoId, statementIds, aliasIds: aliases.map((row) => row.id), toRolesBefore: into.roles, createdById: actor.id },
    });
    const after = { move: move.id, from: { id: fromId, name: from.name }, into: { id: intoId, name: into.name }, statements: statementIds.length, aliases: aliases.length };
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
    const after = { move: move.id, alias: alias.text, from: { id: speakerId, name: speaker.name }, into: { id: created.id, name: alias.text }, statements: statementIds.length };
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
    const [move] = await tx.$queryRaw<{ kind: "merge" | "detach"; fromSpeakerId: number; toSpeakerId: number; statementIds: number[]; aliasIds: number[]; toRolesBefore: string[]; undoneAt: Date | null }[]>`
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
    await repointAliases(tx, statements.map((row) => row.id), from.id);
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
      await recordEvent(tx, { actorId: actor.id, action: move.kind === "merge" ? "speaker.merge_undone" : "speaker.detach_undone", subjectType: "speaker", subjectId, after, ip: actor.ip });
    }
    return { outcome: "moved", moveId, speakerId: from.id, statements: statements.length, aliases: move.aliasIds.length };
  });
}
