import { migrateDatabase } from "../db/database.ts";
import { runCommand } from "./command.ts";

await runCommand("db:migrate", async ({ db, log }) => {
  const result = await migrateDatabase(db, { log });
  log(result.applied.length ? `${result.applied.length} migration(s) applied` : `the database is up to date (${result.alreadyApplied} migration(s))`);
});
