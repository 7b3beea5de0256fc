import { parseArgs, type ParseArgsConfig } from "node:util";
import { ConfigError, loadConfig, type Config } from "../config.ts";
import { DatabaseUnreachableError, openDatabase, type Database } from "../db/database.ts";
import { EmbeddedPostgresError, hasEmbeddedCluster } from "../db/embedded-postgres.ts";
import { MigrationError } from "../db/migrate.ts";
import { serverOnOtherData } from "../db/running-server.ts";
import type { PrismaClient } from "../db/prisma.ts";
import { findUserByEmail } from "../accounts/queries.ts";

/** Errors that say what is wrong in one sentence: shown as they are, never as a stack trace. */
const EXPECTED = [ConfigError, DatabaseUnreachableError, EmbeddedPostgresError, MigrationError];

export class CommandError extends Error {
  override name = "CommandError";
}

export function isExpected(error: unknown): boolean {
  return error instanceof CommandError || EXPECTED.some((type) => error instanceof type);
}

/** Ends the process with one line on stderr. */
export function fail(error: unknown, prefix = "isnad"): never {
  const message = isExpected(error) ? (error as Error).message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
  process.stderr.write(`${prefix}: ${message.replace(/\s*\n\s*/g, " ")}\n`);
  if (!isExpected(error) && process.env.LOG_LEVEL === "debug") process.stderr.write(`${(error as Error)?.stack}\n`);
  process.exit(1);
}

interface CommandContext {
  config: Config;
  db: Database;
  /** Progress for people, on stderr, so stdout stays clean for data. */
  log: (message: string) => void;
}

/**
 * Runs a command against the shared database (see src/db/database.ts) and always gives it back,
 * also on Ctrl-C, so an embedded server the command started does not outlive it.
 */
export async function runCommand(name: string, work: (context: CommandContext) => Promise<void>): Promise<void> {
  let db: Database | undefined;
  const interrupt = () => {
    void (db?.release() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  let failure: unknown;
  try {
    const config = loadConfig();
    refuseSecondDatabase(config);
    const log = (message: string) => process.stderr.write(`${name}: ${message}\n`);
    db = await openDatabase(config, { info: () => {}, warn: log });
    await work({ config, db, log });
  } catch (error) {
    failure = error;
  }
  try {
    await db?.release();
  } catch (error) {
    failure ??= error;
  }
  if (failure !== undefined) fail(failure, name);
}

/**
 * A command about to create a new embedded cluster while a server of this checkout runs on another DATA_DIR
 * would write to a database nobody serves (an account that cannot sign in): it says so and stops instead.
 */
function refuseSecondDatabase(config: Config): void {
  if (config.databaseUrl || hasEmbeddedCluster(config.dataDir)) return;
  const server = serverOnOtherData(config.dataDir);
  if (!server) return;
  throw new CommandError(
    `a server of this checkout (pid ${server.pid}) keeps its data in ${server.dataDir}, and ${config.dataDir} holds no database yet: ` +
      `run this command with DATA_DIR=${server.dataDir} so it works on the server's data, instead of creating a second, empty database`,
  );
}

/** Parses `--name value` options strictly: an unknown or malformed option is a one-line error with the usage. */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(
  name: string,
  argv: string[],
  options: T,
  usage: string,
  allowPositionals = false,
) {
  if (argv.includes("-h") || argv.includes("--help")) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    fail(new CommandError(`${(error as Error).message.split("\n")[0]!.replace(/\.?$/, ".")} ${usage}`), name);
  }
}

/** The user `--as EMAIL` names, for the audit log; null when not given. */
export async function actingUser(prisma: PrismaClient, email: string | undefined): Promise<number | null> {
  if (email === undefined) return null;
  const user = await findUserByEmail(prisma, email);
  if (!user || user.disabledAt) throw new CommandError(`--as ${email}: no active user with this email`);
  return user.id;
}
