import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { REPO_DIR } from "./database.ts";

/*
 * Compares prisma/schema.prisma, as Prisma itself parses it, with a live database, and lists
 * every difference: tables, columns (type, length, precision, nullability, default), enums,
 * foreign keys (columns, target, referential actions) and indexes (columns, order, uniqueness,
 * name). Names left to Prisma follow Prisma's naming rules.
 */

const require = createRequire(import.meta.url);
const wasm = require("@prisma/prisma-schema-wasm") as { get_dmmf(params: string): string };

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  /** The database type of an `Unsupported("…")` field, which Prisma's DMMF leaves out. */
  unsupported?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
}
interface DmmfEnum {
  name: string;
  dbName?: string | null;
  values: { name: string; dbName?: string | null }[];
}
export interface Datamodel {
  models: DmmfModel[];
  enums: DmmfEnum[];
  indexes: DmmfIndex[];
}

export function readDatamodel(schemaPath = path.join(REPO_DIR, "prisma", "schema.prisma")): Datamodel {
  const source = fs.readFileSync(schemaPath, "utf8");
  const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: source }))) as { datamodel: Datamodel };
  for (const field of unsupportedFields(source)) dmmf.datamodel.models.find((m) => m.name === field.model)?.fields.push(field.field);
  return dmmf.datamodel;
}

/** `Unsupported("tsvector")` fields, read from the schema's text because the DMMF omits them. */
function unsupportedFields(source: string): { model: string; field: DmmfField }[] {
  const found: { model: string; field: DmmfField }[] = [];
  for (const block of source.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    for (const line of block[2]!.matchAll(/^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(.*)$/gm)) {
      const dbName = line[4]!.match(/@map\("([^"]+)"\)/)?.[1] ?? null;
      found.push({
        model: block[1]!,
        field: {
          name: line[1]!,
          dbName,
          kind: "scalar",
          type: "Unsupported",
          unsupported: line[2]!,
          isList: false,
          isRequired: !line[3],
          isUpdatedAt: false,
          hasDefaultValue: false,
        },
      });
    }
  }
  return found;
}

type Query = <T extends Record<string, unknown>>(sql: string) => Promise<T[]>;

const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
const columnOf = (field: DmmfField) => field.dbName ?? field.name;
const enumDbName = (enumeration: DmmfEnum) => enumeration.dbName ?? enumeration.name;

/** Prisma's default constraint and index names, cut to PostgreSQL's 63-byte limit. */
function prismaName(table: string, columns: string[], suffix: string): string {
  const name = `${table}_${columns.join("_")}`;
  return `${name.slice(0, 63 - suffix.length - 1)}_${suffix}`;
}

function expectedType(field: DmmfField, enums: Map<string, DmmfEnum>): { udt: string; length: number | null; precision: number | null } {
  const native = field.nativeType?.[0];
  const args = field.nativeType?.[1] ?? [];
  const number = args[0] !== undefined ? Number(args[0]) : null;
  let udt: string;
  let length: number | null = null;
  let precision: number | null = null;
  // PostgreSQL names an array type by its element's with a leading underscore: text[] is _text.
  if (field.unsupported) udt = field.unsupported.replace(/^(\w+)\[\]$/, "_$1");
  else if (field.kind === "enum") udt = enumDbName(enums.get(field.type)!);
  else if (field.type === "String") {
    udt = native === "VarChar" ? "varchar" : native === "Char" ? "bpchar" : "text";
    length = native === "VarChar" || native === "Char" ? number : null;
  } else if (field.type === "Int") udt = native === "SmallInt" ? "int2" : "int4";
  else if (field.type === "BigInt") udt = "int8";
  else if (field.type === "Float") udt = "float8";
  else if (field.type === "Boolean") udt = "bool";
  else if (field.type === "Json") udt = native === "Json" ? "json" : "jsonb";
  else if (field.type === "DateTime") {
    udt = native === "Timestamptz" ? "timestamptz" : native === "Date" ? "date" : "timestamp";
    precision = native === "Date" ? 0 : (number ?? 3);
  } else throw new Error(`schema-diff does not know the Prisma type ${field.type} yet`);
  if (field.isList) udt = `_${udt}`;
  return { udt, length, precision };
}

function expectedDefault(field: DmmfField): RegExp | null {
  if (!field.hasDefaultValue) return null;
  const value = field.default as { name?: string } | string | number | boolean | unknown[];
  if (typeof value === "object" && value !== null && !Array.isArray(value) && "name" in value) {
    if (value.name === "autoincrement") return /^nextval\(/;
    if (value.name === "now") return /^CURRENT_TIMESTAMP$/;
    return new RegExp(`^${value.name}\\(`);
  }
  if (Array.isArray(value)) return value.length === 0 ? /^ARRAY\[\]::\w+\[\]$|^'\{\}'::\w+\[\]$/ : /^ARRAY\[/;
  if (typeof value === "string") return new RegExp(`^'${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}'::`);
  return new RegExp(`^'?${value as number | boolean}'?`);
}

const ACTIONS: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

export async function schemaDifferences(query: Query, datamodel = readDatamodel()): Promise<string[]> {
  const differences: string[] = [];
  const enums = new Map(datamodel.enums.map((e) => [e.name, e]));
  const models = new Map(datamodel.models.map((m) => [m.name, m]));

  // Tables
  const tables = new Set((await query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()")).map((row) => row.name));
  const expectedTables = new Set([...models.values()].map(tableOf));
  for (const table of expectedTables) if (!tables.has(table)) differences.push(`table ${table} is missing`);
  for (const table of tables)
    if (!expectedTables.has(table) && table !== "_prisma_migrations" && table !== "_isnad_sql_files") differences.push(`table ${table} is not in the schema`);

  // Enums
  const dbEnums = new Map(
    (
      await query<{ name: string; labels: string[] }>(`
        SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
         WHERE n.nspname = current_schema() GROUP BY t.typname`)
    ).map((row) => [row.name, row.labels]),
  );
  for (const enumeration of datamodel.enums) {
    const labels = dbEnums.get(enumDbName(enumeration));
    const expected = enumeration.values.map((v) => v.dbName ?? v.name);
    if (!labels) differences.push(`enum ${enumDbName(enumeration)} is missing`);
    else if (labels.join(",") !== expected.join(","))
      differences.push(`enum ${enumDbName(enumeration)} has (${labels.join(",")}) instead of (${expected.join(",")})`);
    dbEnums.delete(enumDbName(enumeration));
  }
  for (const name of dbEnums.keys()) differences.push(`enum ${name} is not in the schema`);

  // Columns
  const columns = await query<{
    table: string;
    column: string;
    udt: string;
    nullable: boolean;
    default: string | null;
    length: number | null;
    precision: number | null;
  }>(`
    SELECT table_name AS table, column_name AS column, udt_name AS udt, is_nullable = 'YES' AS nullable,
           column_default AS default, character_maximum_length AS length, datetime_precision AS precision
      FROM information_schema.columns WHERE table_schema = current_schema()`);
  const columnsByTable = new Map<string, Map<string, (typeof columns)[number]>>();
  for (const column of columns) {
    if (!columnsByTable.has(column.table)) columnsByTable.set(column.table, new Map());
    columnsByTable.get(column.table)!.set(column.column, column);
  }
  for (const model of models.values()) {
    const table = tableOf(model);
    const actual = columnsByTable.get(table) ?? new Map();
    const expectedColumns = new Set<string>();
    for (const field of model.fields.filter((f) => f.kind !== "object")) {
      const name = columnOf(field);
      expectedColumns.add(name);
      const column = actual.get(name);
      const where = `${table}.${name}`;
      if (!column) {
        differences.push(`column ${where} is missing`);
        continue;
      }
      const type = expectedType(field, enums);
      if (column.udt !== type.udt) differences.push(`column ${where} is ${column.udt}, the schema says ${type.udt}`);
      if (type.length !== null && column.length !== type.length)
        differences.push(`column ${where} has length ${column.length}, the schema says ${type.length}`);
      if (type.precision !== null && column.precision !== type.precision)
        differences.push(`column ${where} has precision ${column.precision}, the schema says ${type.precision}`);
      // Prisma never declares list columns NOT NULL.
      const nullable = !field.isRequired || field.isList;
      if (column.nullable !== nullable)
        differences.push(`column ${where} is ${column.nullable ? "nullable" : "NOT NULL"}, the schema says ${nullable ? "nullable" : "required"}`);
      const defaultPattern = expectedDefault(field);
      if (defaultPattern && !defaultPattern.test(column.default ?? ""))
        differences.push(`column ${where} defaults to ${column.default}, the schema says ${JSON.stringify(field.default)}`);
      if (!defaultPattern && column.default !== null) differences.push(`column ${where} defaults to ${column.default}, the schema has no default`);
    }
    for (const name of actual.keys()) if (!expectedColumns.has(name)) differences.push(`column ${table}.${name} is not in the schema`);
  }

  // Foreign keys
  const foreignKeys = new Map(
    (
      await query<{ name: string; table: string; columns: string[]; target: string; targetColumns: string[]; onDelete: string; onUpdate: string }>(`
        SELECT c.conname AS name, t.relname AS table, rt.relname AS target, c.confdeltype AS "onDelete", c.confupdtype AS "onUpdate",
               ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
                       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
               ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
                       JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n) AS "targetColumns"
          FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class rt ON rt.oid = c.confrelid
          JOIN pg_namespace ns ON ns.oid = t.relnamespace
         WHERE c.contype = 'f' AND ns.nspname = current_schema()`)
    ).map((row) => [row.name, row]),
  );
  for (const model of models.values()) {
    const table = tableOf(model);
    for (const relation of model.fields.filter((f) => f.kind === "object" && f.relationFromFields?.length)) {
      const target = models.get(relation.type)!;
      const fieldsByName = new Map(model.fields.map((f) => [f.name, f]));
      const targetFields = new Map(target.fields.map((f) => [f.name, f]));
      const from = relation.relationFromFields!.map((name) => columnOf(fieldsByName.get(name)!));
      const to = relation.relationToFields!.map((name) => columnOf(targetFields.get(name)!));
      const name = prismaName(table, from, "fkey");
      const key = foreignKeys.get(name);
      if (!key) {
        differences.push(`foreign key ${name} is missing`);
        continue;
      }
      foreignKeys.delete(name);
      const optional = relation.relationFromFields!.some((f) => !fieldsByName.get(f)!.isRequired);
      const onDelete = relation.relationOnDelete ?? (optional ? "SetNull" : "Restrict");
      const onUpdate = relation.relationOnUpdate ?? "Cascade";
      if (key.columns.join() !== from.join() || key.target !== tableOf(target) || key.targetColumns.join() !== to.join()) {
        differences.push(
          `foreign key ${name} is ${key.table}(${key.columns.join(",")}) → ${key.target}(${key.targetColumns.join(",")}), the schema says ${table}(${from.join(",")}) → ${tableOf(target)}(${to.join(",")})`,
        );
      }
      if (ACTIONS[key.onDelete] !== onDelete) differences.push(`foreign key ${name} is ON DELETE ${ACTIONS[key.onDelete]}, the schema says ${onDelete}`);
      if (ACTIONS[key.onUpdate] !== onUpdate) differences.push(`foreign key ${name} is ON UPDATE ${ACTIONS[key.onUpdate]}, the schema says ${onUpdate}`);
    }
  }
  for (const name of foreignKeys.keys()) differences.push(`foreign key ${name} is not in the schema`);

  // Indexes, primary keys and unique constraints
  const indexes = new Map(
    (
      await query<{ name: string; table: string; unique: boolean; primary: boolean; columns: string[]; descending: boolean[] }>(`
        SELECT i.relname AS name, t.relname AS table, ix.indisunique AS unique, ix.indisprimary AS primary,
               ARRAY(SELECT a.attname::text FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, n)
                       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
               ARRAY(SELECT ((ix.indoption::int2[])[k.n - 1] & 1) = 1 FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, n) ORDER BY k.n) AS descending
          FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
          JOIN pg_namespace ns ON ns.oid = t.relnamespace
         WHERE ns.nspname = current_schema() AND t.relname NOT IN ('_prisma_migrations', '_isnad_sql_files')`)
    ).map((row) => [row.name, row]),
  );
  for (const index of datamodel.indexes) {
    const model = models.get(index.model)!;
    const table = tableOf(model);
    const fieldsByName = new Map(model.fields.map((f) => [f.name, f]));
    const cols = index.fields.map((f) => columnOf(fieldsByName.get(f.name)!));
    const suffix = index.type === "id" ? "pkey" : index.type === "unique" ? "key" : "idx";
    const name = index.dbName ?? (index.type === "id" ? `${table}_pkey` : prismaName(table, cols, suffix));
    const actual = indexes.get(name);
    if (!actual) {
      differences.push(`index ${name} on ${table}(${cols.join(",")}) is missing`);
      continue;
    }
    indexes.delete(name);
    if (actual.table !== table || actual.columns.join() !== cols.join())
      differences.push(`index ${name} covers ${actual.table}(${actual.columns.join(",")}), the schema says ${table}(${cols.join(",")})`);
    const descending = index.fields.map((f) => f.sortOrder === "desc");
    if (actual.descending.join() !== descending.join())
      differences.push(`index ${name} sorts (${actual.descending.join(",")}), the schema says (${descending.join(",")}) descending`);
    if (actual.unique !== (index.type !== "normal")) differences.push(`index ${name} is ${actual.unique ? "" : "not "}unique, the schema says otherwise`);
    if (actual.primary !== (index.type === "id"))
      differences.push(`index ${name} is ${actual.primary ? "" : "not "}the primary key, the schema says otherwise`);
  }
  for (const [name, index] of indexes) differences.push(`index ${name} on ${index.table}(${index.columns.join(",")}) is not in the schema`);

  return differences;
}
