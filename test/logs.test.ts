import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import request from "supertest";
import { createApp } from "../src/app.ts";
import { ConfigError, loadConfig } from "../src/config.ts";
import { createLogger } from "../src/logger.ts";
import { BACKEND, createTestDatabase, type TestDatabase } from "./support/database.ts";
import { makeUser, signIn, testConfig } from "./support/accounts.ts";

/** Collects what the logger writes, line by line. */
function collector(): { lines: string[]; write(chunk: string): void } {
  const lines: string[] = [];
  return { lines, write: (chunk: string) => void lines.push(...chunk.split("\n").filter(Boolean)) };
}

describe(`request logs a person can read (${BACKEND})`, () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
  });
  after(() => db.destroy());

  it("writes one short line per request on a terminal: time, method, path, status, ms and the signed-in user", async () => {
    const out = collector();
    const app = createApp({ prisma: db.prisma, config: testConfig(), logger: createLogger("info", "text", out) });
    const user = await makeUser(db.prisma, "checker");
    await request(app).get("/login?next=%2Fstatements").set("Cookie", "isnad_locale=en").expect(200);
    const desk = await signIn(app, user);
    out.lines.length = 0;
    await desk.agent.get("/statements").expect(200);
    await desk.agent.get("/no-such-page").expect(404);
    assert.equal(out.lines.length, 2, out.lines.join("\n"));
    assert.match(out.lines[0]!, new RegExp(`^\\d\\d:\\d\\d:\\d\\d GET /statements 200 \\d+ ms user ${user.id}$`));
    assert.match(out.lines[1]!, new RegExp(`^\\d\\d:\\d\\d:\\d\\d GET /no-such-page 404 \\d+ ms user ${user.id}$`));
  });

  it("writes JSON lines for a collector, without the request's headers", async () => {
    const out = collector();
    const app = createApp({ prisma: db.prisma, config: testConfig(), logger: createLogger("info", "json", out) });
    const desk = await signIn(app, await makeUser(db.prisma, "checker"));
    out.lines.length = 0;
    await desk.agent.get("/statements").set("User-Agent", "x".repeat(300)).expect(200);
    assert.equal(out.lines.length, 1);
    const record = JSON.parse(out.lines[0]!) as { req: Record<string, unknown>; res: { statusCode: number }; user: number; responseTime: number };
    assert.deepEqual([record.req.method, record.req.url, record.res.statusCode, record.user], ["GET", "/statements", 200, desk.user.id]);
    assert.equal(record.req.headers, undefined, "no headers, so no cookies and no user agents in the log");
    assert.ok(out.lines[0]!.length < 300, `a request's line is short (${out.lines[0]!.length} bytes)`);
  });

  /** Runs `check` with stdout a terminal or not. */
  function withTerminal(isTTY: boolean, check: () => void): void {
    const tty = process.stdout.isTTY;
    try {
      process.stdout.isTTY = isTTY;
      check();
    } finally {
      process.stdout.isTTY = tty;
    }
  }

  it("logs text on a terminal and JSON elsewhere by default", () => {
    withTerminal(true, () => assert.equal(loadConfig({}).logFormat, "text"));
    withTerminal(false, () => assert.equal(loadConfig({}).logFormat, "json"));
  });

  it("logs as LOG_FORMAT says, wherever it writes", () => {
    withTerminal(false, () => assert.equal(loadConfig({ LOG_FORMAT: "text" }).logFormat, "text"));
  });

  it("names a wrong LOG_FORMAT and the values it may take", () => {
    assert.throws(
      () => loadConfig({ LOG_FORMAT: "xml" }),
      (error: unknown) => error instanceof ConfigError && /LOG_FORMAT must be one of text, json/.test(error.message),
    );
  });
});
