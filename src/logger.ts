import { pino, type Logger } from "pino";
import type { LogFormat, LogLevel } from "./config.ts";

export type { Logger };

/** Where log lines go: standard output unless a test gives its own. */
export interface LogDestination {
  write(line: string): void;
}

export function createLogger(level: LogLevel, format: LogFormat = "json", destination: LogDestination = process.stdout): Logger {
  const options = { level, base: { service: "isnad" }, redact: ["req.headers.cookie", "req.headers.authorization"] };
  return pino(options, format === "text" ? textLines(destination) : destination);
}

interface LogRecord {
  level: number;
  time: number;
  msg?: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  user?: number;
  err?: { message?: string; stack?: string };
  [key: string]: unknown;
}

const LEVEL_NAMES: Record<number, string> = { 10: "trace", 20: "debug", 30: "info", 40: "warn", 50: "error", 60: "fatal" };
/** Fields every record carries or that a line shows in its own place. */
const SHOWN = new Set(["level", "time", "msg", "req", "res", "responseTime", "user", "err", "service", "pid", "hostname"]);

/** One short line per record for a person at a terminal: "14:02:11 GET /statements 200 12 ms user 3". */
function textLines(destination: LogDestination): LogDestination {
  return {
    write(json: string) {
      const record = JSON.parse(json) as LogRecord;
      const time = new Date(record.time).toISOString().slice(11, 19);
      const level = record.level >= 40 ? ` ${LEVEL_NAMES[record.level] ?? record.level}` : "";
      let line: string;
      if (record.req && record.res) {
        line = `${time}${level} ${record.req.method} ${record.req.url} ${record.res.statusCode} ${record.responseTime} ms${record.user ? ` user ${record.user}` : ""}`;
      } else {
        const extra = Object.entries(record)
          .filter(([key]) => !SHOWN.has(key))
          .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
        line = [`${time}${level}`, record.msg ?? "", ...extra].filter(Boolean).join(" ");
      }
      if (record.err) line += `\n  ${record.err.stack ?? record.err.message}`;
      destination.write(`${line}\n`);
    },
  };
}
