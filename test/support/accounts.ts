import assert from "node:assert/strict";
import type { Express } from "express";
import request from "supertest";
import type { AppConfig } from "../../src/app.ts";
import type { Role } from "../../src/accounts/roles.ts";
import { createApiToken } from "../../src/accounts/tokens.ts";
import { createUser } from "../../src/accounts/users.ts";
import { type Account } from "../../src/accounts/queries.ts";
import type { PrismaClient } from "../../src/db/prisma.ts";

export const PASSWORD = "correct horse battery staple";

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    maxArticleBytes: 1024 * 1024,
    sessionSecret: "test-session-secret-that-is-long-enough",
    sessionIdleMinutes: 60,
    sessionMaxHours: 12,
    trustProxy: false,
    organizationName: "Desk of Record",
    organizationUrl: "https://desk.example",
    publicUrl: "https://isnad.desk.example",
    pendingOverdueHours: 48,
    ...overrides,
  };
}

let counter = 0;
export async function makeUser(prisma: PrismaClient, role: Role, name = `${role} ${++counter}`): Promise<Account> {
  const email = `${role}-${process.pid}-${++counter}@desk.example`;
  return createUser(prisma, { email, name, role, password: PASSWORD }, { id: null });
}

export function csrfFrom(html: string): string {
  const token = html.match(/name="_csrf" value="([^"]+)"/)?.[1];
  assert.ok(token, "the page carries a CSRF token");
  return token;
}

export interface SignedIn {
  /** Sends the session cookie and, by default, the CSRF header htmx would send. */
  agent: ReturnType<typeof request.agent>;
  csrf: string;
  /** The session cookie, for requests to another app on the same database. */
  cookie: string;
  user: Account;
}

/** Signs in through the real form, the way a person does, and returns the agent holding the session cookie. */
export async function signIn(app: Express, user: Account, password = PASSWORD): Promise<SignedIn> {
  const agent = request.agent(app);
  const form = await agent.get("/login").expect(200);
  const res = await agent
    .post("/login")
    .type("form")
    .send({ email: user.email, password, _csrf: csrfFrom(form.text) })
    .expect(303);
  const cookie = res.headers["set-cookie"]![0]!.split(";")[0]!;
  const page = await agent.get("/").set("Accept-Language", "en").expect(200);
  const csrf = csrfFrom(page.text);
  agent.set("X-CSRF-Token", csrf);
  return { agent, csrf, cookie, user };
}

export async function signInAs(app: Express, prisma: PrismaClient, role: Role): Promise<SignedIn> {
  return signIn(app, await makeUser(prisma, role));
}

export async function tokenFor(prisma: PrismaClient, user: Account): Promise<string> {
  return (await createApiToken(prisma, { userId: user.id, name: "test" }, { id: null })).token;
}
