/*
 * npm run bench:startup — how long from `npm start` to a server whose /healthz answers 200,
 * on a new DATA_DIR (PostgreSQL cluster created, migrations applied) and on an existing one.
 * Baselines in the same run: a bare Node HTTP server started the same way (the runtime's
 * floor), and the embedded PostgreSQL started alone (the database's floor).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execSync } from "node:child_process";
import { acquireEmbeddedPostgres } from "../../src/db/embedded-postgres.ts";
import { REPO_DIR } from "../support/database.ts";
import { cleanEnv, freePort, launch, postmasterRunning, startServer, tempDir, waitForHealthy } from "../support/process.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Row {
  name: string;
  samples: number[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function timeIsnad(viaNpm: boolean, freshDataDir: boolean, sharedDir: string): Promise<number> {
  const dataDir = freshDataDir ? tempDir("isnad-bench-") : sharedDir;
  const port = await freePort();
  const server = startServer(cleanEnv({ DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn" }), { viaNpm });
  const ms = await waitForHealthy(port, server);
  server.signal("SIGTERM");
  await server.exited;
  // Wait for isnad (not npm) to be gone and PostgreSQL stopped before the next run.
  while (postmasterRunning(dataDir)) await new Promise((r) => setTimeout(r, 20));
  if (freshDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  return ms;
}

async function timeBareNode(): Promise<number> {
  const port = await freePort();
  const script = `require("http").createServer((q, s) => s.end("ok")).listen(${port}, "127.0.0.1")`;
  const started = Date.now();
  const proc = launch(process.execPath, ["-e", script], cleanEnv({}));
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  const ms = Date.now() - started;
  proc.signal("SIGKILL");
  await proc.exited;
  return ms;
}

async function timeEmbeddedPostgres(sharedDir: string): Promise<number> {
  const started = Date.now();
  const lease = await acquireEmbeddedPostgres(sharedDir);
  const ms = Date.now() - started;
  await lease.release();
  return ms;
}

async function main(): Promise<void> {
  const sharedDir = tempDir("isnad-bench-shared-");
  // Create the cluster once so that the "existing DATA_DIR" runs measure a plain restart.
  await (await acquireEmbeddedPostgres(sharedDir)).release();

  const rows: Row[] = [
    { name: "npm start, new DATA_DIR", samples: [] },
    { name: "npm start, existing DATA_DIR", samples: [] },
    { name: "node src/server.ts, existing DATA_DIR", samples: [] },
    { name: "baseline: bare node http server", samples: [] },
    { name: "baseline: embedded PostgreSQL alone", samples: [] },
  ];
  for (let run = 0; run < RUNS; run++) {
    rows[0]!.samples.push(await timeIsnad(true, true, sharedDir));
    rows[1]!.samples.push(await timeIsnad(true, false, sharedDir));
    rows[2]!.samples.push(await timeIsnad(false, false, sharedDir));
    rows[3]!.samples.push(await timeBareNode());
    rows[4]!.samples.push(await timeEmbeddedPostgres(sharedDir));
    process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
  }
  fs.rmSync(sharedDir, { recursive: true, force: true });

  const floor = median(rows[3]!.samples) + median(rows[4]!.samples);
  console.log(`\nstart to healthy, ${RUNS} runs each (ms)\n`);
  console.log("what".padEnd(42) + "median".padStart(8) + "min".padStart(8) + "max".padStart(8) + "  vs node+postgres floor");
  for (const row of rows) {
    const m = median(row.samples);
    const ratio = row.name.startsWith("baseline") ? "" : `  ${(m / floor).toFixed(2)}x`;
    console.log(
      row.name.padEnd(42) +
        String(Math.round(m)).padStart(8) +
        String(Math.min(...row.samples)).padStart(8) +
        String(Math.max(...row.samples)).padStart(8) +
        ratio,
    );
  }

  const outDir = path.join(REPO_DIR, ".data", "bench");
  fs.mkdirSync(outDir, { recursive: true });
  let commit = "unknown";
  try {
    commit = execSync("git rev-parse --short HEAD", { cwd: REPO_DIR, encoding: "utf8" }).trim();
  } catch {
    /* not a git checkout */
  }
  const result = {
    bench: "startup",
    date: new Date().toISOString(),
    commit,
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    runs: RUNS,
    results: rows.map((row) => ({ name: row.name, medianMs: median(row.samples), samplesMs: row.samples })),
  };
  const file = path.join(outDir, `startup-${result.date.replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
  console.log(`\nwritten to ${path.relative(REPO_DIR, file)}`);
}

await main();
