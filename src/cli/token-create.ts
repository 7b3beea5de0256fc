import { migrateDatabase } from "../db/database.ts";
import { createPrisma } from "../db/prisma.ts";
import { createApiToken } from "../accounts/tokens.ts";
import { findUserByEmail } from "../accounts/queries.ts";
import { CommandError, fail, parseOptions, runCommand } from "./command.ts";

const USAGE = "usage: npm run --silent token:create -- --email E [--name N] [--expires-days D]  (prints the token on its last line)";

const { values } = parseOptions(
  "token:create",
  process.argv.slice(2),
  { email: { type: "string" }, name: { type: "string" }, "expires-days": { type: "string" } },
  USAGE,
);

const days = values["expires-days"];
const name = values.name?.trim() || "token";
if (!values.email) fail(new CommandError(`missing --email. ${USAGE}`), "token:create");
if (days !== undefined && !/^\d{1,4}$/.test(days)) fail(new CommandError(`--expires-days must be a whole number of days. ${USAGE}`), "token:create");
if (name.length > 100) fail(new CommandError("--name must be at most 100 characters"), "token:create");

await runCommand("token:create", async ({ db }) => {
  await migrateDatabase(db);
  const prisma = createPrisma(db.url, { maxConnections: 2 });
  try {
    const user = await findUserByEmail(prisma, values.email!);
    if (!user) throw new CommandError(`no user with the email ${values.email}; create one with npm run user:create`);
    if (user.disabledAt) throw new CommandError(`${user.email} is disabled; enable the account first`);
    const expiresAt = days ? new Date(Date.now() + Number(days) * 86_400_000) : null;
    const { token } = await createApiToken(prisma, { userId: user.id, name, expiresAt }, { id: null, ip: "cli" });
    process.stderr.write(`token:create: a token acting as ${user.email} (${user.role}); it is shown once and stored only as a hash\n`);
    process.stdout.write(`${token}\n`);
  } finally {
    await prisma.$disconnect();
  }
});
