import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
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
  const emptied = () => db.query("TRUNCATE articles, speakers CASCADE");

  describe("a connection dropped in the middle of a save", () => {
    let dropped: request.Response;
    let storedAfterDrop: number;
    before(async () => {
      await emptied();
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
      dropped = await saving;
      storedAfterDrop = (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles"))[0]!.n;
    });

    it("answers 503 with Retry-After and a message naming the database", () => {
      assert.equal(dropped.status, 503);
      assert.ok(Number(dropped.headers["retry-after"]) > 0);
      assert.match(dropped.body.error, /database/i);
    });

    it("keeps nothing of the article the dropped transaction began", () => {
      assert.equal(storedAfterDrop, 0);
    });

    it("keeps serving: the same process saves the article on the next try", async () => {
      const again = await request(app).post("/api/articles").set("Authorization", `Bearer ${token}`).send({ text: ARTICLE }).expect(201);
      assert.equal(again.body.articles.length, 1);
    });
  });

  describe("bulk changes of the same statements in opposite orders, eight at once", () => {
    let rows: { id: number }[];
    let answers: request.Response[];
    before(async () => {
      await emptied();
      const editors: SignedIn[] = [];
      for (let k = 0; k < 8; k++) editors.push(await signInAs(app, db.prisma, "editor"));
      // Sixty statements by six speakers, so the speakers' and statuses' counts are shared between the batches.
      const paragraphs = Array.from({ length: 60 }, (_, k) => `Speaker Number${k % 6} said the figure for district ${k} was ${k * 7} percent.`);
      await request(app)
        .post("/api/articles")
        .set("Authorization", `Bearer ${token}`)
        .send({ text: paragraphs.join("\n\n") })
        .expect(201);
      rows = await db.query<{ id: number }>("SELECT id FROM statements ORDER BY id");
      assert.ok(rows.length >= 50, `${rows.length} statements to change`);
      const items = rows.map((row) => `${row.id}:1`);
      answers = await Promise.all(
        editors.map((editor, k) => {
          const status = k % 2 === 0 ? "disputed" : "verified";
          const ordered = k % 2 === 0 ? items : [...items].reverse();
          return editor.agent
            .post("/statements/bulk")
            .type("form")
            .send({ items: ordered, action: "status", status, note: `Bulk ${k}`, _csrf: editor.csrf });
        }),
      );
    });
    const counted = (answer: request.Response) => new URL(answer.headers.location!, "http://desk").searchParams.get("bulk")!.split(",").map(Number);

    it("answers each with its counts of changed and skipped statements, never a 500", () => {
      for (const answer of answers) {
        assert.equal(answer.status, 303, `a bulk change answers with its counts: ${answer.status}`);
        const [done, skipped] = counted(answer);
        assert.equal(done! + skipped!, rows.length, "every statement is counted as changed or skipped");
      }
    });

    it("changes each statement exactly once, from its version 1", async () => {
      assert.equal(
        answers.reduce((sum, answer) => sum + counted(answer)[0]!, 0),
        rows.length,
      );
      const [versions] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM statements WHERE version = 2");
      assert.equal(versions!.n, rows.length);
    });
  });

  describe("an export whose connection drops after its 200", () => {
    let server: ReturnType<Express["listen"]>;
    let url: string;
    let editor: SignedIn;
    let cut: Awaited<ReturnType<typeof download>>;
    before(async () => {
      await emptied();
      await request(app).post("/api/articles").set("Authorization", `Bearer ${token}`).send({ text: ARTICLE }).expect(201);
      editor = await signInAs(app, db.prisma, "editor");
      server = app.listen(0);
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/statements/export.json`;
      const locker = new pg.Client({ connectionString: db.url });
      await locker.connect();
      try {
        // The export's header and "[" go out first; its first batch then waits on the lock, and its connection is dropped.
        await locker.query("BEGIN");
        await locker.query("LOCK TABLE statements IN ACCESS EXCLUSIVE MODE");
        const downloading = download(url, editor.cookie);
        await db.query("SELECT pg_terminate_backend($1)", [await blockedBackend(db)]);
        await locker.query("ROLLBACK");
        cut = await downloading;
      } finally {
        await locker.end();
      }
    });
    after(() => server.close());

    it("is cut off visibly, so no one keeps a partial file as complete", () => {
      assert.equal(cut.status, 200, "the failure came after the download had begun");
      assert.equal(cut.complete, false, "the response is cut off, which browsers and curl report as a failed download");
      assert.ok(!cut.body.trimEnd().endsWith("]"), "the JSON is left unclosed, never a valid but shorter list");
    });

    it("is followed by an export that runs to its end", async () => {
      const whole = await download(url, editor.cookie);
      assert.equal(whole.complete, true);
      assert.equal(JSON.parse(whole.body).length, 2);
    });
  });
});
