/*
 * npm run bench [-- --statements N --duration S --connections C --import N --keep --explain]
 * npm run bench:quick  (100,000 statements, 4 s per page, 3,000 articles imported)
 *
 * Builds a fresh database (on the embedded server, or on BENCH_DATABASE_URL's server) holding a desk
 * of N statements, N/10 speakers and N/5 articles (test/bench/data.ts), starts isnad on it as
 * `npm start` does, in its own process, and loads each page with autocannon: C connections for S
 * seconds. For each: requests/s and p50/p95/p99 (from every response time, not autocannon's
 * histogram, which has no p95), against two baselines measured in the same run: a bare Express route
 * returning a constant in a process of its own (the framework's ceiling), and the very SQL the page
 * sends, captured from Prisma's query log and replayed through pg by C clients (the database's floor).
 * The capturing app's client has no pool of its own, so fastRows sends its SQL through Prisma there,
 * and that is logged too.
 * Then imports N articles with the import command, sampling its memory. Prints a table and writes it
 * all as JSON (machine, commit, date) to test/bench/results/.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import request from "supertest";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { createApp } from "../../src/app.ts";
import { createApiToken } from "../../src/accounts/tokens.ts";
import { createUser } from "../../src/accounts/users.ts";
import { acquireEmbeddedPostgres } from "../../src/db/embedded-postgres.ts";
import { migrate } from "../../src/db/migrate.ts";
import { createLogger } from "../../src/logger.ts";
import { csrfFrom, PASSWORD, testConfig } from "../support/accounts.ts";
import { databaseUrl, REPO_DIR } from "../support/database.ts";
import { cleanEnv, freePort, launch, stopCleanly, tempDir, waitForHealthy, type RunningProcess } from "../support/process.ts";
import { loadDesk, type DeskSize } from "./data.ts";
import { fixtureArticles, number, rssMb, runImport, writeArticles } from "./support.ts";

const USAGE = "usage: npm run bench -- [--statements N] [--duration SECONDS] [--connections C] [--import ARTICLES] [--keep] [--explain]";
function option(name: string, fallback: number, min: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < min) {
    process.stderr.write(`bench: --${name} must be a whole number of at least ${min}. ${USAGE}\n`);
    process.exit(1);
  }
  return value;
}
const quick = process.argv.includes("--quick");
const STATEMENTS = option("statements", quick ? 100_000 : 1_000_000, 1000);
const DURATION = option("duration", quick ? 4 : 10, 1);
const CONNECTIONS = option("connections", 32, 1);
const IMPORT = option("import", quick ? 3_000 : 20_000, 0);
const KEEP = process.argv.includes("--keep");
/** Prints each page's SQL with EXPLAIN (ANALYZE, BUFFERS) before the load: the evidence for a plan. */
const EXPLAIN = process.argv.includes("--explain");
const size: DeskSize = { statements: STATEMENTS, speakers: Math.max(100, Math.round(STATEMENTS / 10)), articles: Math.max(100, Math.round(STATEMENTS / 5)) };

interface Figures {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  statuses: Record<string, number>;
}

function summarise(times: number[], seconds: number, statuses: Record<string, number>): Figures {
  const sorted = Float64Array.from(times).sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  const errors = Object.entries(statuses)
    .filter(([code]) => !/^2/.test(code))
    .reduce((sum, [, count]) => sum + count, 0);
  return { requests: times.length, perSecond: times.length / seconds, p50: at(50), p95: at(95), p99: at(99), errors, statuses };
}

interface Target {
  name: string;
  method?: "GET" | "POST" | "PATCH";
  /** A new path (and body) for every request, so that no two hit the same row or text. */
  next(): { path: string; body?: string };
  headers: Record<string, string>;
  /** p95 the issue sets for this page, in ms. */
  p95?: number;
  /** Writes: the floor replays the page's SQL inside a transaction it rolls back. */
  writes?: boolean;
}

/** autocannon against one page; every response time is kept for the percentiles. */
function load(port: number, target: Target): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const statuses: Record<string, number> = {};
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections: CONNECTIONS,
        duration: DURATION,
        requests: [
          {
            method: target.method ?? "GET",
            headers: target.headers,
            setupRequest: (req: autocannon.Request) => {
              const { path: next, body } = target.next();
              return { ...req, path: next, ...(body === undefined ? {} : { body }) };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error("autocannon failed", { cause: error }));
        resolve(summarise(times, result.duration, statuses));
      },
    );
    instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
}

type Captured = { query: string; params: unknown[] }[];

/** The SQL one request sends, replayed by C pg clients for the same duration. */
async function floor(url: string, captures: Captured[], writes: boolean): Promise<Figures> {
  const clients = await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  const until = started + DURATION * 1000;
  await Promise.all(
    clients.map(async (client, k) => {
      const queries = captures[k % captures.length]!;
      while (performance.now() < until) {
        const begun = performance.now();
        let outcome = "200";
        try {
          if (writes) await client.query("BEGIN");
          for (const { query, params } of queries) await client.query(query, params);
        } catch (error) {
          outcome = `error: ${(error as Error).message.slice(0, 80)}`;
        } finally {
          if (writes) await client.query("ROLLBACK").catch(() => {});
        }
        times.push(performance.now() - begun);
        statuses[outcome] = (statuses[outcome] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(clients.map((client) => client.end()));
  return summarise(times, seconds, statuses);
}

function commit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO_DIR, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

const log = (message: string) => console.log(`  ${message}`);

const server = process.env.BENCH_DATABASE_URL
  ? { url: process.env.BENCH_DATABASE_URL, release: async () => {} }
  : await acquireEmbeddedPostgres(path.join(REPO_DIR, ".data", "bench"));
const name = `isnad_bench_${Date.now()}`;
const admin = new pg.Client({ connectionString: server.url });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = databaseUrl(server.url, name);
const processes: RunningProcess[] = [];
const scratch = tempDir("isnad-bench-");
let failed = false;
try {
  const version = (await admin.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
  console.log(
    `bench — ${number(size.statements)} statements, ${number(size.speakers)} speakers, ${number(size.articles)} articles; ${CONNECTIONS} connections × ${DURATION} s per page; PostgreSQL ${version}`,
  );
  await migrate(url);
  const capturePrisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }), log: [{ emit: "event", level: "query" }] });
  let capturing: Captured | null = null;
  capturePrisma.$on("query", (event) => capturing?.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }));
  const editor = await createUser(capturePrisma, { email: "editor@bench.example", name: "Bench Editor", role: "editor", password: PASSWORD }, { id: null });
  const checkers = await Promise.all(
    [1, 2, 3, 4, 5].map((k) =>
      createUser(capturePrisma, { email: `checker${k}@bench.example`, name: `مدقق ${k}`, role: "checker", password: PASSWORD }, { id: null }),
    ),
  );
  const { token } = await createApiToken(capturePrisma, { userId: editor.id, name: "bench" }, { id: null });

  const loadStarted = performance.now();
  const loader = new pg.Client({ connectionString: url });
  await loader.connect();
  await loadDesk(loader, size, { editorId: editor.id, checkerIds: checkers.map((user) => user.id) }, (message) =>
    log(`loaded ${message} (${number((performance.now() - loadStarted) / 1000)} s)`),
  );
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const [stored] = (
    await loader.query<{ statements: number; audit: number; aliases: number; bytes: string }>(
      "SELECT (SELECT count(*) FROM statements)::int AS statements, (SELECT count(*) FROM audit_events)::int AS audit, (SELECT count(*) FROM speaker_aliases)::int AS aliases, pg_size_pretty(pg_database_size(current_database())) AS bytes",
    )
  ).rows;
  log(
    `load: ${number(loadSeconds, 1)} s — ${number(stored!.statements)} statements, ${number(stored!.aliases)} speaker aliases, ${number(stored!.audit)} audit events, ${stored!.bytes} on disk`,
  );

  // isnad as `npm start` runs it, and the bare route, each in a process of its own.
  const sessionSecret = "bench-session-secret-shared-with-the-capture-app";
  const appPort = await freePort();
  // With npm start's own node flags (its heap limit among them), but without npm between, so that the
  // memory sampled is the server's.
  const startArgs = (JSON.parse(fs.readFileSync(path.join(REPO_DIR, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start
    .split(/\s+/)
    .slice(1);
  const app = launch(
    process.execPath,
    startArgs,
    cleanEnv({ DATABASE_URL: url, PORT: String(appPort), SESSION_SECRET: sessionSecret, LOG_LEVEL: "warn", DATA_DIR: scratch }),
  );
  processes.push(app);
  const barePort = await freePort();
  const bare = launch(process.execPath, ["--import", "tsx", "test/bench/bare-server.ts"], cleanEnv({ PORT: String(barePort) }));
  processes.push(bare);
  await Promise.all([waitForHealthy(appPort, app), waitForHealthy(barePort, bare)]);

  const form = await fetch(`http://127.0.0.1:${appPort}/login`);
  const signedIn = await fetch(`http://127.0.0.1:${appPort}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: form.headers.get("set-cookie")!.split(";")[0]!, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: editor.email, password: PASSWORD, _csrf: csrfFrom(await form.text()) }),
  });
  if (signedIn.status !== 303) throw new Error(`signing in answered ${signedIn.status}`);
  const cookie = signedIn.headers.get("set-cookie")!.split(";")[0]!;
  const page = { Cookie: cookie, "Accept-Language": "ar" };
  const fragment = { ...page, "HX-Request": "true", "HX-Request-Type": "partial" };
  const api = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  // The first page after signing in stores the session's CSRF token: a write no later page makes, kept out of the captures.
  await fetch(`http://127.0.0.1:${appPort}/`, { headers: page });

  // Statements still pending at version 1, handed out once each, so every status change is a real one.
  const pending = (
    await loader.query<{ id: number }>("SELECT id FROM statements WHERE status = 'pending' AND version = 1 AND id % 3 = 1 ORDER BY id DESC LIMIT 300000")
  ).rows.map((row) => row.id);
  let nextPending = 0;
  const fixtureTexts = (["ar", "en"] as const).flatMap((language) => fixtureArticles(language).map((article) => article.text));
  let ingested = 0;
  const randomStatement = () => 1 + Math.floor(Math.random() * size.statements);

  const targets: Target[] = [
    { name: "queue: pending, Arabic (page)", next: () => ({ path: "/statements?status=pending&language=ar" }), headers: page, p95: 100 },
    {
      name: "queue: text search (fragment)",
      next: () => ({ path: `/statements?q=${encodeURIComponent("الحكومة")}&status=pending` }),
      headers: fragment,
      p95: 100,
    },
    { name: "statement page", next: () => ({ path: `/statements/${randomStatement()}` }), headers: page, p95: 100 },
    { name: "speaker search: Arabic prefix «بلين»", next: () => ({ path: `/speakers?q=${encodeURIComponent("بلين")}` }), headers: fragment, p95: 50 },
    { name: "speaker search: typo «غوتيرس»", next: () => ({ path: `/speakers?q=${encodeURIComponent("غوتيرس")}` }), headers: fragment, p95: 50 },
    { name: "speaker search: typo «blinkne» (API)", next: () => ({ path: "/api/speakers?q=blinkne" }), headers: api, p95: 50 },
    { name: "board (page)", next: () => ({ path: "/board" }), headers: page, p95: 100 },
    { name: "board (5 s refresh)", next: () => ({ path: "/board" }), headers: fragment, p95: 100 },
    {
      name: "status change (PATCH /api/statements/:id)",
      method: "PATCH",
      next: () => {
        const id = pending[nextPending++ % pending.length]!;
        return { path: `/api/statements/${id}`, body: JSON.stringify({ status: "verified", note: "Matches the ministry's transcript.", version: 1 }) };
      },
      headers: api,
      p95: 50,
      writes: true,
    },
    {
      name: "ingest (POST /api/articles)",
      method: "POST",
      next: () => {
        const k = ingested++;
        return { path: "/api/articles", body: JSON.stringify({ text: `${fixtureTexts[k % fixtureTexts.length]}\n\n[ingest ${k}]` }) };
      },
      headers: api,
      writes: true,
    },
  ];

  // Each page's SQL, captured from one (or, for writes, one per connection) request to an
  // in-process app on the same database, before the load.
  const captureApp = createApp({ prisma: capturePrisma, config: testConfig({ sessionSecret }), logger: createLogger("silent") });
  const captures = new Map<string, Captured[]>();
  const capturedIds: number[] = [];
  for (const target of targets) {
    const sets: Captured[] = [];
    for (let k = 0; k < (target.writes ? CONNECTIONS : 1); k++) {
      const { path: next, body } = target.next();
      capturing = [];
      let call =
        target.method === "PATCH" ? request(captureApp).patch(next) : target.method === "POST" ? request(captureApp).post(next) : request(captureApp).get(next);
      for (const [header, value] of Object.entries(target.headers)) call = call.set(header, value);
      const res = await (body === undefined ? call : call.send(body));
      if (res.status >= 300) throw new Error(`${target.name}: the capture request answered ${res.status}: ${res.text.slice(0, 300)}`);
      if (target.method === "PATCH") capturedIds.push(Number(next.split("/").at(-1)));
      await new Promise((resolve) => setTimeout(resolve, 20));
      sets.push(capturing);
      capturing = null;
    }
    captures.set(target.name, sets);
  }
  if (EXPLAIN) {
    for (const target of targets.filter((target) => !target.writes)) {
      console.log(`\n  ── ${target.name}`);
      for (const { query, params } of captures.get(target.name)![0]!) {
        const started = performance.now();
        const plan = (await loader.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query}`, params)).rows.map((row) => row["QUERY PLAN"] as string);
        console.log(`  ${number(performance.now() - started, 1)} ms  ${query.replace(/\s+/g, " ").slice(0, 300)}\n    ${plan.join("\n    ")}`);
      }
    }
  }
  // Put the captured status changes back, so the floor's replays change rows as the requests did. The
  // captured articles stay: their replayed statements refer to their ids, and the replayed insert of
  // the article itself finds it there, as a second paste of the same text would.
  await loader.query("UPDATE statements SET status = 'pending', version = 1, note = NULL, reviewed_at = NULL, reviewed_by_id = NULL WHERE id = ANY($1)", [
    capturedIds,
  ]);
  await capturePrisma.$disconnect();

  const appRss: number[] = [];
  const sampler = setInterval(() => {
    const mb = rssMb(app.child.pid!);
    if (mb !== null) appRss.push(mb);
  }, 250);
  const rows: { name: string; target?: number; http: Figures; sql?: Figures; queries?: number; rssPeak?: number }[] = [];
  const ceiling = await load(barePort, { name: "bare", next: () => ({ path: "/" }), headers: {} });
  rows.push({ name: "bare Express route (ceiling)", http: ceiling });
  for (const target of targets) {
    const before = appRss.length;
    const http = await load(appPort, target);
    const sql = await floor(url, captures.get(target.name)!, target.writes === true);
    rows.push({ name: target.name, target: target.p95, http, sql, queries: captures.get(target.name)![0]!.length, rssPeak: Math.max(...appRss.slice(before)) });
  }
  clearInterval(sampler);
  const ingest = rows.find((row) => row.name.startsWith("ingest"))!;
  const articlesPerSecond = ingest.http.perSecond;

  let importFigures: { articles: number; seconds: number; perSecond: number; rssPeak: number; rssMedian: number; summary: string } | null = null;
  if (IMPORT > 0) {
    const file = path.join(scratch, "import.jsonl");
    await writeArticles(file, IMPORT);
    const run = await runImport(file, url);
    const sorted = [...run.rss].sort((a, b) => a - b);
    importFigures = {
      articles: IMPORT,
      seconds: run.seconds,
      perSecond: IMPORT / run.seconds,
      rssPeak: sorted.at(-1) ?? NaN,
      rssMedian: sorted[Math.floor(sorted.length / 2)] ?? NaN,
      summary: run.summary,
    };
  }

  // The table.
  const head = `  ${"".padEnd(42)} ${"req/s".padStart(7)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"p99".padStart(7)}  target  ${"SQL p50".padStart(7)} ${"SQL p95".padStart(7)}  ÷bare  ÷SQL  errors`;
  console.log(`\n${head}\n  ${"".padEnd(head.length - 2, "─")}`);
  for (const row of rows) {
    const verdict = row.target === undefined ? "".padEnd(6) : `${row.http.p95 <= row.target ? "✓" : "✗"} ${String(row.target).padStart(3)}`.padEnd(6);
    console.log(
      `  ${row.name.padEnd(42)} ${number(row.http.perSecond).padStart(7)} ${number(row.http.p50, 1).padStart(7)} ${number(row.http.p95, 1).padStart(7)} ${number(row.http.p99, 1).padStart(7)}  ${verdict}  ` +
        `${row.sql ? number(row.sql.p50, 1).padStart(7) : "".padStart(7)} ${row.sql ? number(row.sql.p95, 1).padStart(7) : "".padStart(7)}  ` +
        `${number(row.http.p50 / ceiling.p50, 1).padStart(5)} ${row.sql ? number(row.http.p50 / row.sql.p50, 1).padStart(5) : "".padStart(5)}  ${row.http.errors + (row.sql?.errors ?? 0)}`,
    );
  }
  console.log("  (milliseconds; ÷bare and ÷SQL compare p50s; the SQL columns replay the page's own queries through pg)");
  const rssPeak = Math.max(...appRss);
  console.log(`\n  ingest: ${number(articlesPerSecond)} articles/s through the API (target ≥ 100) ${articlesPerSecond >= 100 ? "✓" : "✗"}`);
  console.log(`  server memory: peak RSS ${number(rssPeak)} MB over all pages (target ≤ 400) ${rssPeak <= 400 ? "✓" : "✗"}`);
  if (importFigures) {
    console.log(
      `  import: ${number(importFigures.articles)} articles in ${number(importFigures.seconds, 1)} s, ${number(importFigures.perSecond)} articles/s; importer RSS median ${number(importFigures.rssMedian)} MB, peak ${number(importFigures.rssPeak)} MB`,
    );
  }
  const errors = rows.filter((row) => row.http.errors > 0);
  for (const row of errors) console.log(`  ${row.name}: ${row.http.errors} non-2xx responses ${JSON.stringify(row.http.statuses)}`);
  // A page that answered nothing within the run missed too (its p95 is NaN, which compares false).
  const misses = rows.filter((row) => row.target !== undefined && !(row.http.p95 <= row.target)).map((row) => row.name);
  if (!(articlesPerSecond >= 100)) misses.push("ingest");
  if (rssPeak > 400) misses.push("server memory");
  if (errors.length > 0) failed = true;

  const results = {
    date: new Date().toISOString(),
    commit: commit(),
    machine: {
      host: os.hostname(),
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres: version,
      database: process.env.BENCH_DATABASE_URL ? "BENCH_DATABASE_URL" : "embedded",
    },
    size,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    loadSeconds,
    pages: rows,
    ingestArticlesPerSecond: articlesPerSecond,
    serverRssPeakMb: rssPeak,
    import: importFigures,
    misses,
  };
  const dir = path.join(REPO_DIR, "test", "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${results.date.replace(/[:.]/g, "-")}-${results.commit}-${quick ? "quick" : number(size.statements).replace(/,/g, "")}.json`);
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n  ${misses.length === 0 ? "every target met" : `missed: ${misses.join(", ")}`}; figures in ${path.relative(REPO_DIR, file)}`);
  if (KEEP) console.log(`  the database is kept: ${url}`);
  await loader.end();
} catch (error) {
  failed = true;
  console.error(`bench: ${(error as Error).stack ?? (error as string)}`);
} finally {
  for (const proc of processes) await stopCleanly(proc).catch(() => false);
  if (!KEEP) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
  await admin.end();
  await server.release();
  fs.rmSync(scratch, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
