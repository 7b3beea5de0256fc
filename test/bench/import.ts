/*
 * npm run bench:import [-- --articles N] — bulk import of N articles (100,000 by default) into a new
 * database: articles/s, the importer's resident memory over the run (it must stay flat), and a
 * second run over the same file (everything skipped). Baseline in the same run: the same article
 * texts inserted with plain multi-row INSERTs through pg, with no extraction and no speakers.
 *
 * The articles are built from the annotated fixtures' paragraphs, two per article plus a
 * numbered line, so every one is distinct. Uses DATABASE_URL when set, else the test's embedded server.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { createTestDatabase } from "../support/database.ts";
import { tempDir } from "../support/process.ts";
import { number, runImport, writeArticles } from "./support.ts";

const flag = process.argv.indexOf("--articles");
const ARTICLES = flag > 0 ? Number(process.argv[flag + 1]) : 100_000;
if (!Number.isSafeInteger(ARTICLES) || ARTICLES < 1) {
  process.stderr.write("bench:import: --articles must be a positive whole number\n");
  process.exit(1);
}

async function baseline(file: string, url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const lines = fs.readFileSync(file, "utf8").trim().split("\n");
  for (let from = 0; from < lines.length; from += 100) {
    const batch = lines.slice(from, from + 100).map((line) => JSON.parse(line) as { text: string; title: string });
    const values = batch.map((_, k) => `($${k * 3 + 1}, $${k * 3 + 2}, 'und', $${k * 3 + 3})`).join(", ");
    await client.query(
      `INSERT INTO articles (title, body, language, content_hash) VALUES ${values}`,
      batch.flatMap((article, k) => [article.title, article.text, `${String(from + k).padStart(64, "0")}`]),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  return seconds;
}

const quartiles = (values: number[]) => [0.1, 0.25, 0.5, 0.75, 0.95].map((q) => values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0);

const dir = tempDir("isnad-bench-import-");
const file = path.join(dir, "articles.jsonl");
const bytes = await writeArticles(file, ARTICLES);
console.log(`bench:import — ${number(ARTICLES)} articles, ${number(bytes / 1024 / 1024, 1)} MB of .jsonl`);

const db = await createTestDatabase();
const other = await createTestDatabase();
try {
  const first = await runImport(file, db.url);
  const second = await runImport(file, db.url);
  const baselineSeconds = await baseline(file, other.url);
  const [row] = await db.query<{ articles: number; statements: number }>(
    "SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM statements)::int AS statements",
  );
  const rss = first.rss;
  console.log(
    `  import:            ${number(first.seconds, 1)} s, ${number(ARTICLES / first.seconds)} articles/s (${number(row!.articles)} articles, ${number(row!.statements)} statements stored)`,
  );
  console.log(
    `  importer memory:   RSS at 10/25/50/75/95% of the run ${quartiles(rss)
      .map((mb) => number(mb))
      .join(" / ")} MB, peak ${number(Math.max(...rss))} MB`,
  );
  console.log(`  second run:        ${number(second.seconds, 1)} s, everything skipped — ${second.summary.replace(/^imported .*?; /, "")}`);
  console.log(
    `  baseline:          ${number(baselineSeconds, 1)} s, ${number(ARTICLES / baselineSeconds)} articles/s (plain INSERTs of the texts, no extraction)`,
  );
  console.log(`  first run said:    ${first.summary}`);
} finally {
  await db.destroy();
  await other.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}
