import pg from "pg";
import { createPrisma } from "./src/db/prisma.ts";
const url = process.argv[2]!;
const prisma = createPrisma(url);
const pool = new pg.Pool({ connectionString: url, max: 10 });
await prisma.user.findFirst();
const time = async (name: string, f: () => Promise<unknown>) => {
  for (let k = 0; k < 300; k++) await f();
  const cpu0 = process.cpuUsage(); const t0 = performance.now();
  const n = 3000;
  await Promise.all(Array.from({ length: 10 }, async () => { for (let k = 0; k < n / 10; k++) await f(); }));
  const cpu = process.cpuUsage(cpu0); const ms = performance.now() - t0;
  console.log(name.padEnd(30), (ms / n).toFixed(3), "ms wall/query,", ((cpu.user + cpu.system) / 1000 / n).toFixed(3), "ms node cpu/query");
};
await time("prisma findFirst users", () => prisma.user.findFirst({ where: { id: 1, disabledAt: null }, select: { id: true, email: true, name: true, role: true } }));
await time("prisma $queryRaw", () => prisma.$queryRaw`SELECT id, email, name, role::text FROM users WHERE id = ${1} AND disabled_at IS NULL`);
await time("pg pool", () => pool.query("SELECT id, email, name, role::text FROM users WHERE id = $1 AND disabled_at IS NULL", [1]));
await prisma.$disconnect(); await pool.end();
