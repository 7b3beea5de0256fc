/*
 * Which script an article is written in, for choosing the extractor's rules and for search.
 * Linear in the text and capped: articles may be megabytes long.
 */

function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0620 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    (code >= 0x06fa && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff)
  );
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
