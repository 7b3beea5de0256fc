import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";
import { createApp } from "../src/app.ts";
import { createLogger } from "../src/logger.ts";
import { BACKEND, createTestDatabase, REPO_DIR, type TestDatabase } from "./support/database.ts";
import { makeUser, PASSWORD, testConfig } from "./support/accounts.ts";

/*
 * Real Chromium (Debian's, never a downloaded one) against the real app on a real database.
 * Screenshots of the queue and the statement page in both languages go to test/artifacts/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = path.join(REPO_DIR, "test", "artifacts");
const available = fs.existsSync(CHROMIUM);
// CI installs Chromium, so there a missing browser is a failure; elsewhere the tests say why they skip.
const skip = !available && !process.env.CI ? `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)` : false;

const ARTICLE = fs
  .readFileSync(path.join(REPO_DIR, "test/fixtures/extract/ar.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as { id: string; title: string; text: string })
  .find((article) => article.id === "ar-qcri-wikinews-culture-10")!;

/** What the page-side functions below use of the browser (the project's TypeScript has no DOM types). */
interface InPage {
  window: { scrollTo(x: number, y: number): void; scrollY: number };
  document: { querySelector(selector: string): { textContent: string; marked?: boolean } };
}

/** axe-core's violations on the page at the impacts that count: "rule (impact): target, …". */
async function runAxe(page: Page): Promise<string[]> {
  type Result = { id: string; impact: string; nodes: { target: string[] }[] };
  const violations = await page.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Result[] }> } };
    const result = await axe.run(globalThis, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations
    .filter((v) => ["critical", "serious", "moderate"].includes(v.impact))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(", ")}`,
    );
}

describe(`the desk in Chromium (${BACKEND})`, { skip }, () => {
  let db: TestDatabase;
  let server: http.Server;
  let base: string;
  let browser: Browser;
  let email: string;
  const errors: string[] = [];

  before(async () => {
    db = await createTestDatabase();
    server = http.createServer(createApp({ prisma: db.prisma, config: testConfig(), logger: createLogger("silent") }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    email = (await makeUser(db.prisma, "checker", "هدى")).email;
    await makeUser(db.prisma, "checker", "Omar");
    await makeUser(db.prisma, "editor", "Salma");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await db?.destroy();
  });

  async function signIn(locale: string, as = email): Promise<Page> {
    const page = await browser.newPage({ locale, viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "error" && !/status of (401|409|422)/.test(message.text()))
        errors.push(`${page.url()} ${JSON.stringify(message.location())} ${message.text().slice(0, 40)}`);
    });
    await page.goto(`${base}/statements`);
    assert.match(page.url(), /\/login\?next=%2Fstatements$/);
    await page.fill("#email", as);
    await page.fill("#password", PASSWORD);
    await page.click(".sign-in-form button[type=submit]");
    await page.waitForURL(/\/statements$/);
    return page;
  }

  it("signs in, pastes an Arabic article, reviews a statement with the keyboard, and shows a colleague's conflicting change", async () => {
    const huda = await signIn("ar");
    assert.equal(await huda.getAttribute("html", "dir"), "rtl");
    await huda.goto(`${base}/`);
    await huda.fill("#article-text", `${ARTICLE.title}\n\n${ARTICLE.text}`);
    await huda.click("#article-form button[type=submit]");
    await huda.waitForURL(/\/articles\/\d+$/);
    assert.ok((await huda.locator("mark.statement").count()) >= 8, "the statements are highlighted");
    // From the article to a statement: the speaker's name after a highlight, and each line of "who said what".
    const articleUrl = huda.url();
    await huda.click(".article-body .speaker-tag >> nth=0");
    await huda.waitForURL(/\/statements\/\d+$/);
    assert.ok(await huda.locator(".verdict-form").isVisible());
    await huda.goto(articleUrl);
    await huda.click(".statement-item > a >> nth=0");
    await huda.waitForURL(/\/statements\/\d+$/);

    await huda.goto(`${base}/statements`);
    await huda.keyboard.press("j");
    await huda.keyboard.press("j");
    const chosen = await huda.locator(".queue-item.is-current").getAttribute("data-id");
    assert.ok(chosen);
    await huda.keyboard.press("d");
    await huda.waitForURL(new RegExp(`/statements/${chosen}\\?status=disputed`));
    assert.equal(await huda.isChecked("input[value=disputed]"), true);
    await huda.fill("#verdict-note", "لا يوجد ما يثبت ذلك.");
    await huda.screenshot({ path: path.join(ARTIFACTS, "statement-ar.png"), fullPage: true, caret: "initial" });

    // A colleague, in English, saves first.
    const omar = await signIn("en", (await db.query<{ email: string }>("SELECT email FROM users WHERE name = 'Omar'"))[0]!.email);
    assert.equal(await omar.getAttribute("html", "dir"), "ltr");
    await omar.goto(`${base}/statements/${chosen}`);
    await omar.check("input[value=verified]");
    await omar.fill("#verdict-note", "Confirmed with the organisers.");
    await omar.click(".verdict-form button[type=submit]");
    await omar.waitForSelector("#review .notice");
    await omar.screenshot({ path: path.join(ARTIFACTS, "statement-en.png"), fullPage: true, caret: "initial" });

    await huda.click(".verdict-form button[type=submit]");
    await huda.waitForSelector(".conflict");
    assert.match(await huda.locator(".conflict").innerText(), /Omar/);
    assert.equal(await huda.inputValue("#verdict-note"), "لا يوجد ما يثبت ذلك.", "her note is kept");
    await huda.screenshot({ path: path.join(ARTIFACTS, "conflict-ar.png"), fullPage: true, caret: "initial" });
    await huda.click(".verdict-form button[type=submit]");
    await huda.waitForSelector("#review .notice");
    assert.equal(await huda.getAttribute("#review .badge", "data-status"), "disputed");

    // The verdict's public page: linked from the statement, open to anyone without an account.
    await huda.click(`a[href="/claims/${chosen}"]`);
    await huda.waitForURL(new RegExp(`/claims/${chosen}$`));
    const reader = await browser.newPage({ locale: "en" });
    await reader.goto(`${base}/claims/${chosen}`);
    assert.match(reader.url(), new RegExp(`/claims/${chosen}$`), "no sign-in asked");
    assert.equal(await reader.getAttribute(".claim-page .badge", "data-status"), "disputed");
    assert.equal(await reader.locator('script[type="application/ld+json"]').count(), 1);
    await reader.screenshot({ path: path.join(ARTIFACTS, "claim-en.png"), fullPage: true, caret: "initial" });
    await reader.close();

    await huda.goto(`${base}/statements`);
    await huda.screenshot({ path: path.join(ARTIFACTS, "queue-ar.png"), caret: "initial" });
    await omar.goto(`${base}/statements`);
    await omar.selectOption("#f-status", "disputed");
    await omar.waitForURL(/status=disputed/);
    assert.equal(await omar.locator(".queue-item").count(), 1, "htmx filtered the list in place");
    await omar.screenshot({ path: path.join(ARTIFACTS, "queue-en.png"), caret: "initial" });
    assert.deepEqual(errors, [], "no script or CSP errors");
  });

  it("assigns the current queue row with a, and after d the next letters go into the note, never to a shortcut", async () => {
    const omarEmail = (await db.query<{ email: string }>("SELECT email FROM users WHERE name = 'Omar'"))[0]!.email;
    const omar = await signIn("en", omarEmail);
    await omar.goto(`${base}/statements?status=pending`);
    await omar.keyboard.press("j");
    const chosen = await omar.locator(".queue-item.is-current").getAttribute("data-id");
    assert.ok(chosen);
    await omar.keyboard.press("a");
    await omar.waitForURL(new RegExp(`/statements\\?status=pending#statement-${chosen}$`));
    assert.match(await omar.locator(`#statement-${chosen} .meta`).innerText(), /assigned to Omar/);
    assert.equal(await omar.locator(".queue-item.is-current").getAttribute("data-id"), chosen, "the assigned row stays the current one");
    await omar.keyboard.press("d");
    await omar.waitForURL(new RegExp(`/statements/${chosen}\\?status=disputed$`));
    await omar.keyboard.type("typed note");
    assert.equal(await omar.inputValue("#verdict-note"), "typed note");
    assert.equal(await omar.isChecked("input[value=disputed]"), true, "the p of 'typed' did not choose pending");

    // A refused save: the summary takes the focus, in view, in words, each line leading to its field.
    for (const [page, summary] of [
      [omar, /Write the reason for marking it verified/],
      [await signIn("ar"), /اكتب سبب الحكم بأنه «مؤكد»/],
    ] as const) {
      await page.setViewportSize({ width: 1280, height: 500 });
      await page.goto(`${base}/statements/${chosen}`);
      await page.check("input[value=verified]");
      await page.fill("#verdict-note", "");
      await page.locator(".verdict-form button[type=submit]").scrollIntoViewIfNeeded();
      await page.click(".verdict-form button[type=submit]");
      await page.waitForSelector(".error-summary");
      assert.equal(
        await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { className: string } } }).document.activeElement.className),
        "form-errors error-summary",
      );
      assert.ok(await page.locator(".error-summary").isVisible());
      const box = (await page.locator(".error-summary").boundingBox())!;
      assert.ok(box.y >= 0 && box.y < 500, `the summary is in the viewport (y = ${box.y})`);
      assert.match(await page.locator(".error-summary").innerText(), summary);
      assert.equal(await page.getAttribute(".error-summary a", "href"), "#verdict-note");
    }
    assert.deepEqual(errors, [], "no script or CSP errors");
  });

  it("corrects a speaker and a span in place: the header follows, a lost speaker correction keeps the typed name, the span is selected with the mouse", async () => {
    const omarEmail = (await db.query<{ email: string }>("SELECT email FROM users WHERE name = 'Omar'"))[0]!.email;
    const [target] = await db.query<{ id: number; text: string }>(
      "SELECT id, text FROM statements WHERE speaker_id IS NOT NULL AND length(text) > 30 ORDER BY id LIMIT 1",
    );
    const omar = await signIn("en", omarEmail);
    const huda = await signIn("ar");
    await omar.goto(`${base}/statements/${target!.id}`);
    await huda.goto(`${base}/statements/${target!.id}`);

    await omar.click("details.corrections summary");
    await omar.fill("#correct-speaker", "Jane Roe");
    await omar.click("form[action$='/speaker'] button[type=submit]");
    await omar.waitForSelector("#review .notice");
    assert.match(await omar.locator("#statement-header").innerText(), /Jane Roe/, "the header shows the new speaker without a reload");

    // Huda's page still holds the old version: her correction loses, says so, and keeps what she typed.
    await huda.click("details.corrections summary");
    await huda.fill("#correct-speaker", "سامي الخطيب");
    await huda.click("form[action$='/speaker'] button[type=submit]");
    await huda.waitForSelector(".conflict");
    assert.match(await huda.locator(".conflict").innerText(), /المتحدث الآن:\s*Jane Roe/);
    assert.equal(await huda.inputValue("#correct-speaker"), "سامي الخطيب");

    // The span: select the statement's first words in the passage and press the button.
    await omar.click("details.corrections summary");
    const words = target!.text.split(" ").slice(0, 3).join(" ");
    await omar.evaluate((length) => {
      const { document, window } = globalThis as unknown as {
        document: {
          querySelector(s: string): { firstChild: unknown };
          createRange(): { setStart(n: unknown, o: number): void; setEnd(n: unknown, o: number): void };
        };
        window: { getSelection(): { removeAllRanges(): void; addRange(r: unknown): void } };
      };
      const text = document.querySelector(".statement-context mark").firstChild;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, length);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
    }, words.length);
    await omar.click(".use-selection");
    await omar.waitForFunction(
      (expected) => (globalThis as unknown as InPage).document.querySelector(".statement-context mark").textContent === expected,
      words,
    );
    assert.deepEqual(errors, [], "no script or CSP errors");
  });

  it("fits a 390 px phone in both languages: nothing scrolls sideways, taps land, the first statement is on the first screen, a skip link reaches it", async () => {
    const salmaEmail = (await db.query<{ email: string }>("SELECT email FROM users WHERE name = 'Salma'"))[0]!.email;
    const [article] = await db.query<{ id: number }>(
      "UPDATE articles SET url = 'https://news.example/' || repeat('a-very-long-path-segment-', 30) WHERE id = (SELECT min(id) FROM articles) RETURNING id",
    );
    const [statement] = await db.query<{ id: number }>("SELECT min(id) AS id FROM statements");
    type Sized = { document: { documentElement: { scrollWidth: number }; activeElement: { textContent: string; id: string } } };
    for (const locale of ["en", "ar"]) {
      const page = await signIn(locale, salmaEmail);
      await page.setViewportSize({ width: 390, height: 844 });
      for (const url of [
        "/",
        "/statements",
        "/articles",
        `/articles/${article!.id}`,
        `/statements/${statement!.id}`,
        "/speakers",
        "/board",
        "/account/password",
      ]) {
        await page.goto(`${base}${url}`);
        const width = await page.evaluate(() => (globalThis as unknown as Sized).document.documentElement.scrollWidth);
        assert.ok(width <= 390, `${locale} ${url} is ${width} px wide`);
        for (const box of await Promise.all((await page.locator(".masthead a, .masthead button").all()).map((control) => control.boundingBox()))) {
          if (box) assert.ok(box.height >= 24, `${locale} ${url}: a masthead control ${box.height} px tall`);
        }
      }
      await page.goto(`${base}/statements`);
      assert.equal(await page.locator(".queue-filters").isVisible(), false, "the filters are folded");
      const first = (await page.locator(".queue-item").first().boundingBox())!;
      assert.ok(first.y < 844, `${locale}: the first statement starts at ${first.y} px`);
      await page.click(".filters-fold > summary");
      assert.equal(await page.locator("#f-status").isVisible(), true, "one control unfolds them");
      await page.goto(`${base}/statements`);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      assert.equal(
        await page.evaluate(() => (globalThis as unknown as Sized).document.activeElement.id),
        "queue-list",
        "the second Tab stop leads to the list",
      );
      await page.screenshot({ path: path.join(ARTIFACTS, `queue-phone-${locale}.png`), caret: "initial" });
      await page.close();
    }
    assert.deepEqual(errors, [], "no script or CSP errors");
  });

  it("passes axe-core on every page in both languages: no critical, serious or moderate violation", async () => {
    const axe = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
    const salmaEmail = (await db.query<{ email: string }>("SELECT email FROM users WHERE name = 'Salma'"))[0]!.email;
    const [article] = await db.query<{ id: number }>("SELECT min(id) AS id FROM articles");
    const [statement] = await db.query<{ id: number }>("SELECT min(id) AS id FROM statements WHERE status <> 'pending'");
    const [speaker] = await db.query<{ id: number }>("SELECT min(id) AS id FROM speakers");
    const pages = [
      "/",
      "/statements",
      "/articles",
      `/articles/${article!.id}`,
      `/statements/${statement!.id}`,
      "/speakers",
      `/speakers/${speaker!.id}`,
      "/board",
      "/admin",
      "/account/password",
      "/account/second-factor",
      `/claims/${statement!.id}`,
      "/no-such-page",
    ];
    const found: string[] = [];
    for (const locale of ["ar", "en"]) {
      // axe runs as a script of the page, which the CSP would refuse: this context alone sets the CSP aside.
      const context = await browser.newContext({ locale, bypassCSP: true, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}/login`);
      await page.addScriptTag({ path: axe });
      for (const v of await runAxe(page)) found.push(`${locale} /login ${v}`);
      await page.fill("#email", salmaEmail);
      await page.fill("#password", PASSWORD);
      await page.click(".sign-in-form button[type=submit]");
      await page.waitForURL((url) => !url.pathname.startsWith("/login"));
      for (const url of pages) {
        await page.goto(`${base}${url}`);
        await page.addScriptTag({ path: axe });
        for (const v of await runAxe(page)) found.push(`${locale} ${url} ${v}`);
      }
      await context.close();
    }
    assert.deepEqual(found, []);
  });

  it("finds a speaker as the name is typed, and the board refreshes itself in place without losing the scroll", async () => {
    const salmaEmail = (await db.query<{ email: string }>("SELECT email FROM users WHERE name = 'Salma'"))[0]!.email;
    const salma = await signIn("ar", salmaEmail);
    const checker = await db.query<{ id: number }>("SELECT id FROM users WHERE name = 'Omar'");
    // One word per status wherever it is counted: three vocabularies had grown.
    await salma.goto(`${base}/`);
    for (const [status, word] of [
      ["pending", "قيد المراجعة"],
      ["verified", "مؤكد"],
      ["disputed", "موضع خلاف"],
    ]) {
      assert.equal((await salma.locator(`.counts .status-${status} dt`).innerText()).trim(), word, `the desk's ${status} count`);
    }
    // A compound name typed without its space finds the speaker written with it.
    await salma.goto(`${base}/`);
    await salma.fill("#article-text", "لقاء في جنيف\n\nوقال عبد الباسط سيدا إن الحل السياسي ما زال ممكناً.");
    await salma.click("#article-form button[type=submit]");
    await salma.waitForURL(/\/articles\/\d+$/);
    await salma.goto(`${base}/speakers`);
    await salma.locator("#speaker-q").pressSequentially("عبدالباسط", { delay: 30 });
    await salma.waitForURL((url) => url.searchParams.get("q") === "عبدالباسط");
    await salma.waitForSelector(".speaker-hit .speaker-name");
    assert.match(await salma.locator(".speaker-hit .speaker-name").first().innerText(), /عبد الباسط سيدا/);
    await salma.goto(`${base}/speakers`);
    await salma.locator("#speaker-q").pressSequentially("عباد", { delay: 30 });
    // The hits of the whole name, not of a letter typed on the way there.
    await salma.waitForURL((url) => url.searchParams.get("q") === "عباد");
    await salma.waitForSelector(".speaker-hit .speaker-name");
    const hit = salma.locator(".speaker-hit .speaker-name").first();
    assert.match(await hit.innerText(), /محمد عبادي/);
    await salma.screenshot({ path: path.join(ARTIFACTS, "speakers-ar.png"), caret: "initial" });
    await hit.click();
    await salma.waitForURL(/\/speakers\/\d+$/);
    assert.ok((await salma.locator(".aliases li").count()) >= 1);
    await salma.screenshot({ path: path.join(ARTIFACTS, "speaker-ar.png"), fullPage: true, caret: "initial" });

    await salma.setViewportSize({ width: 1280, height: 500 });
    await salma.goto(`${base}/board`);
    const pending = async () => Number((await salma.locator(".counts .status-pending dd").innerText()).replace(/\D/g, ""));
    const before = await pending();
    // Functions, not strings: the CSP forbids evaluating strings in the page.
    const marker = await salma.evaluate(() => {
      const { window, document } = globalThis as unknown as InPage;
      window.scrollTo(0, 400);
      document.querySelector(".counts").marked = true;
      return window.scrollY;
    });
    assert.ok(marker > 0, "the board is long enough to scroll");
    // Someone gives a verdict elsewhere; the board shows it within a refresh, keeping its nodes and scroll.
    const [statement] = await db.query<{ id: number }>("SELECT id FROM statements WHERE status = 'pending' ORDER BY id LIMIT 1");
    await db.query("UPDATE statements SET status = 'verified', reviewed_by_id = $2, reviewed_at = now() WHERE id = $1", [statement!.id, checker[0]!.id]);
    await salma.waitForFunction(
      (expected) => Number((globalThis as unknown as InPage).document.querySelector(".counts .status-pending dd").textContent.replace(/\D/g, "")) === expected,
      before - 1,
      { timeout: 15_000 },
    );
    assert.equal(
      await salma.evaluate(() => (globalThis as unknown as InPage).document.querySelector(".counts").marked),
      true,
      "morphed in place, not replaced",
    );
    assert.equal(await salma.evaluate(() => (globalThis as unknown as InPage).window.scrollY), marker, "the scroll position stays");
    await salma.setViewportSize({ width: 1280, height: 900 });
    await salma.screenshot({ path: path.join(ARTIFACTS, "board-ar.png"), fullPage: true, caret: "initial" });
    const omar = await signIn("en", salmaEmail);
    await omar.goto(`${base}/board`);
    await omar.screenshot({ path: path.join(ARTIFACTS, "board-en.png"), fullPage: true, caret: "initial" });
    await omar.goto(`${base}/speakers`);
    await omar.screenshot({ path: path.join(ARTIFACTS, "speakers-en.png"), caret: "initial" });
    assert.deepEqual(errors, [], "no script or CSP errors");
  });
});
