/** Prisma passes LIKE's wildcards through, so a "%" typed into a search would otherwise match everything. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}
