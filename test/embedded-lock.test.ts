import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import { promisify } from "node:util";
import { REPO_DIR } from "./support/database.ts";
import { tempDir } from "./support/process.ts";

const execFileAsync = promisify(execFile);

/** A process taking the lock `rounds` times, noting when it enters and leaves. */
const CONTENDER = `
import fs from "node:fs";
import { withFileLock } from ${JSON.stringify(path.join(REPO_DIR, "src/db/embedded-postgres.ts"))};
const [file, journal, rounds] = process.argv.slice(1);
for (let k = 0; k < Number(rounds); k++) {
  await withFileLock(file, async () => {
    fs.appendFileSync(journal, "enter " + process.pid + "\\n");
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
    fs.appendFileSync(journal, "leave " + process.pid + "\\n");
  });
}
`;

describe("the embedded server's lock file", () => {
  const dir = tempDir("isnad-lock-");
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("lets processes that start isnad at once in one at a time, and none of them fails", async () => {
    const lock = path.join(dir, "postgres.lock");
    const journal = path.join(dir, "journal");
    const contenders = 6;
    const rounds = 25;
    await Promise.all(
      Array.from({ length: contenders }, () =>
        execFileAsync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", CONTENDER, lock, journal, String(rounds)], {
          cwd: REPO_DIR,
          timeout: 60_000,
        }),
      ),
    );
    const lines = fs.readFileSync(journal, "utf8").trim().split("\n");
    assert.equal(lines.length, contenders * rounds * 2);
    for (let k = 0; k < lines.length; k += 2) {
      const [entered, left] = [lines[k]!.split(" "), lines[k + 1]!.split(" ")];
      assert.deepEqual([entered[0], left[0], left[1]], ["enter", "leave", entered[1]], `line ${k + 1}: two processes held the lock at once`);
    }
    assert.equal(fs.existsSync(lock), false, "the last holder removed the lock");
  });

  it("waits for a lock file its owner has created but not yet written to, and takes over one left empty", async () => {
    const lock = path.join(dir, "fresh.lock");
    fs.writeFileSync(lock, "");
    const started = Date.now();
    setTimeout(() => fs.rmSync(lock, { force: true }), 300);
    const { withFileLock } = await import("../src/db/embedded-postgres.ts");
    await withFileLock(lock, async () => {});
    assert.ok(Date.now() - started >= 250, "an empty lock file was taken over while its owner could still be writing its pid");

    fs.writeFileSync(lock, "");
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    await withFileLock(lock, async () => {});
    assert.equal(fs.existsSync(lock), false);
  });
});
