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
  let out = '';
  for (const ch of decompose ? word.normalize('NFD') : word) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) continue;
    if (code >= 0x0300 && code <= 0x036f) continue;
    switch (ch) {
      case 'أ': case 'إ': case 'آ': case 'ٱ': out += 'ا'; break;
      case 'ى': out += 'ي'; break;
      case 'ة': out += 'ه'; break;
      case 'ؤ': out += 'و'; break;
      case 'ئ': out += 'ي'; break;
      default: out += ch;
    }
  }
  return out.toLowerCase();
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Words of a text, normalised, for overlap scoring and name comparison. */
export function normalizedTokens(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  for (const ch of text) {
    if (WORD_CHARACTER.test(ch) || (current !== '' && /\p{M}/u.test(ch))) current += ch;
    else if (current !== '') {
      tokens.push(normalizeWord(current));
      current = '';
    }
  }
  if (current !== '') tokens.push(normalizeWord(current));
  return tokens.filter((token) => token !== '');
}

/** One comparable key for a name: normalised words joined by single spaces. */
export function nameKey(name: string): string {
  return normalizedTokens(name).join(' ');
}
