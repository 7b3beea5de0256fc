import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * SESSION_SECRET when set; otherwise a secret generated once and kept in DATA_DIR/session-secret
 * (readable by its owner only), so sessions survive restarts without any setup. Several instances
 * behind one load balancer need the same SESSION_SECRET.
 */
export function sessionSecret(config: { sessionSecret: string | null; dataDir: string }): string {
  if (config.sessionSecret) return config.sessionSecret;
  const file = path.join(config.dataDir, "session-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  try {
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    // Another process wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return fs.readFileSync(file, "utf8").trim();
    throw error;
  }
}
