import type { PrismaClient } from "../db/prisma.ts";
import { articleJson, describeInputErrors, parseArticleInput, type ArticleInput } from "../articles/input.ts";
import { saveArticleBatch, type Actor } from "../articles/store.ts";
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
    for await (const record of readSource(entry, limits)) {
      pendingBytes += record.bytes;
      if (record.kind === "problem") fail(record.problem);
      else if (record.kind === "article") {
        const input = checkArticle(record.value, options.maxArticleBytes);
        if (typeof input === "string") fail({ path: record.path, line: record.line, message: input });
        else {
          batch.push(input);
          raw.push(record.value);
          batchBytes += input.text.length;
        }
      }
      if (batch.length >= BATCH_ARTICLES || batchBytes >= BATCH_BYTES) await flush();
    }
  }
  await flush();
  return summary;
}

/** The article, or what is wrong with it. */
export function checkArticle(value: unknown, maxArticleBytes: number): ArticleInput | string {
  const shape = articleJson.safeParse(value);
  if (!shape.success) return issueLines(shape.error, "line").join("; ");
  const input = parseArticleInput(shape.data, maxArticleBytes);
  if (input.ok) return input.value;
  return describeInputErrors(input.errors, maxArticleBytes).map((error) => error.message).join(" ");
}
