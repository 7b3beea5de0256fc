import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { CommandError } from "./command.ts";

/** The password from a prompt that does not echo, or the first line of piped input. */
export async function readPassword(nothingDone: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
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
  if (first !== second) throw new CommandError(`the two passwords differ; ${nothingDone}`);
  return first;
}
