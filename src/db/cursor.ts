/** A keyset position (created_at, id) as an opaque string for `before`/`cursor` parameters. */
export interface Position {
  createdAt: Date;
  id: number;
}

export function encodeCursor(position: Position): string {
  return `${position.createdAt.toISOString()}_${position.id}`;
}

/** A cursor this server did not hand out: the error handler answers 400 naming the cursor. */
export class CursorError extends Error {}

export function decodeCursor(value: string | null | undefined): Position | null {
  const match = value?.match(/^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)_(\d{1,10})$/);
  if (!match) return null;
  const createdAt = new Date(match[1]!);
  const id = Number(match[2]);
  return Number.isNaN(createdAt.getTime()) || id > 2_147_483_647 ? null : { createdAt, id };
}

/** Rows strictly after the position in (created_at DESC, id DESC) order. */
export function olderThan(position: Position | null) {
  return position ? { OR: [{ createdAt: { lt: position.createdAt } }, { createdAt: position.createdAt, id: { lt: position.id } }] } : {};
}
