// A stand-in database for diffing two schema files: the engine insists on connecting at start-up, but a diff
// between schema files reads nothing from it, so `db:migrate:new` needs no running database.
import {
  ColumnTypeEnum,
  mockAdapter,
  mockMigrationAwareAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils';

/** The engine's start-up probe: does the schema exist, and which server version is this. */
function answerProbe(query: SqlQuery): SqlResultSet {
  if (!/\bversion\(\)/.test(query.sql)) {
    throw new Error(`the offline adapter only answers the engine's start-up probe, not: ${query.sql}`);
  }
  return {
    columnNames: ['exists', 'version', 'numeric_version'],
    columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
    // The version our deployments run; the generated SQL does not depend on it for current PostgreSQL versions.
    rows: [[true, 'PostgreSQL 15.0', 150000]],
  };
}

export function offlinePostgresAdapter(): SqlMigrationAwareDriverAdapterFactory {
  const connect = async () => ({ ...mockAdapter('postgres'), queryRaw: async (query: SqlQuery) => answerProbe(query) });
  return { ...mockMigrationAwareAdapterFactory('postgres'), connect, connectToShadowDb: connect };
}
