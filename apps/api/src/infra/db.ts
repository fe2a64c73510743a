// The Prisma client over the pg driver adapter: one code path for a real PostgreSQL and the embedded one.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export type Db = InstanceType<typeof PrismaClient>;
/** A Prisma interactive-transaction client; repositories accept it in place of the root client. */
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export function createDb(url: string, poolMax: number): Db {
  // A database that stops answering (a network partition, a paused host) must fail a request within ten seconds rather
  // than hold it: the failure is what turns the outage on (database-outage.ts).
  const adapter = new PrismaPg({ connectionString: url, max: poolMax, connectionTimeoutMillis: 10_000 });
  return new PrismaClient({ adapter });
}
