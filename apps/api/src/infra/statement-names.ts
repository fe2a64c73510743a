// Names for the plain-SQL statements a pool sends, so that PostgreSQL parses each one once per connection instead of
// on every request, and plans it once when a generic plan serves as well as a fresh one (docs/decisions/047).
//
// A name stands for one text: pg refuses a name reused for another text on the same connection. The hot reads are a
// fixed set of texts, but a text built from data (values spelled into it) would make a new statement per call, each
// kept by every connection until it closes; past `max` names a text runs unnamed, as before, so such a mistake costs
// speed, not memory. After a migration changes a table a statement reads with `*`, PostgreSQL refuses to run the
// statement prepared before it (the shape of its rows changed); `renew()` then names every text afresh, so each
// connection prepares it again against the new table.
export type StatementNames = {
  /** The name of `text`'s prepared statement, or undefined when it is to run unnamed. */
  nameOf(text: string): string | undefined;
  /** Forgets every name: the next call of each text prepares it again under a new one. */
  renew(): void;
};

export function createStatementNames(max: number): StatementNames {
  let names = new Map<string, string>();
  let generation = 0;
  return {
    nameOf(text) {
      const known = names.get(text);
      if (known !== undefined || names.size >= max) return known;
      const name = `beian_${generation}_${names.size}`;
      names.set(text, name);
      return name;
    },
    renew() {
      names = new Map();
      generation += 1;
    },
  };
}

/** Whether `error` is PostgreSQL refusing a prepared statement whose rows changed shape under it (0A000). */
export function isStalePreparedStatement(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '0A000' && typeof message === 'string' && message.includes('cached plan must not change result type');
}
