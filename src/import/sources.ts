import fs from "node:fs";
import path from "node:path";
import { splitArticles } from "../extract/index.ts";

/*
 * What an import reads: .txt files (one article, or several each under its headline) and .jsonl
 * files (one JSON article per line), given directly or found in directories. Everything streams:
 * one directory listing, one line or one .txt file in memory at a time.
 */

export const IMPORTABLE = new Set([".txt", ".jsonl"]);

export interface SourceFile {
  path: string;
  size: number;
}

/** A problem with one file or one line; the import reports it and goes on. */
export interface SourceProblem {
  path: string;
  line: number | null;
  message: string;
}

export type SourceRecord =
  | { kind: "article"; path: string; line: number | null; value: unknown; bytes: number }
  | { kind: "problem"; problem: SourceProblem; bytes: number }
  | { kind: "blank"; bytes: number };

/** The files under the given paths, in a stable order; a path that is neither a file nor a directory is a problem. */
export async function* walk(paths: string[]): AsyncGenerator<SourceFile | SourceProblem> {
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(given);
    } catch (error) {
      yield {
        path: given,
        line: null,
        message: (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : `cannot read (${(error as Error).message})`,
      };
      continue;
    }
    if (stat.isDirectory()) yield* walkDirectory(given);
    else if (!IMPORTABLE.has(path.extname(given).toLowerCase())) yield { path: given, line: null, message: "not a .txt or .jsonl file" };
    else yield { path: given, size: stat.size };
  }
}

async function* walkDirectory(dir: string): AsyncGenerator<SourceFile | SourceProblem> {
  let names: string[];
  try {
    names = (await fs.promises.readdir(dir)).sort();
  } catch (error) {
    yield { path: dir, line: null, message: `cannot list (${(error as Error).message})` };
    return;
  }
  for (const name of names) {
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    const stat = await fs.promises.stat(full).catch(() => null);
    if (!stat) continue;
    if (stat.isDirectory()) yield* walkDirectory(full);
    else if (stat.isFile() && IMPORTABLE.has(path.extname(name).toLowerCase())) yield { path: full, size: stat.size };
  }
}

export function isSourceFile(entry: SourceFile | SourceProblem): entry is SourceFile {
  return "size" in entry;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The articles in one file. `bytes` adds up to the file's size, so progress can be counted in bytes.
 * A .txt file is read whole, so one larger than `maxTxtBytes` is refused; a .jsonl line longer than
 * `maxLineBytes` is skipped without being held in memory.
 */
export async function* readSource(file: SourceFile, limits: { maxTxtBytes: number; maxLineBytes: number }): AsyncGenerator<SourceRecord> {
  if (path.extname(file.path).toLowerCase() === ".txt") {
    yield* readText(file, limits.maxTxtBytes);
    return;
  }
  let line = 0;
  for await (const chunk of lines(file.path, limits.maxLineBytes)) {
    line++;
    const bytes = chunk.bytes;
    if (chunk.tooLong) {
      yield { kind: "problem", problem: { path: file.path, line, message: `the line is longer than ${limits.maxLineBytes} bytes` }, bytes };
      continue;
    }
    let text: string;
    try {
      text = utf8.decode(chunk.data);
    } catch {
      yield { kind: "problem", problem: { path: file.path, line, message: "not valid UTF-8" }, bytes };
      continue;
    }
    if (!text.trim()) {
      yield { kind: "blank", bytes };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { kind: "problem", problem: { path: file.path, line, message: `not valid JSON (${(error as Error).message})` }, bytes };
      continue;
    }
    yield { kind: "article", path: file.path, line, value, bytes };
  }
}

async function* readText(file: SourceFile, maxBytes: number): AsyncGenerator<SourceRecord> {
  if (file.size > maxBytes) {
    yield { kind: "problem", problem: { path: file.path, line: null, message: `the file is larger than ${maxBytes} bytes` }, bytes: file.size };
    return;
  }
  let text: string;
  try {
    const buffer = await fs.promises.readFile(file.path);
    if (buffer.includes(0)) throw new Error("binary");
    text = utf8.decode(buffer);
  } catch (error) {
    const message =
      (error as Error).message === "binary"
        ? "looks like a binary file (it contains NUL bytes)"
        : error instanceof TypeError
          ? "not valid UTF-8"
          : `cannot read (${(error as Error).message})`;
    yield { kind: "problem", problem: { path: file.path, line: null, message }, bytes: file.size };
    return;
  }
  const ranges = splitArticles(text);
  if (ranges.length <= 1) {
    yield { kind: "article", path: file.path, line: null, value: { text }, bytes: file.size };
    return;
  }
  // Each story on its own, so the article size limit applies to a story and not to the whole file.
  let reported = 0;
  for (const [index, range] of ranges.entries()) {
    const last = index === ranges.length - 1;
    const share = last ? file.size - reported : Math.round((file.size * (range.end - range.start)) / text.length);
    reported += share;
    yield { kind: "article", path: file.path, line: null, value: { text: text.slice(range.start, range.end) }, bytes: share };
  }
}

/** Lines as bytes, without ever holding more than `maxBytes` of one line. */
async function* lines(file: string, maxBytes: number): AsyncGenerator<{ data: Buffer | null; bytes: number; tooLong: boolean }> {
  let parts: Buffer[] = [];
  let held = 0;
  let seen = 0;
  let tooLong = false;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    let from = 0;
    while (from < chunk.length) {
      const newline = chunk.indexOf(10, from);
      const end = newline === -1 ? chunk.length : newline;
      const piece = chunk.subarray(from, end);
      seen += piece.length;
      if (!tooLong && held + piece.length > maxBytes) {
        tooLong = true;
        parts = [];
        held = 0;
      }
      if (!tooLong) {
        parts.push(piece);
        held += piece.length;
      }
      if (newline === -1) break;
      yield { data: tooLong ? null : Buffer.concat(parts, held), bytes: seen + 1, tooLong };
      parts = [];
      held = 0;
      seen = 0;
      tooLong = false;
      from = newline + 1;
    }
  }
  if (seen > 0) yield { data: tooLong ? null : Buffer.concat(parts, held), bytes: seen, tooLong };
}
