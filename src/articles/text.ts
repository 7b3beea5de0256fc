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

function isArabicLetter(code: number): boolean {
  return (code >= 0x0620 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3) || (code >= 0x06fa && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);
}

function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

export type DetectedLanguage = "ar" | "en" | "und";

/** Arabic when Arabic letters outnumber Latin ones, English when the reverse; "und" with no letters. */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  let arabic = 0;
  let latin = 0;
  for (let k = 0; k < sample.length; k++) {
    const code = sample.charCodeAt(k);
    if (isLatinLetter(code)) latin++;
    else if (isArabicLetter(code)) arabic++;
  }
  if (arabic === 0 && latin === 0) return "und";
  return arabic >= latin ? "ar" : "en";
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
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/.test(text);
}
