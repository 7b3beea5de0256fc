import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { REPO_DIR } from "./database.ts";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix = "isnad-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The environment a person would have: no DATABASE_URL unless the test gives one. */
export function cleanEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  // A temporary directory of its own: a server started with this environment leaves its note there (src/db/running-server.ts),
  // seen by the commands run with the same environment and by no other test's.
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "info", NODE_ENV: "production", TMPDIR: tempDir("isnad-env-") };
  delete env.DATABASE_URL;
  delete env.NODE_TEST_CONTEXT; // let child test runners and scripts behave as on their own
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export interface RunningProcess {
  child: ChildProcess;
  viaNpm: boolean;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  signal(signal: NodeJS.Signals): void;
}

const launched = new Set<RunningProcess>();

/** Kills whatever a test left running, so a failed test cannot hang the suite. */
export async function killLeftovers(): Promise<void> {
  for (const proc of launched) proc.signal("SIGKILL");
  await Promise.all([...launched].map((proc) => proc.exited));
  launched.clear();
}

/** Starts a command from the repository in its own process group, as a terminal would. */
export function launch(command: string, args: string[], env: NodeJS.ProcessEnv): RunningProcess {
  const viaNpm = command === "npm";
  const child = spawn(command, args, { cwd: REPO_DIR, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal ?? -1)));
  const running: RunningProcess = {
    child,
    viaNpm,
    stdout: () => out,
    stderr: () => err,
    exited,
    // The whole group, as Ctrl-C does: npm and the server both receive it.
    signal: (signal) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        /* already gone */
      }
    },
  };
  launched.add(running);
  void exited.then(() => launched.delete(running));
  return running;
}

export function startServer(env: NodeJS.ProcessEnv, options: { viaNpm?: boolean } = {}): RunningProcess {
  return options.viaNpm ? launch("npm", ["start", "--silent"], env) : launch(process.execPath, ["--import", "tsx", "src/server.ts"], env);
}

/** Polls /healthz until it answers 200; returns the milliseconds it took. */
/** Log lines are written asynchronously: wait for one rather than read stdout at a guessed moment. */
export async function waitForOutput(proc: RunningProcess, pattern: RegExp, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(proc.stdout()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return pattern.test(proc.stdout());
}

export async function waitForHealthy(port: number, server: RunningProcess, timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  let exitCode: number | string | undefined;
  void server.exited.then((code) => (exitCode = code));
  while (Date.now() - started < timeoutMs) {
    if (exitCode !== undefined) throw new Error(`the server exited (${exitCode}) before it was ready: ${server.stderr()} ${server.stdout().slice(-2000)}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.status === 200) return Date.now() - started;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the server was not healthy after ${timeoutMs} ms: ${server.stderr()} ${server.stdout().slice(-2000)}`);
}

export async function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | string; stdout: string; stderr: string }> {
  const proc = launch(command, args, env);
  const code = await proc.exited;
  return { code, stdout: proc.stdout(), stderr: proc.stderr() };
}

export function postmasterRunning(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, "postgres", "postmaster.pid"));
}

/**
 * Signals the server as a terminal or a process manager would and waits for it. It stopped
 * cleanly when isnad logged "stopped" and exited 0; under npm, npm then re-raises the signal.
 */
export async function stopCleanly(server: RunningProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<boolean> {
  server.signal(signal);
  const code = await server.exited;
  // npm re-raises the signal it passed on, or exits 128 + its number, as shells do.
  const reraised = code === signal || code === 128 + os.constants.signals[signal];
  const exitedWell = code === 0 || (server.viaNpm && reraised);
  // npm does not wait for its child after SIGTERM: isnad's own last line is the proof.
  const deadline = Date.now() + 15_000;
  while (!/"msg":"stopped"/.test(server.stdout()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return exitedWell && /"msg":"stopped"/.test(server.stdout());
}
