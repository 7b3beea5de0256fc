import { z } from "zod";

/** PostgreSQL's integer, the type of every id and version: a larger number names no row. */
export const MAX_INTEGER = 2_147_483_647;

/** The most statements one bulk change (or one verdict's duplicates) may carry: the form parser allows this many fields. */
export const MAX_BULK_ITEMS = 500;

/** Free text for a search or a filter: PostgreSQL stores no NUL character, so one is refused up front. */
export function searchText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((text) => !text.includes("\u0000"), "must not contain a NUL character");
}

/** What zod found wrong, one `{ path, message }` per problem: the `details` of a 400. */
export function issueDetails(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

/** The same as lines for a person: "note: is required …"; `unnamed` stands for the whole value. */
export function issueLines(error: z.ZodError, unnamed = ""): string[] {
  return issueDetails(error).map(({ path, message }) => `${path || unnamed}: ${message}`);
}
