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
import { spawn } from "node:child_process";
import pg from "pg";
import { createTestDatabase, REPO_DIR } from "../support/database.ts";
import { cleanEnv, tempDir } from "../support/process.ts";

const flag = process.argv.indexOf("--articles");
const ARTICLES = flag > 0 ? Number(process.argv[flag + 1]) : 100_000;
if (!Number.isSafeInteger(ARTICLES) || ARTICLES < 1) {
  process.stderr.write("bench:import: --articles must be a positive whole number\n");
  process.exit(1);
}

function writeArticles(file: string): Promise<number> {
  const paragraphs = ["ar", "en"]
    .flatMap((language) => fs.readFileSync(path.join(REPO_DIR, "test/fixtures/extract", `${language}.jsonl`), "utf8").trim().split("\n"))
    .flatMap((line) => (JSON.parse(line) as { text: string }).text.split(/\n\s*\n/))
    .filter((paragraph) => paragraph.length > 200);
  const out = fs.createWriteStream(file);
  return new Promise((resolve, reject) => {
    let k = 0;
    const write = () => {
      while (k < ARTICLES) {
        const text = `${paragraphs[k % paragraphs.length]}\n\n${paragraphs[(k * 7 + 3) % paragraphs.length]}\n\nRef ${k}.`;
        const ok = out.write(`${JSON.stringify({ text, title: `Story ${k}` })}\n`);
        k++;
        if (!ok) return void out.once("drain", write);
      }
      out.end(() => resolve(fs.statSync(file).size));
    };
    out.on("error", reject);
    write();
  });
}

function rssMb(pid: number): number | null {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Runs the import command the README documents and samples the importer's memory twice a second. */
function runImport(file: string, url: string): Promise<{ seconds: number; summary: string; rss: number[] }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/import.ts", file], { cwd: REPO_DIR, env: cleanEnv({ DATABASE_URL: url }), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    const rss: number[] = [];
    const sampler = setInterval(() => {
      const mb = rssMb(child.pid!);
      if (mb !== null) rss.push(mb);
    }, 500);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`import exited with ${code}: ${stderr.slice(-500)}`));
      resolve({ seconds: (performance.now() - started) / 1000, summary: stdout.trim(), rss });
    });
  });
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

const number = (value: number, digits = 0) => value.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const quartiles = (values: number[]) => [0.1, 0.25, 0.5, 0.75, 0.95].map((q) => values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0);

const dir = tempDir("isnad-bench-import-");
const file = path.join(dir, "articles.jsonl");
const bytes = await writeArticles(file);
console.log(`bench:import — ${number(ARTICLES)} articles, ${number(bytes / 1024 / 1024, 1)} MB of .jsonl`);

const db = await createTestDatabase();
const other = await createTestDatabase();
try {
  const first = await runImport(file, db.url);
  const second = await runImport(file, db.url);
  const baselineSeconds = await baseline(file, other.url);
  const [row] = await db.query<{ articles: number; statements: number }>("SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM statements)::int AS statements");
  const rss = first.rss;
  console.log(`  import:            ${number(first.seconds, 1)} s, ${number(ARTICLES / first.seconds)} articles/s (${number(row!.articles)} articles, ${number(row!.statements)} statements stored)`);
  console.log(`  importer memory:   RSS at 10/25/50/75/95% of the run ${quartiles(rss).map((mb) => number(mb)).join(" / ")} MB, peak ${number(Math.max(...rss))} MB`);
  console.log(`  second run:        ${number(second.seconds, 1)} s, everything skipped — ${second.summary.replace(/^imported .*?; /, "")}`);
  console.log(`  baseline:          ${number(baselineSeconds, 1)} s, ${number(ARTICLES / baselineSeconds)} articles/s (plain INSERTs of the texts, no extraction)`);
  console.log(`  first run said:    ${first.summary}`);
} finally {
  await db.destroy();
  await other.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}
