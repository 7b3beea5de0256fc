/** A lexicon table's rows: one entry per line, `#` starts a comment, each row split into its words. */
export function tableLines(table: string): string[][] {
  return table
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean)
    .map((line) => line.split(/\s+/));
}

/** A table of single words as a set, for membership tests on normalised words. */
export function wordSet(table: string): Set<string> {
  return new Set(tableLines(table).map(([word]) => word!));
}

/** A table as one anchored pattern: a word matches when it is one of the entries (an entry may be a pattern fragment). */
export function wordPattern(table: string, flags = ""): RegExp {
  return new RegExp(
    `^(${tableLines(table)
      .map((words) => words.join(" "))
      .join("|")})$`,
    flags,
  );
}

/** A table of words and phrases as one pattern that finds any of them as whole words inside a text. */
export function phrasePattern(table: string, flags = ""): RegExp {
  return new RegExp(
    `\\b(${tableLines(table)
      .map((words) => words.join(" "))
      .join("|")})\\b`,
    flags,
  );
}
