import type { Express } from "express";
import Handlebars, { type HelperOptions } from "handlebars";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { numberLocale, type Locale } from "../i18n/index.ts";

export const VIEWS_DIR = fileURLToPath(new URL("../../views", import.meta.url));

/** What Handlebars hands a helper as data: the view's root context, with the locals the middleware set. */
interface ViewData {
  root?: { locale?: Locale; t?: (key: string, vars?: Record<string, unknown>) => string };
}

function localeOf(options: HelperOptions): Locale {
  return (options.data as ViewData | undefined)?.root?.locale ?? "en";
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
    format = new Intl.DateTimeFormat(locale === "ar" ? "ar-u-nu-latn" : "en-GB", {
      dateStyle: "medium",
      ...(style === "datetime" ? { timeStyle: "short" } : {}),
      timeZone: "UTC",
    });
    formatters.set(key, format);
  }
  return format;
}

const helpers = {
  /** {{t "key" name=value}}: the message in the page's language. Escaped like any other output. */
  t(key: string, options: HelperOptions): string {
    const t = (options.data as ViewData | undefined)?.root?.t;
    return t ? t(key, options.hash) : key;
  },
  /** {{codeLabel "history." action}}: the message for a stored code, or the code itself when no message names it. */
  codeLabel(prefix: string, code: string, options: HelperOptions): string {
    const t = (options.data as ViewData | undefined)?.root?.t;
    const text = t ? t(`${prefix}${code}`) : code;
    return text === `${prefix}${code}` ? code : text;
  },
  number(value: number, options: HelperOptions): string {
    // Both locales write Western digits, so a small whole number is its own text: most counts on a page.
    if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
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
    const json = JSON.stringify(value)
      .replace(/</g, "\\u003c")
      .replace(/>/g, "\\u003e")
      .replace(/&/g, "\\u0026")
      .replace(/\u2028/g, "\\u2028")
      .replace(/\u2029/g, "\\u2029");
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

/** A view's name: its path under views/ without the extension (`statements/_row`). */
function viewName(relativePath: string): string {
  return relativePath.slice(0, -".hbs".length).split(path.sep).join("/");
}

/** Every view compiled by name, each also registered as a partial under that name. */
function compileViews(): Map<string, Handlebars.TemplateDelegate> {
  const hbs = Handlebars.create();
  hbs.registerHelper(helpers);
  const templates = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of fs.readdirSync(VIEWS_DIR, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".hbs")) continue;
    const name = viewName(file);
    const template = hbs.compile(fs.readFileSync(path.join(VIEWS_DIR, file), "utf8"));
    templates.set(name, template);
    hbs.registerPartial(name, template);
  }
  return templates;
}

/**
 * Handlebars views. Every file under views/ is also a partial named by its path, so a page
 * includes `{{> articles/_form}}` and a route renders the same file alone as a fragment (`layout:
 * false`); a page is rendered into layouts/main as `body`. Compiled once when caching, and read
 * afresh on each render in development. (express-handlebars, used before, gathered every partial
 * through a promise of its own on every render: 10–15% of the server's time on the queue and the
 * statement page.)
 */
export function useViews(app: Express, options: { cache: boolean }): void {
  const cached = options.cache ? compileViews() : null;
  app.engine("hbs", (filePath, context, callback) => {
    try {
      const templates = cached ?? compileViews();
      const name = viewName(path.relative(VIEWS_DIR, filePath));
      const template = templates.get(name);
      if (!template) throw new Error(`no view named ${name} in ${VIEWS_DIR}`);
      const view = context as Record<string, unknown> & { layout?: string | false };
      const body = template(view);
      const layout = view.layout === undefined ? "main" : view.layout;
      callback(null, layout ? templates.get(`layouts/${layout}`)!({ ...view, body }) : body);
    } catch (error) {
      callback(error);
    }
  });
  app.set("view engine", "hbs");
  app.set("views", VIEWS_DIR);
  app.set("view cache", options.cache);
}
