import { migrateDatabase } from "../db/database.ts";
import { createPrisma } from "../db/prisma.ts";
import { passwordSchema, setPassword } from "../accounts/users.ts";
import { AccountError, findAccountByEmail } from "../accounts/queries.ts";
import { CommandError, fail, parseOptions, runCommand } from "./command.ts";
import { readPassword } from "./password-prompt.ts";

const USAGE = "usage: npm run user:password -- --email E [--password P] (without --password, it is read from stdin)";

const { values } = parseOptions("user:password", process.argv.slice(2), { email: { type: "string" }, password: { type: "string" } }, USAGE);

/** Checked before the database is opened, so a typo costs nothing. */
async function readInput(): Promise<{ email: string; password: string }> {
  if (!values.email) throw new CommandError(`missing --email. ${USAGE}`);
  const parsed = passwordSchema.safeParse(values.password ?? (await readPassword("nothing was changed")));
  if (!parsed.success) throw new CommandError(`--password ${parsed.error.issues[0]!.message}`);
  return { email: values.email, password: parsed.data };
}

const input = await readInput().catch((error) => fail(error, "user:password"));

// An administrator at the server sets a new password for someone who lost theirs; their sessions end.
await runCommand("user:password", async ({ db }) => {
  await migrateDatabase(db);
  const prisma = createPrisma(db.url, { maxConnections: 2 });
  try {
    const account = await findAccountByEmail(prisma, input.email);
    if (!account) throw new CommandError(`no account with the email ${input.email}; nothing was changed`);
    await setPassword(prisma, account.id, input.password, { id: null, ip: "cli" }, { action: "user.password_reset" });
    process.stdout.write(`set a new password for ${account.email}; their sessions have ended\n`);
  } catch (error) {
    if (error instanceof AccountError) throw new CommandError(error.message);
    throw error;
  } finally {
    await prisma.$disconnect();
  }
});
