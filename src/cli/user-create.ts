import { migrateDatabase } from "../db/database.ts";
import { createPrisma } from "../db/prisma.ts";
import { createUser, newUserSchema, type NewUser } from "../accounts/users.ts";
import { AccountError } from "../accounts/queries.ts";
import { issueDetails } from "../validation.ts";
import { CommandError, fail, parseOptions, runCommand } from "./command.ts";
import { readPassword } from "./password-prompt.ts";

const USAGE = "usage: npm run user:create -- --email E --name N --role admin|editor|checker|viewer [--password P] (without --password, it is read from stdin)";

const { values } = parseOptions(
  "user:create",
  process.argv.slice(2),
  { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
  USAGE,
);

/** Everything is checked before the database is opened, so a typo costs nothing. */
async function readInput(): Promise<NewUser> {
  const missing = (["email", "name", "role"] as const).filter((key) => !values[key]);
  if (missing.length) throw new CommandError(`missing --${missing.join(", --")}. ${USAGE}`);
  const password = values.password ?? (await readPassword("nothing was created"));
  const parsed = newUserSchema.safeParse({ ...values, password });
  if (!parsed.success) {
    throw new CommandError(
      issueDetails(parsed.error)
        .map(({ path, message }) => `--${path} ${message}`)
        .join("; "),
    );
  }
  return parsed.data;
}

const input = await readInput().catch((error) => fail(error, "user:create"));

await runCommand("user:create", async ({ db }) => {
  await migrateDatabase(db);
  const prisma = createPrisma(db.url, { maxConnections: 2 });
  try {
    const user = await createUser(prisma, input, { id: null, ip: "cli" });
    process.stdout.write(`created ${user.role} ${user.email} (id ${user.id})\n`);
  } catch (error) {
    if (error instanceof AccountError) throw new CommandError(error.message);
    throw error;
  } finally {
    await prisma.$disconnect();
  }
});
