import PgBoss from "pg-boss";

/*
 * Background work kept in PostgreSQL by pg-boss (its own schema, "pgboss"), so any number of
 * `npm run worker` processes on any number of machines share it: a job is taken by one worker, a
 * worker that dies leaves its job to expire and be retried by another.
 */

/** A batch of articles as the import read them (the JSON an API client would send), saved by a worker. */
export const IMPORT_QUEUE = "isnad-import";
/** Stored articles to run the extractor over again, by id. */
export const REEXTRACT_QUEUE = "isnad-reextract";
export const QUEUES = [IMPORT_QUEUE, REEXTRACT_QUEUE] as const;

export interface ImportJob {
  articles: unknown[];
  actorId: number | null;
}

export interface ReextractJob {
  articleIds: number[];
  actorId: number | null;
}

/** Ids per re-extraction job: a few seconds of work, so a stopped worker loses little. */
export const REEXTRACT_BATCH = 200;

/**
 * How long a job stays a worker's without word from it. A live worker renews the lease while it works
 * (holdJob), so a long job is never taken from it; a worker killed with -9 stops renewing, and its job
 * goes back to the queue a lease and a maintenance round later, about a minute and a quarter.
 */
export const JOB_LEASE_SECONDS = 60;
const LEASE_RENEWAL_MS = 20_000;
const QUEUE_POLICY = { retryLimit: 3, retryDelay: 5, expireInSeconds: JOB_LEASE_SECONDS };

export async function startQueue(url: string, options: { worker?: boolean } = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: "pgboss",
    application_name: options.worker ? "isnad-worker" : "isnad",
    max: options.worker ? 4 : 2,
    // Only workers run pg-boss's maintenance (expiry, archiving) and its clock; often, so an expired lease is noticed soon.
    supervise: options.worker === true,
    maintenanceIntervalSeconds: 15,
    schedule: false,
  });
  boss.on("error", () => {
    /* reported by the caller's own operations; an idle connection error must not crash the process */
  });
  await boss.start();
  for (const name of QUEUES) {
    // A queue made by an older isnad keeps its 15-minute expiry until told otherwise.
    if (await boss.getQueue(name)) {
      await boss.updateQueue(name, { name, ...QUEUE_POLICY });
      continue;
    }
    try {
      await boss.createQueue(name, { name, ...QUEUE_POLICY });
    } catch (error) {
      // Two workers starting together on a new database: one creates the queue, the other finds it.
      if (!(await boss.getQueue(name))) throw error;
    }
  }
  return boss;
}

/** Renews a running job's lease until the returned function is called: the job is this worker's while it lives. */
export function holdJob(boss: PgBoss, job: { id: string; name: string }): () => void {
  const renew = () =>
    boss
      .getDb()
      .executeSql("UPDATE pgboss.job SET expire_in = (now() - started_on) + make_interval(secs => $3) WHERE name = $1 AND id = $2 AND state = 'active'", [
        job.name,
        job.id,
        JOB_LEASE_SECONDS,
      ])
      .catch(() => {
        /* a missed renewal costs at most a retry, which saving by content hash makes harmless */
      });
  const timer = setInterval(() => void renew(), LEASE_RENEWAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** Queues import batches in one round trip per call. */
export async function enqueueImport(boss: PgBoss, batches: ImportJob[]): Promise<void> {
  if (batches.length > 0) await boss.insert(batches.map((data) => ({ name: IMPORT_QUEUE, data })));
}

export async function enqueueReextract(boss: PgBoss, articleIds: number[], actorId: number | null): Promise<number> {
  const jobs = [];
  for (let from = 0; from < articleIds.length; from += REEXTRACT_BATCH) {
    jobs.push({ name: REEXTRACT_QUEUE, data: { articleIds: articleIds.slice(from, from + REEXTRACT_BATCH), actorId } satisfies ReextractJob });
  }
  for (let from = 0; from < jobs.length; from += 500) await boss.insert(jobs.slice(from, from + 500));
  return jobs.length;
}
