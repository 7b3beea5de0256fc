import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { Secret, TOTP } from "otpauth";
import request from "supertest";
import type { Express } from "express";
import { createApp } from "../src/app.ts";
import { LOGIN_LIMITS } from "../src/accounts/throttle.ts";
import { createLogger } from "../src/logger.ts";
import { BACKEND, createTestDatabase, type TestDatabase } from "./support/database.ts";
import { csrfFrom, makeUser, PASSWORD, signIn, signInAs, testConfig, tokenFor, type SignedIn } from "./support/accounts.ts";
import { dom, fieldValue, one, shownText, texts } from "./support/dom.ts";

const logger = createLogger("silent");
const ARTICLE = 'وقال وزير الصحة سامي الخطيب، في مؤتمر صحفي، إن "الوضع تحت السيطرة".';

async function count(db: TestDatabase, table: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return row!.n;
}

/** A login form's CSRF token and the anonymous session cookie it belongs to. */
async function loginForm(app: Express): Promise<{ agent: ReturnType<typeof request.agent>; csrf: string }> {
  const agent = request.agent(app);
  const page = await agent.get("/login").expect(200);
  return { agent, csrf: csrfFrom(page.text) };
}

describe(`signing in, sessions, CSRF and roles (${BACKEND})`, () => {
  let db: TestDatabase;
  let app: Express;
  before(async () => {
    db = await createTestDatabase();
    app = createApp({ prisma: db.prisma, config: testConfig({ trustProxy: true }), logger });
  });
  after(() => db.destroy());
  beforeEach(() => db.query("TRUNCATE login_failures"));

  it("sends a visitor without a session to sign in, remembering where they were going", async () => {
    for (const path of ["/", "/articles", "/articles/1", "/admin", "/no-such-page"]) {
      const res = await request(app).get(path).expect(303);
      assert.equal(res.headers.location, path === "/" ? "/login" : `/login?next=${encodeURIComponent(path)}`);
    }
  });

  it("tells htmx to load the sign-in page when a fragment is asked for without a session", async () => {
    const htmx = await request(app).get("/articles").set("HX-Request", "true").expect(401);
    assert.equal(htmx.headers["hx-redirect"], "/login?next=%2Farticles");
  });

  it("refuses a form post without a session as expired", async () => {
    await request(app)
      .post("/articles")
      .type("form")
      .send({ text: ARTICLE })
      .expect(403, /expired or came from another site|انتهت صلاحية/);
  });

  it("answers /healthz without a session", async () => {
    await request(app).get("/healthz").expect(200);
  });

  it("shows a sign-in form that posts with its CSRF token", async () => {
    const login = await request(app).get("/login").set("Accept-Language", "en").expect(200);
    const form = one(dom(login.text), 'form[action="/login"]');
    assert.equal(form.getAttribute("method"), "post");
    assert.match(fieldValue(form, "_csrf") ?? "", /^[0-9a-f]{32,}$/);
  });

  it("goes back after sign-in to where the visitor was going, never off the site", async () => {
    const user = await makeUser(db.prisma, "viewer");
    const { agent, csrf } = await loginForm(app);
    const res = await agent.post("/login").type("form").send({ email: user.email, password: PASSWORD, _csrf: csrf, next: "/articles?before=x" }).expect(303);
    assert.equal(res.headers.location, "/articles?before=x");
    const { agent: other, csrf: otherCsrf } = await loginForm(app);
    const away = await other.post("/login").type("form").send({ email: user.email, password: PASSWORD, _csrf: otherCsrf, next: "//evil.example/" }).expect(303);
    assert.equal(away.headers.location, "/", "never a redirect off the site");
  });

  it("gives a new HttpOnly, SameSite=Lax session cookie at sign-in, Secure behind an HTTPS proxy, stored in PostgreSQL", async () => {
    const user = await makeUser(db.prisma, "checker");
    const { agent, csrf } = await loginForm(app);
    const before = (await agent.get("/login")).headers["set-cookie"];
    const res = await agent
      .post("/login")
      .set("X-Forwarded-Proto", "https")
      .type("form")
      .send({ email: user.email.toUpperCase(), password: PASSWORD, _csrf: csrf })
      .expect(303);
    const cookie = res.headers["set-cookie"]![0]!;
    assert.match(cookie, /^isnad_session=/);
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Lax/i);
    assert.match(cookie, /Secure/i);
    assert.match(cookie, /Expires=/i, "an idle session expires");
    const sid = decodeURIComponent(cookie.split(";")[0]!.split("=")[1]!).slice(2).split(".")[0]!;
    const rows = await db.query<{ sid: string; user_id: number }>(`SELECT sid, (sess->>'userId')::int AS user_id FROM session WHERE sid = $1`, [sid]);
    assert.deepEqual(rows, [{ sid, user_id: user.id }]);
    const anonymousSid = before === undefined ? null : before[0];
    assert.notEqual(anonymousSid?.split(";")[0], cookie.split(";")[0], "the session id changes at sign-in");
    const [anonymous] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM session WHERE sid <> $1 AND sess->>'userId' = $2`, [
      sid,
      String(user.id),
    ]);
    assert.equal(anonymous!.n, 0);
  });

  it("sets only the form's signed token as a cookie before sign-in, never Secure over plain HTTP", async () => {
    const plain = await request(app).get("/login");
    const formCookie = plain.headers["set-cookie"]![0]!;
    assert.match(formCookie, /^isnad_csrf=.*HttpOnly/i, "before sign-in only the form's signed token is a cookie");
    assert.doesNotMatch(formCookie, /Secure/i, "plain HTTP gets no Secure flag, or the cookie would never come back");
  });

  it("refuses a wrong password and an unknown email with the same message, keeping the email typed", async () => {
    const user = await makeUser(db.prisma, "checker");
    const answers = [];
    for (const email of [user.email, "nobody@desk.example"]) {
      const { agent, csrf } = await loginForm(app);
      const res = await agent.post("/login").set("Accept-Language", "en").type("form").send({ email, password: "wrong password!", _csrf: csrf }).expect(401);
      answers.push(shownText(one(dom(res.text), '.form-errors[role="alert"] p')));
      assert.equal(fieldValue(dom(res.text), "email"), email, "the email stays in the form");
    }
    assert.deepEqual(answers, ["The email or the password is not right.", "The email or the password is not right."]);
  });

  it("audits a failed sign-in with the account, the email and the address", async () => {
    const user = await makeUser(db.prisma, "checker");
    for (const email of [user.email, "nobody@desk.example"]) {
      const { agent, csrf } = await loginForm(app);
      await agent.post("/login").type("form").send({ email, password: "wrong password!", _csrf: csrf }).expect(401);
    }
    const events = await db.query<{ action: string; subject_id: number | null; email: string; ip: string }>(
      `SELECT action, subject_id, after->>'email' AS email, ip FROM audit_events WHERE action = 'login.failed' ORDER BY id DESC LIMIT 2`,
    );
    assert.deepEqual(events.map((e) => [e.action, e.subject_id, e.email]).reverse(), [
      ["login.failed", user.id, user.email],
      ["login.failed", null, "nobody@desk.example"],
    ]);
    assert.ok(
      events.every((e) => e.ip),
      "the address is recorded",
    );
  });

  it("never keeps a password typed into the email field in the audit log", async () => {
    const { agent, csrf } = await loginForm(app);
    await agent.post("/login").type("form").send({ email: "Tr0ub4dor&3 horse", password: "x", _csrf: csrf }).expect(401);
    const [last] = await db.query<{ after: Record<string, unknown> }>("SELECT after FROM audit_events WHERE action = 'login.failed' ORDER BY id DESC LIMIT 1");
    assert.doesNotMatch(JSON.stringify(last!.after), /Tr0ub4dor/i);
  });

  it("refuses the eleventh bad sign-in for an account from one address, and still lets its owner in from another", async () => {
    const user = await makeUser(db.prisma, "checker");
    const { agent, csrf } = await loginForm(app);
    for (let attempt = 1; attempt <= LOGIN_LIMITS.perPair; attempt++) {
      await agent
        .post("/login")
        .set("X-Forwarded-For", "198.51.100.7")
        .type("form")
        .send({ email: user.email, password: `guess ${attempt}`, _csrf: csrf })
        .expect(401);
    }
    const blocked = await agent
      .post("/login")
      .set({ "X-Forwarded-For": "198.51.100.7", "Accept-Language": "en" })
      .type("form")
      .send({ email: user.email, password: PASSWORD, _csrf: csrf })
      .expect(429);
    assert.match(shownText(dom(blocked.text)), /Too many failed attempts\. Try again in 15 minutes\./);
    assert.ok(Number(blocked.headers["retry-after"]) > 800);
    // The owner, at the office, is not locked out by a guesser elsewhere.
    await agent.post("/login").set("X-Forwarded-For", "203.0.113.9").type("form").send({ email: user.email, password: PASSWORD, _csrf: csrf }).expect(303);
  });

  it("slows down guesses at one account from many addresses instead of locking it", async () => {
    const user = await makeUser(db.prisma, "checker");
    const { agent, csrf } = await loginForm(app);
    for (let attempt = 1; attempt <= LOGIN_LIMITS.perAccount; attempt++) {
      await agent
        .post("/login")
        .set("X-Forwarded-For", `198.51.100.${attempt}`)
        .type("form")
        .send({ email: user.email, password: `guess ${attempt}`, _csrf: csrf })
        .expect(401);
    }
    const slowed = await agent
      .post("/login")
      .set("X-Forwarded-For", "198.51.100.99")
      .type("form")
      .send({ email: user.email, password: "guess again", _csrf: csrf })
      .expect(429);
    const wait = Number(slowed.headers["retry-after"]);
    assert.ok(wait >= 1 && wait <= LOGIN_LIMITS.maxSlowSeconds, `a pause of seconds, not a lock of minutes: ${wait}`);
    // Once the pause is over the owner gets in: the failures are aged past it rather than waited for.
    await db.query("UPDATE login_failures SET created_at = created_at - make_interval(secs => $1) WHERE email = $2", [LOGIN_LIMITS.maxSlowSeconds, user.email]);
    await agent.post("/login").set("X-Forwarded-For", "203.0.113.10").type("form").send({ email: user.email, password: PASSWORD, _csrf: csrf }).expect(303);
  });

  it("checks at most the allowed number of passwords when a hundred sign-ins arrive at once", async () => {
    const user = await makeUser(db.prisma, "checker");
    const { agent, csrf } = await loginForm(app);
    const attempts = Array.from({ length: 100 }, (_, k) => (k === 99 ? PASSWORD : `guess ${k}`));
    const answers = await Promise.all(
      attempts.map((password) =>
        agent
          .post("/login")
          .set("X-Forwarded-For", "198.51.100.200")
          .type("form")
          .send({ email: user.email, password, _csrf: csrf })
          .then((res) => res.status),
      ),
    );
    const checked = answers.filter((status) => status !== 429).length;
    assert.ok(checked <= LOGIN_LIMITS.perPair, `${checked} passwords were checked`);
    const [failed] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events WHERE action = 'login.failed' AND after->>'email' = $1", [
      user.email,
    ]);
    assert.ok(failed!.n <= LOGIN_LIMITS.perPair, `${failed!.n} failures were audited`);
  });

  it("keeps rejected API tokens out of the sign-in budget of their address", async () => {
    const user = await makeUser(db.prisma, "checker");
    for (let k = 0; k < LOGIN_LIMITS.tokensPerAddress; k++) {
      await request(app)
        .get("/api/statements")
        .set({ Authorization: `Bearer isnad_stale${k}`, "X-Forwarded-For": "192.0.2.150" })
        .expect(401);
    }
    await request(app).get("/api/statements").set({ Authorization: "Bearer isnad_stale-again", "X-Forwarded-For": "192.0.2.150" }).expect(429);
    const { agent, csrf } = await loginForm(app);
    await agent.post("/login").set("X-Forwarded-For", "192.0.2.150").type("form").send({ email: user.email, password: PASSWORD, _csrf: csrf }).expect(303);
  });

  it("throttles one address trying many accounts", async () => {
    const user = await makeUser(db.prisma, "checker");
    const { agent, csrf } = await loginForm(app);
    for (let attempt = 1; attempt <= LOGIN_LIMITS.perAddress; attempt++) {
      await agent
        .post("/login")
        .set("X-Forwarded-For", "192.0.2.77")
        .type("form")
        .send({ email: `guess${attempt}@desk.example`, password: "x", _csrf: csrf })
        .expect(401);
    }
    await agent.post("/login").set("X-Forwarded-For", "192.0.2.77").type("form").send({ email: user.email, password: PASSWORD, _csrf: csrf }).expect(429);
    await agent.post("/login").set("X-Forwarded-For", "192.0.2.78").type("form").send({ email: user.email, password: PASSWORD, _csrf: csrf }).expect(303);
  });

  it("ends the session at sign-out, and audits it", async () => {
    const checker = await signInAs(app, db.prisma, "checker");
    await checker.agent.get("/").expect(200);
    await checker.agent.post("/logout").type("form").send({ _csrf: checker.csrf }).expect(303).expect("Location", "/login?signedOut=1");
    await request(app).get("/").set("Cookie", checker.cookie).expect(303);
    const [logout] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'logout' AND actor_id = $1`, [checker.user.id]);
    assert.equal(logout!.n, 1);
  });

  it("ends a session left idle too long", async () => {
    const idle = await signInAs(app, db.prisma, "checker");
    await db.query(`UPDATE session SET expire = now() - interval '1 minute' WHERE (sess->>'userId')::int = $1`, [idle.user.id]);
    await request(app).get("/").set("Cookie", idle.cookie).expect(303);
  });

  it("ends a session past its maximum age, however active", async () => {
    const old = await signInAs(app, db.prisma, "checker");
    await db.query(
      `UPDATE session SET sess = jsonb_set(sess, '{signedInAt}', to_jsonb((extract(epoch from now() - interval '13 hours') * 1000)::bigint)) WHERE (sess->>'userId')::int = $1`,
      [old.user.id],
    );
    await request(app).get("/").set("Cookie", old.cookie).expect(303);
  });

  describe("a disabled account", () => {
    async function disabledAccount() {
      const admin = await signInAs(app, db.prisma, "admin");
      const victim = await signInAs(app, db.prisma, "editor");
      const token = await tokenFor(db.prisma, victim.user);
      await victim.agent.get("/").expect(200);
      await admin.agent.post(`/admin/users/${victim.user.id}/disabled`).type("form").send({ disabled: "1", _csrf: admin.csrf }).expect(303);
      return { admin, victim, token };
    }

    it("loses its open sessions", async () => {
      const { victim } = await disabledAccount();
      await request(app).get("/").set("Cookie", victim.cookie).expect(303);
    });

    it("cannot sign in", async () => {
      const { victim } = await disabledAccount();
      const { agent, csrf } = await loginForm(app);
      await agent.post("/login").type("form").send({ email: victim.user.email, password: PASSWORD, _csrf: csrf }).expect(401);
    });

    it("signs in again once enabled, its old tokens still revoked", async () => {
      const { admin, victim, token } = await disabledAccount();
      await admin.agent.post(`/admin/users/${victim.user.id}/disabled`).type("form").send({ disabled: "0", _csrf: admin.csrf }).expect(303);
      const { agent, csrf } = await loginForm(app);
      await agent.post("/login").type("form").send({ email: victim.user.email, password: PASSWORD, _csrf: csrf }).expect(303);
      await request(app).get("/api/statements").set("Authorization", `Bearer ${token}`).expect(401);
    });
  });

  it("refuses a state change without the CSRF token, or with another session's, storing nothing", async () => {
    const checker = await signInAs(app, db.prisma, "checker");
    const other = await signInAs(app, db.prisma, "checker");
    const articles = await count(db, "articles");
    const bare = request(app).post("/articles").set({ Cookie: checker.cookie, "Accept-Language": "en" }).type("form");
    const refused = await bare.send({ text: ARTICLE }).expect(403);
    assert.match(shownText(dom(refused.text)), /This form has expired or came from another site/);
    await request(app).post("/articles").set({ Cookie: checker.cookie, "X-CSRF-Token": other.csrf }).type("form").send({ text: ARTICLE }).expect(403);
    await request(app)
      .post("/articles")
      .set({ Cookie: checker.cookie })
      .type("form")
      .send({ text: ARTICLE, _csrf: "0".repeat(64) })
      .expect(403);
    const json = await request(app)
      .post("/articles")
      .set({ Cookie: checker.cookie, Accept: "application/json" })
      .type("form")
      .send({ text: ARTICLE })
      .expect(403);
    assert.match(json.body.error, /expired or came from another site/);
    await request(app).post("/logout").set({ Cookie: checker.cookie }).type("form").send({}).expect(403);
    await request(app).post("/locale").set({ Cookie: checker.cookie }).type("form").send({ locale: "en" }).expect(403);
    assert.equal(await count(db, "articles"), articles, "nothing was stored");
  });

  it("takes the CSRF token as _csrf in a form or as the header htmx sends from the page's body", async () => {
    const checker = await signInAs(app, db.prisma, "checker");
    await request(app).post("/articles").set({ Cookie: checker.cookie }).type("form").send({ text: ARTICLE, _csrf: checker.csrf }).expect(303);
    await request(app)
      .post("/articles")
      .set({ Cookie: checker.cookie, "X-CSRF-Token": checker.csrf, "HX-Request": "true" })
      .type("form")
      .send({ text: `${ARTICLE} 2` })
      .expect(201);
    const page = await checker.agent.get("/").expect(200);
    assert.match(page.text, new RegExp(`<body hx-headers:inherited='\\{"X-CSRF-Token": "${checker.csrf}"\\}'>`));
  });

  it("refuses a sign-in posted from elsewhere, without the form's token", async () => {
    const user = await makeUser(db.prisma, "viewer");
    await request(app).post("/login").type("form").send({ email: user.email, password: PASSWORD }).expect(403);
  });

  it("offers a viewer no article form and refuses their post on the server", async () => {
    const viewer = await signInAs(app, db.prisma, "viewer");
    const articles = await count(db, "articles");
    const home = await viewer.agent.get("/").set("Accept-Language", "en").expect(200);
    assert.equal(dom(home.text).querySelector("#article-form"), null, "a viewer is not offered the form");
    assert.match(shownText(dom(home.text)), /Your account can read the desk/);
    const refused = await viewer.agent.post("/articles").set("Accept-Language", "en").type("form").send({ text: ARTICLE, _csrf: viewer.csrf }).expect(403);
    assert.match(shownText(dom(refused.text)), /Your role does not allow this\./);
    assert.equal(await count(db, "articles"), articles);
    await viewer.agent.get("/articles").expect(200);
  });

  it("lets a checker add an article", async () => {
    const checker = await signInAs(app, db.prisma, "checker");
    await checker.agent
      .post("/articles")
      .type("form")
      .send({ text: ARTICLE.replace("السيطرة", "المراقبة"), _csrf: checker.csrf })
      .expect(303);
  });

  it("refuses every administration page and action to anyone but an admin", async () => {
    const viewer = await signInAs(app, db.prisma, "viewer");
    const checker = await signInAs(app, db.prisma, "checker");
    const editor = await signInAs(app, db.prisma, "editor");
    for (const person of [viewer, checker, editor]) {
      await person.agent.get("/admin").expect(403);
      await person.agent
        .post("/admin/users")
        .type("form")
        .send({ email: "x@desk.example", name: "X", role: "admin", password: "a long password here", _csrf: person.csrf })
        .expect(403);
      await person.agent.post(`/admin/users/${viewer.user.id}/disabled`).type("form").send({ disabled: "1", _csrf: person.csrf }).expect(403);
      await person.agent
        .post("/admin/tokens")
        .type("form")
        .send({ userId: String(person.user.id), name: "mine", _csrf: person.csrf })
        .expect(403);
    }
    const [escalated] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE email = 'x@desk.example'`);
    assert.equal(escalated!.n, 0);
  });

  describe("the admin page", () => {
    /** A checker created through the admin form, with the name typed as markup. */
    async function createdChecker(admin: SignedIn): Promise<{ id: number; email: string; passwordHash: string }> {
      const email = `new-${Date.now()}-${Math.random().toString(36).slice(2)}@desk.example`;
      await admin.agent
        .post("/admin/users")
        .type("form")
        .send({ email, name: "<b>Rana</b>", role: "checker", password: "a long password here", _csrf: admin.csrf })
        .expect(303);
      const [row] = await db.query<{ id: number; password_hash: string }>(`SELECT id, password_hash FROM users WHERE email = $1`, [email]);
      return { id: row!.id, email, passwordHash: row!.password_hash };
    }

    /** A token made on the admin page for a user: the token shown once and its stored row. */
    async function madeToken(admin: SignedIn, userId: number) {
      const page = await admin.agent
        .post("/admin/tokens")
        .type("form")
        .send({ userId: String(userId), name: "CMS", expiresInDays: "30", _csrf: admin.csrf })
        .expect(201);
      const token = one(dom(page.text), "code[data-token]").textContent;
      const [stored] = await db.query<{ id: number; token_hash: string; prefix: string }>(`SELECT id, token_hash, prefix FROM api_tokens WHERE user_id = $1`, [
        userId,
      ]);
      return { page, token, stored: stored! };
    }

    it("lists the users and the audit log in words", async () => {
      const admin = await signInAs(app, db.prisma, "admin");
      const page = await admin.agent.get("/admin").set("Accept-Language", "en").expect(200);
      const admins = dom(page.text);
      assert.equal(one(admins, "h2#users-title").textContent, "Users");
      assert.ok(admins.querySelector(`[data-user="${admin.user.email}"]`));
      assert.ok(admins.querySelector('[data-action="login.succeeded"]'));
      assert.ok(texts(admins, 'td[title="login.succeeded"]').includes("signed in"), "the audit log says what happened in words, not as a stored key");
    });

    it("refuses a new user's bad fields, naming each", async () => {
      const admin = await signInAs(app, db.prisma, "admin");
      const bad = await admin.agent
        .post("/admin/users")
        .set("Accept-Language", "en")
        .type("form")
        .send({ email: "not-an-email", name: "", role: "owner", password: "short", _csrf: admin.csrf })
        .expect(422);
      const refusedForm = shownText(dom(bad.text));
      assert.match(refusedForm, /email: must be an email address/);
      assert.match(refusedForm, /role: must be one of viewer, checker, editor, admin/);
      assert.match(refusedForm, /password: must be at least 12 characters/);
    });

    it("creates a user with an argon2id hash and shows the name as typed, never as markup", async () => {
      const admin = await signInAs(app, db.prisma, "admin");
      const created = await createdChecker(admin);
      assert.match(created.passwordHash, /^\$argon2id\$/);
      const listed = await admin.agent.get("/admin").expect(200);
      assert.ok(texts(dom(listed.text), "td").includes("<b>Rana</b>"));
      assert.equal(dom(listed.text).querySelectorAll("td b").length, 0);
    });

    it("refuses a second user with the same email in other case", async () => {
      const admin = await signInAs(app, db.prisma, "admin");
      const created = await createdChecker(admin);
      const again = await admin.agent
        .post("/admin/users")
        .set("Accept-Language", "en")
        .type("form")
        .send({ email: created.email.toUpperCase(), name: "Dup", role: "viewer", password: "a long password here", _csrf: admin.csrf })
        .expect(409);
      assert.match(shownText(dom(again.text)), /already exists/);
    });

    it("shows a new API token once, stores only its hash, and the token works", async () => {
      const admin = await signInAs(app, db.prisma, "admin");
      const { page, token, stored } = await madeToken(admin, (await createdChecker(admin)).id);
      assert.match(token, /^isnad_[\w-]{40,}$/);
      assert.equal(page.headers["cache-control"], "no-store");
      assert.notEqual(stored.token_hash, token, "only the hash is stored");
      assert.ok(token.startsWith(stored.prefix));
      await admin.agent.get("/admin/tokens").expect(303).expect("Location", "/admin");
      const afterwards = await admin.agent.get("/admin").expect(200);
      assert.doesNotMatch(afterwards.text, new RegExp(token), "the token is never shown again");
      await request(app).get("/api/statements").set("Authorization", `Bearer ${token}`).expect(200);
    });

    it("revokes a token, which then answers 401", async () => {
      const admin = await signInAs(app, db.prisma, "admin");
      const { token, stored } = await madeToken(admin, (await createdChecker(admin)).id);
      await admin.agent.post(`/admin/tokens/${stored.id}/revoke`).type("form").send({ _csrf: admin.csrf }).expect(303);
      await request(app).get("/api/statements").set("Authorization", `Bearer ${token}`).expect(401);
    });

    it("answers 404 for revoking a token that does not exist", async () => {
      const admin = await signInAs(app, db.prisma, "admin");
      await admin.agent.post(`/admin/tokens/999999/revoke`).type("form").send({ _csrf: admin.csrf }).expect(404);
    });

    it("audits the users and tokens an admin creates and revokes", async () => {
      const admin = await signInAs(app, db.prisma, "admin");
      const { stored } = await madeToken(admin, (await createdChecker(admin)).id);
      await admin.agent.post(`/admin/tokens/${stored.id}/revoke`).type("form").send({ _csrf: admin.csrf }).expect(303);
      const actions = (await db.query<{ action: string }>(`SELECT action FROM audit_events WHERE actor_id = $1 ORDER BY id`, [admin.user.id])).map(
        (r) => r.action,
      );
      assert.deepEqual(
        actions.filter((a) => a !== "login.succeeded"),
        ["user.created", "token.created", "token.revoked"],
      );
    });
  });

  it("never lets the last active admin be disabled", async () => {
    await db.query(`UPDATE users SET disabled_at = now() WHERE role = 'admin'`);
    const admin = await signInAs(app, db.prisma, "admin");
    const res = await admin.agent
      .post(`/admin/users/${admin.user.id}/disabled`)
      .set("Accept", "application/json")
      .type("form")
      .send({ disabled: "1", _csrf: admin.csrf })
      .expect(409);
    assert.match(res.body.error, /last active admin/);
    const second = await makeUser(db.prisma, "admin");
    await admin.agent.post(`/admin/users/${second.id}/disabled`).type("form").send({ disabled: "1", _csrf: admin.csrf }).expect(303);
    await admin.agent.post(`/admin/users/${second.id}/disabled`).type("form").send({ disabled: "0", _csrf: admin.csrf }).expect(303);
    await admin.agent.post(`/admin/users/${admin.user.id}/disabled`).type("form").send({ disabled: "1", _csrf: admin.csrf }).expect(303);
  });

  it("answers hostile form posts with a 4xx, never a 500", async () => {
    const admin = await signInAs(app, db.prisma, "admin");
    const bodies = [
      "text=a&text=b",
      "text[]=x&title[]=y",
      "email=a&email=b&password=c&password=d",
      `${"x=1&".repeat(200)}text=y`,
      "text=%ZZ%",
      "__proto__[admin]=1&text=The+mayor+said+so.",
      "role=admin&role=viewer&email=a%40b.c&name=n&password=a+long+password+here",
      "userId=99999999999&name=x",
      "disabled[]=1",
      "locale[]=en",
      `text=${"%00".repeat(10)}`,
    ];
    for (const path of ["/articles", "/login", "/admin/users", "/admin/tokens", `/admin/users/${admin.user.id}/disabled`, "/locale"]) {
      for (const body of bodies) {
        const res = await admin.agent.post(path).set("Content-Type", "application/x-www-form-urlencoded").send(`${body}&_csrf=${admin.csrf}`);
        assert.ok(res.status < 500, `${path} ${body.slice(0, 40)} → ${res.status}`);
      }
    }
    const [still] = await db.query<{ disabled_at: Date | null }>("SELECT disabled_at FROM users WHERE id = $1", [admin.user.id]);
    assert.equal(still!.disabled_at, null);
  });

  it("sends the security headers on every page", async () => {
    const page = await request(app).get("/login").expect(200);
    const csp = page.headers["content-security-policy"]!;
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'"])
      assert.ok(csp.includes(directive), directive);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(page.headers["x-content-type-options"], "nosniff");
    assert.equal(page.headers["x-frame-options"], "SAMEORIGIN");
    assert.equal(page.headers["referrer-policy"], "same-origin");
    assert.doesNotMatch(page.text, /<script>|\son[a-z]+=|hx-on/i, "no inline script or handler anywhere in the markup");
  });

  it("stores no session for visits to the sign-in page", async () => {
    const [before] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM session");
    for (let k = 0; k < 50; k++) {
      const page = await request(app).get("/login").expect(200);
      csrfFrom(page.text);
    }
    const [after] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM session");
    assert.equal(after!.n, before!.n, "fifty visits to the sign-in page stored nothing");
  });

  it("protects the language form before sign-in with the page's token", async () => {
    const { agent, csrf } = await loginForm(app);
    await agent.post("/locale").type("form").send({ locale: "en", _csrf: csrf }).expect(303);
    await agent
      .post("/locale")
      .type("form")
      .send({ locale: "en", _csrf: "0".repeat(64) })
      .expect(403);
  });

  it("refuses a sign-in that carries another visitor's token without their cookie", async () => {
    const { agent, csrf } = await loginForm(app);
    const user = await makeUser(db.prisma, "viewer");
    await request(app).post("/login").type("form").send({ email: user.email, password: PASSWORD, _csrf: csrf }).expect(403);
    await agent.post("/login").type("form").send({ email: user.email, password: PASSWORD, _csrf: csrf }).expect(303);
  });

  describe("passwords", () => {
    const NEW = "a brand new passphrase";
    const change = (person: SignedIn, fields: Record<string, string>) =>
      person.agent
        .post("/account/password")
        .set("Accept-Language", "en")
        .type("form")
        .send({ ...fields, _csrf: person.csrf });

    it("offers a form to change one's password", async () => {
      const person = await signInAs(app, db.prisma, "checker");
      const form = await person.agent.get("/account/password").set("Accept-Language", "en").expect(200);
      assert.match(shownText(dom(form.text)), /Change your password/);
    });

    it("refuses a wrong current password, saying so", async () => {
      const person = await signInAs(app, db.prisma, "checker");
      const wrong = await change(person, { current: "not it at all", password: NEW, again: NEW }).expect(400);
      assert.match(shownText(dom(wrong.text)), /The current password is not right/);
    });

    it("refuses a short new password, saying how long one must be", async () => {
      const person = await signInAs(app, db.prisma, "checker");
      const short = await change(person, { current: PASSWORD, password: "short", again: "short" }).expect(422);
      assert.match(shownText(dom(short.text)), /12 to 256 characters/);
    });

    it("changes a person's own password, ending their other sessions but this one", async () => {
      const person = await signInAs(app, db.prisma, "checker");
      const elsewhere = await signIn(app, person.user);
      await change(person, { current: PASSWORD, password: NEW, again: NEW }).expect(303);
      await person.agent.get("/").expect(200);
      await request(app).get("/").set("Cookie", elsewhere.cookie).expect(303);
      const { agent, csrf } = await loginForm(app);
      await agent.post("/login").type("form").send({ email: person.user.email, password: PASSWORD, _csrf: csrf }).expect(401);
      await agent.post("/login").type("form").send({ email: person.user.email, password: NEW, _csrf: csrf }).expect(303);
    });

    it("lets an admin set a new password for someone who lost theirs, ending their sessions", async () => {
      const person = await signInAs(app, db.prisma, "checker");
      const admin = await signInAs(app, db.prisma, "admin");
      await admin.agent.post(`/admin/users/${person.user.id}/password`).type("form").send({ password: "set by the admin desk", _csrf: admin.csrf }).expect(303);
      await request(app).get("/").set("Cookie", person.cookie).expect(303);
      const again = await loginForm(app);
      await again.agent.post("/login").type("form").send({ email: person.user.email, password: "set by the admin desk", _csrf: again.csrf }).expect(303);
    });

    it("refuses a non-admin setting someone else's password", async () => {
      const person = await signInAs(app, db.prisma, "checker");
      const admin = await signInAs(app, db.prisma, "admin");
      await person.agent.post(`/admin/users/${admin.user.id}/password`).type("form").send({ password: "i am the admin now", _csrf: person.csrf }).expect(403);
    });

    it("audits a changed and a reset password, never the password itself", async () => {
      const person = await signInAs(app, db.prisma, "checker");
      await change(person, { current: PASSWORD, password: NEW, again: NEW }).expect(303);
      const admin = await signInAs(app, db.prisma, "admin");
      await admin.agent.post(`/admin/users/${person.user.id}/password`).type("form").send({ password: "set by the admin desk", _csrf: admin.csrf }).expect(303);
      const events = await db.query<{ action: string; after: unknown }>(
        "SELECT action, after FROM audit_events WHERE subject_id = $1 AND action LIKE 'user.password%' ORDER BY id",
        [person.user.id],
      );
      assert.deepEqual(
        events.map((e) => e.action),
        ["user.password_changed", "user.password_reset"],
      );
      assert.doesNotMatch(JSON.stringify(events), /passphrase|admin desk/, "no password in the log");
    });
  });

  describe("a second factor", () => {
    /** An editor who turned on a second factor through the page, and a maker of its codes (`offset` periods ahead). */
    async function editorWithSecondFactor() {
      const editor = await signInAs(app, db.prisma, "editor");
      const setup = await editor.agent.get("/account/second-factor").set("Accept-Language", "en").expect(200);
      const secretCode = one(dom(setup.text), "code[data-secret]");
      const secret = secretCode.textContent;
      const code = (offset = 0) => new TOTP({ secret: Secret.fromBase32(secret), period: 30, digits: 6 }).generate({ timestamp: Date.now() + offset * 30_000 });
      await editor.agent.post("/account/second-factor").type("form").send({ code: code(), _csrf: editor.csrf }).expect(303);
      return { editor, secretCode, code };
    }

    it("shows its secret left-to-right and turns on only with a right code", async () => {
      const editor = await signInAs(app, db.prisma, "editor");
      const setup = await editor.agent.get("/account/second-factor").set("Accept-Language", "en").expect(200);
      const secretCode = one(dom(setup.text), "code[data-secret]");
      assert.equal(secretCode.getAttribute("dir"), "ltr");
      assert.match(secretCode.textContent, /^[A-Z2-7]+$/);
      await editor.agent.post("/account/second-factor").type("form").send({ code: "000000", _csrf: editor.csrf }).expect(422);
    });

    async function atCodeStep() {
      const { editor, code } = await editorWithSecondFactor();
      const { agent, csrf } = await loginForm(app);
      const step = await agent
        .post("/login")
        .set("Accept-Language", "en")
        .type("form")
        .send({ email: editor.user.email, password: PASSWORD, _csrf: csrf })
        .expect(200);
      return { agent, csrf, code, step };
    }

    it("asks for the code after the password, letting nobody in before it", async () => {
      const { agent, csrf, step } = await atCodeStep();
      assert.match(shownText(dom(step.text)), /Enter your code/);
      await agent.get("/").expect(303).expect("Location", "/login");
      await agent.post("/login/code").type("form").send({ code: "123456", _csrf: csrf }).expect(401);
    });

    it("takes each code once: the one the setup used is spent, the next lets the person in", async () => {
      const { agent, csrf, code } = await atCodeStep();
      await agent.post("/login/code").type("form").send({ code: code(), _csrf: csrf }).expect(401);
      await agent
        .post("/login/code")
        .type("form")
        .send({ code: code(1), _csrf: csrf })
        .expect(303);
      await agent.get("/").expect(200);
    });

    it("is not offered to a viewer", async () => {
      const viewer = await signInAs(app, db.prisma, "viewer");
      await viewer.agent.get("/account/second-factor").expect(403);
    });

    it("can be turned off by an admin, after which the password alone signs in", async () => {
      const { editor } = await editorWithSecondFactor();
      const admin = await signInAs(app, db.prisma, "admin");
      await admin.agent.post(`/admin/users/${editor.user.id}/second-factor/off`).type("form").send({ _csrf: admin.csrf }).expect(303);
      const plain = await loginForm(app);
      await plain.agent.post("/login").type("form").send({ email: editor.user.email, password: PASSWORD, _csrf: plain.csrf }).expect(303);
    });
  });

  it("keeps signed-in pages and API answers out of every cache", async () => {
    const checker = await signInAs(app, db.prisma, "checker");
    for (const path of ["/", "/statements", "/speakers"]) {
      const page = await checker.agent.get(path).expect(200);
      assert.equal(page.headers["cache-control"], "no-store", path);
    }
    const token = await tokenFor(db.prisma, checker.user);
    const api = await request(app).get("/api/statements").set("Authorization", `Bearer ${token}`).expect(200);
    assert.equal(api.headers["cache-control"], "no-store");
  });

  it("lets the public sign-in page be cached", async () => {
    const login = await request(app).get("/login").expect(200);
    assert.notEqual(login.headers["cache-control"], "no-store");
  });

  it("signs in through the form a person sees", async () => {
    const user = await makeUser(db.prisma, "editor", "Layla Haddad");
    const { agent } = await signIn(app, user);
    const page = await agent.get("/").set("Accept-Language", "en").expect(200);
    const account = one(dom(page.text), "span.account-name");
    assert.deepEqual([account.textContent, account.getAttribute("dir"), account.nextElementSibling?.textContent], ["Layla Haddad", "auto", "editor"]);
    const [row] = await db.query<{ last_login_at: Date | null }>(`SELECT last_login_at FROM users WHERE id = $1`, [user.id]);
    assert.ok(row!.last_login_at);
  });
});
