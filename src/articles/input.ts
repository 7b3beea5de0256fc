import { z } from "zod";
import { translate, type MessageKey } from "../i18n/index.ts";
import { hasControlCharacters, utf8Bytes } from "./text.ts";

export interface ArticleInput {
  text: string;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: Date | null;
  language: "ar" | "en" | null;
}

export interface FieldError {
  field: keyof ArticleInput;
  key: MessageKey;
  vars?: Record<string, unknown>;
}

export type ArticleInputResult = { ok: true; value: ArticleInput } | { ok: false; errors: FieldError[] };

const nullableText = z.string().nullable().optional();
/**
 * An article as JSON (the API, .jsonl imports): only these keys, each of the right type. The rules
 * on their values are parseArticleInput's.
 */
export const articleJson = z.strictObject({
  text: z.string({ error: "is required and must be a string" }),
  title: nullableText,
  url: nullableText,
  source: nullableText,
  publishedAt: nullableText,
  language: z.enum(["ar", "en", "auto"]).nullable().optional(),
});

const optionalText = z
  .string()
  .nullable()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : null));

/** Validates what a person or a system submits as an article. The text itself is kept exactly as given. */
export function parseArticleInput(raw: unknown, maxBytes: number): ArticleInputResult {
  const shape = z.object({
    text: z.string().optional().default(""),
    title: optionalText,
    source: optionalText,
    url: optionalText,
    publishedAt: optionalText,
    language: optionalText,
  });
  const parsed = shape.safeParse(raw ?? {});
  if (!parsed.success) return { ok: false, errors: [{ field: "text", key: "error.text.required" }] };
  const input = parsed.data;
  const errors: FieldError[] = [];

  const bytes = utf8Bytes(input.text);
  if (!input.text.trim()) errors.push({ field: "text", key: "error.text.required" });
  else if (bytes > maxBytes) errors.push({ field: "text", key: "error.text.tooLarge", vars: { bytes, maxBytes } });
  else if (hasControlCharacters(input.text)) errors.push({ field: "text", key: "error.text.binary" });

  if (input.title && input.title.length > 500) errors.push({ field: "title", key: "error.title.tooLong" });
  if (input.source && input.source.length > 200) errors.push({ field: "source", key: "error.source.tooLong" });
  if (input.url && !isWebAddress(input.url)) errors.push({ field: "url", key: "error.url.invalid" });

  const publishedAt = input.publishedAt ? parseDate(input.publishedAt) : null;
  if (input.publishedAt && !publishedAt) errors.push({ field: "publishedAt", key: "error.publishedAt.invalid" });

  const language = input.language && input.language !== "auto" ? input.language : null;
  if (language !== null && language !== "ar" && language !== "en") errors.push({ field: "language", key: "error.language.invalid" });

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      text: input.text,
      title: input.title,
      source: input.source,
      url: input.url,
      publishedAt,
      language: language as ArticleInput["language"],
    },
  };
}

/** The errors in English, for the API and the import command, with sizes in bytes. */
export function describeInputErrors(errors: FieldError[], maxBytes: number): { path: string; message: string }[] {
  return errors.map((error) => ({
    path: error.field,
    message: translate("en", error.key, { size: `${Number(error.vars?.bytes)} bytes`, limit: `${maxBytes} bytes` }),
  }));
}

/** A full http(s) address, as article links and evidence must be. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0 && value.length <= 2000;
  } catch {
    return false;
  }
}

function parseDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return null;
  const [year, month, day] = value.slice(0, 10).split("-").map(Number) as [number, number, number];
  // Date rolls 2026-02-30 over to 2 March: a real day survives the round trip.
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  if (calendarDay.getUTCMonth() !== month - 1 || calendarDay.getUTCDate() !== day || year < 1800 || year > 2200) return null;
  const date = value.length === 10 ? calendarDay : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
