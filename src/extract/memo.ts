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
      const own = detached(key);
      value = compute(own);
      kept.set(own, value);
    }
    return value;
  };
}

/**
 * A copy of `text` that holds no reference to the string it was cut from. V8 keeps a slice of a long string as a
 * view into it, so a remembered word of a 20 MB paste would keep the whole paste alive until the memo is cleared.
 */
function detached(text: string): string {
  return (" " + text).slice(1);
}
