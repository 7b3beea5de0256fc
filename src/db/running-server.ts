import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/*
 * A running server of this checkout leaves a note of where its data lives, so that a command started in
 * another terminal without the same DATA_DIR says so instead of quietly creating a second, empty database.
 */
const CHECKOUT = fileURLToPath(new URL("../..", import.meta.url));

export interface RunningServer {
  pid: number;
  dataDir: string | null;
}

/** The note's place: the system's temporary directory, one file per checkout. */
export function runningServerFile(): string {
  const id = createHash("sha256").update(CHECKOUT).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `isnad-server-${id}.json`);
}

/** Notes that this process serves from `dataDir` (null: from DATABASE_URL); the returned function takes the note back. */
export function noteRunningServer(dataDir: string | null): () => void {
  const file = runningServerFile();
  try {
    fs.writeFileSync(file, JSON.stringify({ pid: process.pid, dataDir } satisfies RunningServer));
  } catch {
    return () => {};
  }
  return () => {
    try {
      if ((JSON.parse(fs.readFileSync(file, "utf8")) as RunningServer).pid === process.pid) fs.rmSync(file);
    } catch {
      // Already gone or replaced by another server's note.
    }
  };
}

/** A live server of this checkout whose embedded database is not in `dataDir`, or null. */
export function serverOnOtherData(dataDir: string): RunningServer | null {
  let note: RunningServer;
  try {
    note = JSON.parse(fs.readFileSync(runningServerFile(), "utf8")) as RunningServer;
  } catch {
    return null;
  }
  if (!Number.isInteger(note.pid) || note.pid === process.pid || note.dataDir === null || path.resolve(note.dataDir) === path.resolve(dataDir)) return null;
  try {
    process.kill(note.pid, 0);
  } catch (error) {
    // ESRCH: the server is gone and its note stale; EPERM: alive, but another user's.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return null;
  }
  return note;
}
