import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import request from "supertest";
import type { Express } from "express";
import { createApp } from "../src/app.ts";
import { createLogger } from "../src/logger.ts";
import { BACKEND, createTestDatabase, type TestDatabase } from "./support/database.ts";
import { MINISTER_ARTICLE } from "./support/articles.ts";
import { signInAs, testConfig, type SignedIn } from "./support/accounts.ts";
import { choices, dom, fieldValue, links, one, shownText, texts, topLevel, type Page } from "./support/dom.ts";

/** The statements a queue page lists, by id, in the order shown. */
const queueIds = (page: Page) => page.querySelectorAll("li.queue-item[id^=statement-]").map((row) => Number(row.id.slice("statement-".length)));

const ENGLISH = 'The mayor, Jane Ortiz, said the bridge would reopen on Monday. "We are on schedule," she said.';

describe(`the review queue and the statement page (${BACKEND})`, () => {
  let db: TestDatabase;
  let app: Express;
  let huda: SignedIn;
  let omar: SignedIn;
  let viewer: SignedIn;
  const ids = async (articleText: string) =>
    (
      await db.query<{ id: number }>("SELECT s.id FROM statements s JOIN articles a ON a.id = s.article_id WHERE a.body = $1 ORDER BY s.start_offset", [
        articleText,
      ])
    ).map((r) => r.id);

  before(async () => {
    db = await createTestDatabase();
    app = createApp({ prisma: db.prisma, config: testConfig(), logger: createLogger("silent") });
    huda = await signInAs(app, db.prisma, "checker");
    omar = await signInAs(app, db.prisma, "editor");
    viewer = await signInAs(app, db.prisma, "viewer");
  });
  after(() => db.destroy());
  beforeEach(async () => {
    await db.query("TRUNCATE articles, speakers CASCADE");
    await huda.agent.post("/articles").type("form").send({ text: MINISTER_ARTICLE }).expect(303);
    await huda.agent.post("/articles").type("form").send({ text: ENGLISH }).expect(303);
  });

  const count = (html: string, status: string) => dom(html).querySelector(`[data-count-status="${status}"] .count`)?.textContent;
  const rows = (html: string) => queueIds(dom(html));
  const tabs = (html: string) => ["all", "pending", "verified", "disputed"].map((s) => count(html, s));

  it("lists every statement with a count per status", async () => {
    const [first] = await ids(MINISTER_ARTICLE);
    await db.query("UPDATE statements SET status = 'verified' WHERE id = $1", [first]);
    const page = await huda.agent.get("/statements").set("Accept-Language", "en").expect(200);
    assert.equal(one(dom(page.text), "html").getAttribute("lang"), "en");
    assert.deepEqual(tabs(page.text), ["4", "3", "1", "0"]);
    assert.equal(rows(page.text).length, 4);
  });

  it("filters by status", async () => {
    const [first] = await ids(MINISTER_ARTICLE);
    await db.query("UPDATE statements SET status = 'verified' WHERE id = $1", [first]);
    assert.deepEqual(rows((await huda.agent.get("/statements?status=verified").expect(200)).text), [first]);
  });

  it("filters by language", async () => {
    assert.deepEqual(rows((await huda.agent.get("/statements?language=en").expect(200)).text).sort(), (await ids(ENGLISH)).sort());
  });

  it("filters by speaker", async () => {
    assert.equal(rows((await huda.agent.get(`/statements?speaker=${encodeURIComponent("سامي الخطيب")}`).expect(200)).text).length, 2);
  });

  it("refuses a status that does not exist with 400", async () => {
    await huda.agent.get("/statements?status=approved").expect(400);
  });

  it("finds words typed without hamza or ta marbuta, keeping them in the form", async () => {
    const folded = await huda.agent.get(`/statements?q=${encodeURIComponent("الوزاره ستنشر ارقاما")}`).expect(200);
    assert.equal(rows(folded.text).length, 1);
    assert.equal(fieldValue(dom(folded.text), "q"), "الوزاره ستنشر ارقاما", "the filter stays in the form");
  });

  it("counts each status under the other filters", async () => {
    const [first] = await ids(MINISTER_ARTICLE);
    await db.query("UPDATE statements SET status = 'verified' WHERE id = $1", [first]);
    const counted = await huda.agent.get("/statements?status=pending&language=ar").expect(200);
    assert.equal(count(counted.text, "verified"), "1", "counts ignore the status filter but keep the others");
    assert.deepEqual(tabs(counted.text), ["2", "1", "1", "0"]);
  });

  it("follows every change of status exactly in its counts", async () => {
    const [first] = await ids(MINISTER_ARTICLE);
    await db.query("UPDATE statements SET status = 'verified' WHERE id = $1", [first]);
    await db.query("UPDATE statements SET status = 'disputed' WHERE id = $1", [first]);
    assert.deepEqual(tabs((await huda.agent.get("/statements?language=en").expect(200)).text), ["2", "2", "0", "0"]);
    assert.deepEqual(tabs((await huda.agent.get("/statements?language=ar").expect(200)).text), ["2", "1", "0", "1"]);
  });

  it("counts a filter the database keeps no tally for exactly up to 1,000, and beyond says only that there are more", async () => {
    const [article] = await db.query<{ id: number; language: string }>("SELECT id, language FROM articles ORDER BY id LIMIT 1");
    await db.query(
      `INSERT INTO statements (article_id, text, search_text, start_offset, end_offset, type, status, updated_at)
       SELECT $1, 'bulk ' || k, 'bulk ' || k, 0, 4, 'mixed', 'pending', now() FROM generate_series(1, 1001) AS k`,
      [article!.id],
    );
    const page = await huda.agent.get("/statements?type=mixed").set("Accept-Language", "en").expect(200);
    const shown = (html: string, status: string) => dom(html).querySelector(`[data-count-status="${status}"] .count`)?.textContent;
    // Beyond the cap only the total is known: a status's count would be a guess, so none is shown.
    assert.deepEqual(
      ["all", "pending", "verified"].map((status) => shown(page.text, status)),
      ["1,000+", undefined, undefined],
    );
    // A text search as well: by whole words ("bulk"), or only inside words ("ulk"), which the words alone cannot count.
    for (const q of ["bulk", "ulk"]) {
      const searched = await huda.agent.get(`/statements?q=${q}`).set("Accept-Language", "en").expect(200);
      assert.deepEqual(
        ["all", "pending", "verified"].map((status) => shown(searched.text, status)),
        ["1,000+", undefined, undefined],
        q,
      );
    }
    const few = await huda.agent.get("/statements?q=bulk&type=direct").set("Accept-Language", "en").expect(200);
    assert.deepEqual(
      ["all", "pending", "verified", "disputed"].map((status) => shown(few.text, status)),
      ["0", "0", "0", "0"],
      "exact below the cap",
    );
    const fewer = await huda.agent.get("/statements?type=direct").set("Accept-Language", "en").expect(200);
    const direct = await db.query<{ status: string; n: number }>("SELECT status::text, count(*)::int AS n FROM statements WHERE type = 'direct' GROUP BY 1");
    const exactly = (status: string) => String(direct.find((row) => row.status === status)?.n ?? 0);
    assert.deepEqual(
      ["pending", "verified", "disputed"].map((status) => shown(fewer.text, status)),
      ["pending", "verified", "disputed"].map(exactly),
    );
    // A count the triggers keep is exact however large.
    const arabic = await huda.agent.get(`/statements?language=${article!.language}`).set("Accept-Language", "en").expect(200);
    const exact = dom(arabic.text).querySelector('[data-count-status="pending"] .count')?.textContent;
    assert.equal(
      exact,
      (
        await db.query<{ n: number }>("SELECT count(*)::int AS n FROM statements s JOIN articles a ON a.id = s.article_id WHERE a.language = $1", [
          article!.language,
        ])
      )[0]!.n.toLocaleString("en"),
    );
  });

  it("answers htmx with the queue alone, varying on HX-Request", async () => {
    const fragment = await huda.agent.get("/statements?language=en").set({ "HX-Request": "true", "HX-Request-Type": "partial" }).expect(200);
    assert.deepEqual(topLevel(fragment.text), ["section#queue"], "the queue alone, no page around it");
    assert.match(fragment.headers.vary!, /HX-Request/);
  });

  /** Sixty more statements in the first article, for paging. */
  async function sixtyFillers(): Promise<void> {
    for (let k = 0; k < 60; k++)
      await db.query(
        `INSERT INTO statements (article_id, text, start_offset, end_offset, type, updated_at) SELECT id, 'filler ' || $1, 0, 1, 'direct', now() FROM articles LIMIT 1`,
        [k],
      );
  }

  it("pages with a next link, every statement once", async () => {
    await sixtyFillers();
    const first = await huda.agent.get("/statements").expect(200);
    const next = one(dom(first.text), 'a[rel="next"]').getAttribute("href")!;
    const second = await huda.agent.get(next).expect(200);
    const all = [...queueIds(dom(first.text)), ...queueIds(dom(second.text))];
    assert.equal(all.length, 64);
    assert.equal(new Set(all).size, 64);
  });

  it("pages through every statement once in every order, even among equal dates and names", async () => {
    await sixtyFillers();
    await db.query("UPDATE statements SET created_at = (SELECT min(created_at) FROM statements) WHERE text LIKE 'filler 1%'");
    await db.query("UPDATE statements SET speaker_id = (SELECT min(id) FROM speakers) WHERE text LIKE 'filler 2%' OR text LIKE 'filler 3%'");
    const expected: Record<string, string> = {
      newest: "ORDER BY s.created_at DESC, s.id DESC",
      oldest: "ORDER BY s.created_at, s.id",
      speaker: "ORDER BY sp.name NULLS LAST, s.id",
    };
    for (const [sort, order] of Object.entries(expected)) {
      const shown: string[] = [];
      for (let url: string | undefined = `/statements?sort=${sort}`; url;) {
        const res: request.Response = await huda.agent.get(url).expect(200);
        const listed = dom(res.text);
        shown.push(...queueIds(listed).map(String));
        url = listed.querySelector('a[rel="next"]')?.getAttribute("href");
      }
      const inDatabase = await db.query<{ id: number }>(`SELECT s.id FROM statements s LEFT JOIN speakers sp ON sp.id = s.speaker_id ${order}`);
      assert.deepEqual(
        shown,
        inDatabase.map((row) => String(row.id)),
        sort,
      );
    }
  });

  it("shows a statement marked in its paragraph, with its speaker and the speaker's role", async () => {
    const [, second] = await ids(MINISTER_ARTICLE);
    const page = await huda.agent.get(`/statements/${second}`).set("Accept-Language", "ar").expect(200);
    const shownPage = dom(page.text);
    assert.equal(one(shownPage, 'blockquote.statement-context[dir="auto"] mark.statement--indirect').textContent, "الوزارة ستنشر أرقاماً يومية");
    const speakerLink = one(shownPage, 'a[href^="/speakers/"]');
    assert.equal(speakerLink.textContent, "سامي الخطيب");
    assert.match(shownText(speakerLink.parentNode), /سامي الخطيب \(وزير الصحة\)/);
    assert.equal(fieldValue(shownPage, "version"), "1");
  });

  it("links an article to its statements in the queue, in the article's order", async () => {
    const [, second] = await ids(MINISTER_ARTICLE);
    const articleId = (await db.query<{ article_id: number }>("SELECT article_id FROM statements WHERE id = $1", [second]))[0]!.article_id;
    const article = await huda.agent.get(`/articles/${articleId}`).expect(200);
    assert.ok(links(dom(article.text)).includes(`/statements?article=${articleId}&sort=oldest`));
    const fromArticle = await huda.agent.get(`/statements?article=${articleId}&sort=oldest`).expect(200);
    assert.equal(queueIds(dom(fromArticle.text)).length, 2);
  });

  it("refuses to mark a statement verified without a note, saying so", async () => {
    const [, second] = await ids(MINISTER_ARTICLE);
    const missingNote = await huda.agent
      .post(`/statements/${second}/status`)
      .set("Accept-Language", "en")
      .type("form")
      .send({ status: "verified", note: "", version: "1", _csrf: huda.csrf })
      .expect(422);
    assert.match(shownText(dom(missingNote.text)), /Write the reason for marking it verified: a note is required\./);
  });

  it("records a verdict from a plain form post, with its note and evidence in the history", async () => {
    const [, second] = await ids(MINISTER_ARTICLE);
    await huda.agent
      .post(`/statements/${second}/status`)
      .type("form")
      .send({ status: "disputed", note: "الأرقام لم تُنشر بعد.", evidence: "https://moh.example/a\nhttps://moh.example/b", version: "1", _csrf: huda.csrf })
      .expect(303)
      .expect("Location", `/statements/${second}`);
    const after = await huda.agent.get(`/statements/${second}`).set("Accept-Language", "en").expect(200);
    const judged = dom(after.text);
    assert.ok(judged.querySelector('[data-status="disputed"]'));
    assert.match(shownText(one(judged, 'li[data-action="statement.status"]')), /status changed: الأرقام لم تُنشر بعد\./);
    assert.ok(links(judged).includes("https://moh.example/b"));
  });

  it("refuses evidence that is not a web address, in words for people", async () => {
    const [, second] = await ids(MINISTER_ARTICLE);
    const bad = await huda.agent
      .post(`/statements/${second}/status`)
      .type("form")
      .send({ status: "pending", evidence: "javascript:alert(1)", version: "1", _csrf: huda.csrf })
      .expect(422);
    assert.match(shownText(dom(bad.text)), /سطر الدليل 1 ليس عنواناً على الويب/);
    assert.doesNotMatch(shownText(dom(bad.text)), /evidence\.0/, "no field path in a message for people");
  });

  it("never overwrites a colleague: the second of two sessions gets 409 with what changed, who, and its own note kept", async () => {
    const [statement] = await ids(ENGLISH);
    await omar.agent
      .post(`/statements/${statement}/status`)
      .type("form")
      .send({ status: "verified", note: "Matches the council minutes.", version: "1", _csrf: omar.csrf })
      .expect(303);
    const stale = await huda.agent
      .post(`/statements/${statement}/status`)
      .set({ "HX-Request": "true", "Accept-Language": "en" })
      .type("form")
      .send({ status: "disputed", note: "The bridge stays shut until June.", version: "1", _csrf: huda.csrf })
      .expect(409);
    const conflict = dom(stale.text);
    assert.equal(one(conflict, "section").id, "review");
    assert.match(shownText(conflict), new RegExp(`${omar.user.name} changed this statement while you were working on it`));
    assert.match(shownText(conflict), /It is now: verified — Matches the council minutes\./);
    assert.equal(fieldValue(conflict, "note"), "The bridge stays shut until June.", "the person's own note is kept");
    assert.equal(fieldValue(conflict, "version"), "2", "resubmitting is based on what they have now seen");
    assert.equal(fieldValue(conflict, "status"), "disputed");
    const [row] = await db.query<{ status: string; note: string }>("SELECT status, note FROM statements WHERE id = $1", [statement]);
    assert.deepEqual(row, { status: "verified", note: "Matches the council minutes." });

    const resubmitted = await huda.agent
      .post(`/statements/${statement}/status`)
      .set("HX-Request", "true")
      .type("form")
      .send({ status: "disputed", note: "The bridge stays shut until June.", version: "2", _csrf: huda.csrf })
      .expect(200);
    assert.ok(dom(resubmitted.text).querySelector('[data-status="disputed"]'));
  });

  it("assigns a statement to me and to a colleague, each filterable in the queue", async () => {
    const [statement] = await ids(ENGLISH);
    // The "Assign to me" button and the select beside it share a name: both arrive.
    await huda.agent.post(`/statements/${statement}/assignee`).type("form").send(`assignee=me&assignee=&version=1&_csrf=${huda.csrf}`).expect(303);
    const mine = await huda.agent.get("/statements?assignee=me").expect(200);
    assert.deepEqual(queueIds(dom(mine.text)), [statement]);
    const page = await huda.agent.get(`/statements/${statement}`).expect(200);
    assert.ok(texts(dom(page.text), `option[value="${omar.user.id}"]`).includes(omar.user.name));
    await huda.agent.post(`/statements/${statement}/assignee`).type("form").send(`assignee=${omar.user.id}&version=2&_csrf=${huda.csrf}`).expect(303);
    const omars = await huda.agent.get(`/statements?assignee=${omar.user.id}`).expect(200);
    assert.deepEqual(queueIds(dom(omars.text)), [statement]);
    assert.equal(fieldValue(dom(omars.text), "assignee"), String(omar.user.id), "the filter shows who was chosen");
  });

  it("lets a viewer read a statement but not judge it", async () => {
    const [statement] = await ids(ENGLISH);
    const readOnly = await viewer.agent.get(`/statements/${statement}`).expect(200);
    assert.equal(dom(readOnly.text).querySelector(".verdict-form"), null);
    await viewer.agent
      .post(`/statements/${statement}/status`)
      .type("form")
      .send({ status: "verified", note: "x", version: "1", _csrf: viewer.csrf })
      .expect(403);
  });

  it("sends a visitor to sign in for a statement", async () => {
    const [statement] = await ids(ENGLISH);
    const answer = await request(app).get(`/statements/${statement}`).expect(303);
    assert.match(answer.headers.location!, /^\/login/);
  });

  it("answers 404 for a statement that does not exist", async () => {
    await huda.agent.get("/statements/999999").expect(404);
  });

  it("serves the keyboard shortcuts as a same-origin script, listed in the queue's help", async () => {
    const page = await huda.agent.get("/statements").set("Accept-Language", "en").expect(200);
    const queue = dom(page.text);
    assert.ok(queue.querySelector('script[src="/static/app.js"][defer]'));
    assert.deepEqual(texts(queue, "dialog#shortcuts kbd").slice(0, 2), ["j", "k"]);
    const script = await huda.agent
      .get("/static/app.js")
      .expect(200)
      .expect("Content-Type", /javascript/);
    assert.match(script.text, /STATUS_KEYS = \{ v: "verified", d: "disputed", p: "pending" \}/);
  });

  it("preselects on the statement page the status chosen with v, d or p in the queue", async () => {
    const [statement] = await ids(ENGLISH);
    const chosen = await huda.agent.get(`/statements/${statement}?status=disputed`).expect(200);
    assert.equal(fieldValue(dom(chosen.text), "status"), "disputed");
  });

  /** The English statement marked disputed by Huda with `note` (and `evidence`). */
  async function disputed(note: string, evidence?: string): Promise<number> {
    const [statement] = await ids(ENGLISH);
    await huda.agent
      .post(`/statements/${statement}/status`)
      .type("form")
      .send({ status: "disputed", note, ...(evidence ? { evidence } : {}), version: "1", _csrf: huda.csrf })
      .expect(303);
    return statement!;
  }

  describe("ClaimReview", () => {
    const HOSTILE_NOTE = "Closed until June </script><script>alert(1)</script>";
    const claimReview = async (statement: number) =>
      JSON.parse(
        (
          await huda.agent
            .get(`/statements/${statement}/claimreview.json`)
            .expect(200)
            .expect("Content-Type", /application\/ld\+json/)
        ).text,
      );

    it("has none before a verdict", async () => {
      const [statement] = await ids(ENGLISH);
      await huda.agent.get(`/statements/${statement}/claimreview.json`).expect(404);
    });

    it("publishes a verdict with its claim, rating, author, the speaker and the article", async () => {
      const review = await claimReview(await disputed(HOSTILE_NOTE));
      assert.equal(review["@type"], "ClaimReview");
      assert.equal(review.claimReviewed, "the bridge would reopen on Monday");
      assert.deepEqual(review.reviewRating, { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "Disputed" });
      assert.deepEqual(review.author, { "@type": "Organization", name: "Desk of Record", url: "https://desk.example" });
      assert.deepEqual(review.itemReviewed.author, { "@type": "Person", name: "Jane Ortiz" });
      assert.equal(review.itemReviewed.appearance["@type"], "NewsArticle");
      assert.ok(!Number.isNaN(Date.parse(review.datePublished)));
    });

    it("addresses the public page under the configured address, whatever the Host header says", async () => {
      const statement = await disputed(HOSTILE_NOTE);
      assert.equal((await claimReview(statement)).url, `https://isnad.desk.example/claims/${statement}`);
      const forged = await huda.agent.get(`/statements/${statement}/claimreview.json`).set("Host", "evil.example").expect(200);
      assert.doesNotMatch(JSON.parse(forged.text).url, /evil\.example/);
    });

    it("embeds the same review in the statement page, where a note cannot end the element", async () => {
      const statement = await disputed(HOSTILE_NOTE);
      const page = await huda.agent.get(`/statements/${statement}`).expect(200);
      const embedded = one(dom(page.text), 'script[type="application/ld+json"]').textContent;
      assert.deepEqual(JSON.parse(embedded), await claimReview(statement), "the page carries the same review");
      assert.deepEqual(dom(page.text).querySelectorAll("script:not([src]):not([type])"), [], "the note cannot end the element");
    });
  });

  describe("the public page of a verdict", () => {
    const NOTE = "Internal: the press office called back";
    const withdraw = (person: SignedIn, statement: number, withdrawn: "0" | "1") =>
      person.agent.post(`/statements/${statement}/public-page`).type("form").send({ withdrawn, _csrf: person.csrf });

    it("is not there before a verdict, nor for a statement that does not exist", async () => {
      const [statement] = await ids(ENGLISH);
      await request(app).get(`/claims/${statement}`).expect(404);
      await request(app).get("/claims/999999").expect(404);
      await request(app).get("/claims/abc").expect(404);
    });

    it("shows the claim, the verdict, the speaker and the evidence with its ClaimReview, without the note or the checker", async () => {
      const statement = await disputed(NOTE, "https://city.example/closures");
      const page = await request(app).get(`/claims/${statement}`).set("Accept-Language", "en").expect(200);
      const claim = dom(page.text);
      assert.equal(one(claim, "mark.statement--indirect").textContent, "the bridge would reopen on Monday");
      assert.equal(one(claim, '[data-status="disputed"]').textContent, "disputed");
      assert.match(shownText(claim), /Jane Ortiz/);
      assert.ok(links(claim).includes("https://city.example/closures"));
      assert.doesNotMatch(page.text, /press office/, "no internal note, not even hidden");
      assert.doesNotMatch(page.text, new RegExp(huda.user.name), "no checker's name, not even hidden");
      const review = JSON.parse(page.text.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)![1]!);
      assert.equal(review.url, `https://isnad.desk.example/claims/${statement}`);
      assert.equal(review.reviewBody, undefined);
    });

    it("is linked from the statement page", async () => {
      const statement = await disputed(NOTE);
      assert.ok(links(dom((await huda.agent.get(`/statements/${statement}`).expect(200)).text)).includes(`/claims/${statement}`));
    });

    it("can be withdrawn by an editor, not a checker, audited once however often it is asked", async () => {
      const statement = await disputed(NOTE);
      await withdraw(huda, statement, "1").expect(403);
      await withdraw(omar, statement, "1").expect(303);
      await withdraw(omar, statement, "1").expect(303);
      await request(app).get(`/claims/${statement}`).expect(404);
      assert.match(
        shownText(dom((await omar.agent.get(`/statements/${statement}`).set("Accept-Language", "en").expect(200)).text)),
        /The public page of this verdict was withdrawn\./,
      );
      const events = await db.query<{ actor_id: number }>("SELECT actor_id FROM audit_events WHERE action = 'statement.public_page' AND subject_id = $1", [
        statement,
      ]);
      assert.deepEqual(
        events.map((e) => e.actor_id),
        [omar.user.id],
        "withdrawn once, audited once",
      );
    });

    it("can be published again after a withdrawal", async () => {
      const statement = await disputed(NOTE);
      await withdraw(omar, statement, "1").expect(303);
      await withdraw(omar, statement, "0").expect(303);
      await request(app).get(`/claims/${statement}`).expect(200);
    });
  });

  describe("exports", () => {
    const FORMULA = '=HYPERLINK("http://evil")';
    /** The English statement verified with a note a spreadsheet would run as a formula. */
    async function verifiedWithFormula(): Promise<number> {
      const [statement] = await ids(ENGLISH);
      await huda.agent
        .post(`/statements/${statement}/status`)
        .type("form")
        .send({ status: "verified", note: FORMULA, version: "1", _csrf: huda.csrf })
        .expect(303);
      return statement!;
    }
    const csvOf = (path: string) =>
      huda.agent
        .get(path)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => done(null, Buffer.concat(chunks)));
        })
        .expect(200)
        .expect("Content-Type", /text\/csv/);

    it("streams the current filter as a CSV attachment with a byte-order mark and a header row", async () => {
      const csv = await csvOf("/statements/export.csv?language=en");
      assert.match(csv.headers["content-disposition"]!, /attachment; filename="isnad-statements-\d{4}-\d{2}-\d{2}\.csv"/);
      const bytes = csv.body as Buffer;
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "a UTF-8 byte-order mark for spreadsheets");
      const lines = bytes.toString("utf8").trim().split("\r\n");
      assert.equal(
        lines[0],
        "id,status,text,speaker,speaker_id,type,cue,confidence,note,evidence,assignee,reviewed_by,reviewed_at,article_id,article_title,language,source,url,created_at",
      );
      assert.equal(lines.length, 3, "the header and the two English statements");
      const arabic = await huda.agent.get("/statements/export.csv?language=ar").expect(200);
      assert.match(arabic.text, /الوزارة ستنشر أرقاماً يومية/);
    });

    it("writes a formula in a CSV as text, so a spreadsheet never runs it", async () => {
      await verifiedWithFormula();
      const lines = ((await csvOf("/statements/export.csv?language=en")).body as Buffer).toString("utf8").split("\r\n");
      assert.ok(lines.some((line) => line.includes(`"'=HYPERLINK(""http://evil"")"`)));
    });

    it("exports the current filter as JSON with each statement's speaker", async () => {
      const statement = await verifiedWithFormula();
      const json = await huda.agent
        .get("/statements/export.json?status=verified")
        .expect(200)
        .expect("Content-Type", /application\/json/);
      const rows = JSON.parse(json.text);
      assert.deepEqual(
        rows.map((row: { id: number; status: string }) => [row.id, row.status]),
        [[statement, "verified"]],
      );
      assert.equal(rows[0].speaker.name, "Jane Ortiz");
    });

    it("is offered by the queue for its filter, in known formats only, to people signed in", async () => {
      const queue = await huda.agent.get("/statements?language=en").expect(200);
      assert.ok(links(dom(queue.text)).includes("/statements/export.csv?language=en"));
      await huda.agent.get("/statements/export.xml").expect(404);
      await request(app).get("/statements/export.csv").expect(303);
    });
  });

  describe("not a statement", () => {
    const mark = (statement: number, removed: "0" | "1", version: string) =>
      huda.agent.post(`/statements/${statement}/removed`).type("form").send({ removed, version, _csrf: huda.csrf }).expect(303);

    it("takes an extraction error out of the queue and every count, into a list of its own", async () => {
      const [statement] = await ids(ENGLISH);
      await mark(statement!, "1", "1");
      const queue = await huda.agent.get("/statements").expect(200);
      assert.ok(!queueIds(dom(queue.text)).includes(statement!));
      assert.equal(one(dom(queue.text), '[data-count-status="all"] .count').textContent, "3");
      const removed = await huda.agent.get("/statements?removed=1").expect(200);
      assert.deepEqual(queueIds(dom(removed.text)), [statement]);
      const home = await huda.agent.get("/").set("Accept-Language", "en").expect(200);
      assert.equal(one(dom(home.text), '[data-count="statements"]').textContent, "3");
    });

    it("says so on the statement's page", async () => {
      const [statement] = await ids(ENGLISH);
      await mark(statement!, "1", "1");
      const page = await huda.agent.get(`/statements/${statement}`).set("Accept-Language", "en").expect(200);
      assert.match(shownText(dom(page.text)), /Marked "not a statement"/);
    });

    it("can be restored to the queue, each step audited", async () => {
      const [statement] = await ids(ENGLISH);
      await mark(statement!, "1", "1");
      await mark(statement!, "0", "2");
      const actions = (
        await db.query<{ action: string; before: { removed: boolean }; after: { removed: boolean } }>(
          "SELECT action, before, after FROM audit_events WHERE subject_type = 'statement' AND subject_id = $1 ORDER BY id",
          [statement],
        )
      ).map((e) => [e.action, e.before.removed, e.after.removed]);
      assert.deepEqual(actions, [
        ["statement.removed", false, true],
        ["statement.removed", true, false],
      ]);
      assert.ok(queueIds(dom((await huda.agent.get("/statements").expect(200)).text)).includes(statement!));
    });
  });

  describe("correcting the extraction", () => {
    const speakers = async () => (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM speakers"))[0]!.n;
    const correctSpeaker = (statement: number, speaker: string, version: string) =>
      huda.agent.post(`/statements/${statement}/speaker`).type("form").send({ speaker, version, _csrf: huda.csrf });
    const correctSpan = (statement: number, start: number, end: number, version: string) =>
      huda.agent
        .post(`/statements/${statement}/span`)
        .set("Accept-Language", "en")
        .type("form")
        .send({ start: String(start), end: String(end), version, _csrf: huda.csrf });

    it("offers known speakers by any spelling, with their role", async () => {
      const options = await huda.agent.get(`/speakers/options?speaker=${encodeURIComponent("الخطيب")}`).expect(200);
      const offered = one(dom(options.text), 'option[value="سامي الخطيب"]');
      assert.match(offered.getAttribute("data-id") ?? "", /^\d+$/);
      assert.equal(offered.textContent, "وزير الصحة");
    });

    it("gives a statement a known speaker typed with another spelling", async () => {
      const [statement] = await ids(ENGLISH);
      await correctSpeaker(statement!, "سامى الخطيب", "1").expect(303);
      const [known] = await db.query<{ name: string }>("SELECT sp.name FROM statements s JOIN speakers sp ON sp.id = s.speaker_id WHERE s.id = $1", [
        statement,
      ]);
      assert.equal(known!.name, "سامي الخطيب", "alef maqsura typed for ya still finds him");
    });

    it("creates a speaker the desk does not know, and none for a stale correction", async () => {
      const [statement] = await ids(ENGLISH);
      const before = await speakers();
      await correctSpeaker(statement!, "Tom Reyes", "1").expect(303);
      assert.equal(await speakers(), before + 1);
      await correctSpeaker(statement!, "Somebody New", "1").expect(409);
      assert.equal(await speakers(), before + 1);
    });

    it("corrects the span, and the text searched follows it", async () => {
      const [statement] = await ids(ENGLISH);
      await correctSpan(statement!, ENGLISH.indexOf("the bridge"), ENGLISH.indexOf(" on Monday"), "1").expect(303);
      const [row] = await db.query<{ text: string; search_text: string }>("SELECT text, search_text FROM statements WHERE id = $1", [statement]);
      assert.deepEqual(row, { text: "the bridge would reopen", search_text: "the bridge would reopen" });
    });

    it("refuses a span that runs past the article, saying so", async () => {
      const [statement] = await ids(ENGLISH);
      const outside = await correctSpan(statement!, 10, ENGLISH.length + 10, "1").expect(422);
      assert.match(shownText(dom(outside.text)), /The new span runs past the end of the article/);
    });

    it("shows both corrections in the statement's history", async () => {
      const [statement] = await ids(ENGLISH);
      await correctSpeaker(statement!, "Tom Reyes", "1").expect(303);
      await correctSpan(statement!, ENGLISH.indexOf("the bridge"), ENGLISH.indexOf(" on Monday"), "2").expect(303);
      const history = await huda.agent.get(`/statements/${statement}`).set("Accept-Language", "en").expect(200);
      assert.match(shownText(dom(history.text)), /speaker corrected/);
      assert.match(shownText(dom(history.text)), /span corrected/);
    });
  });

  describe("bulk changes", () => {
    const allRows = () => db.query<{ id: number; version: number }>("SELECT id, version FROM statements ORDER BY id");
    const bulk = (person: SignedIn, fields: Record<string, unknown>) =>
      person.agent
        .post("/statements/bulk")
        .type("form")
        .send({ ...fields, _csrf: person.csrf });

    it("are offered to editors with a box per statement, not to checkers", async () => {
      const rows = await allRows();
      const listed = dom((await omar.agent.get("/statements").set("Accept-Language", "en").expect(200)).text);
      assert.ok(listed.querySelector("form#bulk-form"));
      assert.ok(listed.querySelector(`input[name="items"][value="${rows[0]!.id}:1"][form="bulk-form"]`));
      assert.equal(dom((await huda.agent.get("/statements").expect(200)).text).querySelector("#bulk-form"), null, "checkers are not offered it");
    });

    it("change every ticked statement but one changed meanwhile, which is counted and left alone", async () => {
      const rows = await allRows();
      await db.query("UPDATE statements SET version = version + 1 WHERE id = $1", [rows[0]!.id]);
      const items = rows.map((row) => `${row.id}:${row.version}`);
      const res = await bulk(omar, {
        items,
        action: "status",
        status: "disputed",
        note: "Contradicted by the ministry.",
        next: "/statements?language=ar",
      }).expect(303);
      assert.equal(res.headers.location, `/statements?language=ar&bulk=${rows.length - 1},1`);
      const notice = await omar.agent.get(res.headers.location).set("Accept-Language", "en").expect(200);
      assert.match(
        shownText(dom(notice.text)),
        new RegExp(`${rows.length - 1} statements changed\\. 1 statement was left alone: it changed since the page was loaded\\.`),
      );
      const statuses = await db.query<{ id: number; status: string }>("SELECT id, status FROM statements ORDER BY id");
      assert.deepEqual(
        statuses.map((r) => r.status),
        ["pending", ...Array(rows.length - 1).fill("disputed")],
      );
    });

    it("audit each statement they change", async () => {
      const rows = await allRows();
      const items = rows.map((row) => `${row.id}:${row.version}`);
      await bulk(omar, { items, action: "status", status: "disputed", note: "Contradicted by the ministry." }).expect(303);
      const [events] = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_events WHERE action = 'statement.status' AND actor_id = $1 AND subject_id = ANY($2)",
        [omar.user.id, rows.map((r) => r.id)],
      );
      assert.equal(events!.n, rows.length);
    });

    it("refuse a verdict without a note, and a checker", async () => {
      const items = (await allRows()).map((row) => `${row.id}:${row.version}`);
      await bulk(omar, { items, action: "status", status: "verified" }).expect(422);
      await bulk(huda, { items, action: "assign" }).expect(403);
    });

    it("go back only to a page of the site", async () => {
      const rows = await allRows();
      await bulk(omar, { items: `${rows[1]!.id}:1`, action: "assign", next: "//evil.example" })
        .expect(303)
        .expect("Location", "/statements?bulk=1,0");
    });
  });

  describe("duplicates in other articles", () => {
    const AGAIN = "On Sunday, Jane Ortiz said the bridge would reopen on Monday.";
    const NEAR = "The mayor, Jane Ortiz, said the old bridge would reopen on Monday morning.";
    const OTHER = "Jane Ortiz said the library would close in March.";
    /** The English statement and, from three more articles, its exact and near duplicates and an unrelated statement. */
    async function withDuplicates() {
      for (const text of [AGAIN, NEAR, OTHER]) await huda.agent.post("/articles").type("form").send({ text }).expect(303);
      const [original, exact, similar, unrelated] = (await Promise.all([ENGLISH, AGAIN, NEAR, OTHER].map(ids))).map((found) => found[0]!);
      return { original: original!, exact: exact!, similar: similar!, unrelated: unrelated! };
    }
    const judge = (original: number, also: string[]) =>
      huda.agent
        .post(`/statements/${original}/status`)
        .set("Accept-Language", "en")
        .type("form")
        .send({ status: "disputed", note: "The council says June.", version: "1", also, _csrf: huda.csrf });

    it("are listed on the statement page: an identical one ticked, a near one offered, an unrelated one not", async () => {
      const { original, exact, similar } = await withDuplicates();
      const statementPage = dom((await huda.agent.get(`/statements/${original}`).set("Accept-Language", "en").expect(200)).text);
      assert.match(shownText(statementPage), /The same statement elsewhere/);
      assert.deepEqual(choices(statementPage, "also"), [
        { value: `${exact}:1`, checked: true },
        { value: `${similar}:1`, checked: false },
      ]);
    });

    it("refuse a statement that is not a listed duplicate riding along, changing nothing", async () => {
      const { original, exact, unrelated } = await withDuplicates();
      const smuggled = await judge(original, [`${exact}:1`, `${unrelated}:1`]).expect(400);
      assert.match(shownText(dom(smuggled.text)), /not a duplicate of this statement/);
      const untouched = await db.query<{ status: string }>("SELECT status FROM statements WHERE id = ANY($1)", [[original, exact, unrelated]]);
      assert.deepEqual(
        untouched.map((r) => r.status),
        ["pending", "pending", "pending"],
      );
    });

    it("take the same verdict when ticked, each audited, and the page says how many", async () => {
      const { original, exact, similar, unrelated } = await withDuplicates();
      await judge(original, [`${exact}:1`, `${similar}:1`])
        .expect(303)
        .expect("Location", `/statements/${original}?also=2,0`);
      const rows = await db.query<{ id: number; status: string }>("SELECT id, status FROM statements WHERE id = ANY($1) ORDER BY id", [
        [original, exact, similar, unrelated],
      ]);
      assert.deepEqual(
        rows.map((r) => [r.id, r.status]),
        [
          [original, "disputed"],
          [exact, "disputed"],
          [similar, "disputed"],
          [unrelated, "pending"],
        ],
      );
      const [audited] = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_events WHERE action = 'statement.status' AND subject_id = ANY($1)",
        [[exact, similar]],
      );
      assert.equal(audited!.n, 2);
      const notice = await huda.agent.get(`/statements/${original}?also=2,0`).set("Accept-Language", "en").expect(200);
      assert.match(shownText(dom(notice.text)), /also applied to 2 duplicates/);
    });
  });
});
