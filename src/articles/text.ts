import { createHash } from "node:crypto";

/*
 * Pure functions over article text. Every loop here is linear in the text: articles may be
 * megabytes long.
 */

/**
 * The identity of an article's text: Unicode NFC, one kind of line break, runs of blanks
 * folded, ends trimmed. The same story pasted from two browsers hashes the same.
 */
export function contentHash(text: string): string {
  const normalized = text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return createHash("sha256").update(normalized, "utf8").digest("hex");
}

const TITLE_MAX = 200;

/** The first non-empty line, shortened at a word boundary when it runs long. */
export function deriveTitle(text: string): string {
  const start = text.search(/\S/);
  if (start < 0) return "";
  const newline = text.indexOf("\n", start);
  const line = text.slice(start, newline < 0 ? start + TITLE_MAX * 2 : Math.min(newline, start + TITLE_MAX * 2)).trim();
  if (line.length <= TITLE_MAX) return line;
  const cut = line.lastIndexOf(" ", TITLE_MAX);
  return line.slice(0, cut > TITLE_MAX / 2 ? cut : TITLE_MAX) + "…";
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** C0 controls other than tab, line feed and carriage return, and U+FFFD from broken decoding. */
export function hasControlCharacters(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/.test(text);
}
