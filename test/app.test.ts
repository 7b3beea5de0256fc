import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import request from "supertest";
import express, { type Express } from "express";
import { createApp, HTMX_VERSION } from "../src/app.ts";
import { errorHandler } from "../src/http/errors.ts";
import { chooseLocale } from "../src/http/locale.ts";
import { useViews } from "../src/http/views.ts";
import { createPrisma } from "../src/db/prisma.ts";
import { createLogger } from "../src/logger.ts";
import { BACKEND, createTestDatabase, type TestDatabase } from "./support/database.ts";
import { MINISTER_ARTICLE } from "./support/articles.ts";
import { signInAs, testConfig, type SignedIn } from "./support/accounts.ts";
import { dom, fieldValue, language, links, one, shownText, texts, topLevel } from "./support/dom.ts";

const logger = createLogger("silent");

function appFor(db: TestDatabase, maxArticleBytes = 1024 * 1024): Express {
  return createApp({ prisma: db.prisma, config: testConfig({ maxArticleBytes }), logger });
}

async function articleCount(db: TestDatabase): Promise<number> {
  const [row] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles");
  return row!.n;
}

describe(`the web app (${BACKEND})`, () => {
  let db: TestDatabase;
  let app: Express;
  let desk: SignedIn;
  before(async () => {
    db = await createTestDatabase();
    app = appFor(db);
    desk = await signInAs(app, db.prisma, "checker");
  });
  after(() => db.destroy());
  beforeEach(async () => {
    await db.query("TRUNCATE articles, speakers RESTART IDENTITY CASCADE");
  });

  describe("health", () => {
    it("reports the database up", async () => {
      const res = await request(app).get("/healthz").expect(200).expect("Content-Type", /json/);
      assert.deepEqual(res.body, { status: "ok", database: "up" });
    });

    it("answers 503 with the database down, quickly", async () => {
      const prisma = createPrisma("postgresql://isnad:x@127.0.0.1:1/isnad");
      const down = createApp({ prisma, config: testConfig({ maxArticleBytes: 1000 }), logger });
      const started = Date.now();
      const res = await request(down).get("/healthz").expect(503);
      assert.equal(res.body.database, "down");
      assert.ok(Date.now() - started < 3000, "the check does not hang");
      await prisma.$disconnect();
    });
  });

  describe("the desk", () => {
    it("counts what the desk holds", async () => {
      await db.query(`INSERT INTO articles (title, body, language, content_hash) VALUES ('a', 'b', 'ar', repeat('1', 64)), ('c', 'd', 'en', repeat('2', 64))`);
      await db.query(`INSERT INTO speakers (name, kind, normalized_name, updated_at) VALUES ('سامي الخطيب', 'person', 'سامي الخطيب', now())`);
      await db.query(`INSERT INTO statements (article_id, text, start_offset, end_offset, type, status, updated_at)
                      VALUES (1, 'x', 0, 1, 'direct', 'pending', now()), (1, 'y', 0, 1, 'indirect', 'pending', now()),
                             (2, 'z', 0, 1, 'direct', 'verified', now()), (2, 'w', 0, 1, 'mixed', 'disputed', now())`);
      const res = await desk.agent.get("/").set("Accept-Language", "en").expect(200);
      const count = (name: string) => shownText(one(dom(res.text), `[data-count="${name}"]`));
      assert.deepEqual(["articles", "statements", "pending", "verified", "disputed", "speakers"].map(count), ["2", "4", "2", "1", "1", "1"]);
    });

    it("speaks Arabic right-to-left by default and English left-to-right when asked", async () => {
      const arabic = await desk.agent.get("/").expect(200);
      assert.deepEqual(language(dom(arabic.text)), { lang: "ar", dir: "rtl" });
      assert.match(shownText(dom(arabic.text)), /مكتب التحقق/);
      const english = await desk.agent.get("/").set("Accept-Language", "fr, en;q=0.8, ar;q=0.5").expect(200);
      assert.deepEqual(language(dom(english.text)), { lang: "en", dir: "ltr" });
      assert.match(shownText(dom(english.text)), /The desk/);
    });

    it("remembers the language chosen with the switch over the browser's", async () => {
      const reader = await signInAs(app, db.prisma, "viewer");
      const res = await reader.agent.post("/locale").type("form").send({ locale: "en", next: "/articles" }).expect(303);
      assert.equal(res.headers.location, "/articles");
      const cookie = res.headers["set-cookie"]![0]!;
      assert.match(cookie, /isnad_locale=en;.*HttpOnly/i);
      const page = await reader.agent.get("/").set("Accept-Language", "ar").expect(200);
      assert.deepEqual(language(dom(page.text)), { lang: "en", dir: "ltr" });
    });

    it("only ever redirects within the site after a language switch", async () => {
      const reader = await signInAs(app, db.prisma, "viewer");
      const away = await reader.agent.post("/locale").type("form").send({ locale: "ar", next: "//evil.example/" }).expect(303);
      assert.equal(away.headers.location, "/");
    });

    it("refuses to switch to a language it lacks", async () => {
      const reader = await signInAs(app, db.prisma, "viewer");
      await reader.agent.post("/locale").type("form").send({ locale: "fr" }).expect(400);
    });

    it("allows no inline script under a strict CSP", async () => {
      const page = await desk.agent.get("/").expect(200);
      const csp = page.headers["content-security-policy"]!;
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.doesNotMatch(page.text, /<script>|\son[a-z]+=|hx-on/i, "no inline script for the CSP to block");
    });

    it("serves htmx 4 from node_modules under a versioned, cacheable path", async () => {
      const page = await desk.agent.get("/").expect(200);
      assert.ok(dom(page.text).querySelector(`script[src="/vendor/htmx-${HTMX_VERSION}/htmx.min.js"][defer]`));
      assert.match(HTMX_VERSION, /^4\./);
      const htmx = await desk.agent
        .get(`/vendor/htmx-${HTMX_VERSION}/htmx.min.js`)
        .expect(200)
        .expect("Content-Type", /javascript/);
      assert.match(htmx.headers["cache-control"]!, /immutable/);
      await desk.agent.get("/static/app.css").expect(200).expect("Content-Type", /css/);
    });
  });

  describe("saving an article", () => {
    const HOSTILE = `${MINISTER_ARTICLE}\r\n<script>alert("x")</script> & "quotes"`;
    /** The id of an article saved through the form with markup in its text. */
    async function savedHostile(): Promise<string> {
      const res = await desk.agent.post("/articles").type("form").send({ text: HOSTILE, source: "وكالة الأنباء" }).expect(303);
      return res.headers.location!.match(/^\/articles\/(\d+)$/)![1]!;
    }

    it("stores the text exactly as pasted, with its headline, language and source", async () => {
      const id = await savedHostile();
      const [row] = await db.query<{ body: string; title: string; language: string; source: string }>("SELECT * FROM articles WHERE id = $1", [id]);
      assert.equal(row!.body, HOSTILE);
      assert.equal(row!.title, "وزير الصحة: الوضع الوبائي تحت السيطرة");
      assert.equal(row!.language, "ar");
      assert.equal(row!.source, "وكالة الأنباء");
    });

    it("shows the text escaped on its page, in its language, never run", async () => {
      const id = await savedHostile();
      const page = await desk.agent.get(`/articles/${id}`).expect(200);
      const shown = dom(page.text);
      assert.match(shownText(one(shown, "section.article-body")), /<script>alert\("x"\)<\/script> & "quotes"/, "shown as text");
      assert.deepEqual(shown.querySelectorAll("section.article-body script"), [], "never run");
      assert.equal(one(shown, "article.article").getAttribute("lang"), "ar");
      assert.equal(one(shown, "section.article-body").getAttribute("dir"), "auto");
    });

    it("extracts the statements on save, pending, with their speakers, and highlights them grouped by speaker", async () => {
      const text = [
        "الحكومة تعد بخطة صحية",
        "",
        'وقال وزير الصحة سامي الخطيب، في مؤتمر صحفي، إن "الوضع تحت السيطرة". وأضاف أن الوزارة ستنشر أرقاماً يومية.',
        "",
        "وقال مسؤول حكومي طلب عدم الكشف عن هويته إن الخطة ستكلف مليار دولار.",
      ].join("\n");
      const res = await desk.agent.post("/articles").type("form").send({ text }).expect(303);
      const [, id] = res.headers.location!.match(/^\/articles\/(\d+)$/)!;
      const rows = await db.query<{ text: string; status: string; start_offset: number; end_offset: number; name: string; kind: string }>(
        "SELECT s.text, s.status, s.start_offset, s.end_offset, sp.name, sp.kind FROM statements s JOIN speakers sp ON sp.id = s.speaker_id WHERE s.article_id = $1 ORDER BY s.start_offset",
        [id],
      );
      assert.deepEqual(
        rows.map((r) => [r.name, r.kind, r.status]),
        [
          ["سامي الخطيب", "person", "pending"],
          ["سامي الخطيب", "person", "pending"],
          ["مسؤول حكومي", "anonymous", "pending"],
        ],
      );
      for (const row of rows) assert.equal(text.slice(row.start_offset, row.end_offset), row.text);
      const [speakers] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM speakers");
      assert.equal(speakers!.n, 2, "one speaker per person, not per statement");

      const page = await desk.agent.get(`/articles/${id}`).set("Accept-Language", "en").expect(200);
      const article = dom(page.text);
      const quoted = article.querySelectorAll("mark.statement").find((mark) => mark.textContent === "الوضع تحت السيطرة");
      assert.ok(quoted && /^s-\d+$/.test(quoted.id) && (quoted.classList.contains("statement--mixed") || quoted.classList.contains("statement--direct")));
      const reported = article.querySelectorAll("mark.statement--indirect").find((mark) => mark.textContent === "الوزارة ستنشر أرقاماً يومية");
      assert.ok(reported);
      assert.equal(
        reported.nextElementSibling?.classList.contains("speaker-tag") && reported.nextElementSibling.textContent,
        "سامي الخطيب",
        "the speaker's name follows the highlight",
      );
      const groups = article.querySelectorAll("section.speaker-group");
      assert.deepEqual(
        groups.map((group) => [one(group, "h3").firstChild!.textContent.trim(), one(group, "h3 small").textContent]),
        [
          ["سامي الخطيب", "person"],
          ["مسؤول حكومي", "anonymous source"],
        ],
      );
      assert.equal(groups[0]!.querySelectorAll("ol li").length, 2);

      // The same speaker in another article is the same speaker row.
      await desk.agent.post("/articles").type("form").send({ text: "وأكد وزير الصحة سامي الخطيب أن اللقاحات وصلت." }).expect(303);
      const [again] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM speakers WHERE name = 'سامي الخطيب'");
      assert.equal(again!.n, 1);
    });

    it("recognises a re-paste and duplicates nothing, even when many arrive at once", async () => {
      const first = await desk.agent.post("/articles").type("form").send({ text: MINISTER_ARTICLE }).expect(303);
      const again = await desk.agent
        .post("/articles")
        .type("form")
        .send({ text: `  ${MINISTER_ARTICLE.replace(/\n/g, "\r\n")}  ` })
        .expect(303);
      assert.equal(again.headers.location, `${first.headers.location}?duplicate=1`);
      const notice = await desk.agent.get(again.headers.location).set("Accept-Language", "en").expect(200);
      assert.match(shownText(dom(notice.text)), /already on the desk; nothing was duplicated/);

      const text = "Officials said the bridge would reopen on Monday.";
      const responses = await Promise.all(Array.from({ length: 8 }, () => desk.agent.post("/articles").type("form").send({ text })));
      assert.ok(responses.every((r) => r.status === 303));
      assert.equal(new Set(responses.map((r) => r.headers.location!.replace("?duplicate=1", ""))).size, 1);
      assert.equal(await articleCount(db), 2);
    });

    it("explains what is wrong and keeps everything typed", async () => {
      const res = await desk.agent
        .post("/articles")
        .set("Accept-Language", "en")
        .type("form")
        .send({ text: "   ", title: "Keep this headline", url: "ftp://x", publishedAt: "2026-13-01" })
        .expect(422);
      const refused = dom(res.text);
      assert.match(shownText(refused), /The article was not saved/);
      assert.match(shownText(refused), /Paste the article text\./);
      assert.match(shownText(refused), /The link must be a full http:\/\/ or https:\/\/ address\./);
      assert.match(shownText(refused), /The date must be a valid date/);
      assert.equal(fieldValue(refused, "title"), "Keep this headline");
      assert.equal(fieldValue(refused, "url"), "ftp://x");
      assert.equal(language(refused).lang, "en", "a plain form post gets the whole page back");
      assert.equal(await articleCount(db), 0);
    });

    it("answers htmx with the form fragment on failure and a redirect on success", async () => {
      const failed = await desk.agent
        .post("/articles")
        .set({ "HX-Request": "true", "HX-Request-Type": "partial", "Accept-Language": "ar" })
        .type("form")
        .send({ text: "" })
        .expect(422);
      assert.deepEqual(topLevel(failed.text), ["form#article-form"], "the form alone, no page around it");
      assert.match(shownText(dom(failed.text)), /الصق نص المقال\./);
      assert.match(failed.headers.vary!, /HX-Request/);

      const saved = await desk.agent.post("/articles").set("HX-Request", "true").type("form").send({ text: MINISTER_ARTICLE }).expect(201);
      assert.match(saved.headers["hx-redirect"]!, /^\/articles\/\d+$/);
    });

    it("refuses text over the limit with the sizes, keeping the text in the form and storing nothing", async () => {
      const res = await request(appFor(db, 1000))
        .post("/articles")
        .set({ Cookie: desk.cookie, "X-CSRF-Token": desk.csrf })
        .set("Accept-Language", "en")
        .type("form")
        .send({ text: "ب".repeat(501) })
        .expect(413);
      assert.match(shownText(dom(res.text)), /The text is 1,002 bytes; the limit is 1,000 bytes\./);
      assert.equal(fieldValue(dom(res.text), "text"), "ب".repeat(501));
      assert.equal(await articleCount(db), 0);
    });

    it("refuses a body far over what isnad accepts in one request, storing nothing", async () => {
      const huge = await request(appFor(db, 1000))
        .post("/articles")
        .set({ Cookie: desk.cookie, "X-CSRF-Token": desk.csrf })
        .set("Accept-Language", "en")
        .type("form")
        .send({ text: "x".repeat(200_000) })
        .expect(413);
      assert.match(shownText(dom(huge.text)), /more than isnad accepts in one request/);
      assert.equal(await articleCount(db), 0);
    });

    it("refuses a body that is no form with 415, storing nothing", async () => {
      await request(appFor(db, 1000))
        .post("/articles")
        .set({ Cookie: desk.cookie, "X-CSRF-Token": desk.csrf })
        .set("Accept", "application/json")
        .send({ text: "hello" })
        .expect(415);
      assert.equal(await articleCount(db), 0);
    });
  });

  describe("reading articles", () => {
    it("lists them newest first, fifty to a page, with stable pages while new ones arrive", async () => {
      await db.query(`INSERT INTO articles (title, body, language, content_hash, created_at)
                      SELECT 'Story ' || n, 'body ' || n, 'en', lpad(n::text, 64, '0'), '2026-01-01'::timestamptz + n * interval '1 minute'
                        FROM generate_series(1, 60) n`);
      const first = await desk.agent.get("/articles").expect(200);
      const titles = (html: string) => texts(dom(html), "a").flatMap((title) => (/^Story (\d+)$/.exec(title) ? [Number(title.slice(6))] : []));
      assert.deepEqual(
        titles(first.text),
        Array.from({ length: 50 }, (_, i) => 60 - i),
      );
      const next = links(dom(first.text)).find((link) => link.startsWith("/articles?before="))!;

      await db.query(`INSERT INTO articles (title, body, language, content_hash) VALUES ('Story 61', 'new', 'en', repeat('f', 64))`);
      const second = await desk.agent.get(next).expect(200);
      assert.deepEqual(
        titles(second.text),
        Array.from({ length: 10 }, (_, i) => 10 - i),
      );
      assert.equal(dom(second.text).querySelector('[rel="next"]'), null);
    });

    it("answers 404 for articles that do not exist, as a page or as JSON", async () => {
      for (const path of ["/articles/999999", "/articles/abc", "/articles/99999999999999999999", "/no-such-page"]) {
        const res = await desk.agent.get(path).set("Accept-Language", "en").expect(404);
        assert.match(shownText(dom(res.text)), /There is nothing at this address\./);
        assert.equal(language(dom(res.text)).lang, "en");
      }
      const json = await desk.agent.get("/articles/999999").set("Accept", "application/json").expect(404);
      assert.deepEqual(json.body, { error: "There is nothing at this address." });
      const fragment = await desk.agent.get("/articles/999999").set({ "HX-Request": "true", "HX-Request-Type": "partial" }).expect(404);
      assert.deepEqual(topLevel(fragment.text), ["div.error-message"]);
      assert.equal(one(dom(fragment.text), "div.error-message").getAttribute("role"), "alert");
      assert.equal(one(dom(fragment.text), "div.error-message").getAttribute("data-status"), "404");
    });
  });
});

describe("errors nobody sent on purpose", () => {
  it("answer 503 with a plain message, as a page, a fragment or JSON, when the database is unreachable", async () => {
    const prisma = createPrisma("postgresql://isnad:x@127.0.0.1:1/isnad");
    const app = createApp({ prisma, config: testConfig({ maxArticleBytes: 1000 }), logger });
    const db = await createTestDatabase();
    // Signed in while the database was up: the session cookie is all the down app gets.
    const { cookie } = await signInAs(createApp({ prisma: db.prisma, config: testConfig(), logger }), db.prisma, "checker");
    await db.destroy();
    try {
      const page = await request(app).get("/").set({ "Accept-Language": "en", Cookie: cookie }).expect(503);
      assert.match(shownText(dom(page.text)), /The database cannot be reached right now\. Try again in a moment\./);
      assert.equal(page.headers["retry-after"], "5");
      const fragment = await request(app)
        .post("/articles")
        .set({ "HX-Request": "true", "Accept-Language": "en", Cookie: cookie })
        .type("form")
        .send({ text: "The mayor said so." })
        .expect(503);
      assert.equal(fragment.headers["hx-retarget"], "#notices", "the form keeps the pasted text");
      assert.deepEqual(topLevel(fragment.text), ["div.error-message"]);
      const json = await request(app).get("/articles").set({ Accept: "application/json", Cookie: cookie }).expect(503);
      assert.match(json.body.error, /database cannot be reached/);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("show a 500 page that says nothing was lost, without the error's details", async () => {
    const app = express();
    useViews(app, { cache: false });
    app.use(chooseLocale);
    app.get("/boom", () => {
      throw new Error("secret internal detail at /srv/isnad");
    });
    app.use(errorHandler({ logger, maxArticleBytes: 1000 }));
    const res = await request(app).get("/boom").set("Accept-Language", "en").expect(500);
    assert.match(shownText(dom(res.text)), /isnad hit an error and has logged it\. Nothing you saved was lost/);
    assert.doesNotMatch(res.text, /secret internal detail|at \//);
    const json = await request(app).get("/boom").set("Accept", "application/json").expect(500);
    assert.deepEqual(Object.keys(json.body), ["error"]);
    assert.doesNotMatch(json.body.error, /secret/);
  });
});
