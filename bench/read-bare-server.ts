// The read benchmark's yardstick: a bare Fastify + pg server that answers GET /filings/:id with the Filing row read by
// primary key, as JSON. No session, no validation, no view: what the stack itself costs for one row. Run as a child
// process of bench/read.ts (DATABASE_URL names the benchmark's database); prints `running at <url>`.
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX ?? 10) });
const app = Fastify({ logger: false });

app.get<{ Params: { id: string } }>('/filings/:id', async (request, reply) => {
  const { rows } = await pool.query('SELECT * FROM "Filing" WHERE "id" = $1', [request.params.id]);
  if (rows.length === 0) return reply.status(404).send({ status: 404 });
  return rows[0];
});

const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`running at ${url}\n`);
process.on('SIGTERM', () => {
  void app.close().then(() => pool.end().then(() => process.exit(0)));
});
