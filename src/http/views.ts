import { engine } from "express-handlebars";
import type { Express } from "express";
import type { HelperOptions } from "handlebars";
import { fileURLToPath } from "node:url";
import { numberLocale, type Locale } from "../i18n/index.ts";

export const VIEWS_DIR = fileURLToPath(new URL("../../views", import.meta.url));

function localeOf(options: HelperOptions): Locale {
  return (options.data?.root?.locale as Locale | undefined) ?? "en";
}

/** Building an Intl formatter costs far more than using one: a page of numbers and dates reuses a handful. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(locale: Locale, style: "decimal" | "percent"): Intl.NumberFormat {
  const key = `n:${locale}:${style}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(numberLocale(locale), style === "percent" ? { style, maximumFractionDigits: 0 } : {})));
  return format;
}
function dateFormat(locale: Locale, style: "date" | "datetime"): Intl.DateTimeFormat {
  const key = `d:${locale}:${style}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "ar" ? "ar-u-nu-latn" : "en-GB", { dateStyle: "medium", ...(style === "datetime" ? { timeStyle: "short" } : {}), timeZone: "UTC" });
    formatters.set(key, format);
  }
  return format;
}

const helpers = {
  /** {{t "key" name=value}}: the message in the page's language. Escaped like any other output. */
  t(key: string, options: HelperOptions): string {
    const t = options.data?.root?.t as ((key: string, vars?: Record<string, unknown>) => string) | undefined;
    return t ? t(key, options.hash) : key;
  },
  number(value: number, options: HelperOptions): string {
    return numberFormat(localeOf(options), "decimal").format(value ?? 0);
  },
  date(value: Date | string | null, options: HelperOptions): string {
    if (!value) return "";
    const date = value instanceof Date ? value : new Date(value);
    const style = (options.hash.style as "date" | "datetime" | undefined) ?? "date";
    return dateFormat(localeOf(options), style).format(date);
  },
  isoDate(value: Date | null): string {
    return value ? value.toISOString() : "";
  },
  concat(...parts: unknown[]): string {
    return parts.slice(0, -1).join("");
  },
  /** JSON-LD inside <script type="application/ld+json">: escaped for that element, not as HTML (entities are not decoded there). */
  jsonLd(value: unknown): { toHTML(): string } {
    // Nothing inside can end the element or open a comment; U+2028/9 are escaped for older parsers.
    const json = JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    return { toHTML: () => json };
  },
  percent(value: number, options: HelperOptions): string {
    return numberFormat(localeOf(options), "percent").format(value ?? 0);
  },
  gte(a: number, b: number): boolean {
    return a >= b;
  },
  or(...values: unknown[]): boolean {
    return values.slice(0, -1).some(Boolean);
  },
  eq(a: unknown, b: unknown): boolean {
    return a === b;
  },
};

/**
 * Handlebars views. Every file under views/ is also a partial named by its path, so a page
 * includes `{{> articles/_form}}` and a route renders the same file alone as a fragment.
 */
export function useViews(app: Express, options: { cache: boolean }): void {
  app.engine(
    "hbs",
    engine({
      extname: ".hbs",
      defaultLayout: "main",
      layoutsDir: `${VIEWS_DIR}/layouts`,
      partialsDir: VIEWS_DIR,
      helpers,
    }),
  );
  app.set("view engine", "hbs");
  app.set("views", VIEWS_DIR);
  app.set("view cache", options.cache);
}
