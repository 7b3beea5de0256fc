import { migrateDatabase } from "../db/database.ts";
import { createPrisma } from "../db/prisma.ts";
import { importPaths, type ImportProgress, type ImportSummary } from "../import/run.ts";
import { enqueueImport, startQueue } from "../jobs/queue.ts";
import { actingUser, CommandError, fail, parseOptions, runCommand } from "./command.ts";

const USAGE =
  "usage: npm run import -- [--as EMAIL] [--enqueue] PATH... (.txt files, .jsonl files, directories; --enqueue leaves extraction to `npm run worker`)";

const { values, positionals } = parseOptions("import", process.argv.slice(2), { as: { type: "string" }, enqueue: { type: "boolean" } }, USAGE, true);
if (positionals.length === 0) fail(new CommandError(`no paths given. ${USAGE}`), "import");

const number = new Intl.NumberFormat("en");

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "–";
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`
      : `${s}s`;
}

/** A bar redrawn in place on a terminal; a line every few seconds when stderr is a file or a pipe. */
function progressReporter(startedAt: number) {
  const tty = process.stderr.isTTY === true;
  let lastDrawn = 0;
  let shown = false;
  const line = ({ bytesDone, bytesTotal, summary }: ImportProgress) => {
    const seconds = (Date.now() - startedAt) / 1000;
    const fraction = bytesTotal > 0 ? Math.min(1, bytesDone / bytesTotal) : 1;
    const handled = summary.articles + summary.skipped + summary.queued;
    const rate = seconds > 0 ? handled / seconds : 0;
    const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : Infinity;
    const width = 24;
    const filled = Math.round(fraction * width);
    return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(fraction * 100).toFixed(1)}% ${number.format(handled)} articles, ${number.format(Math.round(rate))}/s, ETA ${duration(eta)}`;
  };
  return {
    update(progress: ImportProgress) {
      const now = Date.now();
      if (now - lastDrawn < (tty ? 100 : 5000)) return;
      lastDrawn = now;
      if (tty) {
        process.stderr.write(`\r\x1b[2K${line(progress)}`);
        shown = true;
      } else process.stderr.write(`import: ${line(progress)}\n`);
    },
    /** Clears the bar so a message can be printed on its own line. */
    clear() {
      if (!tty || !shown) return;
      process.stderr.write("\r\x1b[2K");
      shown = false;
      lastDrawn = 0;
    },
  };
}

function describe(summary: ImportSummary, seconds: number): string {
  if (values.enqueue) {
    return (
      `queued ${number.format(summary.queued)} articles from ${number.format(summary.files)} files for the workers in ${duration(seconds)} ` +
      `(start one with npm run worker); failed ${number.format(summary.failed)}`
    );
  }
  return (
    `imported ${number.format(summary.articles)} articles with ${number.format(summary.statements)} statements and ` +
    `${number.format(summary.speakers)} new speakers from ${number.format(summary.files)} files in ${duration(seconds)}; ` +
    `skipped ${number.format(summary.skipped)} already stored; failed ${number.format(summary.failed)}`
  );
}

let failed = 0;
await runCommand("import", async ({ db, config }) => {
  await migrateDatabase(db);
  const prisma = createPrisma(db.url, { maxConnections: 2 });
  try {
    const actorId = await actingUser(prisma, values.as);
    const startedAt = Date.now();
    const progress = progressReporter(startedAt);
    const boss = values.enqueue ? await startQueue(db.url) : null;
    const summary = await importPaths(prisma, positionals, {
      enqueue: boss ? (articles) => enqueueImport(boss, [{ articles, actorId }]) : undefined,
      maxArticleBytes: config.maxArticleBytes,
      actor: { id: actorId, ip: null, via: "import" },
      onProblem(problem) {
        progress.clear();
        process.stderr.write(`import: ${problem.path}${problem.line ? `:${problem.line}` : ""}: ${problem.message}\n`);
      },
      onIgnoredKeys(path, keys) {
        progress.clear();
        process.stderr.write(`import: ${path}: left out keys that are no article field: ${keys.join(", ")}\n`);
      },
      onProgress: (state) => progress.update(state),
    });
    await boss?.stop({ graceful: false, wait: true });
    progress.clear();
    process.stdout.write(`${describe(summary, (Date.now() - startedAt) / 1000)}\n`);
    failed = summary.failed;
  } finally {
    await prisma.$disconnect();
  }
});
// Everything that could be imported was; the exit code still tells a script that something was not.
if (failed > 0) process.exitCode = 1;
