import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { contentHash, deriveTitle } from "../src/articles/text.ts";
import { detectLanguage } from "../src/extract/language.ts";
import { parseArticleInput } from "../src/articles/input.ts";

describe("article text", () => {
  it("recognises the same story pasted with different spacing, line breaks or Unicode composition", () => {
    const original = "وقال الوزير إن المحادثات بناءة.\n\nوأضاف أن الجولة المقبلة في عمّان.";
    assert.equal(contentHash(original), contentHash("  وقال الوزير  إن المحادثات بناءة.\r\n\r\n\r\nوأضاف أن الجولة المقبلة في عمّان.  "));
    assert.equal(contentHash("Café said"), contentHash("Cafe\u0301 said"));
    assert.notEqual(contentHash(original), contentHash(original.replace("بناءة", "صعبة")));
  });

  it("detects Arabic and English, and says so when it cannot tell", () => {
    assert.equal(detectLanguage("قال المتحدث باسم الشرطة عمر الحسن إن التحقيق مستمر، according to Reuters."), "ar");
    assert.equal(detectLanguage('"We will rebuild," the mayor said on Tuesday.'), "en");
    assert.equal(detectLanguage("2026 — 12:30 !!"), "und");
  });

  it("takes the headline from the first line, shortened at a word", () => {
    assert.equal(deriveTitle("\n\n  وزير الصحة: الوضع تحت السيطرة  \nقال وزير الصحة…"), "وزير الصحة: الوضع تحت السيطرة");
    const long = deriveTitle("word ".repeat(100));
    assert.ok(long.length <= 201 && long.endsWith("…"), long);
  });

  it("keeps the submitted text exactly as given and rejects what cannot be an article", () => {
    const text = "  «نص»\r\n كما هو  ";
    const ok = parseArticleInput({ text, url: "", language: "auto" }, 1000);
    assert.ok(ok.ok && ok.value.text === text && ok.value.url === null && ok.value.language === null);

    const bad = parseArticleInput({ text: "x", url: "javascript:alert(1)", publishedAt: "2026-02-30", language: "fr" }, 1000);
    assert.ok(!bad.ok);
    assert.deepEqual(bad.errors.map((e) => e.field).sort(), ["language", "publishedAt", "url"]);

    const big = parseArticleInput({ text: "ب".repeat(600) }, 1000); // 1,200 UTF-8 bytes
    assert.ok(!big.ok && big.errors[0]?.key === "error.text.tooLarge");
    const binary = parseArticleInput({ text: "abc\u0000def" }, 1000);
    assert.ok(!binary.ok && binary.errors[0]?.key === "error.text.binary");
  });
});
