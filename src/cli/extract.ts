import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { extract, type Extraction, type Language } from "../extract/index.ts";
import { CommandError, fail } from "./command.ts";

const USAGE = "usage: npm run --silent extract -- [--format json|jsonl|text] [--language ar|en] PATH… (a file, a directory of .txt files, or - for stdin)";

interface Options {
  format: "json" | "jsonl" | "text";
  language: Language | undefined;
  paths: string[];
}

function valueOf(argv: string[], k: number, name: string): [string, number] {
  const arg = argv[k]!;
  if (arg.startsWith(`${name}=`)) return [arg.slice(name.length + 1), k];
  if (k + 1 >= argv.length) throw new CommandError(`${name} needs a value. ${USAGE}`);
  return [argv[k + 1]!, k + 1];
}

function parseArguments(argv: string[]): Options {
  const options: Options = { format: "json", language: undefined, paths: [] };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === "--format" || arg.startsWith("--format=")) {
      const [value, next] = valueOf(argv, k, "--format");
      if (value !== "json" && value !== "jsonl" && value !== "text") throw new CommandError(`--format must be json, jsonl or text. ${USAGE}`);
      options.format = value;
      k = next;
    } else if (arg === "--language" || arg.startsWith("--language=")) {
      const [value, next] = valueOf(argv, k, "--language");
      if (value !== "ar" && value !== "en") throw new CommandError(`--language must be ar or en. ${USAGE}`);
      options.language = value;
      k = next;
    } else if (arg === "-h" || arg === "--help") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith("--")) throw new CommandError(`unknown option ${arg}. ${USAGE}`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) throw new CommandError(`no input file. ${USAGE}`);
  if (options.format === "json" && options.paths.length > 1) throw new CommandError(`--format json takes one file; use --format jsonl for several. ${USAGE}`);
  return options;
}

/** The files a path names: itself, or a directory's .txt files (recursively, in name order). */
function filesOf(target: string): string[] {
  if (target === "-") return [target];
  let stat;
  try {
    stat = statSync(target);
  } catch {
    return [target];
  }
  if (!stat.isDirectory()) return [target];
  return readdirSync(target, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? filesOf(path.join(target, entry.name)) : entry.name.endsWith(".txt") ? [path.join(target, entry.name)] : []));
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
    lines.push(
      `${String(s.article).padStart(3)}  ${s.type.padEnd(8)}  ${(s.speaker ?? "?").padEnd(28)}  ${s.cue.padEnd(10)}  ${text.length > 120 ? `${text.slice(0, 117)}…` : text}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** A bad file is one line on stderr; the others still run, and the exit code says something failed. */
function run(options: Options): number {
  let failures = 0;
  for (const file of options.paths.flatMap(filesOf)) {
    let result: Extraction;
    try {
      // extract() works article by article, so memory follows the largest article, not the file.
      result = extract(readInput(file), { language: options.language });
    } catch (error) {
      if (!(error instanceof CommandError) || options.format === "json") throw error;
      process.stderr.write(`isnad extract: ${error.message}\n`);
      failures++;
      continue;
    }
    if (options.format === "jsonl") process.stdout.write(`${JSON.stringify({ file, language: result.language, statements: result.statements })}\n`);
    else if (options.format === "json") process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stdout.write(options.paths.length > 1 ? `== ${file}\n${asText(result)}` : asText(result));
  }
  return failures > 0 ? 1 : 0;
}

try {
  process.exitCode = run(parseArguments(process.argv.slice(2)));
} catch (error) {
  fail(error, "isnad extract");
}
