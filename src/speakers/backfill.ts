import type pg from "pg";
import { surnameKey } from "./match.ts";

/**
 * Aliases stored before surname keys existed get theirs. The key needs the name matcher's folding, which
 * lives here rather than in SQL; runs after the migrations and costs one indexed query when nothing is left.
 */
export async function fillSurnameKeys(client: pg.Client): Promise<number> {
  const { rowCount } = await client.query(
    "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'speaker_aliases' AND column_name = 'surname_key'",
  );
  if (!rowCount) return 0;
  let filled = 0;
  for (;;) {
    const { rows } = await client.query<{ id: number; text: string }>(
      "SELECT id, text FROM speaker_aliases WHERE surname_key = '' ORDER BY id LIMIT 1000",
    );
    const keyed = rows.map((row) => ({ id: row.id, key: surnameKey(row.text) || "-" }));
    if (keyed.length === 0) return filled;
    await client.query("UPDATE speaker_aliases a SET surname_key = k.key FROM unnest($1::int[], $2::text[]) AS k(id, key) WHERE a.id = k.id", [
      keyed.map((row) => row.id),
      keyed.map((row) => row.key),
    ]);
    filled += keyed.length;
  }
}
