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

/** Something a word is tested against: a table of words or of patterns. */
export interface WordTest {
  test(word: string): boolean;
}

const PATTERN_SYNTAX = /[\\^$.*+?()[\]{}|]/;

/**
 * A table as one test of a whole word: a set lookup when every entry is a plain word (the common case, and the
 * faster), else one anchored pattern (an entry may be a pattern fragment: "\\d+s?", "polls?"). "i" ignores case.
 */
export function wordPattern(table: string, flags = ""): WordTest {
  const entries = tableLines(table).map((words) => words.join(" "));
  if (entries.some((entry) => PATTERN_SYNTAX.test(entry))) return new RegExp(`^(${entries.join("|")})$`, flags);
  const ignoreCase = flags.includes("i");
  const words = new Set(ignoreCase ? entries.map((entry) => entry.toLowerCase()) : entries);
  return { test: (word) => words.has(ignoreCase ? word.toLowerCase() : word) };
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

/** A table of lowercase words with each entry's first letter capitalised, to be read with a table of capitalised words. */
export function capitalised(table: string): string {
  return table.replace(/^(\p{Ll})/gmu, (letter) => letter.toUpperCase());
}
