import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import http from "node:http";
import type { AddressInfo } from "node:net";
import request from "supertest";
import type { Express } from "express";
import { createApp } from "../src/app.ts";
import { createLogger } from "../src/logger.ts";
import { BACKEND, createTestDatabase, type TestDatabase } from "./support/database.ts";
import { MINISTER_ARTICLE } from "./support/articles.ts";
import { makeUser, signInAs, testConfig, tokenFor, type SignedIn } from "./support/accounts.ts";
import { dom, shownText } from "./support/dom.ts";

const logger = createLogger("silent");
/** One past PostgreSQL's integer, and far past it. */
const TOO_BIG = ["2147483648", "99999999999999999999"];

describe(`input that once answered 500 (${BACKEND})`, () => {
  let db: TestDatabase;
  let app: Express;
  let editor: SignedIn;
  let token: string;
  let statementId: number;

  before(async () => {
    db = await createTestDatabase();
    app = createApp({ prisma: db.prisma, config: testConfig(), logger });
    editor = await signInAs(app, db.prisma, "editor");
    token = await tokenFor(db.prisma, await makeUser(db.prisma, "checker"));
    await editor.agent.post("/articles").type("form").send({ text: MINISTER_ARTICLE }).expect(303);
    const [row] = await db.query<{ id: number }>("SELECT id FROM statements ORDER BY id LIMIT 1");
    statementId = row!.id;
  });
  after(() => db.destroy());

  async function unchanged(): Promise<void> {
    const [row] = await db.query<{ version: number; status: string }>("SELECT version, status FROM statements WHERE id = $1", [statementId]);
    assert.deepEqual(row, { version: 1, status: "pending" }, "nothing stored changed");
  }

  for (const big of TOO_BIG) {
    it(`refuses a version of ${big} through the API with a 400 that names the field`, async () => {
      const res = await request(app)
        .patch(`/api/statements/${statementId}`)
        .set("Authorization", `Bearer ${token}`)
        .send({ status: "disputed", note: "Contradicted by the record.", version: Number(big) });
      assert.equal(res.status, 400);
      assert.ok(
        res.body.details.some((d: { path: string }) => d.path === "version"),
        JSON.stringify(res.body),
      );
      await unchanged();
    });

    it(`refuses a version of ${big} in the verdict form with a 4xx page`, async () => {
      const res = await editor.agent
        .post(`/statements/${statementId}/status`)
        .type("form")
        .send({ status: "disputed", note: "Contradicted by the record.", version: big, _csrf: editor.csrf });
      assert.ok(res.status >= 400 && res.status < 500, `got ${res.status}`);
      await unchanged();
    });

    it(`refuses bulk items and duplicates riding along with ids or versions of ${big}`, async () => {
      for (const item of [`${big}:1`, `${statementId}:${big}`]) {
        const bulk = await editor.agent
          .post("/statements/bulk")
          .type("form")
          .send({ action: "status", status: "disputed", note: "Contradicted by the record.", items: item, _csrf: editor.csrf });
        assert.ok(bulk.status >= 400 && bulk.status < 500, `bulk ${item}: got ${bulk.status}`);
        const also = await editor.agent
          .post(`/statements/${statementId}/status`)
          .type("form")
          .send({ status: "disputed", note: "Contradicted by the record.", version: "1", also: item, _csrf: editor.csrf });
        assert.ok(also.status >= 400 && also.status < 500, `also ${item}: got ${also.status}`);
      }
      await unchanged();
    });
  }

  const bulkItems = (n: number) => Array.from({ length: n }, (_, k) => `${statementId + 1_000_000 + k}:1`);

  it("takes a bulk change of the 500 statements the form allows", async () => {
    const taken = await editor.agent
      .post("/statements/bulk")
      .type("form")
      .send({ action: "assign", assignee: "me", items: bulkItems(500), _csrf: editor.csrf });
    assert.equal(taken.status, 303, "500 statements at once are one bulk change");
    assert.match(taken.headers.location!, /bulk=0,500/, "none of them exists, and each is counted as skipped");
  });

  it("refuses a bulk change of 501 statements with a message", async () => {
    const refused = await editor.agent
      .post("/statements/bulk")
      .set("Accept-Language", "en")
      .type("form")
      .send({ action: "assign", assignee: "me", items: bulkItems(501), _csrf: editor.csrf });
    assert.equal(refused.status, 400);
    assert.match(shownText(dom(refused.text)), /at most 500 statements/);
  });

  it("answers a search holding a NUL byte with a 400 page that names the search", async () => {
    const page = await editor.agent.get("/statements?q=%00").set("Accept-Language", "en");
    assert.equal(page.status, 400);
    assert.match(shownText(dom(page.text)), /search/i);
  });

  it("answers a search holding a NUL byte with a 400 through the API", async () => {
    const api = await request(app).get("/api/statements?q=a%00b").set("Authorization", `Bearer ${token}`);
    assert.equal(api.status, 400);
  });

  it("refuses an export whose search holds a NUL byte before it starts, never cutting it off after its 200", async () => {
    const exported = await editor.agent.get("/statements/export.json?q=%00");
    assert.equal(exported.status, 400);
  });

  it("refuses impossible dates in the queue's filters instead of rolling them over", async () => {
    for (const query of ["from=2026-02-30", "to=2026-13-01", "from=2026-04-31"]) {
      const page = await editor.agent.get(`/statements?${query}`).set("Accept-Language", "en");
      assert.equal(page.status, 400, query);
    }
    await editor.agent.get("/statements?from=2024-02-29").expect(200);
  });

  it("answers a body declared larger than the limit with 413 at once, without waiting for it", async () => {
    const server = app.listen(0);
    const { port } = server.address() as AddressInfo;
    try {
      for (const [path, headers] of [
        ["/api/articles", { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }],
        ["/articles", { Cookie: editor.cookie, "X-CSRF-Token": editor.csrf, "Content-Type": "application/x-www-form-urlencoded" }],
      ] as const) {
        const status = await new Promise<number>((resolve, reject) => {
          const req = http.request({ port, path, method: "POST", headers: { ...headers, "Content-Length": String(10 * 1024 ** 3) } }, (res) => {
            res.resume();
            resolve(res.statusCode!);
          });
          req.on("error", reject);
          // One byte of ten gigabytes: the answer must not wait for the rest.
          req.write("{");
          setTimeout(() => reject(new Error(`${path}: no answer within 3 s`)), 3000).unref();
        });
        assert.equal(status, 413, path);
      }
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  describe("speaker names that hide or imitate characters", () => {
    before(async () => {
      for (const text of ["Mayor John Smith said the bridge would reopen on Monday.", "Mayor Lena\u202E Holt said the market would open in June."])
        await request(app).post("/api/articles").set("Authorization", `Bearer ${token}`).send({ text }).expect(201);
    });

    async function firstStatement(): Promise<{ id: number; version: number }> {
      const [row] = await db.query<{ id: number; version: number }>("SELECT id, version FROM statements ORDER BY id LIMIT 1");
      return row!;
    }

    async function smiths(): Promise<number> {
      const [count] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM speakers WHERE name LIKE '%Smith'");
      return count!.n;
    }

    it("stores a name from an article without its invisible bidi controls", async () => {
      const names = (await db.query<{ name: string }>("SELECT name FROM speakers")).map((row) => row.name);
      assert.ok(names.includes("Lena Holt"), `stored without the override: ${JSON.stringify(names)}`);
      assert.ok(names.every((name) => !/[\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F]/.test(name)));
    });

    it("refuses a typed name that mixes alphabets, naming the speaker it looks like, and makes no second speaker", async () => {
      const row = await firstStatement();
      const typed = await editor.agent
        .post(`/statements/${row.id}/speaker`)
        .set("Accept-Language", "en")
        .type("form")
        .send({ speaker: "J\u043ehn Smith", version: String(row.version), _csrf: editor.csrf });
      assert.equal(typed.status, 422);
      assert.match(shownText(dom(typed.text)), /mixes alphabets inside a word and looks like the speaker John Smith/);
      assert.equal(await smiths(), 1, "no second John Smith");
    });

    it("joins a look-alike name in an article to the speaker it imitates, marked as a look-alike", async () => {
      await request(app)
        .post("/api/articles")
        .set("Authorization", `Bearer ${token}`)
        .send({ text: "Mayor J\u043ehn Smith said the market would close in June." })
        .expect(201);
      assert.equal(await smiths(), 1, "still one John Smith after an article spelled him with a Cyrillic о");
      const marked = await db.query<{ text: string; matched: string }>("SELECT text, matched_text AS matched FROM speaker_aliases WHERE reason = 'look_alike'");
      assert.deepEqual(marked, [{ text: "J\u043ehn Smith", matched: "John Smith" }]);
    });

    it("stores a typed name without its bidi controls", async () => {
      const row = await firstStatement();
      const bidi = await editor.agent
        .post(`/statements/${row.id}/speaker`)
        .type("form")
        .send({ speaker: "Ada\u200F Lovelace\u2066", version: String(row.version), _csrf: editor.csrf });
      assert.equal(bidi.status, 303);
      assert.equal((await db.query<{ name: string }>("SELECT name FROM speakers WHERE name LIKE 'Ada%'"))[0]?.name, "Ada Lovelace");
    });
  });

  it("serves every page and the API to a client whose language cookie is malformed", async () => {
    for (const cookie of ["isnad_locale=%", "isnad_locale=%E0%A4%A", "isnad_locale=xx"]) {
      await request(app).get("/login").set("Cookie", cookie).expect(200);
      await editor.agent.get("/statements").set("Cookie", `${editor.cookie}; ${cookie}`).expect(200);
      await request(app).get("/api/statements").set("Authorization", `Bearer ${token}`).set("Cookie", cookie).expect(200);
    }
  });
});
