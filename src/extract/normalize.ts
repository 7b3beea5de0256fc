/** Whether a text has any Arabic letter: decides which language's rules read a word or a role. */
export function containsArabic(text: string): boolean {
  return /[\u0600-\u06ff]/.test(text);
}

/**
 * Arabic-aware normalisation used for lexicon lookup, speaker matching and search:
 * diacritics and tatweel removed, hamza/alef forms folded, ta marbuta → ha, alef maqsura → ya,
 * Latin diacritics stripped, lower-cased.
 */
export function normalizeWord(word: string): string {
  let ascii = true;
  let decompose = false;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 128) ascii = false;
    // Latin letters with accents and the like need canonical decomposition; Arabic forms are folded below.
    if ((code >= 0xc0 && code < 0x600) || (code >= 0x1e00 && code < 0x2000)) decompose = true;
  }
  if (ascii) return word.toLowerCase();
  if (decompose) return foldArabic(word.normalize("NFD")).toLowerCase();
  return foldArabic(word);
}

/**
 * Folds Arabic letter forms and drops marks, one char code at a time (no string iterator, no regex). Unchanged
 * stretches are copied as slices: most words need one change or none.
 */
function foldArabic(word: string): string {
  let out = "";
  let copiedTo = 0;
  let foreign = false;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    let replacement: string | null;
    if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640 || (code >= 0x0300 && code <= 0x036f)) replacement = "";
    else if (code === 0x0623 || code === 0x0625 || code === 0x0622 || code === 0x0671) replacement = "ا";
    else if (code === 0x0649 || code === 0x0626) replacement = "ي";
    else if (code === 0x0629) replacement = "ه";
    else if (code === 0x0624) replacement = "و";
    else {
      if (code < 0x0600 || code > 0x06ff) foreign = true;
      continue;
    }
    out += word.slice(copiedTo, k) + replacement;
    copiedTo = k + 1;
  }
  if (copiedTo === 0) out = word;
  else if (copiedTo < word.length) out += word.slice(copiedTo);
  // Only letters outside the Arabic block have case.
  return foreign ? out.toLowerCase() : out;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordCharacter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  // Arabic letters and digits; its punctuation (، ؛ ؟ ٪ …) and marks are not.
  if (code >= 0x0621 && code <= 0x064a) return true;
  if (code >= 0x0660 && code <= 0x0669) return true;
  return WORD_CHARACTER.test(ch);
}

/** Words of a text, normalised, for overlap scoring and name comparison. */
export function normalizedTokens(text: string): string[] {
  const tokens: string[] = [];
  let current = "";
  for (const ch of text) {
    if (isWordCharacter(ch) || (current !== "" && /\p{M}/u.test(ch))) current += ch;
    else if (current !== "") {
      tokens.push(normalizeWord(current));
      current = "";
    }
  }
  if (current !== "") tokens.push(normalizeWord(current));
  return tokens.filter((token) => token !== "");
}

/** One comparable key for a name: normalised words joined by single spaces. */
export function nameKey(name: string): string {
  return normalizedTokens(name).join(" ");
}

/** Whether one insertion, deletion or substitution at most turns `a` into `b`. Linear. */
export function editDistanceAtMostOne(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
