/** A lexicon table's rows: one entry per line, `#` starts a comment, each row split into its words. */
export function tableLines(table: string): string[][] {
  return table
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean)
    .map((line) => line.split(/\s+/));
}
