import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { migrate } from "../db/migrate.ts";
import { createPrisma } from "../db/prisma.ts";
import { AccountError, createUser, newUserSchema, type NewUser } from "../accounts/users.ts";
import { issueDetails } from "../validation.ts";
import { CommandError, fail, parseOptions, runCommand } from "./command.ts";

const USAGE = "usage: npm run user:create -- --email E --name N --role admin|editor|checker|viewer [--password P] (without --password, it is read from stdin)";

const { values } = parseOptions(
  "user:create",
  process.argv.slice(2),
  { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
  USAGE,
);

/** The password from a prompt that does not echo, or the first line of piped input. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output, terminal: true });
      muted = false;
      rl.question(question, (answer) => {
        rl.close();
        process.stderr.write("\n");
        resolve(answer);
      });
      muted = true;
    });
  const first = await ask("Password: ");
  const second = await ask("Again: ");
  if (first !== second) throw new CommandError("the two passwords differ; nothing was created");
  return first;
}

/** Everything is checked before the database is opened, so a typo costs nothing. */
async function readInput(): Promise<NewUser> {
  const missing = (["email", "name", "role"] as const).filter((key) => !values[key]);
  if (missing.length) throw new CommandError(`missing --${missing.join(", --")}. ${USAGE}`);
  const password = values.password ?? (await readPassword());
  const parsed = newUserSchema.safeParse({ ...values, password });
  if (!parsed.success) {
    throw new CommandError(issueDetails(parsed.error).map(({ path, message }) => `--${path} ${message}`).join("; "));
  }
  return parsed.data;
}

const input = await readInput().catch((error) => fail(error, "user:create"));

await runCommand("user:create", async ({ db }) => {
  await migrate(db.url);
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
