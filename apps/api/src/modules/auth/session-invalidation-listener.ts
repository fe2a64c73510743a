// Keeps the session cache true to the database across processes (docs/decisions/042). A dedicated connection, outside
// the pool Prisma shares, LISTENs on the channel the database's triggers notify (the migration
// session_invalidation): every ended or changed session and every change to an account's cached fields names the
// account, and this process evicts it. The cache is on only while this connection listens; when it cannot be made or
// drops, the cache is emptied and bypassed, and the connection is tried again after a growing pause.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { SessionCache } from './session-cache.ts';

/** The channel the triggers notify; the payload is an account id, or '*' for all. */
export const SESSION_INVALIDATION_CHANNEL = 'session_invalidation';
/** How the listening connection names itself to PostgreSQL (pg_stat_activity.application_name). */
export const LISTENER_APPLICATION_NAME = 'beian-session-invalidation';

const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 10_000;
// Payloads this process sends itself to learn that everything committed before has been delivered.
const SETTLE = 'settle:';

type Log = {
  warn: (detail: object, message: string) => void;
  info: (detail: object, message: string) => void;
};

export function createSessionInvalidationListener(deps: { url: string; cache: SessionCache; log: Log }) {
  const { url, cache, log } = deps;
  const me = randomBytes(6).toString('hex');
  let client: pg.Client | null = null;
  // The connection being made, so that close() need not wait for a database that does not answer.
  let pending: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let retry: NodeJS.Timeout | null = null;
  let retryMs = FIRST_RETRY_MS;
  let closed = false;
  // Whether "off" was logged since the last "on": one line each way, not one per retry.
  let saidOff = false;
  let settles = 0;
  const waiting = new Map<string, () => void>();

  const releaseWaiting = () => {
    for (const release of waiting.values()) release();
    waiting.clear();
  };

  function onNotification({ channel, payload }: pg.Notification) {
    if (channel !== SESSION_INVALIDATION_CHANNEL || !payload) return;
    if (payload.startsWith(SETTLE)) {
      waiting.get(payload)?.();
      waiting.delete(payload);
      return;
    }
    if (payload === '*') cache.evictAll();
    else cache.evictAccount(payload);
  }

  function lost(lostClient: pg.Client, error?: Error) {
    if (client !== lostClient) return;
    client = null;
    cache.disable();
    // Nothing stale can be read while the cache is off: whoever waited for delivery may go on.
    releaseWaiting();
    lostClient.end().catch(() => {});
    log.warn({ err: error }, 'session cache off: its invalidation connection to the database dropped');
    saidOff = true;
    scheduleRetry();
  }

  function scheduleRetry() {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, retryMs);
    retry.unref();
    retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
  }

  async function open() {
    const candidate = new pg.Client({
      connectionString: url,
      application_name: LISTENER_APPLICATION_NAME,
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
    });
    candidate.on('notification', onNotification);
    candidate.on('error', (error) => lost(candidate, error));
    candidate.on('end', () => lost(candidate));
    pending = candidate;
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${SESSION_INVALIDATION_CHANNEL}`);
    } catch (error) {
      candidate.end().catch(() => {});
      if (closed) return;
      if (!saidOff) log.warn({ err: error }, 'session cache off: no invalidation connection to the database');
      saidOff = true;
      scheduleRetry();
      return;
    } finally {
      pending = null;
    }
    if (closed) {
      await candidate.end().catch(() => {});
      return;
    }
    client = candidate;
    retryMs = FIRST_RETRY_MS;
    log.info({ recovered: saidOff }, 'session cache on: listening for session invalidations');
    saidOff = false;
    cache.enable();
  }

  function connect(): Promise<void> {
    connecting ??= open().finally(() => {
      connecting = null;
    });
    return connecting;
  }

  return {
    /** Connects and listens; a failure leaves the cache off and is retried. */
    start: () => connect(),

    /**
     * Resolves once every notification committed before the call has been handled here: the listener notifies itself
     * and waits for that, and PostgreSQL delivers notifications in commit order. At once when not listening (the cache
     * is off then). For tests that change sessions or accounts in the database directly.
     */
    async settle(): Promise<void> {
      const current = client;
      if (!current) return;
      settles += 1;
      const payload = `${SETTLE}${me}:${settles}`;
      const delivered = new Promise<void>((resolve) => waiting.set(payload, resolve));
      try {
        await current.query('SELECT pg_notify($1, $2)', [SESSION_INVALIDATION_CHANNEL, payload]);
      } catch {
        waiting.delete(payload);
        return;
      }
      await delivered;
    },

    get listening() {
      return client !== null;
    },

    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      retry = null;
      pending?.end().catch(() => {});
      await connecting;
      const current = client;
      client = null;
      cache.disable();
      releaseWaiting();
      await current?.end().catch(() => {});
    },
  };
}

export type SessionInvalidationListener = ReturnType<typeof createSessionInvalidationListener>;
