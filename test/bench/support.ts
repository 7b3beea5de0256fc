/* What several benchmarks share: the articles an import reads, and a process's memory. */
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { REPO_DIR } from "../support/database.ts";
import { cleanEnv } from "../support/process.ts";

export interface FixtureArticle {
  title: string;
  text: string;
}

/** The annotated Wikinews articles of one language (test/fixtures/extract), which every benchmark builds its text from. */
export function fixtureArticles(language: "ar" | "en"): FixtureArticle[] {
  return fs
    .readFileSync(path.join(REPO_DIR, "test/fixtures/extract", `${language}.jsonl`), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as FixtureArticle);
}

export const number = (value: number, digits = 0) => value.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** N distinct articles as .jsonl, built from the annotated fixtures' paragraphs (two each and a numbered line). */
export function writeArticles(file: string, count: number): Promise<number> {
  const paragraphs = (["ar", "en"] as const)
    .flatMap((language) => fixtureArticles(language))
    .flatMap((article) => article.text.split(/\n\s*\n/))
    .filter((paragraph) => paragraph.length > 200);
  const out = fs.createWriteStream(file);
  return new Promise((resolve, reject) => {
    let k = 0;
    const write = () => {
      while (k < count) {
        const text = `${paragraphs[k % paragraphs.length]}\n\n${paragraphs[(k * 7 + 3) % paragraphs.length]}\n\nRef ${k}.`;
        const ok = out.write(`${JSON.stringify({ text, title: `Story ${k}` })}\n`);
        k++;
        if (!ok) return void out.once("drain", write);
      }
      out.end(() => resolve(fs.statSync(file).size));
    };
    out.on("error", reject);
    write();
  });
}

export function rssMb(pid: number): number | null {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Runs the import command the README documents and samples the importer's memory twice a second. */
export function runImport(file: string, url: string, args: string[] = []): Promise<{ seconds: number; summary: string; rss: number[] }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/import.ts", ...args, file], {
      cwd: REPO_DIR,
      env: cleanEnv({ DATABASE_URL: url }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const rss: number[] = [];
    const sampler = setInterval(() => {
      const mb = rssMb(child.pid!);
      if (mb !== null) rss.push(mb);
    }, 500);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`import exited with ${code}: ${stderr.slice(-500)}`));
      resolve({ seconds: (performance.now() - started) / 1000, summary: stdout.trim(), rss });
    });
  });
}
