import type { Request } from "express";
import session from "express-session";
import type { PrismaClient } from "../db/prisma.ts";
import { deleteSession, extendSession, saveSession, sessionWithAccount, type Account } from "./queries.ts";

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
    sessionWithAccount(this.prisma, sid).then((row) => {
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
    const sess = JSON.parse(JSON.stringify(data)) as object;
    const expire = this.expiry(data);
    saveSession(this.prisma, sid, sess, expire).then(
      () => callback?.(),
      (error) => callback?.(error),
    );
  }

  override destroy(sid: string, callback?: Callback): void {
    deleteSession(this.prisma, sid).then(
      () => callback?.(),
      (error) => callback?.(error),
    );
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
    extendSession(this.prisma, sid, expire, new Date(expire.getTime() - TOUCH_EVERY_MS)).then(
      () => callback?.(),
      (error) => callback?.(error),
    );
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
