import session from "express-session";
import type { PrismaClient } from "../db/prisma.ts";

type Callback<T = void> = (error?: unknown, value?: T) => void;

/**
 * express-session's store in PostgreSQL's `session` table, through the same Prisma client as the
 * rest of isnad: sessions survive restarts and are shared by every instance.
 */
export class PrismaSessionStore extends session.Store {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly idleMs: number,
  ) {
    super();
  }

  private expiry(data: session.SessionData): Date {
    const expires = data.cookie?.expires;
    return expires ? new Date(expires) : new Date(Date.now() + this.idleMs);
  }

  override get(sid: string, callback: Callback<session.SessionData | null>): void {
    this.prisma.session
      .findFirst({ where: { sid, expire: { gt: new Date() } }, select: { sess: true } })
      .then((row) => callback(undefined, (row?.sess as unknown as session.SessionData) ?? null), callback);
  }

  override set(sid: string, data: session.SessionData, callback?: Callback): void {
    const sess = JSON.parse(JSON.stringify(data));
    const expire = this.expiry(data);
    this.prisma.session
      .upsert({ where: { sid }, create: { sid, sess, expire }, update: { sess, expire } })
      .then(() => callback?.(), (error) => callback?.(error));
  }

  override destroy(sid: string, callback?: Callback): void {
    this.prisma.session.deleteMany({ where: { sid } }).then(() => callback?.(), (error) => callback?.(error));
  }

  /** Every request extends the session; the row is only rewritten once its expiry is a minute behind, not on every click. */
  override touch(sid: string, data: session.SessionData, callback?: Callback): void {
    const expire = this.expiry(data);
    this.prisma.session
      .updateMany({ where: { sid, expire: { lt: new Date(expire.getTime() - 60_000) } }, data: { expire } })
      .then(() => callback?.(), (error) => callback?.(error));
  }
}

/** Deletes sessions past their expiry; the server runs it now and then. */
export async function pruneSessions(prisma: PrismaClient): Promise<number> {
  const { count } = await prisma.session.deleteMany({ where: { expire: { lt: new Date() } } });
  return count;
}
