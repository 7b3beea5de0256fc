import type { Request } from "express";
import session from "express-session";
import { fastRows, type PrismaClient } from "../db/prisma.ts";
import { ACCOUNT_COLUMNS, type Account } from "./users.ts";

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

  /**
   * Every request reads its session, and then the account signed in to it: both in one query, through
   * pg directly (see fastRows). The account travels with the session data under a symbol, which
   * express-session neither copies into the session nor saves, and createSession hands it to the
   * request (see sessionAccount). The expire column is a timestamp without time zone holding UTC, as
   * Prisma writes it.
   */
  override get(sid: string, callback: Callback<session.SessionData | null>): void {
    fastRows<{ sess: session.SessionData } & Partial<Account>>(
      this.prisma,
      `SELECT s.sess, ${ACCOUNT_COLUMNS} FROM session s
         LEFT JOIN users u ON u.id = (s.sess->>'userId')::int AND u.disabled_at IS NULL
        WHERE s.sid = $1 AND s.expire > (now() AT TIME ZONE 'UTC')`,
      [sid],
      { prepare: true },
    ).then(([row]) => {
      if (!row) return callback(undefined, null);
      const { sess, ...account } = row;
      Object.assign(sess, { [SIGNED_IN]: account.id == null ? null : (account as Account) });
      callback(undefined, sess);
    }, callback);
  }

  override createSession(req: Request, data: session.SessionData): session.Session & session.SessionData {
    const account = (data as { [SIGNED_IN]?: Account | null })[SIGNED_IN];
    if (account !== undefined) accountsRead.set(req, account);
    return super.createSession(req, data);
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

const SIGNED_IN = Symbol("signed-in account");
const accountsRead = new WeakMap<Request, Account | null>();

/**
 * The active account of the session this request arrived with, as read with the session: null when
 * there is none (signed out, disabled); undefined when the session was not read from the store.
 */
export function sessionAccount(req: Request): Account | null | undefined {
  return accountsRead.get(req);
}

/** Deletes sessions past their expiry; the server runs it now and then. */
export async function pruneSessions(prisma: PrismaClient): Promise<number> {
  const { count } = await prisma.session.deleteMany({ where: { expire: { lt: new Date() } } });
  return count;
}
