import http from "node:http";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createApp } from "./app.ts";
import { CommandError, fail } from "./cli/command.ts";
import { loadConfig, type Config } from "./config.ts";
import { migrateDatabase, openDatabase, type Database } from "./db/database.ts";
import { createPrisma, type PrismaClient } from "./db/prisma.ts";
import { noteRunningServer } from "./db/running-server.ts";
import { createLogger } from "./logger.ts";
import { sessionSecret } from "./accounts/session-secret.ts";

import { countUsers, pruneSessions } from "./accounts/queries.ts";

const startedAt = performance.now();
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  fail(error);
}
const logger = createLogger(config.logLevel, config.logFormat);

let db: Database | undefined;
let prisma: PrismaClient | undefined;
let server: http.Server | undefined;
let pruneTimer: NodeJS.Timeout | undefined;
let forgetRunningServer = () => {};

async function releaseResources(): Promise<void> {
  clearInterval(pruneTimer);
  forgetRunningServer();
  await prisma?.$disconnect().catch(() => {});
  await db?.release().catch((error) => logger.error({ err: error }, "could not stop the embedded database"));
}

async function start(): Promise<void> {
  db = await openDatabase(config, {
    info: (message) => logger.info(message),
    warn: (message) => logger.warn(message),
  });
  const migrations = await migrateDatabase(db, { log: (message) => logger.info(message) });
  logger.info({ applied: migrations.applied.length, total: migrations.applied.length + migrations.alreadyApplied }, "database schema is up to date");
  prisma = createPrisma(db.url);
  // The embedded database this server started or joined is started again if it dies.
  db.supervise();
  if ((await countUsers(prisma)) === 0) {
    // The exact command, DATA_DIR included when it is not the default: another terminal has none of this one's settings.
    const dataDir = db.embedded && path.resolve(config.dataDir) !== path.resolve(".data") ? `DATA_DIR=${config.dataDir} ` : "";
    logger.warn(
      `no users yet: create the first admin with  ${dataDir}npm run user:create -- --email you@example.org --name "Your Name" --role admin  (it asks for the password)`,
    );
  }
  const appConfig = { ...config, sessionSecret: sessionSecret(config) };
  server = http.createServer(createApp({ prisma, config: appConfig, logger }));
  pruneTimer = setInterval(() => {
    pruneSessions(prisma!).catch((error) => logger.warn({ err: error }, "could not delete expired sessions"));
  }, 15 * 60_000);
  pruneTimer.unref();
  await listen(server, config);
  forgetRunningServer = noteRunningServer(db.embedded ? config.dataDir : null);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  logger.info(
    { url: `http://${host}:${port}`, database: db.embedded ? "embedded" : "DATABASE_URL", readyMs: Math.round(performance.now() - startedAt) },
    `isnad is ready at http://${host}:${port}`,
  );
}

function listen(server: http.Server, config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE")
        reject(new CommandError(`PORT ${config.port} is already in use on ${config.host}; stop the other program or set PORT to a free port`));
      else if (error.code === "EACCES") reject(new CommandError(`not allowed to listen on ${config.host}:${config.port}; choose a PORT above 1023`));
      else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") reject(new CommandError(`HOST ${config.host} is not an address of this machine`));
      else reject(error);
    });
    server.listen(config.port, config.host, () => resolve());
  });
}

/** Stop taking requests, let those in flight finish (up to SHUTDOWN_TIMEOUT_MS), then close the database. */
async function shutdown(signal: string): Promise<void> {
  logger.info(`${signal} received; finishing requests in flight`);
  if (server?.listening) {
    const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
    server.closeIdleConnections();
    const timer = setTimeout(() => {
      logger.warn("requests still running after the shutdown timeout; closing their connections");
      server!.closeAllConnections();
    }, config.shutdownTimeoutMs);
    await closed;
    clearTimeout(timer);
  }
  await releaseResources();
  logger.info("stopped");
  process.exit(0);
}

let firstSignalAt = 0;
function onSignal(signal: NodeJS.Signals): void {
  if (firstSignalAt === 0) {
    firstSignalAt = Date.now();
    void shutdown(signal);
    return;
  }
  // A Ctrl-C under `npm start` arrives twice: from the terminal and forwarded by npm.
  if (Date.now() - firstSignalAt < 1000) return;
  logger.warn(`${signal} again: closing open connections now`);
  server?.closeAllConnections();
}

process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

try {
  await start();
} catch (error) {
  server?.close();
  await releaseResources();
  logger.flush();
  fail(error);
}
