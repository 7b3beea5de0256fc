import path from "node:path";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** "text": one short line per event for a person at a terminal; "json": one JSON object per line for a collector. */
export const LOG_FORMATS = ["text", "json"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface Config {
  port: number;
  host: string;
  /** null: run the embedded PostgreSQL with its data in dataDir/postgres. */
  databaseUrl: string | null;
  dataDir: string;
  /** null: generated at first start and kept in dataDir (see src/accounts/session-secret.ts). */
  sessionSecret: string | null;
  /** Minutes without a request after which a session ends. */
  sessionIdleMinutes: number;
  /** Hours after sign-in after which a session ends, however active. */
  sessionMaxHours: number;
  /** Express's "trust proxy": which proxies' X-Forwarded-* headers to believe (client address, HTTPS). */
  trustProxy: boolean | number | string;
  logLevel: LogLevel;
  /** Unset: text on a terminal, JSON otherwise. */
  logFormat: LogFormat;
  /** Largest article text accepted, in UTF-8 bytes. */
  maxArticleBytes: number;
  /** Who publishes the desk's verdicts, for ClaimReview's author. */
  organizationName: string;
  organizationUrl: string | null;
  /** Where people reach this desk (https://desk.example.org): the base of the addresses isnad publishes, never the Host header. */
  publicUrl: string | null;
  /** Hours after which a pending statement is flagged overdue on the status board. */
  pendingOverdueHours: number;
  /** How long shutdown waits for requests in flight before closing their connections. */
  shutdownTimeoutMs: number;
  /** Jobs one `npm run worker` process runs at once. */
  workerConcurrency: number;
}

/** A setting is wrong; the message names it and says what it must be. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  return {
    port: integer(env, "PORT", 3000, 0, 65535),
    host: text(env, "HOST") ?? "127.0.0.1",
    databaseUrl: databaseUrl(env),
    dataDir: path.resolve(cwd, text(env, "DATA_DIR") ?? ".data"),
    sessionSecret: sessionSecret(env),
    sessionIdleMinutes: integer(env, "SESSION_IDLE_MINUTES", 120, 1, 7 * 24 * 60),
    sessionMaxHours: integer(env, "SESSION_MAX_HOURS", 12, 1, 24 * 30),
    trustProxy: trustProxy(env),
    logLevel: logLevel(env),
    logFormat: logFormat(env),
    maxArticleBytes: integer(env, "MAX_ARTICLE_BYTES", 1024 * 1024, 1, 64 * 1024 * 1024),
    shutdownTimeoutMs: integer(env, "SHUTDOWN_TIMEOUT_MS", 10_000, 0, 600_000),
    pendingOverdueHours: integer(env, "PENDING_OVERDUE_HOURS", 48, 1, 24 * 365),
    workerConcurrency: integer(env, "WORKER_CONCURRENCY", 2, 1, 32),
    organizationName: text(env, "ORGANIZATION_NAME") ?? "isnad",
    organizationUrl: webUrl(env, "ORGANIZATION_URL"),
    publicUrl: webUrl(env, "PUBLIC_URL")?.replace(/\/+$/, "") ?? null,
  };
}

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(raw)}`);
  }
  return Number(raw);
}

function databaseUrl(env: Env): string | null {
  const raw = text(env, "DATABASE_URL");
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("DATABASE_URL is not a URL; expected postgresql://user:password@host:5432/database");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new ConfigError(`DATABASE_URL must start with postgresql://, not ${url.protocol}//`);
  }
  if (!url.hostname) throw new ConfigError("DATABASE_URL names no host; expected postgresql://user:password@host:5432/database");
  return raw;
}

function sessionSecret(env: Env): string | null {
  const raw = text(env, "SESSION_SECRET");
  if (raw === undefined) return null;
  if (raw.length < 32) throw new ConfigError("SESSION_SECRET must be at least 32 characters long");
  return raw;
}

function trustProxy(env: Env): boolean | number | string {
  const raw = text(env, "TRUST_PROXY");
  if (raw === undefined || raw === "false") return false;
  if (raw === "true") return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^[\w.:/, -]+$/.test(raw)) return raw;
  throw new ConfigError(`TRUST_PROXY must be true, false, a number of proxies, or addresses such as loopback or 10.0.0.0/8, not ${JSON.stringify(raw)}`);
}

function webUrl(env: Env, name: string): string | null {
  const raw = text(env, name);
  if (raw === undefined) return null;
  try {
    const url = new URL(raw);
    if (url.protocol === "http:" || url.protocol === "https:") return raw;
  } catch {
    // fall through to the message
  }
  throw new ConfigError(`${name} must be an http:// or https:// address, not ${JSON.stringify(raw)}`);
}

function logFormat(env: Env): LogFormat {
  const raw = text(env, "LOG_FORMAT")?.toLowerCase();
  if (raw === undefined) return process.stdout.isTTY ? "text" : "json";
  if (!(LOG_FORMATS as readonly string[]).includes(raw))
    throw new ConfigError(`LOG_FORMAT must be one of ${LOG_FORMATS.join(", ")}, not ${JSON.stringify(raw)}`);
  return raw as LogFormat;
}

function logLevel(env: Env): LogLevel {
  const raw = (text(env, "LOG_LEVEL") ?? "info").toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, not ${JSON.stringify(raw)}`);
  }
  return raw as LogLevel;
}

/** The URL with its password hidden, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}
