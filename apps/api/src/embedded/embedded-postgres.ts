// Embedded PostgreSQL (PGlite) behind its wire-protocol socket server, so the rest of the code reaches it
// exactly like a real PostgreSQL: same driver adapter, same postgresql:// URL.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type EmbeddedPostgres = { url: string; close: () => Promise<void> };

/** Starts PGlite on `dataDir` (or in memory when null) and serves it on a free loopback port. */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  if (dataDir) await mkdir(path.dirname(dataDir), { recursive: true });
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 10 });
  await server.start();
  const [host, port] = server.getServerConn().split(':');
  return {
    url: `postgresql://postgres@${host}:${port}/postgres?sslmode=disable`,
    close: async () => {
      await server.stop();
      // PGlite is not closed by the clients disconnecting; close it so its files are flushed.
      await db.close();
    },
  };
}
