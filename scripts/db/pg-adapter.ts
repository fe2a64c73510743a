// The driver adapter the schema engine migrates through: Prisma's pg adapter, except that a migration script
// goes to PostgreSQL whole, as the native engine sends it.
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type pg from 'pg';

/**
 * PrismaPg's executeScript splits the script on every ';', which breaks string literals and function bodies that
 * contain one and applies a failing migration halfway. Sent as one simple-protocol query (no parameters), the
 * script runs in one implicit transaction, like `prisma migrate deploy`; executeRaw keeps the adapter's error
 * mapping, so the engine still reports PostgreSQL's message.
 */
function sendScriptWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

export function migrationAdapter(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPg(pool);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => sendScriptWhole(await factory.connect()),
    connectToShadowDb: async () => sendScriptWhole(await factory.connectToShadowDb()),
  };
}
