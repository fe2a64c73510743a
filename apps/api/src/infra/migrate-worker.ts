// Entry of the compiled build's migration process (dist/migrate-worker.js): receives the database URL from its
// parent, applies the pending migrations, sends the result back and exits. See migrate-at-start.ts for why.
import { migrateDatabase } from '../../../../scripts/db/migrate-database.ts';

process.once('message', async ({ databaseUrl }: { databaseUrl: string }) => {
  const result = await migrateDatabase(databaseUrl, { poolMax: 1 });
  // Nothing else keeps this process alive once the result is sent and the channel closed.
  process.send?.(result, () => process.disconnect());
});
