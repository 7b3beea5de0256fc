import assert from "node:assert/strict";
import fs from "node:fs";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import request from "supertest";
import type { Express } from "express";
import { createApp } from "../src/app.ts";
import { createLogger } from "../src/logger.ts";
import type { Account } from "../src/accounts/queries.ts";
import { BACKEND, createTestDatabase, type TestDatabase } from "./support/database.ts";
import { makeUser, signIn, testConfig, tokenFor, type SignedIn } from "./support/accounts.ts";
import { dom, language, one, shownText, texts, topLevel } from "./support/dom.ts";

const FIXTURE = JSON.parse(fs.readFileSync(new URL("./fixtures/speakers/articles.json", import.meta.url), "utf8")) as {
  articles: { key: string; title: string; text: string }[];
};

interface SpeakerItem {
  id: number;
  name: string;
  kind: string;
  /** The alias the query matched best, as written. */
  matched: string;
  aliases: string[];
  statementCount: number;
  statusCounts: { pending: number; verified: number; disputed: number };
}

/** The parts of GET /api/board these tests read. */
interface Board {
  desk: { pending: number; verified: number; disputed: number; total: number };
  articles: { id: number; counts: { pending: number; verified: number; disputed: number } }[];
  speakers: { id: number }[];
  checkers: { id: number; assigned: { pending: number }; reviewed: { verified: number; disputed: number } }[];
  verdictsPerDay: { day: string; verified: number; disputed: number }[];
  overdue: number;
  oldestPending: { id: number; overdue: boolean }[];
  ageing: { count: number }[];
  activity: { action: string }[];
}

describe(`speakers across articles, merges and the status board (${BACKEND})`, () => {
  let db: TestDatabase;
  let app: Express;
  let checker: Account;
  let editor: Account;
  let checkerToken: string;
  let editorToken: string;
  let viewerToken: string;
  let editorSession: SignedIn;
  /** Article id by fixture key. */
  const articles = new Map<string, number>();

  const api = (method: "get" | "post" | "patch", path: string, token = checkerToken) => request(app)[method](path).set("Authorization", `Bearer ${token}`);
  const search = async (q: string): Promise<SpeakerItem[]> => (await api("get", `/api/speakers?q=${encodeURIComponent(q)}`).expect(200)).body.items;
  const speakerOf = async (key: string): Promise<number[]> =>
    (await db.query<{ speaker_id: number }>("SELECT DISTINCT speaker_id FROM statements WHERE article_id = $1 ORDER BY speaker_id", [articles.get(key)])).map(
      (row) => row.speaker_id,
    );
  const statementsOf = async (speakerId: number): Promise<number[]> =>
    (await api("get", `/api/speakers/${speakerId}?limit=500`).expect(200)).body.statements.items
      .map((item: { id: number }) => item.id)
      .sort((a: number, b: number) => a - b);
  const statementIdsIn = async (...keys: string[]): Promise<number[]> =>
    (await db.query<{ id: number }>("SELECT id FROM statements WHERE article_id = ANY($1::int[]) ORDER BY id", [keys.map((key) => articles.get(key))])).map(
      (row) => row.id,
    );

  before(async () => {
    db = await createTestDatabase();
    app = createApp({
      prisma: db.prisma,
      config: testConfig({ pendingOverdueHours: 24 }),
      logger: createLogger((process.env.TEST_LOG as "error") ?? "silent"),
    });
    checker = await makeUser(db.prisma, "checker", "Huda");
    editor = await makeUser(db.prisma, "editor", "Omar");
    checkerToken = await tokenFor(db.prisma, checker);
    editorToken = await tokenFor(db.prisma, editor);
    viewerToken = await tokenFor(db.prisma, await makeUser(db.prisma, "viewer", "Vera"));
    editorSession = await signIn(app, editor);
    // One article per request, in order, as a desk receives them over a day.
    for (const article of FIXTURE.articles) {
      const res = await api("post", "/api/articles")
        .send({ text: `${article.title}\n\n${article.text}` })
        .expect(201);
      articles.set(article.key, res.body.articles[0].id);
    }
  });
  after(() => db.destroy());

  it("finds one speaker for every spelling of a name, a typo included, with all their statements across articles", async () => {
    const antony = await statementIdsIn("blinken-doha", "blinken-berlin", "blinken-cairo");
    assert.equal(antony.length, 4, "the three articles hold four of his statements");
    const found = new Set<number>();
    for (const query of ["بلينكن", "بلينكين", "انتوني بلينكن", "أنتوني بلينكن", "بلينكم", "انتوني بلينكم", "بلنكن", "بلين"]) {
      const [top] = await search(query);
      assert.ok(top, `«${query}» finds someone`);
      found.add(top.id);
      assert.equal(top.statementCount, 4, `«${query}» finds him with all four statements`);
    }
    assert.equal(found.size, 1, "every query finds the same speaker");
    const [id] = found;
    assert.deepEqual(await statementsOf(id!), antony);
    const [speaker] = await db.query<{ name: string; kind: string }>("SELECT name, kind::text FROM speakers WHERE id = $1", [id]);
    assert.deepEqual(speaker, { name: "أنتوني بلينكن", kind: "person" });
  });

  it("keeps one speaker for a person a paste quotes across its articles by name, spelling variant, role and dropped subject", async () => {
    const paste = [
      "الحكومة تعلن خطة جديدة للنمو الاقتصادي",
      "وقالت وزيرة التخطيط، نادية الهاشمي، إن معدل النمو سيرتفع إلى خمسة في المئة خلال العام المقبل بفضل الاستثمارات الجديدة في البنية التحتية والطاقة المتجددة والموانئ. وأضافت أن الحكومة ستطلق برنامجا لدعم الشركات الصغيرة في كل المدن.",
      "",
      "الاستثمار الأجنبي يعود بقوة إلى الأسواق",
      "وأكدت ناديه الهاشمي أن الاستثمارات الأجنبية المباشرة تضاعفت في الربع الأخير من هذه السنة قياسا بالفترة نفسها من السنة الماضية، وأن الحكومة تعمل على تسهيل الإجراءات أمام المستثمرين الأجانب في كل القطاعات دون استثناء.",
      "",
      "الوزيرة تتحدث عن الموازنة الجديدة للدولة",
      "وقالت الوزيرة إن الموازنة الجديدة تخصص نصيبا أكبر للتعليم والصحة مقارنة بالسنوات الماضية، مع الحفاظ على العجز في حدود آمنة ومستقرة طوال السنة المالية المقبلة. وتابعت أن الإنفاق على البحث العلمي سيتضاعف.",
    ].join("\n");
    const res = await api("post", "/api/articles").send({ text: paste }).expect(201);
    assert.equal(res.body.articles.length, 3, "the paste holds three articles");
    const ids = res.body.articles.map((article: { id: number }) => article.id);
    const rows = await db.query<{ speaker_id: number; n: number }>(
      "SELECT speaker_id, count(*)::int AS n FROM statements WHERE article_id = ANY($1::int[]) GROUP BY speaker_id",
      [ids],
    );
    assert.deepEqual(
      rows.map((row) => row.n),
      [5],
      "all five statements belong to one speaker",
    );
    const [speaker] = await db.query<{ name: string; kind: string }>("SELECT name, kind::text FROM speakers WHERE id = $1", [rows[0]!.speaker_id]);
    assert.equal(speaker!.kind, "person");
    assert.match(speaker!.name, /^نادي[ةه] الهاشمي$/);
  });

  it("records why each alias was attached", async () => {
    const [id] = await speakerOf("blinken-doha");
    const aliases = await db.query<{ text: string; reason: string; matched_text: string | null }>(
      "SELECT text, reason::text, matched_text FROM speaker_aliases WHERE speaker_id = $1 ORDER BY id",
      [id],
    );
    assert.deepEqual(aliases, [
      { text: "أنتوني بلينكن", reason: "name", matched_text: null },
      { text: "بلينكن", reason: "mention", matched_text: null },
      { text: "بلينكين", reason: "spelling", matched_text: "بلينكن" },
    ]);
    const lavrov = await db.query<{ text: string; reason: string; matched_text: string | null }>(
      "SELECT a.text, a.reason::text, a.matched_text FROM speaker_aliases a JOIN statements s ON s.speaker_id = a.speaker_id WHERE s.article_id = $1 ORDER BY a.id",
      [articles.get("lavrov-sanctions")],
    );
    assert.deepEqual(lavrov, [
      { text: "سيرغي لافروف", reason: "name", matched_text: null },
      { text: "سيرجي لافروف", reason: "spelling", matched_text: "سيرغي لافروف" },
    ]);
    const page = await editorSession.agent.get(`/speakers/${id}`).set("Accept-Language", "en").expect(200);
    const alias = dom(page.text)
      .querySelectorAll('span.alias[dir="auto"]')
      .find((shown) => shown.textContent === "بلينكين");
    assert.ok(alias, "the alias is listed");
    assert.match(shownText(alias.nextElementSibling!), /^a spelling of “بلينكن”/);
  });

  it("keeps apart people who share a surname, and anonymous sources", async () => {
    const [antony] = await speakerOf("blinken-doha");
    const [mark] = await speakerOf("mark-blinken");
    assert.notEqual(mark, antony, "Mark Blinken is not Antony Blinken");
    const [joe] = await speakerOf("joe-biden");
    const [hunter] = await speakerOf("hunter-biden");
    assert.notEqual(joe, hunter, "Hunter Biden is not Joe Biden");
    const [first] = await speakerOf("official-sanctions");
    const [second] = await speakerOf("official-white-house");
    assert.notEqual(first, second, "two anonymous officials are two sources");
    const [kind] = await db.query<{ kind: string }>("SELECT kind::text FROM speakers WHERE id = $1", [first]);
    assert.equal(kind!.kind, "anonymous");
    const [lavrov] = await speakerOf("lavrov-talks");
    assert.deepEqual(await speakerOf("lavrov-sanctions"), [lavrov], "سيرغي / سيرجي لافروف are one person");

    const hits = await search("بلينكن");
    assert.deepEqual(
      hits.slice(0, 2).map((hit) => hit.id),
      [antony, mark],
      "both Blinkens, the one the surname names outright first",
    );
    assert.deepEqual((await search("مارك بلينكن"))[0]!.id, mark);
    const officials = await search("مسؤول أمريكي رفيع");
    assert.deepEqual(officials.map((hit) => hit.id).sort(), [first, second].sort(), "each anonymous official is found on its own");
  });

  it("finds compound names with and without the space, a hamza on the line as on its seat, and a one-word typo", async () => {
    for (const text of [
      "Senate leader Chuck Schumer said the bill would pass on Friday.",
      "وقال عبد الباسط سيدا إن الحل السياسي قريب. وقال رؤوف الخطيب إن الوضع الاقتصادي صعب.",
    ])
      await api("post", "/api/articles").send({ text }).expect(201);
    const cases: [string, string][] = [
      ["Shumer", "Chuck Schumer"],
      ["Schumer", "Chuck Schumer"],
      ["عبدالباسط", "عبد الباسط سيدا"],
      ["عبد الباسط", "عبد الباسط سيدا"],
      ["رءوف", "رؤوف الخطيب"],
      ["رؤوف", "رؤوف الخطيب"],
    ];
    for (const [query, name] of cases) assert.equal((await search(query))[0]?.name, name, `«${query}»`);
  });

  it("searches Arabic as folded text and English regardless of case, and ranks by match then statements", async () => {
    const [khatib] = await speakerOf("vaccines-ar");
    for (const query of ["سامى الخطيب", "سامي الخطيب", "الخطيـــب", "سَامِي"]) assert.equal((await search(query))[0]?.id, khatib, `«${query}»`);
    const [english] = await speakerOf("vaccines-en");
    for (const query of ["sami khatib", "SAMI", "Khatib"]) assert.equal((await search(query))[0]?.id, english, query);
    const item = (await search("لافروف"))[0]!;
    assert.deepEqual(Object.keys(item).sort(), ["aliases", "id", "kind", "matched", "name", "roles", "statementCount", "statusCounts"]);
    assert.deepEqual(item.aliases, ["سيرغي لافروف", "سيرجي لافروف"]);
    assert.deepEqual(item.statusCounts, { pending: 2, verified: 0, disputed: 0 });
    assert.deepEqual((await api("get", "/api/speakers?q=zzzzqqq").expect(200)).body.items, []);
    await api("get", `/api/speakers?q=${"x".repeat(201)}`).expect(400);
  });

  it("ranks speakers sharing a word by how the word stands in their alias, then by statements, at every page size", async () => {
    // Speakers made directly: their counts set on the speaker reach the aliases and the word index by triggers.
    const firstNames = ["سعيد", "ليلى", "عمر", "هدى", "كريم", "سلمى", "يوسف", "ريم", "خالد", "نور", "زياد", "دينا", "فادي", "جود", "رامي"];
    const made: { name: string; count: number; merged?: boolean }[] = [
      ...firstNames.map((first, k) => ({ name: `${first} زمردي`, count: 3 + k })),
      { name: "زمردي", count: 0 }, // the whole alias: first, whatever its statements
      { name: "زمرديان", count: 1 }, // the start of the alias
      { name: "زمرديات سالم", count: 2 }, // the start of the alias, in its first word
      { name: "وداد الزمردي", count: 100 }, // inside a word: after every word start
      { name: "مروان زمردي", count: 500, merged: true }, // merged away: never shown
    ];
    const ids = new Map<string, number>();
    try {
      await rankedByWord(made, ids);
    } finally {
      // Counts set by hand hold no statements: the later tests compare counts with statements.
      await db.query("DELETE FROM speakers WHERE id = ANY($1::int[])", [[...ids.values()]]);
    }
  });

  async function rankedByWord(made: { name: string; count: number; merged?: boolean }[], ids: Map<string, number>): Promise<void> {
    for (const speaker of made) {
      const [row] = await db.query<{ id: number }>(
        "INSERT INTO speakers (name, kind, normalized_name, updated_at) VALUES ($1, 'person', $1, now()) RETURNING id",
        [speaker.name],
      );
      ids.set(speaker.name, row!.id);
      await db.query("INSERT INTO speaker_aliases (speaker_id, text, normalized_text) VALUES ($1, $2, $2)", [row!.id, speaker.name]);
      await db.query("UPDATE speakers SET pending_count = $2 WHERE id = $1", [row!.id, speaker.count]);
    }
    // A second alias holding the word: the shorter one is shown as the match.
    await db.query("INSERT INTO speaker_aliases (speaker_id, text, normalized_text) VALUES ($1, 'د. سعيد زمردي', 'د. سعيد زمردي')", [ids.get("سعيد زمردي")]);
    await db.query("UPDATE speakers SET merged_into_id = $2 WHERE id = $1", [ids.get("مروان زمردي"), ids.get("زمردي")]);

    const byStatements = made.filter((speaker) => !speaker.merged && speaker.name.endsWith(" زمردي")).sort((a, b) => b.count - a.count);
    const expected = ["زمردي", "زمرديات سالم", "زمرديان", ...byStatements.map((speaker) => speaker.name), "وداد الزمردي"];
    for (const limit of [1, 5, 17, 100]) {
      const hits = (await api("get", `/api/speakers?q=${encodeURIComponent("زمردي")}&limit=${limit}`).expect(200)).body.items as SpeakerItem[];
      assert.deepEqual(
        hits.map((hit) => hit.name),
        expected.slice(0, limit),
        `limit ${limit}`,
      );
      assert.deepEqual(
        hits.map((hit) => hit.matched),
        expected.slice(0, limit),
        "each by its shortest alias holding the word",
      );
    }
    // «زمرد» starts three aliases (those with more statements first), and the others' second word.
    const prefix = (await api("get", `/api/speakers?q=${encodeURIComponent("زمرد")}&limit=5`).expect(200)).body.items as SpeakerItem[];
    assert.deepEqual(
      prefix.map((hit) => hit.name),
      ["زمرديات سالم", "زمرديان", "زمردي", byStatements[0]!.name, byStatements[1]!.name],
    );
  }

  it("serves the search as a page and as the fragment htmx swaps in while typing", async () => {
    const page = await editorSession.agent
      .get(`/speakers?q=${encodeURIComponent("بلينكين")}`)
      .set("Accept-Language", "ar")
      .expect(200);
    const search = dom(page.text);
    assert.deepEqual(language(search), { lang: "ar", dir: "rtl" });
    assert.match(one(search, '[hx-get="/speakers"]').getAttribute("hx-trigger") ?? "", /^input changed delay:200ms/);
    const name = search.querySelectorAll("a.speaker-name").find((link) => link.textContent === "أنتوني بلينكن");
    assert.ok(name && /^\/speakers\/\d+$/.test(name.getAttribute("href")!) && name.getAttribute("dir") === "auto");
    const fragment = await editorSession.agent
      .get(`/speakers?q=${encodeURIComponent("بلين")}`)
      .set("HX-Request", "true")
      .set("HX-Request-Type", "partial")
      .expect(200);
    assert.deepEqual(topLevel(fragment.text), ["section#speaker-results"], "the results alone, no page around them");
    assert.match(shownText(dom(fragment.text)), /مارك بلينكن/);
    assert.equal(fragment.headers.vary?.includes("HX-Request"), true);
  });

  it("counts speakers and statements in the grammar of each language", async () => {
    const arabic = await editorSession.agent
      .get(`/speakers?q=${encodeURIComponent("أنتوني بلينكن")}`)
      .set("Accept-Language", "ar")
      .expect(200);
    // Antony Blinken with four statements, and Mark Blinken, found by the surname, with one.
    const inArabic = shownText(dom(arabic.text));
    assert.match(inArabic, /متحدثان لـ «أنتوني بلينكن»/);
    assert.match(inArabic, /4 تصريحات —/);
    assert.match(inArabic, /(^| )تصريح واحد —/);
    const english = await editorSession.agent
      .get(`/speakers?q=${encodeURIComponent("أنتوني بلينكن")}`)
      .set("Accept-Language", "en")
      .expect(200);
    const inEnglish = shownText(dom(english.text));
    assert.match(inEnglish, /2 speakers for “أنتوني بلينكن”/);
    assert.match(inEnglish, /4 statements —/);
    assert.match(inEnglish, /(^| )1 statement —/);
  });

  describe("an editor merges two speakers and undoes it", () => {
    let antony: number;
    let mark: number;
    let antonyBefore: number[];
    let markBefore: number[];
    let moveId: number;
    before(async () => {
      [antony] = (await speakerOf("blinken-doha")) as [number];
      [mark] = (await speakerOf("mark-blinken")) as [number];
      antonyBefore = await statementsOf(antony);
      markBefore = await statementsOf(mark);
    });
    const merge = (token: string, body: object) => api("post", `/api/speakers/${mark}/merge`, token).send(body);

    it("refuses the merge to checkers and viewers", async () => {
      await merge(checkerToken, { intoId: antony }).expect(403);
      await merge(viewerToken, { intoId: antony }).expect(403);
    });

    it("refuses a merge into the speaker itself or without a target", async () => {
      await merge(editorToken, { intoId: mark }).expect(400);
      await merge(editorToken, { into: antony }).expect(400);
    });

    it("moves every statement and the alias into the speaker merged into", async () => {
      const merged = await merge(editorToken, { intoId: antony }).expect(200);
      assert.equal(merged.body.id, antony);
      assert.equal(merged.body.statementCount, antonyBefore.length + markBefore.length);
      assert.ok(merged.body.aliases.some((alias: { text: string }) => alias.text === "مارك بلينكن"));
      assert.deepEqual(
        await statementsOf(antony),
        [...antonyBefore, ...markBefore].sort((a, b) => a - b),
      );
    });

    it("refuses to merge the same speaker twice", async () => {
      await merge(editorToken, { intoId: antony }).expect(409);
    });

    it("leads the merged speaker's page to the one it went into, and leaves it out of search", async () => {
      const gone = await editorSession.agent.get(`/speakers/${mark}`).expect(303);
      assert.equal(gone.headers.location, `/speakers/${antony}?merged=${mark}`);
      assert.ok(!(await search("مارك بلينكن")).some((hit) => hit.id === mark));
    });

    it("records the merge on both speakers, with the editor who made it", async () => {
      const events = await db.query<{ action: string; subject_id: number; actor_id: number }>(
        "SELECT action, subject_id, actor_id FROM audit_events WHERE subject_type = 'speaker' ORDER BY id",
      );
      assert.deepEqual(events, [
        { action: "speaker.merged", subject_id: mark, actor_id: editor.id },
        { action: "speaker.absorbed", subject_id: antony, actor_id: editor.id },
      ]);
    });

    it("offers the undo as a form on the merged-into speaker's page", async () => {
      const [move] = await db.query<{ id: number }>("SELECT id FROM speaker_moves WHERE from_speaker_id = $1", [mark]);
      moveId = move!.id;
      const show = await editorSession.agent.get(`/speakers/${antony}`).set("Accept-Language", "en").expect(200);
      assert.equal(one(dom(show.text), `form[action="/speakers/moves/${moveId}/undo"]`).getAttribute("method"), "post");
    });

    it("undoes the merge: each speaker gets its own statements back and search finds the other again", async () => {
      const undone = await editorSession.agent.post(`/speakers/moves/${moveId}/undo`).type("form").send({ _csrf: editorSession.csrf }).expect(303);
      assert.equal(undone.headers.location, `/speakers/${mark}?done=undone`);
      assert.deepEqual(await statementsOf(antony), antonyBefore);
      assert.deepEqual(await statementsOf(mark), markBefore);
      assert.equal((await search("مارك بلينكن"))[0]!.id, mark);
    });

    it("refuses a second undo and records the undo on both speakers", async () => {
      await editorSession.agent.post(`/speakers/moves/${moveId}/undo`).type("form").send({ _csrf: editorSession.csrf }).expect(409);
      const [undoEvent] = await db.query<{ count: number }>("SELECT count(*)::int AS count FROM audit_events WHERE action = 'speaker.merge_undone'");
      assert.equal(undoEvent!.count, 2);
    });
  });

  describe("an editor detaches an alias with its statements and undoes it", () => {
    let antony: number;
    let alias: number;
    let detached: number;
    before(async () => {
      [antony] = (await speakerOf("blinken-doha")) as [number];
      const [row] = await db.query<{ id: number }>("SELECT id FROM speaker_aliases WHERE speaker_id = $1 AND text = 'بلينكين'", [antony]);
      alias = row!.id;
    });

    it("refuses the detach to checkers", async () => {
      const checkerSession = await signIn(app, checker);
      await checkerSession.agent.post(`/speakers/${antony}/aliases/${alias}/detach`).type("form").send({ _csrf: checkerSession.csrf }).expect(403);
    });

    it("refuses to detach the speaker's own name, saying why", async () => {
      const [nameAlias] = await db.query<{ id: number }>("SELECT id FROM speaker_aliases WHERE speaker_id = $1 AND reason = 'name'", [antony]);
      const refused = await editorSession.agent
        .post(`/speakers/${antony}/aliases/${nameAlias!.id}/detach`)
        .set("Accept-Language", "en")
        .type("form")
        .send({ _csrf: editorSession.csrf })
        .expect(400);
      assert.match(shownText(dom(refused.text)), /This alias is the speaker's name/);
    });

    it("moves the alias's statements into a new speaker and records how many", async () => {
      const berlin = await statementIdsIn("blinken-berlin");
      const res = await editorSession.agent.post(`/speakers/${antony}/aliases/${alias}/detach`).type("form").send({ _csrf: editorSession.csrf }).expect(303);
      detached = Number(/^\/speakers\/(\d+)\?done=detached$/.exec(res.headers.location!)![1]);
      assert.notEqual(detached, antony);
      assert.deepEqual(await statementsOf(detached), berlin);
      assert.equal((await statementsOf(antony)).length, 3);
      const [event] = await db.query<{ after: { alias: string; statements: number } }>(
        "SELECT after FROM audit_events WHERE action = 'speaker.alias_detached'",
      );
      assert.deepEqual([event!.after.alias, event!.after.statements], ["بلينكين", 1]);
    });

    it("undoes the detach: the statements return and the new speaker's page leads back", async () => {
      const [move] = await db.query<{ id: number }>("SELECT id FROM speaker_moves WHERE kind = 'detach'");
      await editorSession.agent.post(`/speakers/moves/${move!.id}/undo`).type("form").send({ _csrf: editorSession.csrf }).expect(303);
      assert.equal((await statementsOf(antony)).length, 4);
      assert.equal((await editorSession.agent.get(`/speakers/${detached}`).expect(303)).headers.location, `/speakers/${antony}?merged=${detached}`);
      const [after] = await db.query<{ count: number }>("SELECT count(*)::int FROM audit_events WHERE action = 'speaker.detach_undone'");
      assert.equal(after!.count, 2);
    });
  });

  it("searches statement text with Arabic and English stemming, and partial words", async () => {
    const ids = async (q: string) =>
      (await api("get", `/api/statements?q=${encodeURIComponent(q)}`).expect(200)).body.items.map((item: { id: number }) => item.id);
    const [arabic] = await statementIdsIn("vaccines-ar");
    const [english] = await statementIdsIn("vaccines-en");
    assert.deepEqual(await ids("لقاح"), [arabic], "«لقاح» finds «اللقاحات» through the arabic stemmer");
    assert.deepEqual(await ids("المحافظة"), [arabic], "«المحافظة» finds «المحافظات»");
    assert.deepEqual(await ids("vaccines"), [english], '"vaccines" finds "vaccination" through the english stemmer');
    assert.deepEqual(await ids("provinces"), [english]);
    assert.deepEqual(await ids("اللقا"), [arabic], "a partial word, by trigram");
    assert.deepEqual(await ids("vaccinat"), [english]);
    const queue = await editorSession.agent.get(`/statements?q=${encodeURIComponent("لقاح")}`).expect(200);
    assert.match(shownText(dom(queue.text)), /اللقاحات ستصل/);
  });

  describe("the status board, its figures equal to counts made directly in SQL", () => {
    let all: { id: number; version: number }[];
    let board: Board;
    const sql = async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) => db.query<T>(text, params);
    before(async () => {
      all = await db.query<{ id: number; version: number }>("SELECT id, version FROM statements ORDER BY id");
      const verdict = (index: number, status: string) =>
        api("patch", `/api/statements/${all[index]!.id}`, index % 2 ? editorToken : checkerToken)
          .send({ status, note: "Checked against the record.", version: all[index]!.version })
          .expect(200);
      await verdict(0, "verified");
      await verdict(1, "disputed");
      await verdict(2, "verified");
      await verdict(3, "disputed");
      await api("patch", `/api/statements/${all[4]!.id}`).send({ assigneeId: checker.id, version: 1 }).expect(200);
      await api("patch", `/api/statements/${all[5]!.id}`).send({ assigneeId: checker.id, version: 1 }).expect(200);
      await api("patch", `/api/statements/${all[5]!.id}`).send({ removed: true, version: 2 }).expect(200);
      // Two statements waited two days: the overdue threshold here is 24 hours.
      await db.query("UPDATE statements SET created_at = now() - interval '50 hours' WHERE id = ANY($1::int[])", [[all[6]!.id, all[7]!.id]]);
      board = (await api("get", "/api/board", editorToken).expect(200)).body;
    });

    it("refuses the board to checkers, as data and as a page", async () => {
      await api("get", "/api/board", checkerToken).expect(403);
      const checkerSession = await signIn(app, checker);
      await checkerSession.agent.get("/board").expect(403);
    });

    it("gives the desk's totals by status", async () => {
      const [desk] = await sql<{ pending: number; verified: number; disputed: number; total: number }>(`
        SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending, count(*) FILTER (WHERE status = 'verified')::int AS verified,
               count(*) FILTER (WHERE status = 'disputed')::int AS disputed, count(*)::int AS total FROM statements WHERE removed_at IS NULL`);
      assert.deepEqual(board.desk, desk);
      assert.equal(board.desk.verified, 2);
    });

    it("gives each article's counts by status", async () => {
      const perArticle = await sql<{ id: number; pending: number; verified: number; disputed: number }>(`
        SELECT article_id AS id, count(*) FILTER (WHERE status = 'pending')::int AS pending, count(*) FILTER (WHERE status = 'verified')::int AS verified,
               count(*) FILTER (WHERE status = 'disputed')::int AS disputed FROM statements WHERE removed_at IS NULL GROUP BY article_id`);
      for (const article of board.articles) {
        const expected = perArticle.find((row) => row.id === article.id)!;
        assert.deepEqual([article.counts.pending, article.counts.verified, article.counts.disputed], [expected.pending, expected.verified, expected.disputed]);
      }
    });

    it("keeps every article's and speaker's counts equal to a direct count, after merges and detaches", async () => {
      // Rows whose kept counts differ from a direct count of their statements.
      const mismatched = async (table: "articles" | "speakers", key: "article_id" | "speaker_id") =>
        (
          await sql<{ mismatched: number }>(`
          SELECT count(*)::int AS mismatched FROM ${table} t LEFT JOIN (
            SELECT ${key}, count(*) FILTER (WHERE status = 'pending') AS p, count(*) FILTER (WHERE status = 'verified') AS v, count(*) FILTER (WHERE status = 'disputed') AS d
              FROM statements WHERE removed_at IS NULL GROUP BY ${key}) c ON c.${key} = t.id
           WHERE (t.pending_count, t.verified_count, t.disputed_count) IS DISTINCT FROM (coalesce(c.p, 0)::int, coalesce(c.v, 0)::int, coalesce(c.d, 0)::int)`)
        )[0]!.mismatched;
      assert.equal(await mismatched("articles", "article_id"), 0);
      assert.equal(await mismatched("speakers", "speaker_id"), 0);
    });

    it("lists the ten speakers with the most pending statements", async () => {
      const topSpeakers = await sql<{ id: number }>(`
        SELECT speaker_id AS id FROM statements WHERE removed_at IS NULL AND status = 'pending' AND speaker_id IS NOT NULL
         GROUP BY speaker_id ORDER BY count(*) DESC, speaker_id LIMIT 10`);
      assert.deepEqual(
        board.speakers.map((speaker) => speaker.id),
        topSpeakers.map((row) => row.id),
      );
    });

    it("gives each checker's assigned and reviewed statements, a removed one left out", async () => {
      const huda = board.checkers.find((row) => row.id === checker.id)!;
      const [assigned] = await sql<{ pending: number }>(
        "SELECT count(*)::int AS pending FROM statements WHERE assignee_id = $1 AND status = 'pending' AND removed_at IS NULL",
        [checker.id],
      );
      assert.equal(huda.assigned.pending, assigned!.pending);
      assert.equal(huda.assigned.pending, 1);
      const [reviewed] = await sql<{ verified: number; disputed: number }>(
        `SELECT count(*) FILTER (WHERE status = 'verified')::int AS verified, count(*) FILTER (WHERE status = 'disputed')::int AS disputed
           FROM statements WHERE reviewed_by_id = $1 AND removed_at IS NULL`,
        [checker.id],
      );
      assert.deepEqual([huda.reviewed.verified, huda.reviewed.disputed], [reviewed!.verified, reviewed!.disputed]);
    });

    it("gives today's verdicts as the last of thirty days", async () => {
      const [today] = await sql<{ verified: number; disputed: number }>(`
        SELECT count(*) FILTER (WHERE after->>'status' = 'verified')::int AS verified, count(*) FILTER (WHERE after->>'status' = 'disputed')::int AS disputed
          FROM audit_events WHERE action = 'statement.status' AND created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`);
      assert.deepEqual(board.verdictsPerDay.at(-1), { day: new Date().toISOString().slice(0, 10), ...today });
      assert.equal(board.verdictsPerDay.length, 30);
    });

    it("counts the overdue statements and lists them first among the oldest pending", async () => {
      const [overdue] = await sql<{ count: number }>(
        "SELECT count(*)::int FROM statements WHERE status = 'pending' AND removed_at IS NULL AND created_at < now() - interval '24 hours'",
      );
      assert.equal(board.overdue, overdue!.count);
      assert.equal(board.overdue, 2);
      assert.deepEqual(
        board.oldestPending.slice(0, 2).map((row) => [row.id, row.overdue]),
        [
          [all[6]!.id, true],
          [all[7]!.id, true],
        ],
      );
    });

    it("bands every pending statement by age and shows the latest activity first", () => {
      assert.equal(
        board.ageing.reduce((sum, band) => sum + band.count, 0),
        board.desk.pending,
      );
      assert.equal(board.activity[0]!.action, "statement.removed");
    });

    it("shows the page polling every five seconds, with the chart and the overdue badge", async () => {
      const page = await editorSession.agent.get("/board").set("Accept-Language", "en").expect(200);
      const shownBoard = dom(page.text);
      const polling = one(shownBoard, "div#board");
      assert.deepEqual(
        ["hx-get", "hx-trigger", "hx-swap"].map((name) => polling.getAttribute(name)),
        ["/board", "every 5s", "innerMorph"],
      );
      assert.ok(shownBoard.querySelector('svg.chart[role="img"]'));
      assert.ok(texts(shownBoard, "span.badge-overdue").includes("overdue"));
      assert.ok(texts(shownBoard, "td").includes("0–24 h"));
    });

    it("names the age bands in Arabic words, the chart's bars included for screen readers", async () => {
      const arabic = await editorSession.agent.get("/board").set("Accept-Language", "ar").expect(200);
      // The bands in words, not Latin "h", and no dash for the bidi algorithm to reorder.
      const boardInArabic = dom(arabic.text);
      assert.ok(texts(boardInArabic, "td").includes("من 0 إلى 24 ساعة"));
      assert.ok(texts(boardInArabic, "td").includes("168 ساعة فأكثر"));
      assert.ok(texts(boardInArabic, "svg title").some((title) => /^من 0 إلى 24 ساعة: \d+$/.test(title)));
    });

    it("answers htmx's poll with only what goes inside the board", async () => {
      const fragment = await editorSession.agent.get("/board").set("HX-Request", "true").set("HX-Request-Type", "partial").expect(200);
      assert.equal(dom(fragment.text).querySelector("html, #board"), null);
      assert.match(shownText(dom(fragment.text)), /Waiting over 24 h|تنتظر أكثر من 24 ساعة/);
    });
  });

  it("keeps every count right when changes come from many connections at once, each adding to its own slot", async () => {
    const pending = await db.query<{ id: number }>("SELECT id FROM statements WHERE status = 'pending' AND removed_at IS NULL ORDER BY id LIMIT 6");
    assert.equal(pending.length, 6);
    const clients = await Promise.all(
      pending.map(async () => {
        const client = new pg.Client({ connectionString: db.url });
        await client.connect();
        return client;
      }),
    );
    try {
      // Each statement is judged on one connection and sent back to pending on the next: counted up in one slot and down in another.
      await Promise.all(
        clients.map((client, k) =>
          client.query("UPDATE statements SET status = 'verified', reviewed_by_id = $2, version = version + 1 WHERE id = $1", [pending[k]!.id, checker.id]),
        ),
      );
      await Promise.all(
        clients.map((client, k) => client.query("UPDATE statements SET status = 'pending', version = version + 1 WHERE id = $1", [pending[(k + 1) % 6]!.id])),
      );
      await clients[0]!.query("UPDATE statements SET status = 'disputed', version = version + 1 WHERE id = $1", [pending[2]!.id]);
      const slots = new Set(
        await Promise.all(clients.map(async (client) => (await client.query<{ slot: number }>("SELECT tally_slot() AS slot")).rows[0]!.slot)),
      );
      const [used] = await db.query<{ slots: number }>("SELECT count(DISTINCT slot)::int AS slots FROM status_tallies WHERE scope = 'desk'");
      assert.ok(used!.slots >= slots.size && slots.size > 1, `the connections wrote to ${slots.size} slots`);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
    const [desk] = await db.query<{ pending: number; verified: number; disputed: number; total: number }>(`
      SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending, count(*) FILTER (WHERE status = 'verified')::int AS verified,
             count(*) FILTER (WHERE status = 'disputed')::int AS disputed, count(*)::int AS total FROM statements WHERE removed_at IS NULL`);
    const board = (await api("get", "/api/board", editorToken).expect(200)).body;
    assert.deepEqual(board.desk, desk);
    assert.equal(
      board.ageing.reduce((sum: number, band: { count: number }) => sum + band.count, 0),
      desk!.pending,
      "pending by hour, summed over slots",
    );
    const [today] = await db.query<{ n: number }>(
      "SELECT sum(count)::int AS n FROM verdict_days WHERE day = (now() AT TIME ZONE 'UTC')::date AND status = 'verified'",
    );
    assert.equal(board.verdictsPerDay.at(-1).verified, today!.n);
    const queue = await editorSession.agent.get("/statements").set("Accept-Language", "en").expect(200);
    const tab = (status: string) => dom(queue.text).querySelector(`[data-count-status="${status}"] .count`)?.textContent;
    assert.deepEqual([tab("pending"), tab("verified"), tab("disputed")], [desk!.pending, desk!.verified, desk!.disputed].map(String));
  });

  it("plans the counts' statements once per connection, not again on every change", async () => {
    // Replanning them on every call cost a status change a fifth of its database time at a million
    // statements; a migration that restates the function without the setting would bring that back.
    const [counts] = await db.query<{ config: string[] | null }>(
      "SELECT proconfig AS config FROM pg_proc WHERE oid = 'apply_statement_count_deltas(statement_count_delta[])'::regprocedure",
    );
    assert.deepEqual(counts!.config, ["plan_cache_mode=force_generic_plan"]);
  });

  it("keeps on every alias its speaker's statement count, which search ranks by, through removals, merges, detaches and undos", async () => {
    // Earlier tests merged, detached and undid both; here one statement leaves as "not a statement".
    const [khatib] = await speakerOf("vaccines-ar");
    const [statement] = await db.query<{ id: number; version: number }>(
      "SELECT id, version FROM statements WHERE speaker_id = $1 AND removed_at IS NULL ORDER BY id LIMIT 1",
      [khatib],
    );
    const before = (await search("سامي الخطيب"))[0]!;
    await api("patch", `/api/statements/${statement!.id}`).send({ removed: true, version: statement!.version }).expect(200);
    assert.equal((await search("سامي الخطيب"))[0]!.statementCount, before.statementCount - 1);
    const [antony] = await speakerOf("blinken-doha");
    const [mark] = await speakerOf("mark-blinken");
    const antonyBefore = (await search("أنتوني بلينكن"))[0]!;
    assert.equal(antonyBefore.id, antony);
    const markCount = (await search("مارك بلينكن"))[0]!.statementCount;
    await api("post", `/api/speakers/${mark}/merge`, editorToken).send({ intoId: antony }).expect(200);
    assert.equal((await search("أنتوني بلينكن"))[0]!.statementCount, antonyBefore.statementCount + markCount);
    assert.ok(!(await search("بلينكن")).some((hit) => hit.id === mark));
    const wrong = await db.query<{ id: number }>(`
      SELECT a.id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
       WHERE a.speaker_statement_count IS DISTINCT FROM CASE WHEN s.merged_into_id IS NULL
             THEN (SELECT count(*)::int FROM statements t WHERE t.speaker_id = s.id AND t.removed_at IS NULL) END`);
    assert.deepEqual(wrong, [], "every alias holds its speaker's count, or nothing once merged");

    // Search reads the words of aliases from speaker_word_ranks: after all of the above, one row per
    // word of every alias (where it stands in it), and one for its surname consonants, each with the alias's speaker and count.
    const aliases = await db.query<{
      id: number;
      speaker_id: number;
      text: string;
      normalized_text: string;
      surname_key: string;
      speaker_statement_count: number | null;
    }>("SELECT id, speaker_id, text, normalized_text, surname_key, speaker_statement_count FROM speaker_aliases");
    const expected = aliases.flatMap((alias) => {
      const words = alias.normalized_text.split(" ").filter(Boolean);
      const rows: [string, number][] = words.map((word, k) => [word, words.length === 1 ? 0 : k === 0 ? 1 : 2]);
      if (alias.surname_key !== "" && alias.surname_key !== "-") rows.push([alias.surname_key, 3]);
      return [
        ...new Set(rows.map(([word, place]) => JSON.stringify([alias.id, word, place, alias.speaker_id, alias.speaker_statement_count, alias.text.length]))),
      ];
    });
    const stored = await db.query<{ row: string }>(
      "SELECT json_build_array(alias_id, word, place, speaker_id, statements, alias_length)::text AS row FROM speaker_word_ranks",
    );
    assert.ok(expected.length > aliases.length);
    assert.deepEqual(stored.map((row) => JSON.stringify(JSON.parse(row.row))).sort(), expected.sort());
  });

  it("puts new aliases straight into the search index, where no search has to read a pending list first", async () => {
    const [index] = await db.query<{ options: string[] | null }>(
      "SELECT reloptions AS options FROM pg_class WHERE relname = 'speaker_aliases_normalized_text_trgm_idx'",
    );
    assert.deepEqual(index!.options, ["fastupdate=off"]);
  });
});
