/**
 * A pure function of a string, with its results kept: the extractor asks about the same words and labels many
 * times an article. Everything is forgotten at once past `limit` entries, so a long-running server does not grow.
 */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const kept = new Map<string, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      if (kept.size >= limit) kept.clear();
      value = compute(key);
      kept.set(key, value);
    }
    return value;
  };
}
