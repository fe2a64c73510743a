// The per-IP request budget, shared by every API process through PostgreSQL without a database round trip per
// request: a process takes a slice of a client's budget for the current minute from the client's row, spends it in
// memory, and asks for another slice when it runs out. Slices come out of what is left, so all processes together
// never let a client through more than the budget in a minute (docs/decisions/033-request-budget-across-processes.md).
import type { DatabaseOutage } from '../../infra/database-outage.ts';
import type { Clock } from '../../lib/clock.ts';
import { keyedMac } from '../../lib/keyed-mac.ts';
import { ipBucket } from '../auth/sign-in-keys.ts';
import type { RequestBudgetRepository } from './request-budget.repository.ts';

/** The budget counts fixed minutes of the app's clock. */
export const WINDOW_MS = 60_000;
/** The largest slice one process takes at a time: one round trip per this many requests of a busy client. */
export const MAX_SLICE = 100;

export type Spent = { ok: true } | { ok: false; retryAfterSeconds: number };

type Log = { error: (detail: object, message: string) => void };

/** One client (an IP, an IPv6 /64) in the current window, as this process knows it. */
type Client = {
  /** The client's key in the table: a keyed hash, so the table never holds an address in clear. */
  key: string;
  /** Requests of slices taken and not yet spent. */
  left: number;
  /** Requests this process let through in the window, for counting alone while the database is away. */
  allowed: number;
  /** The database said the whole budget is handed out: refused until the window ends, without asking again. */
  spent: boolean;
  /** The slice being asked for, shared by every request of the client that waits for it. */
  asking: Promise<boolean> | null;
};

const OK: Spent = { ok: true };

export function createRequestBudget(deps: {
  repo: RequestBudgetRepository;
  clock: Clock;
  perMinute: number;
  /** The secret the clients' keys are hashed with. */
  secret: string;
  /** While it is on, the budget is counted in this process alone (the table is out of reach). */
  outage: Pick<DatabaseOutage, 'active' | 'noticed'>;
  log: Log;
}) {
  const { repo, clock, perMinute, outage, log } = deps;
  // A tenth of the budget, so a client with a modest budget spreads over processes in small steps.
  const slice = Math.max(1, Math.min(MAX_SLICE, Math.ceil(perMinute / 10)));
  let windowStart = Number.NaN;
  let clients = new Map<string, Client>();
  let failureLogged = false;

  /** The window `now` falls in; entering a new one forgets the last one's clients here and its rows in the table. */
  function windowOf(now: number): number {
    const start = now - (now % WINDOW_MS);
    if (start === windowStart) return start;
    windowStart = start;
    clients = new Map();
    failureLogged = false;
    // The window before is kept, so a process whose clock is a little behind still finds its rows. A purge that
    // fails is tried again at the next window's start.
    if (!outage.active) repo.purge(new Date(start - WINDOW_MS)).catch(() => {});
    return start;
  }

  function clientOf(ip: string): Client {
    const bucket = ipBucket(ip);
    let client = clients.get(bucket);
    if (!client) {
      const key = keyedMac(deps.secret, 'request-budget', bucket, 'hex').slice(0, 40);
      client = { key, left: 0, allowed: 0, spent: false, asking: null };
      clients.set(bucket, client);
    }
    return client;
  }

  /** Takes the next slice; false when the table could not be reached (or read), so the caller counts alone. */
  function askForSlice(client: Client, start: number): Promise<boolean> {
    client.asking ??= repo
      .take(client.key, new Date(start), slice, perMinute)
      .then(
        (granted) => {
          if (granted > 0) client.left += granted;
          else client.spent = true;
          return true;
        },
        (error: unknown) => {
          // An unreachable database turns the outage on (one log line, decision 016); anything else is said once a
          // window, not once a request.
          if (!outage.noticed(error) && !failureLogged) {
            failureLogged = true;
            log.error({ err: error }, 'request budget unreadable: counting in this process until the next minute');
          }
          return false;
        },
      )
      .finally(() => {
        client.asking = null;
      });
    return client.asking;
  }

  const refused = (start: number, now: number): Spent => ({
    ok: false,
    retryAfterSeconds: Math.max(1, Math.ceil((start + WINDOW_MS - now) / 1000)),
  });

  /** The budget as this process alone counts it, as it did before it was shared: while the database is away. */
  function countAlone(client: Client, start: number, now: number): Spent {
    if (client.allowed >= perMinute) return refused(start, now);
    client.allowed += 1;
    return OK;
  }

  return {
    /** Spends one request of `ip`'s budget, or says how long until its next window. */
    async spend(ip: string): Promise<Spent> {
      for (;;) {
        const now = clock.now().getTime();
        const start = windowOf(now);
        const client = clientOf(ip);
        if (client.left > 0) {
          client.left -= 1;
          client.allowed += 1;
          return OK;
        }
        if (client.spent) return refused(start, now);
        if (outage.active) return countAlone(client, start, now);
        // Requests that found the slice spent wait for the next one together; those it does not cover ask again.
        if (!(await askForSlice(client, start))) return countAlone(client, start, now);
      }
    },
  };
}

export type RequestBudget = ReturnType<typeof createRequestBudget>;
