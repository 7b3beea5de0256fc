/*
 * npm run bench:board [-- --statements N] — the status board and speaker search at N statements
 * (1,000,000 by default; 100,000 speakers, 50,000 articles, 30 days of history), loaded with
 * INSERT … SELECT generate_series through the same triggers the application relies on.
 *
 * Prints p50/p95/p99 of 300 sequential requests each for GET /board (HTML), GET /api/board (JSON) and
 * GET /api/speakers?q= (a prefix and a typo), against, in the same run, a bare Express route returning
 * a constant (the framework's ceiling) and the board's own SQL run directly with pg (the database's floor).
 * Uses DATABASE_URL when set, else the test's embedded server.
 */
import http from "node:http";
import express from "express";
import pg from "pg";
import { createApp } from "../../src/app.ts";
import { createLogger } from "../../src/logger.ts";
import { createTestDatabase } from "../support/database.ts";
import { makeUser, signIn, testConfig, tokenFor } from "../support/accounts.ts";

const flag = process.argv.indexOf("--statements");
const STATEMENTS = flag > 0 ? Number(process.argv[flag + 1]) : 1_000_000;
if (!Number.isSafeInteger(STATEMENTS) || STATEMENTS < 1000) {
  process.stderr.write("bench:board: --statements must be a whole number of at least 1000\n");
  process.exit(1);
}
const SPEAKERS = Math.max(100, Math.round(STATEMENTS / 10));
const ARTICLES = Math.max(100, Math.round(STATEMENTS / 20));
const SAMPLES = 300;

const number = (value: number, digits = 0) => value.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });

const db = await createTestDatabase();
try {
  console.log(`bench:board — ${number(STATEMENTS)} statements, ${number(SPEAKERS)} speakers, ${number(ARTICLES)} articles`);
  const editor = await makeUser(db.prisma, "editor", "Bench Editor");
  const checkers = await Promise.all([1, 2, 3, 4, 5].map((k) => makeUser(db.prisma, "checker", `Checker ${k}`)));
  const checkerIds = checkers.map((user) => user.id);

  const loadStarted = performance.now();
  await db.query(
    `
    INSERT INTO articles (title, body, language, content_hash, created_at)
    SELECT 'Story ' || k, 'Body of story ' || k, CASE WHEN k % 2 = 0 THEN 'ar' ELSE 'en' END,
           encode(sha256(convert_to('bench ' || k, 'UTF8')), 'hex'), now() - (k % 720) * interval '1 hour'
      FROM generate_series(1, $1::int) AS k`,
    [ARTICLES],
  );
  // Arabic and English names, so that search meets both scripts.
  await db.query(
    `
    INSERT INTO speakers (name, kind, normalized_name, updated_at)
    SELECT n, 'person', n, now() FROM (
      SELECT k, CASE WHEN k % 2 = 0 THEN (ARRAY['سامي','ليلى','أنتوني','سيرغي','هدى','عمر'])[1 + k % 6] || ' ' || (ARRAY['الخطيب','بلينكن','لافروف','حداد','منصور'])[1 + k % 5] || ' ' || k
                                 ELSE (ARRAY['jane','omar','antony','maria','li'])[1 + k % 5] || ' ' || (ARRAY['ortiz','blinken','haddad','chen'])[1 + k % 4] || ' ' || k END AS n
        FROM generate_series(1, $1::int) AS k) names`,
    [SPEAKERS],
  );
  await db.query(`
    INSERT INTO speaker_aliases (speaker_id, text, normalized_text, surname_key, reason)
    SELECT id, name, replace(replace(name, 'أ', 'ا'), 'ي ', 'ي '), split_part(name, ' ', 2), 'name' FROM speakers`);
  await db.query(
    `
    INSERT INTO statements (article_id, text, search_text, start_offset, end_offset, type, speaker_id, status, assignee_id, reviewed_by_id, reviewed_at, created_at, updated_at)
    SELECT 1 + k % $2::int, t, lower(t), 0, length(t), 'indirect', 1 + (k * 7) % $3::int, s,
           CASE WHEN k % 5 = 0 THEN ($4::int[])[1 + k % 5] END,
           CASE WHEN s <> 'pending' THEN ($4::int[])[1 + (k / 7) % 5] END,
           CASE WHEN s <> 'pending' THEN now() - (k % 700) * interval '1 hour' END,
           now() - (k % 720) * interval '1 hour', now()
      FROM (SELECT k, (CASE WHEN k % 20 < 12 THEN 'pending' WHEN k % 20 < 17 THEN 'verified' ELSE 'disputed' END)::"StatementStatus" AS s,
                   CASE WHEN k % 2 = 0 THEN 'إن الحكومة ستواصل دعم القطاع الصحي في المحافظات رقم ' || k
                        ELSE 'the bridge would reopen on Monday after repairs number ' || k END AS t
              FROM generate_series(1, $1::int) AS k) rows`,
    [STATEMENTS, ARTICLES, SPEAKERS, checkerIds],
  );
  await db.query(`
    INSERT INTO verdict_days (day, status, count)
    SELECT (reviewed_at AT TIME ZONE 'UTC')::date, status, count(*) FROM statements WHERE reviewed_at IS NOT NULL GROUP BY 1, 2`);
  await db.query(
    `
    INSERT INTO audit_events (actor_id, action, subject_type, subject_id, after, created_at)
    SELECT $2::int, 'statement.status', 'statement', k, '{"status":"verified"}', now() - (k % 700) * interval '1 hour'
      FROM generate_series(1, $1::int) AS k`,
    [Math.round(STATEMENTS / 10), checkerIds[0]],
  );
  await db.query("ANALYZE");
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const [stored] = await db.query<{ statements: number; pending: number }>(
    "SELECT (SELECT count(*)::int FROM statements) AS statements, (SELECT sum(count)::int FROM status_tallies WHERE scope = 'desk' AND status = 'pending') AS pending",
  );
  console.log(
    `  load:              ${number(loadSeconds, 1)} s (${number(stored!.statements)} statements; the triggers' desk tally says ${number(stored!.pending)} pending)`,
  );

  const app = createApp({ prisma: db.prisma, config: testConfig(), logger: createLogger("silent") });
  const { cookie } = await signIn(app, editor);
  const token = await tokenFor(db.prisma, editor);
  const bare = express();
  bare.get("/bare", (_req, res) => void res.json({ ok: true }));
  const servers = [http.createServer(app), http.createServer(bare)];
  const ports = await Promise.all(
    servers.map((server) => new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)))),
  );
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  const get = (port: number, path: string, headers: Record<string, string>) =>
    new Promise<void>((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path, headers, agent }, (res) => {
          res.resume();
          res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(`${path}: HTTP ${res.statusCode}`))));
        })
        .on("error", reject);
    });
  const percentiles = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
    return { p50: at(50), p95: at(95), p99: at(99) };
  };
  const measure = async (run: () => Promise<unknown>) => {
    for (let k = 0; k < 20; k++) await run();
    const times: number[] = [];
    for (let k = 0; k < SAMPLES; k++) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    return percentiles(times);
  };

  // The board's SQL, as the page sends it, straight through pg.
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const boardSql = async () => {
    await client.query("SELECT scope, subject_id, status, sum(count) FROM status_tallies GROUP BY 1, 2, 3");
    await client.query("SELECT hour, sum(count) FROM pending_hours GROUP BY hour");
    await client.query("SELECT s.id, s.text, s.created_at FROM statements s WHERE status = 'pending' AND removed_at IS NULL ORDER BY created_at, id LIMIT 15");
    await client.query(
      "SELECT id, title, pending_count, verified_count, disputed_count FROM articles WHERE pending_count > 0 ORDER BY pending_count DESC, id DESC LIMIT 10",
    );
    await client.query(
      "SELECT id, name, pending_count, verified_count, disputed_count FROM speakers WHERE pending_count > 0 AND merged_into_id IS NULL ORDER BY pending_count DESC, id LIMIT 10",
    );
    await client.query("SELECT id, name, role FROM users WHERE disabled_at IS NULL");
    await client.query("SELECT day, status, count FROM verdict_days WHERE day >= current_date - 29");
    await client.query("SELECT id, action FROM audit_events WHERE subject_type IN ('statement', 'article', 'speaker') ORDER BY created_at DESC LIMIT 15");
  };

  const rows: [string, { p50: number; p95: number; p99: number }][] = [];
  const session = { Cookie: cookie, "Accept-Language": "en" };
  const bearer = { Authorization: `Bearer ${token}` };
  rows.push(["bare Express route (ceiling)", await measure(() => get(ports[1]!, "/bare", {}))]);
  rows.push(["board SQL through pg (floor)", await measure(boardSql)]);
  rows.push(["GET /board (HTML page)", await measure(() => get(ports[0]!, "/board", session))]);
  rows.push(["GET /board (htmx refresh)", await measure(() => get(ports[0]!, "/board", { ...session, "HX-Request": "true", "HX-Request-Type": "partial" }))]);
  rows.push(["GET /api/board", await measure(() => get(ports[0]!, "/api/board", bearer))]);
  rows.push(["GET /api/speakers?q=بلين (prefix)", await measure(() => get(ports[0]!, `/api/speakers?q=${encodeURIComponent("بلين")}`, bearer))]);
  rows.push(["GET /api/speakers?q=blinkne (typo)", await measure(() => get(ports[0]!, "/api/speakers?q=blinkne", bearer))]);
  const floor = rows[1]![1].p50;
  const ceiling = rows[0]![1].p50;
  console.log(`  ${"".padEnd(36)}  p50 ms   p95 ms   p99 ms   p50 ÷ bare   p50 ÷ SQL`);
  for (const [name, p] of rows) {
    console.log(
      `  ${name.padEnd(36)} ${number(p.p50, 2).padStart(7)}  ${number(p.p95, 2).padStart(7)}  ${number(p.p99, 2).padStart(7)}   ${number(p.p50 / ceiling, 1).padStart(9)}   ${number(p.p50 / floor, 1).padStart(9)}`,
    );
  }
  console.log(`  target: the board answers within 100 ms (p95) at one million statements`);
  await client.end();
  agent.destroy();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
} finally {
  await db.destroy();
}
