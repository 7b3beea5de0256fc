import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
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

  it("reads stdin with - and prints a table with --format text", () => {
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

  it("refuses binary files and invalid UTF-8 with one line on stderr", () => {
    const binary = path.join(dir, "image.bin");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    const bad = path.join(dir, "latin1.txt");
    writeFileSync(bad, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    for (const [file, pattern] of [[binary, /binary/], [bad, /not valid UTF-8/], [path.join(dir, "missing.txt"), /no such file/]] as const) {
      const result = run([file]);
      assert.equal(result.status, 1);
      assert.equal(result.stdout, "");
      assert.match(result.stderr, pattern);
      assert.equal(result.stderr.trim().split("\n").length, 1);
    }
  });
});
