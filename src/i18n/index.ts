import { ar } from "./ar.ts";
import { en } from "./en.ts";
import type { Message, MessageKey } from "./message.ts";

export type { Message, MessageKey };
export const LOCALES = ["ar", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "ar";

const catalogues: Record<Locale, Record<MessageKey, Message>> = { ar, en };
const pluralRules: Record<Locale, Intl.PluralRules> = { ar: new Intl.PluralRules("ar"), en: new Intl.PluralRules("en") };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function direction(locale: string): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

function pluralForm(locale: Locale, message: Exclude<Message, string>, count: number): string {
  return (count === 0 ? message["=0"] : undefined) ?? message[pluralRules[locale].select(count)] ?? message.other;
}

/** Each message text split once at its {placeholders}: literal text at even indexes, names at odd ones. */
const splitTemplates = new Map<string, string[]>();

export function translate(locale: Locale, key: string, vars: Record<string, unknown> = {}): string {
  const message = catalogues[locale][key as MessageKey] ?? catalogues.en[key as MessageKey];
  if (message === undefined) return key;
  const template = typeof message === "string" ? message : pluralForm(locale, message, Number(vars.count));
  let parts = splitTemplates.get(template);
  if (!parts) splitTemplates.set(template, (parts = template.split(/\{(\w+)\}/)));
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
