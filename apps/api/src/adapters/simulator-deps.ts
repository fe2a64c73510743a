// What every simulator is built from: its own tables, the clock, and the keyed hash for certificate numbers.
import type { Db } from '../infra/db.ts';
import type { CertHasher } from '../lib/cert-hash.ts';
import type { Clock } from '../lib/clock.ts';

export type SimulatorDeps = { db: Db; clock: Clock; certHasher: CertHasher };
