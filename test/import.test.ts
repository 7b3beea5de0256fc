import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, beforeEach, describe, it } from "node:test";
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
  beforeEach(() => db.query("TRUNCATE articles, speakers CASCADE"));

  it("imports a directory, reports each broken file or line without stopping, and sums up", async () => {
    const result = await run("npm", ["run", "--silent", "import", "--", dir], env);
    assert.equal(result.code, 1, "failures make the exit code non-zero");
    const errors = result.stderr.split("\n").filter((line) => /^import: \//.test(line));
    const expected = [
      /^import: DIR\/en\/broken\.jsonl:2: not valid JSON \(.+\)$/,
      /^import: DIR\/en\/broken\.jsonl:3: text: is required and must be a string$/,
      /^import: DIR\/en\/broken\.jsonl:4: The link must be a full http:\/\/ or https:\/\/ address\.$/,
      /^import: DIR\/en\/latin1\.txt: not valid UTF-8$/,
    ];
    assert.equal(errors.length, expected.length, errors.join("\n"));
    errors.forEach((line, index) => assert.match(line.replace(dir, "DIR"), expected[index]!));
    const stored = await counts();
    assert.ok(stored.articles >= 14, `10 Arabic, 2 + 1 from .txt, 1 from the broken file: ${stored.articles}`);
    assert.ok(stored.statements > 50);
    const summary = result.stdout.trim();
    assert.match(
      summary,
      new RegExp(
        `^imported ${stored.articles} articles with ${stored.statements} statements and ${stored.speakers} new speakers from 5 files in \\d+s; skipped 0 already stored; failed 4$`,
      ),
    );
    assert.match(result.stderr, /\[#+-*\] [\d.]+% [\d,]+ articles, [\d,]+\/s, ETA/, "progress with rate and ETA");
    const titles = (await db.query<{ title: string }>("SELECT title FROM articles WHERE body LIKE $1 ORDER BY id", [`${fixtures("en")[0]!.title}%`])).map(
      (r) => r.title,
    );
    assert.deepEqual(titles, [fixtures("en")[0]!.title], "the two stories of one .txt file are two articles");
    const [event] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events WHERE action = 'article.created' AND after->>'via' = 'import'");
    assert.ok(event!.n >= stored.articles);
  });

  it("is idempotent and resumes: a second run, or one after an interrupted run, stores only what is missing", async () => {
    const partial = await run("npm", ["run", "--silent", "import", "--", path.join(dir, "ar.jsonl")], env);
    assert.equal(partial.code, 0, partial.stderr);
    const afterPartial = await counts();
    assert.match(partial.stdout, new RegExp(`^imported ${afterPartial.articles} articles`));

    const full = await run("npm", ["run", "--silent", "import", "--", dir], env);
    const afterFull = await counts();
    assert.match(
      full.stdout,
      new RegExp(`imported ${afterFull.articles - afterPartial.articles} articles .* skipped ${afterPartial.articles} already stored; failed 4`),
    );

    const again = await run("npm", ["run", "--silent", "import", "--", dir], env);
    assert.match(
      again.stdout.trim(),
      new RegExp(`^imported 0 articles with 0 statements and 0 new speakers from 5 files in \\d+s; skipped ${afterFull.articles} already stored; failed 4$`),
    );
    assert.deepEqual(await counts(), afterFull, "nothing duplicated");
  });

  it("imports a news .jsonl as it comes: lang and date understood, other keys left out with one warning, a titled article never split", async () => {
    const english = fixtures("en");
    const results = "Results by party:\n\nConservative Party - 365 seats\n\nLabour Party - 203 seats\n\nLiberal Democrats - 11 seats\n\n";
    const lines = [
      { id: "en-1", lang: "en", date: "2019-12-13", title: english[5]!.title, text: `${results}${english[5]!.text}` },
      { id: "en-2", lang: "en", date: null, url: null, title: english[6]!.title, text: english[6]!.text, tags: ["politics"] },
    ];
    const file = path.join(dir, "news.jsonl");
    fs.writeFileSync(file, lines.map((line) => JSON.stringify(line)).join("\n") + "\n");
    try {
      const result = await run("npm", ["run", "--silent", "import", "--", file], env);
      assert.equal(result.code, 0, result.stderr);
      const warnings = result.stderr.split("\n").filter((line) => /^import: \//.test(line));
      assert.deepEqual(warnings, [`import: ${file}: left out keys that are no article field: id, tags`]);
      const stored = await db.query<{ title: string; language: string; published: string | null; body: string }>(
        "SELECT title, language::text AS language, to_char(published_at, 'YYYY-MM-DD') AS published, body FROM articles ORDER BY id",
      );
      assert.deepEqual(
        stored.map((a) => [a.title, a.language, a.published]),
        [
          [english[5]!.title, "en", "2019-12-13"],
          [english[6]!.title, "en", null],
        ],
      );
      assert.ok(stored[0]!.body.startsWith("Results by party:"), "the list lines stay inside their article");
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it("fails with one line for a path that is not there or not importable, and for no paths", async () => {
    const none = await run("npm", ["run", "--silent", "import"], env);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^import: no paths given\. usage: npm run import/);
    const missing = await run("npm", ["run", "--silent", "import", "--", path.join(dir, "nope"), path.join(dir, "notes.md")], env);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nope: no such file or directory/);
    assert.match(missing.stderr, /notes\.md: not a \.txt or \.jsonl file/);
    assert.match(missing.stdout, /imported 0 articles .* failed 2/);
  });
});
