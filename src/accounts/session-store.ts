import session from "express-session";
import { fastRows, type PrismaClient } from "../db/prisma.ts";

const TOUCH_EVERY_MS = 60_000;
/** Sessions remembered as recently extended; past this many the memory starts again (it only saves queries). */
const MAX_REMEMBERED = 10_000;

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
    // Every request reads its session: through pg directly (see fastRows). The column is a timestamp
    // without time zone holding UTC, as Prisma writes it.
    fastRows<{ sess: session.SessionData }>(this.prisma, "SELECT sess FROM session WHERE sid = $1 AND expire > (now() AT TIME ZONE 'UTC')", [sid], { prepare: true })
      .then((rows) => callback(undefined, rows[0]?.sess ?? null), callback);
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

  /** When this process last extended each session, so that a session clicking away costs no query. */
  private readonly touched = new Map<string, number>();

  /**
   * Every request extends the session; the row is only rewritten once its expiry is a minute behind,
   * not on every click, and this process does not even ask within that minute.
   */
  override touch(sid: string, data: session.SessionData, callback?: Callback): void {
    const expire = this.expiry(data);
    const last = this.touched.get(sid);
    if (last !== undefined && expire.getTime() - last < TOUCH_EVERY_MS) {
      callback?.();
      return;
    }
    if (this.touched.size >= MAX_REMEMBERED) this.touched.clear();
    this.touched.set(sid, expire.getTime());
    fastRows(
      this.prisma,
      "UPDATE session SET expire = ($1::timestamptz AT TIME ZONE 'UTC') WHERE sid = $2 AND expire < ($3::timestamptz AT TIME ZONE 'UTC')",
      [expire.toISOString(), sid, new Date(expire.getTime() - TOUCH_EVERY_MS).toISOString()],
      { prepare: true },
    ).then(() => callback?.(), (error) => callback?.(error));
  }
}

/** Deletes sessions past their expiry; the server runs it now and then. */
export async function pruneSessions(prisma: PrismaClient): Promise<number> {
  const { count } = await prisma.session.deleteMany({ where: { expire: { lt: new Date() } } });
  return count;
}
