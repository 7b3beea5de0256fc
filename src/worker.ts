import { performance } from "node:perf_hooks";
import type PgBoss from "pg-boss";
import { fail } from "./cli/command.ts";
import { loadConfig, type Config } from "./config.ts";
import { migrateDatabase, openDatabase, type Database } from "./db/database.ts";
import { createPrisma, type PrismaClient } from "./db/prisma.ts";
import { createLogger } from "./logger.ts";
import { saveArticleBatch } from "./articles/save.ts";
import { reextractArticles } from "./articles/reextract.ts";
import { checkArticle } from "./import/run.ts";
import { holdJob, IMPORT_QUEUE, REEXTRACT_QUEUE, startQueue, type ImportJob, type ReextractJob } from "./jobs/queue.ts";

/*
 * npm run worker: takes import and re-extraction jobs from the queue in PostgreSQL until stopped.
 * Start as many as the work needs, on any machine that reaches the database; each job runs once.
 */

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  fail(error, "worker");
}
const logger = createLogger(config.logLevel, config.logFormat).child({ role: "worker" });

let db: Database | undefined;
let prisma: PrismaClient | undefined;
let boss: PgBoss | undefined;

async function runImportJob(job: PgBoss.Job<ImportJob>): Promise<void> {
  const started = performance.now();
  const inputs = [];
  let failed = 0;
  for (const value of job.data.articles) {
    const input = checkArticle(value, config.maxArticleBytes);
    if (typeof input === "string") failed++;
    else inputs.push(input);
  }
  const outcomes = await saveArticleBatch(prisma!, inputs, { id: job.data.actorId, ip: null, via: "import" });
  const saved = outcomes.flatMap((outcome) => outcome.articles);
  logger.info(
    {
      job: job.id,
      queue: IMPORT_QUEUE,
      articles: saved.filter((article) => article.created).length,
      skipped: saved.filter((article) => !article.created).length,
      failed,
      statements: outcomes.reduce((sum, outcome) => sum + outcome.statementsCreated, 0),
      ms: Math.round(performance.now() - started),
    },
    "import batch saved",
  );
}

async function runReextractJob(job: PgBoss.Job<ReextractJob>): Promise<void> {
  const started = performance.now();
  const outcome = await reextractArticles(prisma!, job.data.articleIds, { id: job.data.actorId, ip: null, via: "reextract" });
  logger.info({ job: job.id, queue: REEXTRACT_QUEUE, ...outcome, ms: Math.round(performance.now() - started) }, "articles re-extracted");
}

/** Runs a job while renewing its lease, so only a dead worker's job goes back to the queue. */
async function held<T>(job: PgBoss.Job<T>, run: (job: PgBoss.Job<T>) => Promise<void>): Promise<void> {
  const release = holdJob(boss!, job);
  try {
    await run(job);
  } finally {
    release();
  }
}

async function start(): Promise<void> {
  db = await openDatabase(config, { info: (message) => logger.info(message), warn: (message) => logger.warn(message) });
  await migrateDatabase(db, { log: (message) => logger.info(message) });
  prisma = createPrisma(db.url, { maxConnections: config.workerConcurrency + 1 });
  boss = await startQueue(db.url, { worker: true });
  boss.on("error", (error) => logger.warn({ err: error }, "job queue error"));
  // One polling loop per slot: pg-boss hands each loop one job at a time.
  for (let slot = 0; slot < config.workerConcurrency; slot++) {
    await boss.work<ImportJob>(IMPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => held(job!, runImportJob));
    await boss.work<ReextractJob>(REEXTRACT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => held(job!, runReextractJob));
  }
  logger.info({ concurrency: config.workerConcurrency, database: db.embedded ? "embedded" : "DATABASE_URL" }, "worker is waiting for jobs");
}

async function stop(signal: string): Promise<void> {
  logger.info(`${signal} received; finishing the jobs in hand`);
  // A job still running at the timeout stops being renewed; another worker takes it when its lease runs out.
  await boss
    ?.stop({ graceful: true, wait: true, timeout: config.shutdownTimeoutMs })
    .catch((error) => logger.warn({ err: error }, "could not stop the job queue cleanly"));
  await prisma?.$disconnect().catch(() => {});
  await db?.release().catch((error) => logger.error({ err: error }, "could not stop the embedded database"));
  logger.info("stopped");
  logger.flush();
  process.exit(0);
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void stop(signal);
  });
}

try {
  await start();
} catch (error) {
  await boss?.stop({ graceful: false, wait: false }).catch(() => {});
  await prisma?.$disconnect().catch(() => {});
  await db?.release().catch(() => {});
  logger.flush();
  fail(error, "worker");
}
