import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { REPO_DIR } from "./support/database.ts";

/*
 * README and package.json promise Node 20.19 or later. npm warns when an installed package asks for more;
 * this keeps the promise true: every package isnad installs accepts the oldest Node it states, except the
 * ones listed here, each with why it never runs under isnad.
 */
const NEVER_LOADED: Record<string, string> = {
  // Imported only inside `prisma dev` (a local Prisma Postgres server); isnad runs its own PostgreSQL.
  "@prisma/streams-local": "only the Prisma CLI's `prisma dev` command imports it",
};

type Version = [number, number, number];

function parse(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text
    .replace(/^v/, "")
    .split(".")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : 0));
  return [major, minor, patch];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** npm's range syntax as packages use it for `engines.node`: `>=`, `>`, `<`, `^`, `~`, `x`, spaces (and) and `||` (or). */
function satisfies(version: Version, range: string): boolean {
  return range.split("||").some((alternative) =>
    alternative
      .trim()
      .replace(/(>=|<=|>|<|\^|~)\s+/g, "$1")
      .split(/\s+/)
      .filter(Boolean)
      .every((comparator) => {
        const [, op = "", bound = ""] = comparator.match(/^(>=|<=|>|<|\^|~|=)?(.*)$/)!;
        if (bound === "*" || bound === "x") return true;
        const b = parse(bound);
        const c = compare(version, b);
        if (op === ">=") return c >= 0;
        if (op === ">") return c > 0;
        if (op === "<=") return c <= 0;
        if (op === "<") return c < 0;
        if (op === "^") return c >= 0 && version[0] === b[0];
        if (op === "~") return c >= 0 && version[0] === b[0] && version[1] === b[1];
        // "20", "20.x": that major (and minor) line.
        const parts = bound.split(".").filter((part) => /^\d+$/.test(part)).length;
        return version[0] === b[0] && (parts < 2 || version[1] === b[1]) && (parts < 3 || version[2] === b[2]);
      }),
  );
}

function installedPackages(dir: string, found: { name: string; node: string }[] = []): { name: string; node: string }[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === ".bin" || entry.name === ".cache") continue;
    const at = path.join(dir, entry.name);
    if (entry.name.startsWith("@")) {
      installedPackages(at, found);
      continue;
    }
    const manifest = path.join(at, "package.json");
    if (fs.existsSync(manifest)) {
      const pkg = JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: string; engines?: { node?: string } };
      if (pkg.name && typeof pkg.engines?.node === "string") found.push({ name: pkg.name, node: pkg.engines.node });
    }
    if (fs.existsSync(path.join(at, "node_modules"))) installedPackages(path.join(at, "node_modules"), found);
  }
  return found;
}

describe("the Node version isnad states", () => {
  const stated = (JSON.parse(fs.readFileSync(path.join(REPO_DIR, "package.json"), "utf8")) as { engines: { node: string } }).engines.node;
  const oldest = parse(stated.replace(/^>=\s*/, ""));

  it("reads ranges as npm does", () => {
    const cases: [string, string, boolean][] = [
      ["20.19.0", ">=20.19", true],
      ["20.18.3", ">=20.19", false],
      ["20.19.0", "^20.19 || ^22.12 || >=24.0", true],
      ["21.0.0", "^20.19 || ^22.12 || >=24.0", false],
      ["20.19.0", ">=22.0.0", false],
      ["20.19.0", ">= 0.8", true],
      ["20.19.0", "^18 || ^20 || >= 21", true],
      ["20.19.0", ">=9.4.0 || ^8.9.4", true],
    ];
    for (const [version, range, expected] of cases) assert.equal(satisfies(parse(version), range), expected, `${version} in ${range}`);
  });

  it("is the version of package.json's engines, and the Node running the tests meets it", () => {
    assert.match(stated, /^>=\s*\d+\.\d+/);
    assert.ok(satisfies(parse(process.version), stated), `node ${process.version} is older than ${stated}`);
  });

  it("is accepted by every installed package isnad can load", () => {
    const refusing = installedPackages(path.join(REPO_DIR, "node_modules"))
      .filter((pkg) => !satisfies(oldest, pkg.node))
      .filter((pkg) => !(pkg.name in NEVER_LOADED))
      .map((pkg) => `${pkg.name} wants node ${pkg.node}`);
    assert.deepEqual(refusing, [], `these packages refuse Node ${oldest.join(".")}, which README and package.json promise`);
  });
});
