import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import request from "supertest";
import type { Express } from "express";
import { createApp } from "../src/app.ts";
import { createLogger } from "../src/logger.ts";
import { BACKEND, createTestDatabase, type TestDatabase } from "./support/database.ts";
import { makeUser, signInAs, testConfig, tokenFor, type SignedIn } from "./support/accounts.ts";

const logger = createLogger("silent");
const ARTICLE = 'The mayor, Jane Ortiz, said the bridge would reopen on Monday. "We are on schedule," she said.';

/** Waits until one of isnad's connections waits on a lock, and gives its backend's pid. */
async function blockedBackend(db: TestDatabase): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const [row] = await db.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'isnad' AND wait_event_type = 'Lock'",
    );
    if (row) return row.pid;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("no isnad connection ever waited on the lock");
}

/** Downloads a URL as a browser does, and says whether the response ended as HTTP says a complete one ends. */
function download(url: string, cookie: string): Promise<{ status: number; body: string; complete: boolean }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { Cookie: cookie } }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("error", () => {});
        res.on("close", () => resolve({ status: res.statusCode!, body, complete: res.complete }));
      })
      .on("error", reject);
  });
}

describe(`database faults (${BACKEND})`, () => {
  let db: TestDatabase;
  let app: Express;
  let token: string;

  before(async () => {
    db = await createTestDatabase();
    app = createApp({ prisma: db.prisma, config: testConfig(), logger });
    token = await tokenFor(db.prisma, await makeUser(db.prisma, "checker"));
  });
  after(() => db.destroy());
  beforeEach(() => db.query("TRUNCATE articles, speakers CASCADE"));

  it("answers 503 with Retry-After when PostgreSQL drops the connection in the middle of a save, keeps serving, and keeps nothing half-saved", async () => {
    // Another session holds the audit table, so the save stops inside its transaction, after its first inserts.
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query("LOCK TABLE audit_events IN ACCESS EXCLUSIVE MODE");
    const saving = request(app)
      .post("/api/articles")
      .set("Authorization", `Bearer ${token}`)
      .send({ text: ARTICLE })
      .then((res) => res);
    try {
      const pid = await blockedBackend(db);
      await db.query("SELECT pg_terminate_backend($1)", [pid]);
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
    const dropped = await saving;
    assert.equal(dropped.status, 503, "a dropped connection fails the request that used it");
    assert.ok(Number(dropped.headers["retry-after"]) > 0, "and says when to try again");
    assert.match(dropped.body.error, /database/i);
    const [stored] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles");
    assert.equal(stored!.n, 0, "the article the dropped transaction began is not stored");

    const again = await request(app).post("/api/articles").set("Authorization", `Bearer ${token}`).send({ text: ARTICLE }).expect(201);
    assert.equal(again.body.articles.length, 1, "the same process saves the article on the next try");
  });

  it("answers bulk changes of the same statements in opposite orders, eight at once, with counts and never a 500", async () => {
    const editors: SignedIn[] = [];
    for (let k = 0; k < 8; k++) editors.push(await signInAs(app, db.prisma, "editor"));
    // Sixty statements by six speakers, so the speakers' and statuses' counts are shared between the batches.
    const paragraphs = Array.from({ length: 60 }, (_, k) => `Speaker Number${k % 6} said the figure for district ${k} was ${k * 7} percent.`);
    await request(app)
      .post("/api/articles")
      .set("Authorization", `Bearer ${token}`)
      .send({ text: paragraphs.join("\n\n") })
      .expect(201);
    const rows = await db.query<{ id: number }>("SELECT id FROM statements ORDER BY id");
    assert.ok(rows.length >= 50, `${rows.length} statements to change`);
    const items = rows.map((row) => `${row.id}:1`);
    const answers = await Promise.all(
      editors.map((editor, k) => {
        const status = k % 2 === 0 ? "disputed" : "verified";
        const ordered = k % 2 === 0 ? items : [...items].reverse();
        return editor.agent
          .post("/statements/bulk")
          .type("form")
          .send({ items: ordered, action: "status", status, note: `Bulk ${k}`, _csrf: editor.csrf });
      }),
    );
    let changed = 0;
    for (const answer of answers) {
      assert.equal(answer.status, 303, `a bulk change answers with its counts: ${answer.status}`);
      const [done, skipped] = new URL(answer.headers.location!, "http://desk").searchParams.get("bulk")!.split(",").map(Number);
      assert.equal(done! + skipped!, rows.length, "every statement is counted as changed or skipped");
      changed += done!;
    }
    assert.equal(changed, rows.length, "each statement was changed exactly once, from its version 1");
    const [versions] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM statements WHERE version = 2");
    assert.equal(versions!.n, rows.length);
  });
  it("cuts an export off visibly when PostgreSQL drops its connection after the 200, so no one keeps a partial file as complete", async () => {
    await request(app).post("/api/articles").set("Authorization", `Bearer ${token}`).send({ text: ARTICLE }).expect(201);
    const editor = await signInAs(app, db.prisma, "editor");
    const server = app.listen(0);
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    try {
      // The export's header and "[" go out first; its first batch then waits on the lock, and its connection is dropped.
      await locker.query("BEGIN");
      await locker.query("LOCK TABLE statements IN ACCESS EXCLUSIVE MODE");
      const port = (server.address() as AddressInfo).port;
      const downloading = download(`http://127.0.0.1:${port}/statements/export.json`, editor.cookie);
      await db.query("SELECT pg_terminate_backend($1)", [await blockedBackend(db)]);
      await locker.query("ROLLBACK");
      const cut = await downloading;
      assert.equal(cut.status, 200, "the failure came after the download had begun");
      assert.equal(cut.complete, false, "the response is cut off, which browsers and curl report as a failed download");
      assert.ok(!cut.body.trimEnd().endsWith("]"), "the JSON is left unclosed, never a valid but shorter list");

      const whole = await download(`http://127.0.0.1:${port}/statements/export.json`, editor.cookie);
      assert.equal(whole.complete, true, "the next export runs to its end");
      assert.equal(JSON.parse(whole.body).length, 2);
    } finally {
      await locker.end();
      server.close();
    }
  });
});
