import { randomBytes } from 'node:crypto';

// Names for the plain-SQL statements a pool sends, so that PostgreSQL parses each one once per connection instead of
// on every request, and plans it once when a generic plan serves as well as a fresh one (docs/decisions/047).
//
// A name stands for one text: pg refuses a name reused for another text on the same connection. The hot reads are a
// fixed set of texts, but a text built from data (values spelled into it) would make a new statement per call, each
// kept by every connection until it closes; past `max` names a text runs unnamed, as before, so such a mistake costs
// speed, not memory. After a migration changes a table a statement reads with `*`, PostgreSQL refuses to run the
// statement prepared before it (the shape of its rows changed); `renew()` then names every text afresh, so each
// connection prepares it again against the new table. A name is never given to two texts, in this pool or any
// other, so wherever a statement of that name exists it is that text. Behind a connection pooler that does not keep
// a client's prepared statements on the server connection it hands over, a name is missing or already taken there;
// `stop()` then runs every text unnamed for the rest of the pool's life.
export type StatementNames = {
  /** The name of `text`'s prepared statement, or undefined when it is to run unnamed. */
  nameOf(text: string): string | undefined;
  /** Forgets every name: the next call of each text prepares it again under a new one. */
  renew(): void;
  /** Names nothing from now on; true the first time only. */
  stop(): boolean;
};

export function createStatementNames(max: number): StatementNames {
  // Each pool's names its own: behind a pooler, a server connection carries statements other processes prepared,
  // and under a shared name a Bind would run another process's text (with its own parameters, or an error).
  const pool = randomBytes(4).toString('hex');
  let names = new Map<string, string>();
  let generation = 0;
  let stopped = false;
  return {
    nameOf(text) {
      if (stopped) return undefined;
      const known = names.get(text);
      if (known !== undefined || names.size >= max) return known;
      const name = `beian_${pool}_${generation}_${names.size}`;
      names.set(text, name);
      return name;
    },
    renew() {
      names = new Map();
      generation += 1;
    },
    stop() {
      if (stopped) return false;
      stopped = true;
      names = new Map();
      return true;
    },
  };
}

/** Whether `error` is PostgreSQL refusing a prepared statement whose rows changed shape under it (0A000). */
export function isStalePreparedStatement(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '0A000' && typeof message === 'string' && message.includes('cached plan must not change result type');
}

/**
 * Whether `error` is PostgreSQL not finding a prepared statement the connection had (26000), or finding one of that
 * name already there (42P05): what a pooler that hands a client another server connection causes. Both come from
 * the Parse or the Bind, before anything runs, so the statement can be sent again.
 */
export function isUnkeptPreparedStatement(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (code === '26000' || code === '42P05') && typeof message === 'string' && message.includes('prepared statement')
  );
}
