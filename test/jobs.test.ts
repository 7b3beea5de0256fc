import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { BACKEND, createTestDatabase, type TestDatabase } from "./support/database.ts";
import { cleanEnv, killLeftovers, launch, run, stopCleanly, tempDir, type RunningProcess } from "./support/process.ts";
import { writeArticles } from "./bench/support.ts";
import { IMPORT_QUEUE, JOB_LEASE_SECONDS, startQueue } from "../src/jobs/queue.ts";

/*
 * Big imports and re-extraction as jobs in PostgreSQL: the import command queues batches instead of
 * extracting, and `npm run worker` processes (two here, as on two machines) share them, each job once.
 */
describe(`jobs and workers (${BACKEND})`, () => {
  let db: TestDatabase;
  const workers: RunningProcess[] = [];
  const env = () => cleanEnv({ DATABASE_URL: db.url, WORKER_CONCURRENCY: "1" });
  const waitFor = async (what: string, check: () => Promise<boolean>, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; workers said: ${workers.map((worker) => worker.stdout().slice(-1500) + worker.stderr()).join("\n")}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const count = async (sql: string, params: unknown[] = []) => (await db.query<{ n: number }>(sql, params))[0]!.n;

  before(async () => {
    db = await createTestDatabase();
  });
  after(async () => {
    await Promise.all(workers.map((worker) => stopCleanly(worker)));
    await killLeftovers();
    await db.destroy();
  });

  describe("an import queued for the workers", () => {
    let file: string;
    let queued: Awaited<ReturnType<typeof run>>;
    let storedWhenQueued: number;
    let batches: number;
    before(async () => {
      file = path.join(tempDir(), "articles.jsonl");
      await writeArticles(file, 250);
      queued = await run(process.execPath, ["--import", "tsx", "src/cli/import.ts", "--enqueue", file], env());
      storedWhenQueued = await count("SELECT count(*)::int AS n FROM articles");
      batches = await count("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'isnad-import' AND state = 'created'");
      for (let k = 0; k < 2; k++) workers.push(launch(process.execPath, ["--import", "tsx", "src/worker.ts"], env()));
      await waitFor(
        "the import jobs",
        async () => (await count("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'isnad-import' AND state = 'completed'")) === 3,
      );
    });

    it("is queued in batches of at most 100 articles, nothing extracted inline", () => {
      assert.equal(queued.code, 0, queued.stderr);
      assert.match(queued.stdout, /^queued 250 articles from 1 files for the workers/);
      assert.equal(storedWhenQueued, 0);
      assert.equal(batches, 3);
    });

    it("is saved by the workers, every article exactly once, with its statements", async () => {
      const articles = await count("SELECT count(*)::int AS n FROM articles");
      assert.ok(articles >= 250, "every line saved (a text holding two stories is two articles)");
      assert.ok((await count("SELECT count(*)::int AS n FROM statements")) > 250, "the workers extracted statements");
      assert.equal(await count("SELECT count(*)::int AS n FROM audit_events WHERE action = 'article.created'"), articles, "each article saved once");
    });

    it("leaves nothing for the same file imported inline afterwards", async () => {
      const articles = await count("SELECT count(*)::int AS n FROM articles");
      const inline = await run(process.execPath, ["--import", "tsx", "src/cli/import.ts", file], env());
      assert.equal(inline.code, 0, inline.stderr);
      assert.match(inline.stdout, new RegExp(`^imported 0 articles .*skipped ${articles} already stored; failed 0`));
    });
  });

  it("gives the job of a worker that died holding it to another worker within about a minute, saving nothing twice", async () => {
    const file = path.join(tempDir(), "orphan.jsonl");
    const lines = Array.from({ length: 20 }, (_, k) =>
      JSON.stringify({ title: `Orphan ${k}`, text: `The mayor of Town${k} said the bridge number ${k} would reopen on Monday, ${Date.now()}.` }),
    );
    fs.writeFileSync(file, `${lines.join("\n")}\n`);
    const before = await count("SELECT count(*)::int AS n FROM articles");
    for (const worker of workers.splice(0)) await stopCleanly(worker);
    const queued = await run(process.execPath, ["--import", "tsx", "src/cli/import.ts", "--enqueue", file], env());
    assert.equal(queued.code, 0, queued.stderr);
    // A worker takes the job and dies with it, as one killed with -9 would: the job stays active, unfinished.
    const dying = await startQueue(db.url);
    const [taken] = await dying.fetch(IMPORT_QUEUE);
    assert.ok(taken, "the job was taken");
    await dying.stop({ graceful: false, wait: true });
    const orphaned = Date.now();
    workers.push(launch(process.execPath, ["--import", "tsx", "src/worker.ts"], env()));
    await waitFor(
      "the orphaned job",
      async () => (await count("SELECT count(*)::int AS n FROM pgboss.job WHERE id = $1 AND state = 'completed'", [taken.id])) === 1,
      150_000,
    );
    const seconds = (Date.now() - orphaned) / 1000;
    assert.ok(seconds < JOB_LEASE_SECONDS + 45, `taken over after ${Math.round(seconds)} s`);
    assert.equal(await count("SELECT count(*)::int AS n FROM articles"), before + 20, "every article of the orphaned job saved, none twice");
  });

  describe("re-extracting a stored article", () => {
    type Row = { id: number; start_offset: number; status: string; note: string | null };
    let articleId: number;
    let earlier: Row[];
    let later: Row[];
    let queued: Awaited<ReturnType<typeof run>>;
    before(async () => {
      const [article] = await db.query<{ id: number }>(
        "SELECT article_id AS id FROM statements GROUP BY article_id HAVING count(*) >= 3 ORDER BY article_id LIMIT 1",
      );
      articleId = article!.id;
      const rows = () => db.query<Row>("SELECT id, start_offset, status::text, note FROM statements WHERE article_id = $1 ORDER BY start_offset", [articleId]);
      earlier = await rows();
      // As if an older extractor had missed the first statement, and a checker had verified the second.
      await db.query("DELETE FROM statements WHERE id = $1", [earlier[0]!.id]);
      await db.query("UPDATE statements SET status = 'verified', note = 'checked', version = version + 1 WHERE id = $1", [earlier[1]!.id]);
      queued = await run(process.execPath, ["--import", "tsx", "src/cli/reextract.ts", String(articleId)], env());
      await waitFor(
        "the re-extraction job",
        async () => (await count("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'isnad-reextract' AND state = 'completed'")) === 1,
      );
      later = await rows();
    });

    it("is queued as one job for the workers", () => {
      assert.equal(queued.code, 0, queued.stderr);
      assert.match(queued.stdout, /^queued 1 articles in 1 jobs for re-extraction/);
    });

    it("adds back a missing statement as a new, pending one, doubling nothing", () => {
      assert.equal(later.length, earlier.length);
      assert.equal(later[0]!.start_offset, earlier[0]!.start_offset);
      assert.notEqual(later[0]!.id, earlier[0]!.id);
      assert.equal(later[0]!.status, "pending");
    });

    it("keeps every verdict and note", () => {
      assert.deepEqual({ id: later[1]!.id, status: later[1]!.status, note: later[1]!.note }, { id: earlier[1]!.id, status: "verified", note: "checked" });
    });

    it("is recorded once in the audit log", async () => {
      assert.equal(await count("SELECT count(*)::int AS n FROM audit_events WHERE action = 'article.reextracted' AND subject_id = $1", [articleId]), 1);
    });
  });

  it("says on one line that a re-extraction request names no articles", async () => {
    const none = await run(process.execPath, ["--import", "tsx", "src/cli/reextract.ts"], env());
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^reextract: say which articles: --all, --since or article ids/);
  });

  it("says on one line that a re-extraction request names an article that is not there", async () => {
    const missing = await run(process.execPath, ["--import", "tsx", "src/cli/reextract.ts", "999999"], env());
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr.trim(), "reextract: no article with id 999999; nothing was queued");
  });
});
