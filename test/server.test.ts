import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { after, before, describe, it } from "node:test";
import { stopEmbeddedPostgres } from "../src/db/embedded-postgres.ts";
import { readMigrations } from "../src/db/migrate.ts";
import { createTestDatabase } from "./support/database.ts";
import {
  cleanEnv,
  freePort,
  killLeftovers,
  launch,
  postmasterRunning,
  run,
  startServer,
  stopCleanly,
  tempDir,
  waitForHealthy,
  waitForOutput,
  type RunningProcess,
} from "./support/process.ts";

const dataDirs: string[] = [];
function newDataDir(): string {
  const dir = tempDir("isnad-data-");
  dataDirs.push(dir);
  return dir;
}

/** A server on a new DATA_DIR and a free port, healthy. */
async function startFresh(): Promise<{ dataDir: string; port: number; env: NodeJS.ProcessEnv; server: RunningProcess }> {
  const dataDir = newDataDir();
  const port = await freePort();
  const env = cleanEnv({ DATA_DIR: dataDir, PORT: String(port) });
  const server = startServer(env);
  await waitForHealthy(port, server);
  return { dataDir, port, env, server };
}

/** A checker and an API token for them, made with the README's commands against the server's database. */
async function issueToken(env: NodeJS.ProcessEnv): Promise<string> {
  const user = await run(
    "npm",
    ["run", "--silent", "user:create", "--", "--email", "desk@news.example", "--name", "Desk", "--role", "checker", "--password", "a long password here"],
    env,
  );
  assert.equal(user.code, 0, user.stderr);
  const token = await run("npm", ["run", "--silent", "token:create", "--", "--email", "desk@news.example"], env);
  assert.equal(token.code, 0, token.stderr);
  return token.stdout.trim().split("\n").at(-1)!;
}

async function postArticle(port: number, token: string, text: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/api/articles`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ text }),
  });
  assert.equal(res.status, 201);
  return ((await res.json()) as { articles: { id: number }[] }).articles[0]!.id;
}

async function articleCount(port: number, token: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/api/articles?limit=500`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await res.json()) as { items: unknown[] }).items.length;
}

async function kill(server: RunningProcess): Promise<number | string> {
  server.signal("SIGKILL");
  return server.exited;
}

describe("the server, run as the README says", () => {
  after(async () => {
    await killLeftovers();
    for (const dir of dataDirs) {
      await stopEmbeddedPostgres(dir).catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("`npm start` on the embedded database, stopped and started again", () => {
    const seen = {} as {
      dataDir: string;
      firstLog: string;
      firstStopped: boolean;
      postgresAfterFirst: boolean;
      articlesAfterRestart: number;
      secondLog: string;
      statementsText: string;
      secondStopped: boolean;
      postgresAfterSecond: boolean;
    };
    before(async () => {
      seen.dataDir = newDataDir();
      const port = await freePort();
      const env = cleanEnv({ DATA_DIR: seen.dataDir, PORT: String(port) });
      const first = startServer(env, { viaNpm: true });
      const coldMs = await waitForHealthy(port, first);
      await waitForOutput(first, /no users yet/);
      const token = await issueToken(env);
      const id = await postArticle(port, token, "Officials said the bridge would reopen on Monday.");
      seen.firstStopped = await stopCleanly(first, "SIGINT");
      seen.firstLog = first.stdout();
      seen.postgresAfterFirst = postmasterRunning(seen.dataDir);
      const second = startServer(env, { viaNpm: true });
      const warmMs = await waitForHealthy(port, second);
      seen.articlesAfterRestart = await articleCount(port, token);
      await waitForOutput(second, /isnad is ready/);
      const statements = await fetch(`http://127.0.0.1:${port}/api/statements?article=${id}`, { headers: { Authorization: `Bearer ${token}` } });
      seen.statementsText = await statements.text();
      seen.secondLog = second.stdout();
      seen.secondStopped = await stopCleanly(second);
      seen.postgresAfterSecond = postmasterRunning(seen.dataDir);
      console.log(`# npm start to healthy: ${coldMs} ms on a new DATA_DIR, ${warmMs} ms on an existing one`);
    });

    it("says how to create the first admin, with the exact command for this DATA_DIR", () => {
      // A second terminal has none of this one's settings.
      const command = new RegExp(
        `no users yet: create the first admin with +DATA_DIR=${seen.dataDir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} npm run user:create`,
      );
      assert.match(seen.firstLog, command);
    });

    it("stops cleanly on Ctrl-C, stopping its PostgreSQL with it", () => {
      assert.equal(seen.firstStopped, true);
      assert.match(seen.firstLog, /stopped the embedded PostgreSQL/);
      assert.equal(seen.postgresAfterFirst, false);
    });

    it("keeps articles and statements across a restart", () => {
      assert.equal(seen.articlesAfterRestart, 1);
      assert.match(seen.statementsText, /the bridge would reopen on Monday/);
    });

    it("says there are no users only while there are none", () => {
      assert.doesNotMatch(seen.secondLog, /no users yet/);
    });

    it("stops its PostgreSQL again after the restart", () => {
      assert.equal(seen.secondStopped, true);
      assert.equal(seen.postgresAfterSecond, false);
    });
  });

  it("runs two instances side by side with their own DATA_DIR and PORT", async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    const [dirA, dirB] = [newDataDir(), newDataDir()];
    // One after the other: started together, B's embedded PostgreSQL may pick A's port before A's server has bound it.
    const a = startServer(cleanEnv({ DATA_DIR: dirA, PORT: String(portA) }));
    await waitForHealthy(portA, a);
    const b = startServer(cleanEnv({ DATA_DIR: dirB, PORT: String(portB) }));
    await waitForHealthy(portB, b);
    const [tokenA, tokenB] = [await issueToken(cleanEnv({ DATA_DIR: dirA })), await issueToken(cleanEnv({ DATA_DIR: dirB }))];
    await postArticle(portA, tokenA, "Only instance A has this article, its spokesperson said.");
    assert.equal(await articleCount(portA, tokenA), 1);
    assert.equal(await articleCount(portB, tokenB), 0);
    const foreign = await fetch(`http://127.0.0.1:${portB}/api/articles`, { headers: { Authorization: `Bearer ${tokenA}` } });
    assert.equal(foreign.status, 401, "a token belongs to its own installation");
    assert.deepEqual(await Promise.all([stopCleanly(a), stopCleanly(b)]), [true, true]);
  });

  describe("`npm run db:migrate` on an embedded database", () => {
    const dataDir = newDataDir();
    let env: NodeJS.ProcessEnv;
    let port: number;
    before(async () => {
      port = await freePort();
      env = cleanEnv({ DATA_DIR: dataDir, PORT: String(port) });
    });

    it("starts its own PostgreSQL when no server runs, migrates, and stops it", async () => {
      const alone = await run("npm", ["run", "--silent", "db:migrate"], env);
      assert.equal(alone.code, 0, alone.stderr);
      assert.match(alone.stderr, new RegExp(`${readMigrations().length} migration\\(s\\) applied`));
      assert.equal(postmasterRunning(dataDir), false, "the command stopped the server it started");
    });

    it("attaches to the running server's database and leaves it running", async () => {
      const server = startServer(env);
      await waitForHealthy(port, server);
      const attached = await run("npm", ["run", "--silent", "db:migrate"], env);
      assert.equal(attached.code, 0, attached.stderr);
      assert.match(attached.stderr, /the database is up to date/);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      assert.equal(health.status, 200, "the command left the server's database running");
      assert.equal(await stopCleanly(server), true);
      assert.equal(postmasterRunning(dataDir), false);
    });
  });

  describe("after a crash", () => {
    let fresh: Awaited<ReturnType<typeof startFresh>>;
    let token: string;
    before(async () => {
      fresh = await startFresh();
      token = await issueToken(fresh.env);
      await postArticle(fresh.port, token, "The minister said the talks were constructive.");
    });

    it("adopts the PostgreSQL that outlived a killed server, losing nothing", async () => {
      assert.equal(await kill(fresh.server), "SIGKILL");
      assert.equal(postmasterRunning(fresh.dataDir), true, "PostgreSQL outlived the killed server");
      const adopting = startServer(fresh.env);
      await waitForHealthy(fresh.port, adopting);
      assert.match(adopting.stdout(), /attached to embedded PostgreSQL/);
      assert.equal(await articleCount(fresh.port, token), 1);
      assert.equal(await kill(adopting), "SIGKILL");
    });

    it("clears a stale lock and a postmaster.pid whose pid was reused, and starts PostgreSQL again, losing nothing", async () => {
      const { dataDir, env, port } = fresh;
      const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
      if (postmasterRunning(dataDir)) process.kill(Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]), "SIGKILL");
      await new Promise((resolve) => setTimeout(resolve, 300));
      // PostgreSQL died too, and its pid is now an unrelated process's.
      const stale = fs.readFileSync(pidFile, "utf8").split("\n");
      stale[0] = String(process.pid);
      fs.writeFileSync(pidFile, stale.join("\n"));
      fs.writeFileSync(path.join(dataDir, "postgres.lock"), "999999");
      const restarted = startServer(env);
      await waitForHealthy(port, restarted);
      assert.match(restarted.stdout(), /started embedded PostgreSQL/);
      assert.equal(await articleCount(port, token), 1, "no data was lost");
      assert.equal(await stopCleanly(restarted), true);
      assert.equal(postmasterRunning(dataDir), false);
    });
  });

  describe("the application's own database role", () => {
    let fresh: Awaited<ReturnType<typeof startFresh>>;
    let token: string;
    let client: pg.Client;
    before(async () => {
      fresh = await startFresh();
      token = await issueToken(fresh.env);
      await postArticle(fresh.port, token, "The minister said the talks were constructive.");
      const credentials = JSON.parse(fs.readFileSync(path.join(fresh.dataDir, "postgres.json"), "utf8")) as { appPassword: string };
      const pgPort = Number(fs.readFileSync(path.join(fresh.dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[3]);
      client = new pg.Client({ host: "127.0.0.1", port: pgPort, user: "isnad_app", password: credentials.appPassword, database: "isnad" });
      await client.connect();
    });
    after(async () => {
      await client.end();
      assert.equal(await stopCleanly(fresh.server), true);
    });

    it("lets a worker make the job queue's tables and run its jobs", async () => {
      const file = path.join(fresh.dataDir, "queued.jsonl");
      fs.writeFileSync(file, `${JSON.stringify({ title: "Queued", text: "The mayor said the bridge would reopen on Monday." })}\n`);
      const queued = await run("npm", ["run", "--silent", "import", "--", "--enqueue", file], fresh.env);
      assert.equal(queued.code, 0, queued.stderr);
      const worker = launch(process.execPath, ["--import", "tsx", "src/worker.ts"], fresh.env);
      try {
        const deadline = Date.now() + 30_000;
        while ((await articleCount(fresh.port, token)) < 2) {
          assert.ok(Date.now() < deadline, `the worker never saved the queued article: ${worker.stdout().slice(-800)}${worker.stderr()}`);
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      } finally {
        await stopCleanly(worker);
      }
    });

    it("is no superuser and reads the audit log", async () => {
      const [role] = (await client.query<{ rolsuper: boolean }>("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).rows;
      assert.equal(role!.rolsuper, false);
      assert.ok((await client.query("SELECT count(*) FROM audit_events")).rows.length === 1);
    });

    it("cannot switch the audit log's append-only trigger off", async () => {
      await assert.rejects(client.query("ALTER TABLE audit_events DISABLE TRIGGER ALL"), /must be owner|permission denied/);
    });

    it("cannot delete or rewrite audit events", async () => {
      await assert.rejects(client.query("DELETE FROM audit_events"), /permission denied|append-only/);
      await assert.rejects(client.query("UPDATE audit_events SET ip = 'x'"), /permission denied|append-only/);
    });

    it("leaves the server connected and healthy", async () => {
      assert.equal((await fetch(`http://127.0.0.1:${fresh.port}/healthz`)).status, 200);
    });
  });

  it("finishes a request in flight before shutting down", async () => {
    const { dataDir, port, env, server } = await startFresh();
    const token = await issueToken(env);

    const body = JSON.stringify({ text: "The spokesperson said the ceasefire would hold. ".repeat(50) });
    const response = new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/api/articles",
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.on("error", reject);
      req.write(body.slice(0, 100));
      // The signal arrives while the body is still coming in.
      setTimeout(() => {
        server.signal("SIGTERM");
        setTimeout(() => req.end(body.slice(100)), 500);
      }, 200);
    });
    assert.equal(await response, 201);
    assert.equal(await server.exited, 0);
    assert.equal(postmasterRunning(dataDir), false);
  });

  describe("when its embedded PostgreSQL dies under it", () => {
    let fresh: Awaited<ReturnType<typeof startFresh>>;
    let token: string;
    const statuses: number[] = [];
    before(async () => {
      fresh = await startFresh();
      token = await issueToken(fresh.env);
      await postArticle(fresh.port, token, "The minister said the talks were constructive.");
      const pidFile = path.join(fresh.dataDir, "postgres", "postmaster.pid");
      process.kill(Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]), "SIGKILL");
      const deadline = Date.now() + 30_000;
      while (!/restarted embedded PostgreSQL/.test(fresh.server.stdout())) {
        assert.ok(Date.now() < deadline, `the database was never started again: ${fresh.server.stdout().slice(-800)}`);
        statuses.push(await fetch(`http://127.0.0.1:${fresh.port}/healthz`).then((res) => res.status));
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      while ((await fetch(`http://127.0.0.1:${fresh.port}/healthz`).then((res) => res.status)) !== 200) {
        assert.ok(Date.now() < deadline, `the database never came back: ${fresh.server.stdout().slice(-800)}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    });

    it("answers cleanly while it is down, 503 or 200 and never an error page", () => {
      assert.ok(
        statuses.every((status) => status === 503 || status === 200),
        JSON.stringify(statuses),
      );
    });

    it("starts it again without restarting isnad, losing nothing stored", async () => {
      assert.equal(await articleCount(fresh.port, token), 1);
    });

    it("keeps it running when a command attaches and leaves, and stops it last on the way out", async () => {
      const attached = await run("npm", ["run", "--silent", "db:migrate"], fresh.env);
      assert.equal(attached.code, 0, attached.stderr);
      assert.equal((await fetch(`http://127.0.0.1:${fresh.port}/healthz`)).status, 200, "the command left the server's database running");
      assert.equal(await stopCleanly(fresh.server), true);
      assert.equal(postmasterRunning(fresh.dataDir), false, "the last one out stops it");
    });
  });

  if (process.env.DATABASE_URL) {
    it("uses DATABASE_URL when it is set, migrating that database", async () => {
      const db = await createTestDatabase({ migrate: false });
      try {
        const port = await freePort();
        const dataDir = newDataDir();
        const server = startServer(cleanEnv({ DATABASE_URL: db.url, DATA_DIR: dataDir, PORT: String(port) }));
        await waitForHealthy(port, server);
        const token = await issueToken(cleanEnv({ DATABASE_URL: db.url, DATA_DIR: dataDir }));
        await postArticle(port, token, "The council said the vote would be held in March.");
        assert.equal((await db.query("SELECT 1 FROM articles")).length, 1);
        assert.equal(fs.existsSync(path.join(dataDir, "postgres")), false, "no embedded database was created");
        assert.equal(await stopCleanly(server), true);
      } finally {
        await db.destroy();
      }
    });
  }

  describe("bad configuration ends with one clear line on stderr", () => {
    const cases: [string, () => Promise<Record<string, string>>, RegExp][] = [
      ["a malformed PORT", () => Promise.resolve({ PORT: "30o0" }), /^isnad: PORT must be a whole number from 0 to 65535, not "30o0"$/],
      ["a malformed number", () => Promise.resolve({ MAX_ARTICLE_BYTES: "1MB" }), /^isnad: MAX_ARTICLE_BYTES must be a whole number/],
      [
        "an unreachable DATABASE_URL",
        () => Promise.resolve({ DATABASE_URL: "postgresql://isnad:secret@127.0.0.1:1/isnad" }),
        /^isnad: cannot reach the database at postgresql:\/\/isnad:\*\*\*@127\.0\.0\.1:1\/isnad: .*ECONNREFUSED/,
      ],
      [
        "an unwritable DATA_DIR",
        () => {
          const file = path.join(newDataDir(), "a-file");
          fs.writeFileSync(file, "");
          return Promise.resolve({ DATA_DIR: path.join(file, "data") });
        },
        /^isnad: DATA_DIR .*a-file\/data is not writable \(ENOTDIR\); set DATA_DIR to a directory isnad may write to$/,
      ],
    ];
    for (const [name, env, message] of cases) {
      it(`for ${name}`, async () => {
        const settings = await env();
        const result = await run(
          process.execPath,
          ["--import", "tsx", "src/server.ts"],
          cleanEnv({ DATA_DIR: newDataDir(), PORT: String(await freePort()), ...settings }),
        );
        assert.notEqual(result.code, 0);
        const lines = result.stderr.trim().split("\n");
        assert.equal(lines.length, 1, result.stderr);
        assert.match(lines[0]!, message);
      });
    }

    it("for an embedded database whose credentials file was lost", async () => {
      const dataDir = newDataDir();
      const env = cleanEnv({ DATA_DIR: dataDir, PORT: String(await freePort()) });
      const migrated = await run("npm", ["run", "--silent", "db:migrate"], env);
      assert.equal(migrated.code, 0, migrated.stderr);
      fs.rmSync(path.join(dataDir, "postgres.json"));
      const result = await run(process.execPath, ["--import", "tsx", "src/server.ts"], env);
      assert.notEqual(result.code, 0);
      assert.match(
        result.stderr.trim(),
        /^isnad: \S+postgres\.json is missing, so the password of the database in \S+ is unknown; restore the file from a backup, or move \S+ away to start with an empty database$/,
      );
      assert.ok(fs.existsSync(path.join(dataDir, "postgres", "PG_VERSION")), "the data was left alone");
    });

    it("for a PORT that is taken, leaving no database running behind", async () => {
      const blocker = net.createServer();
      await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
      const port = (blocker.address() as net.AddressInfo).port;
      const dataDir = newDataDir();
      try {
        const result = await run(process.execPath, ["--import", "tsx", "src/server.ts"], cleanEnv({ DATA_DIR: dataDir, PORT: String(port) }));
        assert.notEqual(result.code, 0);
        assert.equal(result.stderr.trim(), `isnad: PORT ${port} is already in use on 127.0.0.1; stop the other program or set PORT to a free port`);
        assert.equal(postmasterRunning(dataDir), false);
      } finally {
        blocker.close();
      }
    });
  });
});
