import { migrateDatabase } from "../db/database.ts";
import { createPrisma } from "../db/prisma.ts";
import { articleIdsToReextract } from "../articles/queries.ts";
import { enqueueReextract, startQueue } from "../jobs/queue.ts";
import { actingUser, CommandError, fail, parseOptions, runCommand } from "./command.ts";

const USAGE =
  "usage: npm run reextract -- [--as EMAIL] (--all | --since YYYY-MM-DD | ARTICLE_ID...) — queues the articles for `npm run worker` to run the extractor over again";

const { values, positionals } = parseOptions(
  "reextract",
  process.argv.slice(2),
  { as: { type: "string" }, all: { type: "boolean" }, since: { type: "string" } },
  USAGE,
  true,
);
const chosen = [values.all === true, values.since !== undefined, positionals.length > 0].filter(Boolean).length;
if (chosen !== 1) fail(new CommandError(`say which articles: --all, --since or article ids, one of them. ${USAGE}`), "reextract");
if (values.since !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(values.since) || Number.isNaN(Date.parse(values.since)))) {
  fail(new CommandError(`--since ${values.since}: expected a day as YYYY-MM-DD`), "reextract");
}
const given = positionals.map((id) => (/^\d{1,10}$/.test(id) && Number(id) > 0 && Number(id) <= 2_147_483_647 ? Number(id) : NaN));
if (given.some(Number.isNaN)) fail(new CommandError(`article ids are whole numbers; got ${positionals.find((_, k) => Number.isNaN(given[k]))}`), "reextract");

await runCommand("reextract", async ({ db }) => {
  await migrateDatabase(db);
  const prisma = createPrisma(db.url, { maxConnections: 2 });
  try {
    const actorId = await actingUser(prisma, values.as);
    const ids = await articleIdsToReextract(
      prisma,
      values.all ? { all: true } : values.since ? { since: new Date(`${values.since}T00:00:00Z`) } : { ids: given },
    );
    const found = new Set(ids);
    const missing = [...new Set(given)].filter((id) => !found.has(id));
    if (missing.length > 0) throw new CommandError(`no article with id ${missing.join(", ")}; nothing was queued`);
    const boss = await startQueue(db.url);
    try {
      const jobs = await enqueueReextract(boss, ids, actorId);
      process.stdout.write(
        `queued ${ids.length.toLocaleString("en")} articles in ${jobs.toLocaleString("en")} jobs for re-extraction (start a worker with npm run worker)\n`,
      );
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  } finally {
    await prisma.$disconnect();
  }
});
