import type { PrismaClient } from "../db/prisma.ts";
import { articleJson, describeInputErrors, parseArticleInput, type ArticleInput } from "../articles/input.ts";
import { type Actor } from "../articles/queries.ts";
import { saveArticleBatch } from "../articles/save.ts";
import { issueLines } from "../validation.ts";
import { isSourceFile, readSource, walk, type SourceProblem } from "./sources.ts";

export interface ImportSummary {
  files: number;
  articles: number;
  statements: number;
  speakers: number;
  /** Articles already stored (same content hash): an import run again, or resumed, skips them. */
  skipped: number;
  failed: number;
  /** Articles handed to workers instead of saved (import --enqueue). */
  queued: number;
}

export interface ImportProgress {
  bytesDone: number;
  bytesTotal: number;
  summary: ImportSummary;
}

export interface ImportOptions {
  maxArticleBytes: number;
  actor: Actor;
  onProblem(problem: SourceProblem): void;
  /** Said once per file: keys of its JSON lines that are no article field and were left out. */
  onIgnoredKeys?(path: string, keys: string[]): void;
  onProgress(progress: ImportProgress): void;
  /** Given, each checked batch goes here (to the job queue) instead of being extracted and saved now. */
  enqueue?: (articles: unknown[]) => Promise<void>;
}

/** Sums the sizes first (a second walk, holding nothing), so progress can show a percentage and an ETA. */
async function totalBytes(paths: string[]): Promise<number> {
  let total = 0;
  for await (const entry of walk(paths)) if (isSourceFile(entry)) total += entry.size;
  return total;
}

/** Articles saved per transaction: large enough to amortise the round trips, small enough to keep memory flat. */
const BATCH_ARTICLES = 100;
const BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Imports every article under the paths, in batches that each commit on their own: an interrupted
 * import keeps what it stored, and running it again skips those by content hash before extracting.
 */
export async function importPaths(prisma: PrismaClient, paths: string[], options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { files: 0, articles: 0, statements: 0, speakers: 0, skipped: 0, failed: 0, queued: 0 };
  const bytesTotal = await totalBytes(paths);
  let bytesDone = 0;
  const limits = { maxTxtBytes: Math.max(64 * options.maxArticleBytes, 64 * 1024 * 1024), maxLineBytes: options.maxArticleBytes * 6 + 64 * 1024 };
  const fail = (problem: SourceProblem) => {
    summary.failed++;
    options.onProblem(problem);
  };
  let batch: ArticleInput[] = [];
  let raw: unknown[] = [];
  let batchBytes = 0;
  let pendingBytes = 0;
  const flush = async () => {
    if (batch.length > 0 && options.enqueue) {
      await options.enqueue(raw);
      summary.queued += raw.length;
    } else if (batch.length > 0) {
      for (const outcome of await saveArticleBatch(prisma, batch, options.actor)) {
        for (const saved of outcome.articles) {
          if (saved.created) summary.articles++;
          else summary.skipped++;
        }
        summary.statements += outcome.statementsCreated;
        summary.speakers += outcome.speakersCreated;
      }
    }
    batch = [];
    raw = [];
    batchBytes = 0;
    bytesDone += pendingBytes;
    pendingBytes = 0;
    options.onProgress({ bytesDone, bytesTotal, summary });
  };
  for await (const entry of walk(paths)) {
    if (!isSourceFile(entry)) {
      fail(entry);
      continue;
    }
    summary.files++;
    const ignored = new Set<string>();
    for await (const record of readSource(entry, limits)) {
      pendingBytes += record.bytes;
      if (record.kind === "problem") fail(record.problem);
      else if (record.kind === "article") {
        const fields = articleFields(record.value, ignored);
        const input = checkArticle(fields, options.maxArticleBytes);
        if (typeof input === "string") fail({ path: record.path, line: record.line, message: input });
        else {
          batch.push(input);
          raw.push(fields);
          batchBytes += input.text.length;
        }
      }
      if (batch.length >= BATCH_ARTICLES || batchBytes >= BATCH_BYTES) await flush();
    }
    if (ignored.size > 0) options.onIgnoredKeys?.(entry.path, [...ignored].sort());
  }
  await flush();
  return summary;
}

/** Names news datasets give article fields, one per line: the name as found, then isnad's. */
const FIELD_NAMES = new Map([
  ["lang", "language"],
  ["date", "publishedAt"],
  ["published", "publishedAt"],
  ["published_at", "publishedAt"],
  ["pubDate", "publishedAt"],
  ["headline", "title"],
  ["link", "url"],
  ["body", "text"],
  ["content", "text"],
]);
const FIELDS = new Set(Object.keys(articleJson.shape));

/** A JSON line's article: its fields under isnad's names, other keys left out and added to `ignored`. */
export function articleFields(value: unknown, ignored: Set<string>): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const article: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const name = FIELDS.has(key) ? key : FIELD_NAMES.get(key);
    if (!name) ignored.add(key);
    // The field's own name wins over another name for it ("text" over "body").
    else if (!(name in article) || FIELDS.has(key)) article[name] = field;
  }
  return article;
}

/** The article, or what is wrong with it. */
export function checkArticle(value: unknown, maxArticleBytes: number): ArticleInput | string {
  const shape = articleJson.safeParse(value);
  if (!shape.success) return issueLines(shape.error, "line").join("; ");
  const input = parseArticleInput(shape.data, maxArticleBytes);
  if (input.ok) return input.value;
  return describeInputErrors(input.errors, maxArticleBytes)
    .map((error) => error.message)
    .join(" ");
}
