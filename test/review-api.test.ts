import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import request from "supertest";
import type { Express } from "express";
import { createApp } from "../src/app.ts";
import { createLogger } from "../src/logger.ts";
import type { Account } from "../src/accounts/queries.ts";
import { BACKEND, createTestDatabase, type TestDatabase } from "./support/database.ts";
import { makeUser, testConfig, tokenFor } from "./support/accounts.ts";

const ARTICLE = 'وقال وزير الصحة سامي الخطيب، في مؤتمر صحفي، إن "الوضع تحت السيطرة". وأضاف أن الوزارة ستنشر أرقاماً يومية.';

describe(`PATCH /api/statements/:id (${BACKEND})`, () => {
  let db: TestDatabase;
  let app: Express;
  let checker: Account;
  let token: string;
  let otherToken: string;
  let statementId: number;
  const patch = (body: unknown, bearer = token, id = statementId) =>
    request(app)
      .patch(`/api/statements/${id}`)
      .set("Authorization", `Bearer ${bearer}`)
      .send(body as object);

  before(async () => {
    db = await createTestDatabase();
    app = createApp({ prisma: db.prisma, config: testConfig(), logger: createLogger("silent") });
    checker = await makeUser(db.prisma, "checker", "Huda");
    token = await tokenFor(db.prisma, checker);
    otherToken = await tokenFor(db.prisma, await makeUser(db.prisma, "editor", "Omar"));
  });
  after(() => db.destroy());
  beforeEach(async () => {
    await db.query("TRUNCATE articles, speakers CASCADE");
    const res = await request(app).post("/api/articles").set("Authorization", `Bearer ${token}`).send({ text: ARTICLE }).expect(201);
    statementId = res.body.articles[0].statements[0].id;
  });

  it("records a verdict with its note and evidence, bumps the version and appends it to the history", async () => {
    const res = await patch({
      status: "disputed",
      note: "The ministry's own figures say otherwise.",
      evidence: ["https://moh.example/figures"],
      version: 1,
    }).expect(200);
    assert.equal(res.body.status, "disputed");
    assert.equal(res.body.version, 2);
    assert.deepEqual(res.body.evidence, ["https://moh.example/figures"]);
    assert.equal(res.body.reviewedById, checker.id);
    const detail = await request(app).get(`/api/statements/${statementId}`).set("Authorization", `Bearer ${token}`).expect(200);
    assert.equal(detail.body.status, "disputed");
    assert.equal(detail.body.note, "The ministry's own figures say otherwise.");
    const status = detail.body.history.find((event: { action: string }) => event.action === "statement.status");
    assert.deepEqual(
      [status.actor.name, status.before.status, status.after.status, status.note],
      ["Huda", "pending", "disputed", "The ministry's own figures say otherwise."],
    );
    assert.deepEqual(
      detail.body.history.map((event: { action: string }) => event.action),
      ["article.created", "statement.status", "statement.note", "statement.evidence"],
    );
  });

  it("answers 409 with the current state for a change based on an old version, and writes nothing", async () => {
    await patch({ status: "verified", note: "Matches the transcript.", version: 1 }, otherToken).expect(200);
    const stale = await patch({ status: "disputed", note: "Not what the minister said.", version: 1 }).expect(409);
    assert.match(stale.body.error, /changed since version 1; it is now at version 2/);
    assert.equal(stale.body.current.status, "verified");
    assert.equal(stale.body.current.note, "Matches the transcript.");
    const [row] = await db.query<{ status: string; version: number }>("SELECT status, version FROM statements WHERE id = $1", [statementId]);
    assert.deepEqual(row, { status: "verified", version: 2 });
  });

  it("lets exactly one of two simultaneous changes to the same version through", async () => {
    const results = await Promise.all([
      patch({ status: "verified", note: "A", version: 1 }),
      patch({ status: "disputed", note: "B", version: 1 }, otherToken),
      patch({ status: "disputed", note: "C", version: 1 }),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409, 409]);
    const [row] = await db.query<{ version: number }>("SELECT version FROM statements WHERE id = $1", [statementId]);
    assert.equal(row!.version, 2);
    const [events] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE subject_type = 'statement' AND subject_id = $1 AND action = 'statement.status'",
      [statementId],
    );
    assert.equal(events!.n, 1);
  });

  it("records only the fields a change alters, and keeps who gave the verdict and when the statement was removed", async () => {
    const evidence = ["https://moh.example/figures"];
    await patch({ status: "verified", note: "Matches.", evidence, version: 1 }).expect(200);
    const stamp = async () =>
      (
        await db.query<{ reviewed_by_id: number; reviewed_at: Date; removed_at: Date | null }>(
          "SELECT reviewed_by_id, reviewed_at, removed_at FROM statements WHERE id = $1",
          [statementId],
        )
      )[0]!;
    const verdict = await stamp();
    // The editor resends the whole form with only the note reworded.
    const edited = await patch({ status: "verified", note: "Matches the transcript.", evidence, version: 2 }, otherToken).expect(200);
    assert.equal(edited.body.version, 3);
    assert.deepEqual(await stamp(), verdict);
    await patch({ removed: true, version: 3 }, otherToken).expect(200);
    const removed = await stamp();
    assert.ok(removed.removed_at);
    await patch({ removed: true, note: "Not a claim: a question.", version: 4 }, otherToken).expect(200);
    assert.deepEqual(await stamp(), removed);
    const unchanged = await patch({ note: "Not a claim: a question.", version: 5 }).expect(200);
    assert.equal(unchanged.body.version, 5);
    const events = await db.query<{ action: string; before: Record<string, unknown>; after: Record<string, unknown> }>(
      "SELECT action, before, after FROM audit_events WHERE subject_type = 'statement' AND subject_id = $1 ORDER BY id",
      [statementId],
    );
    assert.deepEqual(
      events.map((event) => [event.action, event.before, event.after]),
      [
        ["statement.status", { status: "pending", version: 1 }, { status: "verified", version: 2 }],
        ["statement.note", { note: null, version: 1 }, { note: "Matches.", version: 2 }],
        ["statement.evidence", { evidence: [], version: 1 }, { evidence, version: 2 }],
        ["statement.note", { note: "Matches.", version: 2 }, { note: "Matches the transcript.", version: 3 }],
        ["statement.removed", { removed: false, version: 3 }, { removed: true, version: 4 }],
        ["statement.note", { note: "Matches the transcript.", version: 4 }, { note: "Not a claim: a question.", version: 5 }],
      ],
    );
  });

  it("answers 400 for an unknown status, a missing version or note, bad evidence or assignee; 403 for a viewer; 404 for no statement", async () => {
    const cases: [unknown, string][] = [
      [{ status: "approved", version: 1 }, "status"],
      [{ status: "pending" }, "version"],
      [{ status: "verified", version: 1 }, "note"],
      [{ evidence: ["javascript:alert(1)"], version: 1 }, "evidence.0"],
      [{ assigneeId: 999999, version: 1 }, "assigneeId"],
      [{ speakerId: 999999, version: 1 }, "speakerId"],
      [{ version: 1, locked: true }, ""],
    ];
    for (const [body, path] of cases) {
      const res = await patch(body).expect(400);
      assert.ok(
        res.body.details.some((d: { path: string }) => d.path === path),
        `${JSON.stringify(body)}: ${JSON.stringify(res.body)}`,
      );
    }
    const viewer = await tokenFor(db.prisma, await makeUser(db.prisma, "viewer"));
    await patch({ status: "pending", version: 1 }, viewer).expect(403);
    await patch({ status: "pending", version: 1 }, token, 999999).expect(404);
    const [row] = await db.query<{ version: number; status: string }>("SELECT version, status FROM statements WHERE id = $1", [statementId]);
    assert.deepEqual(row, { version: 1, status: "pending" });
  });

  it("assigns a statement to a checker", async () => {
    const res = await patch({ assigneeId: checker.id, version: 1 }).expect(200);
    assert.equal(res.body.assigneeId, checker.id);
    assert.equal(res.body.status, "pending");
    const unchanged = await patch({ assigneeId: checker.id, version: 2 }).expect(200);
    assert.equal(unchanged.body.version, 2, "a change to nothing is not a new version");
  });
});
