import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import request from "supertest";
import { createApp } from "../src/app.ts";
import { createLogger } from "../src/logger.ts";
import { BACKEND, createTestDatabase, REPO_DIR, type TestDatabase } from "./support/database.ts";
import { cleanEnv, tempDir } from "./support/process.ts";
import { runningServerFile } from "../src/db/running-server.ts";
import { csrfFrom, makeUser, testConfig } from "./support/accounts.ts";

/** Runs an npm script with the given stdin, as a person piping a password would. */
function npm(args: string[], env: NodeJS.ProcessEnv, stdin = ""): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", ...args], { cwd: REPO_DIR, env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe(`npm run user:create and token:create (${BACKEND})`, () => {
  let db: TestDatabase;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    db = await createTestDatabase();
    env = cleanEnv({ DATABASE_URL: db.url });
  });
  after(() => db.destroy());

  it("will not create a second, empty database while a server of this checkout runs on another DATA_DIR", async () => {
    const tmp = tempDir("isnad-note-");
    const served = tempDir("isnad-served-");
    const elsewhere = path.join(tmp, "data");
    try {
      // The note a running server leaves, with a live pid (this test's).
      const saved = process.env.TMPDIR;
      process.env.TMPDIR = tmp;
      const note = runningServerFile();
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      fs.writeFileSync(note, JSON.stringify({ pid: process.pid, dataDir: served }));
      const args = ["user:create", "--", "--email", "late@news.example", "--name", "Late", "--role", "admin", "--password", "a long enough password"];
      const result = await npm(args, cleanEnv({ DATA_DIR: elsewhere, TMPDIR: tmp }));
      assert.equal(result.code, 1);
      assert.equal(result.stderr.trim().split("\n").length, 1, result.stderr);
      assert.match(
        result.stderr,
        new RegExp(`^user:create: a server of this checkout \\(pid ${process.pid}\\) keeps its data in ${served}.*run this command with DATA_DIR=${served}`),
      );
      assert.equal(fs.existsSync(path.join(elsewhere, "postgres")), false, "no second cluster was created");
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
      fs.rmSync(served, { recursive: true, force: true });
    }
  });

  it("creates a user with the password from stdin, hashed with argon2id", async () => {
    const created = await npm(["user:create", "--", "--email", "Rana@News.example", "--name", "رنا حداد", "--role", "admin"], env, "a long enough password\n");
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /^created admin rana@news\.example \(id \d+\)\n$/);
    const [user] = await db.query<{ id: number; name: string; password_hash: string }>(
      "SELECT id, name, password_hash FROM users WHERE email = 'rana@news.example'",
    );
    assert.equal(user!.name, "رنا حداد");
    assert.match(user!.password_hash, /^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    const [audit] = await db.query<{ ip: string }>("SELECT ip FROM audit_events WHERE action = 'user.created' AND subject_id = $1", [user!.id]);
    assert.equal(audit?.ip, "cli", "the audit log says the command line did it");
  });

  it("issues a token that works against the API and is stored only as a hash", async () => {
    const owner = await makeUser(db.prisma, "checker");
    const issued = await npm(["token:create", "--", "--email", owner.email, "--name", "CMS"], env);
    assert.equal(issued.code, 0, issued.stderr);
    const token = issued.stdout.trim().split("\n").at(-1)!;
    assert.match(token, /^isnad_[\w-]{43}$/);
    const stored = await db.query<{ token_hash: string; name: string }>("SELECT token_hash, name FROM api_tokens WHERE user_id = $1", [owner.id]);
    assert.deepEqual(
      stored.map((row) => row.name),
      ["CMS"],
    );
    assert.doesNotMatch(JSON.stringify(await db.query("SELECT * FROM api_tokens")), new RegExp(token.slice(12)), "only a hash is stored");
    const app = createApp({ prisma: db.prisma, config: testConfig(), logger: createLogger("silent") });
    await request(app).get("/api/statements").set("Authorization", `Bearer ${token}`).expect(200);
    const [audit] = await db.query<{ ip: string }>("SELECT ip FROM audit_events WHERE action = 'token.created' AND (after ->> 'userId')::int = $1", [owner.id]);
    assert.equal(audit?.ip, "cli");
  });

  describe("fails with one line on stderr and changes nothing when the input is wrong", () => {
    let taken: string;
    before(async () => {
      taken = (await makeUser(db.prisma, "viewer")).email;
    });
    const counts = async () =>
      (
        await db.query<{ users: number; tokens: number }>("SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM api_tokens) AS tokens")
      )[0]!;
    const password = ["--password", "a long enough password"];
    const cases: [string, () => string[], string, () => RegExp][] = [
      [
        "an unknown role",
        () => ["user:create", "--", "--email", "x@news.example", "--name", "X", "--role", "owner", ...password],
        "",
        () => /--role must be one of viewer, checker, editor, admin/,
      ],
      [
        "an address that is not one",
        () => ["user:create", "--", "--email", "not-an-email", "--name", "X", "--role", "viewer", ...password],
        "",
        () => /--email must be an email address/,
      ],
      [
        "a short password from stdin",
        () => ["user:create", "--", "--email", "x@news.example", "--name", "X", "--role", "viewer"],
        "short\n",
        () => /--password must be at least 12 characters/,
      ],
      ["no name", () => ["user:create", "--", "--email", "x@news.example", "--role", "viewer", ...password], "", () => /missing --name/],
      [
        "an email already taken",
        () => ["user:create", "--", "--email", taken, "--name", "Again", "--role", "viewer", ...password],
        "",
        () => new RegExp(`a user with the email ${taken.replace(/\./g, "\\.")} already exists`),
      ],
      ["a misspelt option", () => ["user:create", "--", "--mail", "x@news.example"], "", () => /Unknown option '--mail'\. usage: npm run user:create/],
      ["a token for no such user", () => ["token:create", "--", "--email", "nobody@news.example"], "", () => /no user with the email nobody@news\.example/],
      ["a token without an email", () => ["token:create"], "", () => /missing --email/],
      [
        "a token lifetime that is not a number",
        () => ["token:create", "--", "--email", taken, "--expires-days", "soon"],
        "",
        () => /--expires-days must be a whole number/,
      ],
    ];
    for (const [name, args, stdin, message] of cases) {
      it(`for ${name}`, async () => {
        const before = await counts();
        const result = await npm(args(), env, stdin);
        assert.equal(result.code, 1, result.stderr);
        assert.match(result.stderr, message());
        assert.equal(result.stderr.trim().split("\n").length, 1, `one line: ${result.stderr}`);
        assert.equal(result.stdout, "");
        assert.deepEqual(await counts(), before);
      });
    }
  });

  describe("npm run user:password", () => {
    it("sets a new password for an account, which then signs in with it", async () => {
      const created = await npm(["user:create", "--", "--email", "lost@news.example", "--name", "Lost", "--role", "checker"], env, "the first long password\n");
      assert.equal(created.code, 0, created.stderr);
      const reset = await npm(["user:password", "--", "--email", "Lost@News.example"], env, "the second long password\n");
      assert.equal(reset.code, 0, reset.stderr);
      assert.match(reset.stdout, /^set a new password for lost@news\.example; their sessions have ended\n$/);
      const app = createApp({ prisma: db.prisma, config: testConfig(), logger: createLogger("silent") });
      const agent = request.agent(app);
      const form = await agent.get("/login").expect(200);
      await agent
        .post("/login")
        .type("form")
        .send({ email: "lost@news.example", password: "the second long password", _csrf: csrfFrom(form.text) })
        .expect(303);
    });

    it("says so on one line when there is no such account", async () => {
      const missing = await npm(["user:password", "--", "--email", "nobody@news.example"], env, "the third long password\n");
      assert.equal(missing.code, 1);
      assert.equal(missing.stderr.trim(), "user:password: no account with the email nobody@news.example; nothing was changed");
    });

    it("refuses a short password on one line", async () => {
      const owner = await makeUser(db.prisma, "viewer");
      const short = await npm(["user:password", "--", "--email", owner.email], env, "short\n");
      assert.equal(short.code, 1);
      assert.match(short.stderr, /^user:password: --password must be at least 12 characters\n$/);
    });
  });
});
