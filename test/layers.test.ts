import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";

/*
 * The layers of src/, lowest first: a module may import from its own layer and the ones before it,
 * never from a later one, and no modules import each other round in a circle. The README's Layout
 * section says the same in words.
 */
const LAYERS: string[][] = [
  ["config.ts", "logger.ts", "validation.ts", "errors.ts", "statuses.ts", "generated", "i18n", "db"],
  ["extract"],
  ["accounts"],
  ["speakers"],
  ["articles"],
  ["statements"],
  ["review"],
  ["board"],
  ["import", "jobs"],
  ["http"],
  ["routes"],
  ["app.ts", "server.ts", "worker.ts", "cli"],
];

const SRC = path.resolve(import.meta.dirname, "../src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

function layerOf(file: string): number {
  const top = path.relative(SRC, file).split(path.sep)[0]!;
  const layer = LAYERS.findIndex((names) => names.includes(top));
  assert.ok(layer >= 0, `${path.relative(SRC, file)} belongs to no layer: add its folder to LAYERS and to the README's Layout`);
  return layer;
}

/** Every module a file imports or re-exports by a relative path, types included. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+["'](\.[^"']+)["']/gms)].map((match) => match[1]!);
  return specifiers.map((specifier) => path.resolve(path.dirname(file), specifier)).filter((target) => !target.includes(`${path.sep}generated${path.sep}`));
}

function graph(): Map<string, string[]> {
  return new Map(sourceFiles(SRC).map((file) => [file, importsOf(file)]));
}

function upwardImports(edges: Map<string, string[]>): string[] {
  const found: string[] = [];
  for (const [file, targets] of edges) {
    for (const target of targets) {
      if (layerOf(target) > layerOf(file)) found.push(`${path.relative(SRC, file)} imports ${path.relative(SRC, target)}`);
    }
  }
  return found;
}

/** Each circle once, as the files round it. */
function circles(edges: Map<string, string[]>): string[] {
  const state = new Map<string, "open" | "done">();
  const found: string[] = [];
  const visit = (file: string, trail: string[]) => {
    if (state.get(file) === "done") return;
    if (state.get(file) === "open") {
      found.push([...trail.slice(trail.indexOf(file)), file].map((step) => path.relative(SRC, step)).join(" → "));
      return;
    }
    state.set(file, "open");
    for (const target of edges.get(file) ?? []) visit(target, [...trail, file]);
    state.set(file, "done");
  };
  for (const file of edges.keys()) visit(file, []);
  return found;
}

/** What reaches the database: pg through fastRows, raw SQL through Prisma, or a Prisma model's calls. */
const DATABASE_ACCESS =
  /fastRows\(|\$queryRaw|\$executeRaw|\b(?:prisma|tx|db)\.(?:user|session|apiToken|auditEvent|article|statement|speaker|speakerAlias|speakerMove|statusTally|pendingHour|verdictDay|loginFailure)\b|\bclient\.query\(/;

/** Files outside a domain's queries.ts and src/db/ that reach the database, with the first line that does. */
function databaseAccessOutsideQueries(files: string[]): string[] {
  return files
    .filter((file) => path.basename(file) !== "queries.ts" && !path.relative(SRC, file).startsWith(`db${path.sep}`))
    .flatMap((file) => {
      const line = fs
        .readFileSync(file, "utf8")
        .split("\n")
        .findIndex((text) => DATABASE_ACCESS.test(text));
      return line < 0 ? [] : [`${path.relative(SRC, file)}:${line + 1}`];
    });
}

describe("src/ layers", () => {
  it("no module imports from a layer above its own", () => {
    assert.deepEqual(upwardImports(graph()), []);
  });

  it("no modules import each other in a circle", () => {
    assert.deepEqual(circles(graph()), []);
  });

  it("reaches the database only through each domain's queries.ts (and src/db/)", () => {
    assert.deepEqual(databaseAccessOutsideQueries(sourceFiles(SRC)), []);
  });

  it("would notice a route that queries the database itself", () => {
    const route = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "isnad-layers-")), "statements.ts");
    fs.writeFileSync(route, 'router.get("/x", async (_req, res) => res.json(await prisma.statement.findMany()));\n');
    assert.deepEqual(databaseAccessOutsideQueries([route]).length, 1);
  });

  it("would notice a domain module reaching up into the routes, and a circle", () => {
    const edges = graph();
    const store = path.join(SRC, "statements/queries.ts");
    const route = path.join(SRC, "routes/statements.ts");
    edges.set(store, [...(edges.get(store) ?? []), route]);
    assert.deepEqual(upwardImports(edges), ["statements/queries.ts imports routes/statements.ts"]);
    assert.ok(
      circles(edges).some(
        (circle) => circle.startsWith("statements/queries.ts → routes/statements.ts") || circle.includes("routes/statements.ts → statements/queries.ts"),
      ),
    );
  });
});
