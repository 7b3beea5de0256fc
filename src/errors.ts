import { translate } from "./i18n/index.ts";

/* Refusals any layer may raise; src/http/errors.ts turns them into pages and JSON. */

/** An error whose status and message are meant for the client. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message?: string,
    /** What exactly was wrong, for API clients: `[{ path, message }]`. */
    readonly details?: { path: string; message: string }[],
  ) {
    super(message ?? `HTTP ${status}`);
  }
}

/** An HttpError whose message is an i18n key: pages show it in the reader's language, the API in English. */
export class TranslatedError extends HttpError {
  constructor(
    status: number,
    readonly key: string,
    readonly vars: Record<string, unknown> = {},
  ) {
    super(status, translate("en", key, vars));
  }
}
