import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { BACKEND, createTestDatabase, REPO_DIR, type TestDatabase } from "./support/database.ts";
import { cleanEnv, run, tempDir } from "./support/process.ts";

interface FixtureArticle {
  text: string;
  title: string;
  url: string | null;
  date: string | null;
}

const fixtures = (language: string): FixtureArticle[] =>
  fs
    .readFileSync(path.join(REPO_DIR, "test/fixtures/extract", `${language}.jsonl`), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));

const asImportLine = (article: FixtureArticle) =>
  JSON.stringify({
    text: article.text,
    title: article.title,
    ...(article.url ? { url: article.url } : {}),
    ...(article.date ? { publishedAt: article.date } : {}),
  });

describe(`npm run import (${BACKEND})`, () => {
  let db: TestDatabase;
  let env: NodeJS.ProcessEnv;
  let dir: string;
  const counts = async () =>
    (
      await db.query<{ articles: number; statements: number; speakers: number }>(
        "SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM statements)::int AS statements, (SELECT count(*) FROM speakers)::int AS speakers",
      )
    )[0]!;

  before(async () => {
    db = await createTestDatabase();
    env = cleanEnv({ DATABASE_URL: db.url });
    dir = tempDir("isnad-import-");
    const arabic = fixtures("ar").slice(0, 10);
    const english = fixtures("en").slice(0, 5);
    fs.writeFileSync(path.join(dir, "ar.jsonl"), arabic.map(asImportLine).join("\n") + "\n");
    fs.mkdirSync(path.join(dir, "en"));
    // One .txt file holding two stories, each under its headline.
    fs.writeFileSync(path.join(dir, "en", "two-stories.txt"), `${english[0]!.title}\n\n${english[0]!.text}\n\n${english[1]!.title}\n\n${english[1]!.text}\n`);
    fs.writeFileSync(path.join(dir, "en", "one.txt"), english[2]!.text);
    fs.writeFileSync(
      path.join(dir, "en", "broken.jsonl"),
      [asImportLine(english[3]!), "{not json", JSON.stringify({ title: "no text" }), JSON.stringify({ text: english[4]!.text, url: "ftp://nope" }), ""].join(
        "\n",
      ),
    );
    fs.writeFileSync(path.join(dir, "en", "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    fs.writeFileSync(path.join(dir, "notes.md"), "ignored: not an article format");
  });
  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await db.destroy();
  });
  const emptied = () => db.query("TRUNCATE articles, speakers CASCADE");
  type Run = Awaited<ReturnType<typeof run>>;

  describe("a directory with broken files and lines in it", () => {
    let result: Run;
    let stored: Awaited<ReturnType<typeof counts>>;
    before(async () => {
      await emptied();
      result = await run("npm", ["run", "--silent", "import", "--", dir], env);
      stored = await counts();
    });

    it("exits non-zero because something failed", () => {
      assert.equal(result.code, 1, result.stderr);
    });

    it("reports each broken file or line on one stderr line, in order", () => {
      const errors = result.stderr.split("\n").filter((line) => /^import: \//.test(line));
      const expected = [
        /^import: DIR\/en\/broken\.jsonl:2: not valid JSON \(.+\)$/,
        /^import: DIR\/en\/broken\.jsonl:3: text: is required and must be a string$/,
        /^import: DIR\/en\/broken\.jsonl:4: The link must be a full http:\/\/ or https:\/\/ address\.$/,
        /^import: DIR\/en\/latin1\.txt: not valid UTF-8$/,
      ];
      assert.equal(errors.length, expected.length, errors.join("\n"));
      errors.forEach((line, index) => assert.match(line.replace(dir, "DIR"), expected[index]!));
    });

    it("stores every good article without stopping at the broken ones", () => {
      assert.ok(stored.articles >= 14, `10 Arabic, 2 + 1 from .txt, 1 from the broken file: ${stored.articles}`);
      assert.ok(stored.statements > 50);
    });

    it("sums up on stdout what it stored, skipped and failed", () => {
      assert.match(
        result.stdout.trim(),
        new RegExp(
          `^imported ${stored.articles} articles with ${stored.statements} statements and ${stored.speakers} new speakers from 5 files in \\d+s; skipped 0 already stored; failed 4$`,
        ),
      );
    });

    it("shows its progress with a rate and an ETA", () => {
      assert.match(result.stderr, /\[#+-*\] [\d.]+% [\d,]+ articles, [\d,]+\/s, ETA/);
    });

    it("stores the two stories of one .txt file as two articles", async () => {
      const first = fixtures("en")[0]!.title;
      const titles = (await db.query<{ title: string }>("SELECT title FROM articles WHERE body LIKE $1 ORDER BY id", [`${first}%`])).map((r) => r.title);
      assert.deepEqual(titles, [first]);
    });

    it("records each article in the audit log as imported", async () => {
      const [event] = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_events WHERE action = 'article.created' AND after->>'via' = 'import'",
      );
      assert.ok(event!.n >= stored.articles);
    });
  });

  describe("run again", () => {
    let partial: Run;
    let full: Run;
    let again: Run;
    let afterPartial: Awaited<ReturnType<typeof counts>>;
    let afterFull: Awaited<ReturnType<typeof counts>>;
    before(async () => {
      await emptied();
      partial = await run("npm", ["run", "--silent", "import", "--", path.join(dir, "ar.jsonl")], env);
      afterPartial = await counts();
      full = await run("npm", ["run", "--silent", "import", "--", dir], env);
      afterFull = await counts();
      again = await run("npm", ["run", "--silent", "import", "--", dir], env);
    });

    it("after an interrupted run stores only what is missing", () => {
      assert.equal(partial.code, 0, partial.stderr);
      assert.match(partial.stdout, new RegExp(`^imported ${afterPartial.articles} articles`));
      assert.match(
        full.stdout,
        new RegExp(`imported ${afterFull.articles - afterPartial.articles} articles .* skipped ${afterPartial.articles} already stored; failed 4`),
      );
    });

    it("after a complete run stores nothing twice and says it skipped everything", async () => {
      assert.match(
        again.stdout.trim(),
        new RegExp(`^imported 0 articles with 0 statements and 0 new speakers from 5 files in \\d+s; skipped ${afterFull.articles} already stored; failed 4$`),
      );
      assert.deepEqual(await counts(), afterFull, "nothing duplicated");
    });
  });

  describe("a news .jsonl as it comes", () => {
    let file: string;
    let result: Run;
    let stored: { title: string; language: string; published: string | null; body: string }[];
    before(async () => {
      await emptied();
      const english = fixtures("en");
      const results = "Results by party:\n\nConservative Party - 365 seats\n\nLabour Party - 203 seats\n\nLiberal Democrats - 11 seats\n\n";
      const lines = [
        { id: "en-1", lang: "en", date: "2019-12-13", title: english[5]!.title, text: `${results}${english[5]!.text}` },
        { id: "en-2", lang: "en", date: null, url: null, title: english[6]!.title, text: english[6]!.text, tags: ["politics"] },
      ];
      file = path.join(dir, "news.jsonl");
      fs.writeFileSync(file, lines.map((line) => JSON.stringify(line)).join("\n") + "\n");
      try {
        result = await run("npm", ["run", "--silent", "import", "--", file], env);
      } finally {
        fs.rmSync(file, { force: true });
      }
      stored = await db.query("SELECT title, language::text AS language, to_char(published_at, 'YYYY-MM-DD') AS published, body FROM articles ORDER BY id");
    });

    it("understands lang and date", () => {
      assert.equal(result.code, 0, result.stderr);
      const english = fixtures("en");
      assert.deepEqual(
        stored.map((a) => [a.title, a.language, a.published]),
        [
          [english[5]!.title, "en", "2019-12-13"],
          [english[6]!.title, "en", null],
        ],
      );
    });

    it("leaves out keys that are no article field, with one warning", () => {
      const warnings = result.stderr.split("\n").filter((line) => /^import: \//.test(line));
      assert.deepEqual(warnings, [`import: ${file}: left out keys that are no article field: id, tags`]);
    });

    it("never splits a titled article at its list lines", () => {
      assert.ok(stored[0]!.body.startsWith("Results by party:"), "the list lines stay inside their article");
    });
  });

  it("fails with one line when no path is given", async () => {
    const none = await run("npm", ["run", "--silent", "import"], env);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^import: no paths given\. usage: npm run import/);
  });

  it("fails with one line per path that is not there or not importable, and counts them", async () => {
    const missing = await run("npm", ["run", "--silent", "import", "--", path.join(dir, "nope"), path.join(dir, "notes.md")], env);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nope: no such file or directory/);
    assert.match(missing.stderr, /notes\.md: not a \.txt or \.jsonl file/);
    assert.match(missing.stdout, /imported 0 articles .* failed 2/);
  });
});
