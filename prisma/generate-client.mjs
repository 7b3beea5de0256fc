// Generates the Prisma client into src/generated/prisma (run by `npm install`).
// `prisma generate` needs no schema engine, but the CLI looks for one before it starts and
// would download it; pointing it at an existing file lets generation run offline.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const schema = fileURLToPath(new URL("./schema.prisma", import.meta.url));
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync(process.execPath, [cli, "generate", "--schema", schema], { stdio: "inherit", env });
if (result.status !== 0) {
  process.stderr.write("isnad: generating the Prisma client failed (see above)\n");
  process.exit(result.status ?? 1);
}
