// The review queue under load on a real PostgreSQL: `TOTAL` (1,000,000) filings of which `WAITING` (100,000) wait in
// initial review; `REVIEWERS` (20) loop claim-next → approve for `SECONDS` (30), through the API's own claim SQL and
// transition helper, optionally within one province's filter (`PROVINCE`). Prints claims/s, claim latency p50/p99
// and double claims (must be 0).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb } from '../apps/api/src/infra/db.ts';
import { createFilingTransitions } from '../apps/api/src/modules/filings/filing-transitions.ts';
import { createFilingsRepository } from '../apps/api/src/modules/filings/filings.repository.ts';
import { createReviewClaimsRepository } from '../apps/api/src/modules/review/review-claims.repository.ts';
import { leaseEnd } from '../apps/api/src/modules/review/review-queue.view.ts';
import { migrateDatabase } from '../scripts/db/migrate-database.ts';
import { wholeNumber } from './lib/options.ts';
import { seedQueue } from './queue-seed.ts';

const TOTAL = wholeNumber('TOTAL', 1_000_000);
const WAITING = wholeNumber('WAITING', 100_000);
const REVIEWERS = wholeNumber('REVIEWERS', 20);
const SECONDS = wholeNumber('SECONDS', 30);
/** A province code (the seed spreads filings over 11, 31, 44, 33, 32): every reviewer claims within that filter. */
const PROVINCE = process.env.PROVINCE || undefined;

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl)
  throw new Error('DATABASE_URL must name a real PostgreSQL server (the benchmark creates its own database)');
const name = `beian_bench_${randomBytes(4).toString('hex')}`;
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
try {
  await migrateDatabase(dbUrl);
  const seeder = new pg.Client({ connectionString: dbUrl });
  // The database is dropped with FORCE at the end, whatever happened; a connection it cuts is no news.
  seeder.on('error', () => {});
  await seeder.connect();
  let started = performance.now();
  const reviewers = await seedQueue(seeder, { total: TOTAL, waiting: WAITING, reviewers: REVIEWERS });
  await seeder.end();
  console.log(`seeded ${TOTAL} filings (${WAITING} waiting) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const db = createDb(dbUrl, REVIEWERS + 5);
  const clock = { now: () => new Date() };
  const claims = createReviewClaimsRepository(db);
  const filings = createFilingsRepository(db);
  // Each claim's decision writes its FilingEvent and audit row with the status, and ends the lease, as in the app.
  const applyTransition = createFilingTransitions({ db, repo: filings, clock });
  const latencies: number[] = [];
  const claimed = new Map<string, number>();
  const deadline = performance.now() + SECONDS * 1000;

  async function reviewer(id: string) {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const now = clock.now();
      const filingId = await claims.claimNext({
        status: 'INITIAL_REVIEW',
        reviewerId: id,
        now,
        expiresAt: leaseEnd(now),
        filters: PROVINCE ? { province: PROVINCE } : undefined,
      });
      latencies.push(performance.now() - t0);
      if (!filingId) return;
      claimed.set(filingId, (claimed.get(filingId) ?? 0) + 1);
      const row = await filings.findById(filingId);
      if (!row) throw new Error(`claimed filing ${filingId} vanished`);
      await applyTransition({
        row,
        event: 'approve',
        actor: { role: 'REVIEWER', id },
        lease: { holderId: id, liveAt: now, lost: () => new Error(`lost the lease on ${filingId}`) },
      });
    }
  }

  started = performance.now();
  await Promise.all(reviewers.map(reviewer));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  const doubles = [...claimed.values()].filter((n) => n > 1).length;
  console.log(
    `${REVIEWERS} reviewers${PROVINCE ? ` (province ${PROVINCE} only)` : ''}, ${elapsed.toFixed(1)} s: ${claimed.size} claims decided`,
  );
  console.log(
    `claims/s ${(claimed.size / elapsed).toFixed(0)}; claim latency p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms`,
  );
  console.log(`double claims: ${doubles}`);
  await db.$disconnect();
  if (doubles > 0) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
