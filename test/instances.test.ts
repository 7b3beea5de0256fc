import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { BACKEND, createTestDatabase, type TestDatabase } from "./support/database.ts";
import { csrfFrom, makeUser, PASSWORD, tokenFor } from "./support/accounts.ts";
import { cleanEnv, freePort, killLeftovers, startServer, stopCleanly, waitForHealthy, type RunningProcess } from "./support/process.ts";
import { dom, one } from "./support/dom.ts";

/*
 * Two isnad processes on one database, as behind a load balancer: the server keeps no state of its
 * own, so a session made on one is good on the other, and an edit based on what one showed is
 * refused by the other when a colleague changed the statement in between.
 */
describe(`two instances on one database (${BACKEND})`, () => {
  let db: TestDatabase;
  const instances: { port: number; server: RunningProcess }[] = [];
  const url = (k: number, path: string) => `http://127.0.0.1:${instances[k]!.port}${path}`;

  before(async () => {
    db = await createTestDatabase();
    for (let k = 0; k < 2; k++) {
      const port = await freePort();
      const server = startServer(cleanEnv({ DATABASE_URL: db.url, PORT: String(port), SESSION_SECRET: "one secret shared by every instance of the desk" }));
      instances.push({ port, server });
    }
    await Promise.all(instances.map(({ port, server }) => waitForHealthy(port, server)));
  });
  after(async () => {
    await Promise.all(instances.map(({ server }) => stopCleanly(server)));
    await killLeftovers();
    await db.destroy();
  });

  it("carries a session and an edit conflict across instances", async () => {
    const user = await makeUser(db.prisma, "checker", "Huda");
    // Sign in on the first instance, through the form.
    const form = await fetch(url(0, "/login"));
    const loginCookie = form.headers.get("set-cookie")!.split(";")[0]!;
    const signedIn = await fetch(url(0, "/login"), {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: loginCookie, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: user.email, password: PASSWORD, _csrf: csrfFrom(await form.text()) }),
    });
    assert.equal(signedIn.status, 303);
    const cookie = signedIn.headers.get("set-cookie")!.split(";")[0]!;
    const get = async (k: number, path: string) => {
      const res = await fetch(url(k, path), { redirect: "manual", headers: { Cookie: cookie, "Accept-Language": "en" } });
      return { status: res.status, text: await res.text() };
    };
    const onSecond = await get(1, "/statements");
    assert.equal(onSecond.status, 200, "the session made on the first instance is good on the second");
    assert.equal(one(dom(onSecond.text), "span.account-name").textContent, "Huda");

    const token = await tokenFor(db.prisma, user);
    const posted = await fetch(url(1, "/api/articles"), {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ text: 'وقال وزير الصحة سامي الخطيب إن "الوضع تحت السيطرة".' }),
    });
    const statementId = ((await posted.json()) as { articles: { statements: { id: number }[] }[] }).articles[0]!.statements[0]!.id;

    // Both instances show version 1; the second saves first, the first is then refused.
    const pageA = await get(0, `/statements/${statementId}`);
    const pageB = await get(1, `/statements/${statementId}`);
    const verdict = (k: number, page: string, status: string, note: string) =>
      fetch(url(k, `/statements/${statementId}/status`), {
        method: "POST",
        redirect: "manual",
        headers: { Cookie: cookie, "Accept-Language": "en", "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ status, note, version: /name="version" value="(\d+)"/.exec(page)![1]!, _csrf: csrfFrom(page) }),
      });
    assert.equal((await verdict(1, pageB.text, "verified", "Matches the ministry's figures.")).status, 303);
    const refused = await verdict(0, pageA.text, "disputed", "The figures say otherwise.");
    assert.equal(refused.status, 409, "the first instance refuses an edit based on a version the second replaced");
    const body = await refused.text();
    assert.match(body, /class="conflict form-errors" role="alert"/);
    assert.match(body, /The figures say otherwise\./, "the refused note is kept in the form");
    const [row] = await db.query<{ status: string; version: number }>("SELECT status::text, version FROM statements WHERE id = $1", [statementId]);
    assert.deepEqual(row, { status: "verified", version: 2 }, "nothing was overwritten");
  });
});
