import type { z } from "zod";

/** What zod found wrong, one `{ path, message }` per problem: the `details` of a 400. */
export function issueDetails(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

/** The same as lines for a person: "note: is required …"; `unnamed` stands for the whole value. */
export function issueLines(error: z.ZodError, unnamed = ""): string[] {
  return issueDetails(error).map(({ path, message }) => `${path || unnamed}: ${message}`);
}
