import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import request from "supertest";
import type { Express } from "express";
import { createApp } from "../src/app.ts";
import { createApiToken } from "../src/accounts/tokens.ts";
import { LOGIN_LIMITS } from "../src/accounts/throttle.ts";
import { createLogger } from "../src/logger.ts";
import { BACKEND, createTestDatabase, type TestDatabase } from "./support/database.ts";
import { MINISTER_ARTICLE } from "./support/articles.ts";
import { makeUser, testConfig, tokenFor } from "./support/accounts.ts";
import type { Account } from "../src/accounts/queries.ts";

const logger = createLogger("silent");

const ENGLISH = 'The mayor, Jane Ortiz, said the bridge would reopen on Monday. "We are on schedule," she said.';

async function count(db: TestDatabase, table: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return row!.n;
}

describe(`the JSON API (${BACKEND})`, () => {
  let db: TestDatabase;
  let app: Express;
  let checker: Account;
  let token: string;
  let viewerToken: string;
  const api = (method: "get" | "post", path: string, bearer = token) => request(app)[method](path).set("Authorization", `Bearer ${bearer}`);

  before(async () => {
    db = await createTestDatabase();
    app = createApp({ prisma: db.prisma, config: testConfig({ maxArticleBytes: 1024 * 1024, trustProxy: true }), logger });
    checker = await makeUser(db.prisma, "checker", "Desk bot");
    token = await tokenFor(db.prisma, checker);
    viewerToken = await tokenFor(db.prisma, await makeUser(db.prisma, "viewer"));
  });
  after(() => db.destroy());
  // Ids keep counting, as in production, so audit events of earlier tests never match new rows.
  beforeEach(() => db.query("TRUNCATE articles, speakers, login_failures CASCADE"));

  describe("authentication", () => {
    it("answers 401 with a Bearer challenge without a token, with another scheme, or with a session cookie", async () => {
      const missing = await request(app).get("/api/statements").expect(401);
      assert.match(missing.body.error, /Authorization: Bearer/);
      assert.equal(missing.headers["www-authenticate"], 'Bearer realm="isnad"');
      await request(app).get("/api/statements").set("Authorization", "Basic abc").expect(401);
      // A session cookie is no way in: the API reads only the token.
      await request(app).post("/api/articles").set("Cookie", "isnad_session=whatever").send({ text: ENGLISH }).expect(401);
    });

    it("answers 401 for an unknown token", async () => {
      const unknown = await api("get", "/api/statements", "isnad_not-a-real-token").expect(401);
      assert.match(unknown.body.error, /not valid/);
    });

    it("answers 401 for an expired token", async () => {
      const user = await makeUser(db.prisma, "checker");
      const expired = await createApiToken(db.prisma, { userId: user.id, name: "old", expiresAt: new Date(Date.now() - 1000) }, { id: null });
      await api("get", "/api/statements", expired.token).expect(401);
    });

    it("takes a token until it is revoked, recording its use", async () => {
      const user = await makeUser(db.prisma, "checker");
      const revoked = await createApiToken(db.prisma, { userId: user.id, name: "gone" }, { id: null });
      await api("get", "/api/statements", revoked.token).expect(200);
      await db.query("UPDATE api_tokens SET revoked_at = now() WHERE id = $1", [revoked.id]);
      await api("get", "/api/statements", revoked.token).expect(401);
      const [used] = await db.query<{ last_used_at: Date | null }>("SELECT last_used_at FROM api_tokens WHERE id = $1", [revoked.id]);
      assert.ok(used!.last_used_at, "use is recorded");
    });

    it("answers 401 for the token of a disabled account", async () => {
      const user = await makeUser(db.prisma, "checker");
      const live = await createApiToken(db.prisma, { userId: user.id, name: "live" }, { id: null });
      await db.query("UPDATE users SET disabled_at = now() WHERE id = $1", [user.id]);
      await api("get", "/api/statements", live.token).expect(401);
    });

    it("throttles an address that keeps sending wrong tokens", async () => {
      for (let k = 0; k < LOGIN_LIMITS.tokensPerAddress; k++)
        await api("get", "/api/statements", `isnad_guess${k}`).set("X-Forwarded-For", "192.0.2.200").expect(401);
      const res = await api("get", "/api/statements", "isnad_guess-again").set("X-Forwarded-For", "192.0.2.200").expect(429);
      assert.match(res.body.error, /too many rejected tokens/);
      assert.ok(Number(res.headers["retry-after"]) > 0);
      await api("get", "/api/statements").set("X-Forwarded-For", "192.0.2.200").expect(200); // a valid token still works
    });

    it("lets a viewer read but not write", async () => {
      const res = await api("post", "/api/articles", viewerToken).send({ text: ENGLISH }).expect(403);
      assert.deepEqual(Object.keys(res.body), ["error"]);
      assert.equal(await count(db, "articles"), 0);
      await api("get", "/api/statements", viewerToken).expect(200);
    });
  });

  describe("POST /api/articles", () => {
    /** The minister's article posted through the API. */
    const postMinister = () =>
      api("post", "/api/articles").send({ text: MINISTER_ARTICLE, source: "وكالة", url: "https://news.example/a", publishedAt: "2026-11-24" }).expect(201);

    it("stores the article and answers 201 with its statements, pending, with their speakers", async () => {
      const res = await postMinister();
      assert.equal(res.body.articles.length, 1);
      const [article] = res.body.articles;
      assert.equal(article.title, "وزير الصحة: الوضع الوبائي تحت السيطرة");
      assert.equal(article.language, "ar");
      assert.equal(article.statements.length, 2);
      for (const statement of article.statements) {
        assert.deepEqual(Object.keys(statement).sort(), ["id", "speaker", "status", "text", "type", "version"]);
        assert.deepEqual(statement.speaker, { id: statement.speaker.id, name: "سامي الخطيب" });
        assert.equal(statement.status, "pending");
        assert.equal(statement.version, 1);
      }
    });

    it("answers 200 for the same text again, whatever its line ends and spaces, duplicating nothing", async () => {
      const [article] = (await postMinister()).body.articles;
      const again = await api("post", "/api/articles")
        .send({ text: `\r\n${MINISTER_ARTICLE.replace(/\n/g, "\r\n")}  ` })
        .expect(200);
      assert.equal(again.body.articles[0].id, article.id);
      assert.deepEqual(
        again.body.articles[0].statements.map((s: { id: number }) => s.id),
        article.statements.map((s: { id: number }) => s.id),
      );
      assert.equal(again.body.articles[0].created, false);
      assert.equal(await count(db, "articles"), 1);
      assert.equal(await count(db, "statements"), 2);
    });

    it("audits the article as created through the API by the token's user", async () => {
      const [article] = (await postMinister()).body.articles;
      const [event] = await db.query<{ actor_id: number; via: string }>(
        `SELECT actor_id, after->>'via' AS via FROM audit_events WHERE action = 'article.created' AND subject_id = $1`,
        [article.id],
      );
      assert.deepEqual(event, { actor_id: checker.id, via: "api" });
    });

    it("stores each article of a text holding several", async () => {
      const second = [
        "Council approves the new budget after long debate",
        "",
        'The council approved the budget late on Tuesday after a debate that lasted most of the day and left several members unhappy with the cuts. "This is a fair budget for hard times," the council leader, Maria Lopez, told reporters afterwards. Opposition members said the cuts to libraries would hurt families.',
      ].join("\n");
      const first = [
        "Floods close roads across the northern valley",
        "",
        'Heavy rain closed dozens of roads across the northern valley on Monday, and the regional authority warned that more flooding was likely before the weekend. "Stay at home unless your journey is essential," said the authority\'s director, Tom Baker, at a briefing. Schools in three towns were closed for the day.',
      ].join("\n");
      const res = await api("post", "/api/articles")
        .send({ text: `${first}\n\n${second}`, language: "en" })
        .expect(201);
      assert.deepEqual(
        res.body.articles.map((a: { title: string }) => a.title),
        ["Floods close roads across the northern valley", "Council approves the new budget after long debate"],
      );
      const speakers = res.body.articles.map((a: { statements: { speaker: { name: string } }[] }) => a.statements.map((s) => s.speaker.name));
      assert.ok(speakers[0].includes("Tom Baker") && !speakers[0].includes("Maria Lopez"), JSON.stringify(speakers));
      assert.ok(speakers[1].includes("Maria Lopez") && !speakers[1].includes("Tom Baker"), JSON.stringify(speakers));
      // Posting one of them alone later finds it.
      const alone = await api("post", "/api/articles").send({ text: second }).expect(200);
      assert.equal(alone.body.articles[0].id, res.body.articles[1].id);
    });

    it("honours the language it is told", async () => {
      const res = await api("post", "/api/articles").send({ text: ENGLISH, language: "en", title: "Bridge" }).expect(201);
      assert.equal(res.body.articles[0].language, "en");
      assert.equal(res.body.articles[0].title, "Bridge");
      const [row] = await db.query<{ language: string }>("SELECT language FROM articles");
      assert.equal(row!.language, "en");
    });

    const LIMIT = 1024 * 1024;

    it("answers 413 with the sizes for one byte over the limit", async () => {
      const over = await api("post", "/api/articles")
        .send({ text: "a".repeat(LIMIT + 1) })
        .expect(413);
      assert.match(over.body.error, /over the limit of 1048576 bytes/);
      assert.deepEqual(over.body.details, [{ path: "text", message: "The text is 1048577 bytes; the limit is 1048576 bytes." }]);
    });

    it("takes a text exactly at the limit", async () => {
      const atLimit = "a".repeat(LIMIT - 60) + " The mayor said the bridge would reopen.";
      await api("post", "/api/articles")
        .send({ text: atLimit.padEnd(LIMIT, "b") })
        .expect(201);
    });

    it("answers 413 for a body far over what isnad accepts", async () => {
      const huge = await api("post", "/api/articles")
        .set("Content-Type", "application/json")
        .send(`{"text": "${"x".repeat(4 * LIMIT)}"}`)
        .expect(413);
      assert.match(huge.body.error, /more than isnad accepts/);
    });

    describe("answers 400 naming the field, storing nothing, for", () => {
      const cases: [string, unknown, string][] = [
        ["missing text", { title: "x" }, "text"],
        ["a number for text", { text: 42 }, "text"],
        ["empty text", { text: "   " }, "text"],
        ["an unknown key", { text: ENGLISH, author: "me" }, ""],
        ["a bad URL", { text: ENGLISH, url: "javascript:alert(1)" }, "url"],
        ["a bad date", { text: ENGLISH, publishedAt: "2026-02-30" }, "publishedAt"],
        ["an unknown language", { text: ENGLISH, language: "fr" }, "language"],
        ["control characters", { text: "The mayor said \u0000 so." }, "text"],
        ["an array", [ENGLISH], ""],
      ];
      for (const [name, body, path] of cases) {
        it(name, async () => {
          const res = await api("post", "/api/articles")
            .send(body as object)
            .expect(400);
          assert.equal(typeof res.body.error, "string");
          assert.ok(Array.isArray(res.body.details) && res.body.details.length > 0);
          assert.ok(
            res.body.details.some((d: { path: string }) => d.path === path),
            JSON.stringify(res.body.details),
          );
          assert.equal(await count(db, "articles"), 0);
        });
      }
    });

    it("refuses a body that is not JSON with 415", async () => {
      await api("post", "/api/articles").set("Content-Type", "text/plain").send(ENGLISH).expect(415);
      await api("post", "/api/articles").type("form").send({ text: ENGLISH }).expect(415);
      await api("post", "/api/articles").expect(415);
      await api("post", "/api/articles").set("Content-Type", "application/json; charset=latin1").send('{"text": "x"}').expect(415);
    });

    it("refuses broken JSON with 400, saying so", async () => {
      const broken = await api("post", "/api/articles").set("Content-Type", "application/json").send('{"text": "unterminated').expect(400);
      assert.match(broken.body.details[0].message, /not valid JSON/);
    });

    it("refuses bytes that are not UTF-8 with 400, saying so", async () => {
      const notUtf8 = Buffer.concat([Buffer.from('{"text": "'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]);
      const badBytes = await api("post", "/api/articles")
        .set("Content-Type", "application/json")
        .serialize(() => notUtf8 as unknown as string)
        .send({})
        .expect(400);
      assert.match(badBytes.body.error, /not valid UTF-8/);
    });

    it("refuses JSON nested deeper than 16 levels with 400", async () => {
      const deep = await api("post", "/api/articles")
        .set("Content-Type", "application/json")
        .send(`{"text": "x", "title": ${"[".repeat(5000)}${"]".repeat(5000)}}`)
        .expect(400);
      assert.match(deep.body.details[0].message, /nested more than 16 levels/);
    });

    it("refuses keys that reach the prototype with 400", async () => {
      const proto = await api("post", "/api/articles")
        .set("Content-Type", "application/json")
        .send('{"text": "The mayor said so.", "__proto__": {"admin": true}}')
        .expect(400);
      assert.deepEqual(proto.body.details, [{ path: "__proto__", message: "the key __proto__ is not allowed" }]);
      await api("post", "/api/articles").set("Content-Type", "application/json").send('{"text": "x", "constructor": {"prototype": {}}}').expect(400);
    });

    it("answers hostile bodies with a 4xx and a message, never a 500, storing nothing", async () => {
      const hostile = ["null", "[]", '"text"', "1e999999", "{}", '{"text": null}', '{"text": {"$ne": ""}}', '{"text": ["a"]}', "\u0000", "{".repeat(100_000)];
      for (const body of hostile) {
        const res = await api("post", "/api/articles").set("Content-Type", "application/json").send(body);
        assert.ok(res.status >= 400 && res.status < 500, `${body.slice(0, 20)} → ${res.status}`);
        assert.equal(typeof res.body.error, "string");
      }
      assert.equal(await count(db, "articles"), 0);
    });
  });

  describe("GET /api/statements", () => {
    async function seed(articles: number, from = 0): Promise<void> {
      for (let k = from; k < from + articles; k++) {
        await api("post", "/api/articles")
          .send({
            text: `Story ${k}\n\nThe mayor, Jane Ortiz, said the bridge number ${k} would reopen on Monday. "We are on schedule with bridge ${k}," she said.`,
          })
          .expect(201);
      }
    }

    it("pages newest first with a cursor, without gaps or repeats while statements arrive", async () => {
      await seed(6);
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: request.Response = await api("get", `/api/statements?limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`).expect(200);
        seen.push(...res.body.items.map((item: { id: number }) => item.id));
        cursor = res.body.nextCursor;
        if (pages++ === 0) await seed(1, 100);
      } while (cursor);
      assert.equal(seen.length, 12, "the statements that existed when paging began, each once");
      assert.equal(new Set(seen).size, 12);
      assert.deepEqual(
        seen,
        [...seen].sort((a, b) => b - a),
      );
      const item = (await api("get", "/api/statements?limit=1").expect(200)).body.items[0];
      assert.deepEqual(Object.keys(item).sort(), [
        "articleId",
        "confidence",
        "createdAt",
        "cue",
        "id",
        "speaker",
        "status",
        "text",
        "type",
        "updatedAt",
        "version",
      ]);
    });

    it("filters by status, speaker (id, name or alias), article and words", async () => {
      await seed(2);
      const arabic = (await api("post", "/api/articles").send({ text: MINISTER_ARTICLE }).expect(201)).body.articles[0];
      const [first] = arabic.statements.map((s: { id: number }) => s.id);
      await db.query("UPDATE statements SET status = 'verified' WHERE id = $1", [first]);
      const ids = async (query: string) =>
        (await api("get", `/api/statements?${query}`).expect(200)).body.items.map((i: { id: number }) => i.id).sort((a: number, b: number) => a - b);
      assert.deepEqual(await ids("status=verified"), [first]);
      assert.equal((await ids("status=pending")).length, 5);
      assert.equal((await ids("q=bridge")).length, 4);
      const [ortiz] = await db.query<{ id: number }>("SELECT id FROM speakers WHERE name = 'Jane Ortiz'");
      assert.equal((await ids(`speaker=${ortiz!.id}`)).length, 4);
      assert.equal((await ids(`speaker=${encodeURIComponent("jane ortiz")}`)).length, 4);
      assert.equal((await ids(`speaker=${encodeURIComponent("سامي الخطيب")}`)).length, 2);
      await api("post", "/api/articles")
        .send({ text: "The mayor, Jane Ortiz, said the roads were clear. Ortiz said the tunnel would open in May." })
        .expect(201);
      assert.equal((await ids("speaker=Ortiz")).length, 6, "a surname the text used finds the speaker");
      assert.deepEqual(
        await ids(`article=${arabic.id}`),
        arabic.statements.map((s: { id: number }) => s.id),
      );
      assert.equal((await ids(`q=${encodeURIComponent("WITH BRIDGE 1")}`)).length, 2, "every word, in any case, in both of story 1's statements");
      assert.deepEqual(await ids("speaker=nobody&status=pending"), []);
    });

    it("treats quotes and SQL metacharacters in a search as ordinary text", async () => {
      await api("post", "/api/articles").send({ text: `The minister said "prices rose 5% in O'Brien's_district" on Monday.` }).expect(201);
      await api("post", "/api/articles").send({ text: "The mayor said prices rose fifty percent in the district on Friday." }).expect(201);
      const total = await count(db, "statements");
      const search = async (q: string) => (await api("get", `/api/statements?q=${encodeURIComponent(q)}`).expect(200)).body.items.length;
      assert.equal(await search("5%"), 1);
      assert.equal(await search("%"), 1, "% matches a percent sign, not everything");
      assert.equal(await search("_"), 1, "_ matches an underscore, not any character");
      assert.equal(await search("O'Brien's"), 1);
      assert.equal(await search("'; DROP TABLE statements; --"), 0);
      assert.equal(await search('" OR 1=1 --'), 0);
      assert.equal(await search("\\"), 0);
      assert.equal(await count(db, "statements"), total);
    });

    it("answers 400 with details for a bad query", async () => {
      const cases: [string, string][] = [
        ["limit=501", "limit"],
        ["limit=0", "limit"],
        ["limit=ten", "limit"],
        ["status=approved", "status"],
        ["article=-1", "article"],
        ["cursor=garbage", "cursor"],
        ["status=pending&status=verified", "status"],
        ["sort=oldest", ""],
      ];
      for (const [query, path] of cases) {
        const res = await api("get", `/api/statements?${query}`).expect(400);
        assert.ok(
          res.body.details.some((d: { path: string }) => d.path === path),
          `${query}: ${JSON.stringify(res.body)}`,
        );
      }
      await api("get", "/api/statements?limit=500").expect(200);
    });
  });

  describe("GET /api/statements/:id", () => {
    it("returns the statement with its speaker, the passage around it and its history", async () => {
      const created = await api("post", "/api/articles").send({ text: MINISTER_ARTICLE, url: "https://news.example/a" }).expect(201);
      const id = created.body.articles[0].statements[1].id;
      const res = await api("get", `/api/statements/${id}`, viewerToken).expect(200);
      assert.equal(res.body.text, "الوزارة ستنشر أرقاماً يومية");
      assert.equal(res.body.speaker.name, "سامي الخطيب");
      assert.equal(res.body.speaker.kind, "person");
      assert.equal(res.body.article.url, "https://news.example/a");
      assert.ok(res.body.article.excerpt.text.includes(res.body.text));
      assert.equal(MINISTER_ARTICLE.slice(res.body.article.excerpt.start, res.body.article.excerpt.end), res.body.article.excerpt.text);
      assert.equal(MINISTER_ARTICLE.slice(res.body.start, res.body.end), res.body.text);
      assert.deepEqual(
        res.body.history.map((e: { action: string; actor: { name: string } }) => [e.action, e.actor.name]),
        [["article.created", "Desk bot"]],
      );

      await db.query(
        `INSERT INTO audit_events (actor_id, action, subject_type, subject_id, before, after) VALUES ($1, 'statement.status', 'statement', $2, '{"status":"pending"}', '{"status":"verified"}')`,
        [checker.id, id],
      );
      const later = await api("get", `/api/statements/${id}`).expect(200);
      assert.deepEqual(
        later.body.history.map((e: { action: string }) => e.action),
        ["article.created", "statement.status"],
      );
      assert.deepEqual(later.body.history[1].after, { status: "verified" });
    });

    it("answers 404 as JSON for a statement that does not exist", async () => {
      for (const path of ["/api/statements/999999", "/api/statements/abc", "/api/statements/99999999999", "/api/nothing"]) {
        const res = await api("get", path).expect(404);
        assert.equal(typeof res.body.error, "string");
      }
    });
  });
});
