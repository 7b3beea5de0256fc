import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { REPO_DIR } from "./support/database.ts";

function run(args: string[], input?: string | Buffer) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/extract.ts", ...args], { cwd: REPO_DIR, input, encoding: "utf8" });
}

describe("npm run extract", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "isnad-extract-"));

  it("prints statements as JSON for a file", () => {
    const file = path.join(dir, "article.txt");
    writeFileSync(file, "قال المتحدث باسم الشرطة عمر الحسن إن الطريق أعيد فتحه.");
    const result = run(["--format", "json", file]);
    assert.equal(result.status, 0, result.stderr);
    const parsed = JSON.parse(result.stdout);
    assert.equal(parsed.language, "ar");
    assert.equal(parsed.statements[0].speaker, "عمر الحسن");
  });

  it("reads stdin when the path is -", () => {
    const result = run(["-"], 'Officials said the bridge would reopen. "It is safe," said Jane Doe.');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).statements.length, 2);
  });

  it("prints a table with --format text", () => {
    const result = run(["--format", "text", "-"], 'Officials said the bridge would reopen. "It is safe," said Jane Doe.');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /statements: 2/);
    assert.match(result.stdout, /Jane Doe/);
  });

  it("gives zero statements for empty input", () => {
    const result = run(["-"], "");
    assert.equal(result.status, 0);
    assert.deepEqual(JSON.parse(result.stdout).statements, []);
  });

  /** A tree of two articles, a file that is no article, and a file that is not UTF-8, run with a missing path besides. */
  function treeRun() {
    const tree = mkdtempSync(path.join(tmpdir(), "isnad-extract-tree-"));
    mkdirSync(path.join(tree, "en"));
    writeFileSync(path.join(tree, "ar.txt"), "قال المتحدث باسم الشرطة عمر الحسن إن الطريق أعيد فتحه.");
    writeFileSync(path.join(tree, "en", "one.txt"), "The bridge will reopen on Monday, the mayor said.");
    writeFileSync(path.join(tree, "en", "notes.md"), "not an article");
    writeFileSync(path.join(tree, "broken.txt"), Buffer.from([0x63, 0xe9, 0x0a]));
    return { tree, result: run(["--format", "jsonl", tree, path.join(tree, "missing.txt")]) };
  }

  it("prints one JSON line per article file of the directories it is given", () => {
    const { tree, result } = treeRun();
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map((l) => [path.relative(tree, l.file), l.language]),
      [
        ["ar.txt", "ar"],
        [path.join("en", "one.txt"), "en"],
      ],
    );
    assert.equal(lines[0].statements[0].speaker, "عمر الحسن");
    assert.equal(lines[1].statements[0].text, "The bridge will reopen on Monday");
  });

  it("goes on past a bad file with one line on stderr each, and fails at the end", () => {
    const { tree, result } = treeRun();
    assert.equal(result.status, 1, "a bad file makes the run fail at the end");
    assert.deepEqual(
      result.stderr
        .trim()
        .split("\n")
        .map((line) => line.replace(tree, "TREE")),
      ["isnad extract: TREE/broken.txt: is not valid UTF-8 text", "isnad extract: TREE/missing.txt: no such file"],
    );
  });

  it("reads an article in the language it is told", () => {
    const file = path.join(dir, "mixed.txt");
    writeFileSync(file, "قال الوزير إن الخطة جاهزة.");
    const told = JSON.parse(run(["--format", "jsonl", "--language", "en", file]).stdout);
    assert.equal(told.language, "en");
    assert.deepEqual(told.statements, [], "Arabic read as English has no English cue");
  });

  it("refuses a language it does not read", () => {
    const file = path.join(dir, "mixed.txt");
    writeFileSync(file, "قال الوزير إن الخطة جاهزة.");
    assert.equal(run(["--language", "fr", file]).status, 1);
  });

  it("refuses binary files and invalid UTF-8 with one line on stderr", () => {
    const binary = path.join(dir, "image.bin");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    const bad = path.join(dir, "latin1.txt");
    writeFileSync(bad, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    for (const [file, pattern] of [
      [binary, /binary/],
      [bad, /not valid UTF-8/],
      [path.join(dir, "missing.txt"), /no such file/],
    ] as const) {
      const result = run([file]);
      assert.equal(result.status, 1);
      assert.equal(result.stdout, "");
      assert.match(result.stderr, pattern);
      assert.equal(result.stderr.trim().split("\n").length, 1);
    }
  });
});
