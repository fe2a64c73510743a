// The database being unreachable is one event, not one error per request: the first request that finds it so turns
// the outage on (one log line), requests answer 503 with Retry-After at once while it lasts, and a probe every second
// turns it off again (one more line). See docs/decisions/016.

/** Errors that mean "the database cannot be reached now", as opposed to a query that is wrong. */
const UNREACHABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
// Class 08 is "connection exception"; 57P01-57P03 are an administrator's or a crash's shutdown, or not started yet.
const UNREACHABLE_SQLSTATE = /^(08|57P0[123])/;
// What the pg driver says when a connection drops under a query or cannot be made (thrown as plain Errors).
const UNREACHABLE_MESSAGE =
  /Can't reach database server|Connection terminated|timeout exceeded when trying to connect|connection error and is not queryable|Server has closed the connection/;

// What the operating system says when a connection cannot be made or is cut (the pg driver passes these on as they are).
const UNREACHABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

type AdapterCause = { kind?: string; code?: string; originalCode?: string };
type Failure = {
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: AdapterCause } };
  message?: unknown;
  cause?: unknown;
};

function unreachable({ code, meta, message }: Failure): boolean {
  if (typeof code === 'string' && UNREACHABLE_PRISMA_CODES.has(code)) return true;
  const cause = meta?.driverAdapterError?.cause;
  if (cause?.kind && UNREACHABLE_KINDS.has(cause.kind)) return true;
  const sqlState = cause?.originalCode ?? cause?.code;
  if (typeof sqlState === 'string' && UNREACHABLE_SQLSTATE.test(sqlState)) return true;
  // The pg driver's own errors, from the hot reads that use it without Prisma (docs/decisions/032): the SQLSTATE or
  // the socket's error code is on the error itself.
  if (typeof code === 'string' && (UNREACHABLE_SOCKET_CODES.has(code) || /^(08[0-9A-Z]{3}|57P0[123])$/.test(code)))
    return true;
  return typeof message === 'string' && UNREACHABLE_MESSAGE.test(message);
}

/** The error, or one of its causes, says the database cannot be reached now. */
export function isDatabaseUnreachable(error: unknown): boolean {
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    if (unreachable(current as Failure)) return true;
    current = (current as Failure).cause;
  }
  return false;
}

type Log = {
  error: (detail: object, message: string) => void;
  info: (detail: object, message: string) => void;
};

export type DatabaseOutageOptions = {
  /** Resolves when the database answers (SELECT 1). */
  probe: () => Promise<unknown>;
  log: Log;
  /** How often the probe runs while the database is away. */
  probeEveryMs?: number;
  /** What Retry-After tells clients. */
  retryAfterSeconds?: number;
};

export function createDatabaseOutage({
  probe,
  log,
  probeEveryMs = 1000,
  retryAfterSeconds = 5,
}: DatabaseOutageOptions) {
  // Monotonic time: how long an outage lasted is measured, not a business instant.
  let since: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  function scheduleProbe() {
    if (closed) return;
    timer = setTimeout(async () => {
      try {
        await probe();
      } catch {
        scheduleProbe();
        return;
      }
      const seconds = since === null ? 0 : Math.round((performance.now() - since) / 1000);
      since = null;
      log.info({ outageSeconds: seconds }, 'database reachable again: serving requests');
    }, probeEveryMs);
    timer.unref();
  }

  return {
    retryAfterSeconds,
    get active(): boolean {
      return since !== null;
    },
    /** True when `error` means the database is unreachable; the first such error starts the outage (and its log line). */
    noticed(error: unknown): boolean {
      if (!isDatabaseUnreachable(error)) return false;
      if (since === null) {
        since = performance.now();
        log.error({ err: error }, 'database unreachable: answering 503 until it is back');
        scheduleProbe();
      }
      return true;
    },
    close() {
      closed = true;
      clearTimeout(timer);
    },
  };
}

export type DatabaseOutage = ReturnType<typeof createDatabaseOutage>;
