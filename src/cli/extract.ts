import { readFileSync } from "node:fs";
import { extract, type Extraction } from "../extract/index.ts";
import { CommandError, fail } from "./command.ts";

const USAGE = "usage: npm run --silent extract -- [--format json|text] FILE|-";

interface Options {
  format: "json" | "text";
  file: string;
}

function parseArguments(argv: string[]): Options {
  let format: Options["format"] = "json";
  let file: string | null = null;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === "--format" || arg.startsWith("--format=")) {
      const value = arg === "--format" ? argv[++k] : arg.slice("--format=".length);
      if (value !== "json" && value !== "text") throw new CommandError(`--format must be json or text. ${USAGE}`);
      format = value;
    } else if (arg === "-h" || arg === "--help") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (file === null) file = arg;
    else throw new CommandError(`unexpected argument ${arg}. ${USAGE}`);
  }
  if (file === null) throw new CommandError(`no input file. ${USAGE}`);
  return { format, file };
}

function readInput(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === "-" ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CommandError(`${file}: no such file`);
    if (code === "EISDIR") throw new CommandError(`${file}: is a directory`);
    if (code === "EACCES") throw new CommandError(`${file}: permission denied`);
    throw new CommandError(`${file}: cannot read (${code ?? (error as Error).message})`);
  }
  if (bytes.includes(0)) throw new CommandError(`${file}: looks like a binary file (it contains NUL bytes); give UTF-8 text`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CommandError(`${file}: is not valid UTF-8 text`);
  }
}

function asText(result: Extraction): string {
  const lines = [`language: ${result.language}  articles: ${result.articles.length}  statements: ${result.statements.length}`];
  for (const s of result.statements) {
    const text = s.text.replace(/\s+/g, " ");
    lines.push(`${String(s.article).padStart(3)}  ${s.type.padEnd(8)}  ${(s.speaker ?? "?").padEnd(28)}  ${s.cue.padEnd(10)}  ${text.length > 120 ? `${text.slice(0, 117)}…` : text}`);
  }
  return `${lines.join("\n")}\n`;
}

try {
  const options = parseArguments(process.argv.slice(2));
  // extract() works article by article, so memory follows the largest article, not the file.
  const result = extract(readInput(options.file));
  process.stdout.write(options.format === "json" ? `${JSON.stringify(result, null, 2)}\n` : asText(result));
} catch (error) {
  fail(error, "isnad extract");
}
