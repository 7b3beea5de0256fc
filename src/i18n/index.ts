import { ar } from "./ar.ts";
import { en, type MessageKey } from "./en.ts";

export type { MessageKey };
export const LOCALES = ["ar", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "ar";

const catalogues: Record<Locale, Record<MessageKey, string>> = { ar, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function direction(locale: string): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/** Each message split once at its {placeholders}: literal text at even indexes, names at odd ones. */
const splitMessages: Record<Locale, Map<string, string[]>> = { ar: new Map(), en: new Map() };

export function translate(locale: Locale, key: string, vars: Record<string, unknown> = {}): string {
  let parts = splitMessages[locale].get(key);
  if (!parts) {
    const template = catalogues[locale][key as MessageKey] ?? catalogues.en[key as MessageKey];
    // An unknown key shows as itself, and is not remembered: keys come from code, but need not.
    if (template === undefined) return key;
    parts = template.split(/\{(\w+)\}/);
    splitMessages[locale].set(key, parts);
  }
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    text += (name in vars ? String(vars[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return text;
}

/** The first supported language in an Accept-Language header, by quality. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { lang: tag.trim().toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.lang).find(isLocale);
}

export function formatBytes(locale: Locale, bytes: number): string {
  const units = locale === "ar" ? ["بايت", "ك.ب", "م.ب"] : ["bytes", "KB", "MB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${units[unit]}`;
}

/** Western digits in both languages: figures stay comparable across the desk. */
export function numberLocale(locale: Locale): string {
  return locale === "ar" ? "ar-u-nu-latn" : "en";
}
