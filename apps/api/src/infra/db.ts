// The Prisma client over the pg driver adapter: one code path for a real PostgreSQL and the embedded one. The pg pool
// under it is shared with the few hot reads written in plain SQL (sqlOf, docs/decisions/032), so both draw on one set
// of connections of DATABASE_POOL_MAX.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { isoTimestampTypes } from './iso-timestamps.ts';
import {
  createStatementNames,
  isStalePreparedStatement,
  isUnkeptPreparedStatement,
  type StatementNames,
} from './statement-names.ts';

export type Db = InstanceType<typeof PrismaClient>;
/** A Prisma interactive-transaction client; repositories accept it in place of the root client. */
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** Plain SQL on the pool under a Db: parameterised text in (each text a prepared statement), rows as pg reads them out. */
export type Sql = {
  query<Row extends object>(text: string, values?: readonly unknown[]): Promise<Row[]>;
  /**
   * As query, each row an array of its columns in the order selected, and each timestamptz an ISO 8601 string in UTC
   * rather than a Date (iso-timestamps.ts): for pages of many rows, where building an object and Dates per row was
   * most of the API's work (docs/decisions/051).
   */
  arrays<Row extends readonly unknown[]>(text: string, values?: readonly unknown[]): Promise<Row[]>;
};

/** At most this many plain-SQL texts are prepared per pool (the hot reads are a few dozen). */
const PREPARED_MAX = 200;

const pools = new WeakMap<Db, { pool: pg.Pool; names: StatementNames; onUnkept: () => void }>();

export type DbOptions = {
  /**
   * Prepare each plain-SQL text once per connection (docs/decisions/047). Off for the embedded PGlite, whose
   * connections all share its one session: a statement one connection prepared outlives it there, and the next
   * connection preparing it again would be refused.
   */
  prepare?: boolean;
  /**
   * Called once when the server connection turns out not to keep the statements prepared on it (a connection pooler
   * in transaction mode that does not track them): plain SQL then runs unnamed for the rest of the pool's life.
   */
  onUnkeptStatements?: () => void;
};

export function createDb(
  url: string,
  poolMax: number,
  { prepare = true, onUnkeptStatements = () => {} }: DbOptions = {},
): Db {
  // A database that stops answering (a network partition, a paused host) must fail a request within ten seconds rather
  // than hold it: the failure is what turns the outage on (database-outage.ts).
  const pool = new pg.Pool({ connectionString: url, max: poolMax, connectionTimeoutMillis: 10_000 });
  // An idle connection the server dropped is no news: the next query on it fails, and that failure is what counts.
  pool.on('error', () => {});
  // The adapter ends the pool on $disconnect, as it would a pool of its own.
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(db, { pool, names: createStatementNames(prepare ? PREPARED_MAX : 0), onUnkept: onUnkeptStatements });
  return db;
}

/** The plain-SQL side of `db`, on the same pool. */
export function sqlOf(db: Db): Sql {
  const shared = pools.get(db);
  if (!shared) throw new Error('sqlOf needs a Db made by createDb');
  const { pool, names, onUnkept } = shared;
  async function run<Row>(text: string, values: readonly unknown[], arrays: boolean): Promise<Row[]> {
    // Named, a statement is parsed once per connection; each call then only binds and executes it.
    const once = () => {
      const name = names.nameOf(text);
      const config = { ...(name ? { name } : {}), text, values: values as unknown[] };
      return arrays
        ? pool.query({ ...config, rowMode: 'array', types: isoTimestampTypes })
        : pool.query<Row & object>(config);
    };
    try {
      return (await once()).rows as Row[];
    } catch (error) {
      // A migration changed a table under a statement prepared before it: prepare every text again, once.
      if (isStalePreparedStatement(error)) names.renew();
      // A pooler handed over a server connection without the statement, or with another of its name: nothing ran,
      // so the call is sent again unnamed, as every later one is.
      else if (isUnkeptPreparedStatement(error)) {
        if (names.stop()) onUnkept();
      } else throw error;
      return (await once()).rows as Row[];
    }
  }
  return {
    query: <Row extends object>(text: string, values: readonly unknown[] = []) => run<Row>(text, values, false),
    arrays: <Row extends readonly unknown[]>(text: string, values: readonly unknown[] = []) =>
      run<Row>(text, values, true),
  };
}
