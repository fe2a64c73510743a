// Collects orphan objects: under materials/, older than an hour, and referenced by no material row (an upload
// that died between S3 and the database, or a replaced or deleted file whose delete failed). Young objects are left
// alone, since an upload in flight has its object before its row.
import type { Clock } from '../../lib/clock.ts';
import type { MaterialObjects } from './material-objects.ts';
import type { MaterialsRepository } from './materials.repository.ts';

export const ORPHAN_MIN_AGE_MS = 60 * 60_000;

export type OrphanReport = { scanned: number; deleted: number };

export function createOrphanCollection(deps: { objects: MaterialObjects; repo: MaterialsRepository; clock: Clock }) {
  const { objects, repo, clock } = deps;
  return async function collectOrphans(): Promise<OrphanReport> {
    const cutoff = clock.now().getTime() - ORPHAN_MIN_AGE_MS;
    const report: OrphanReport = { scanned: 0, deleted: 0 };
    for await (const page of objects.pages()) {
      report.scanned += page.length;
      const old = page.filter((o) => o.lastModified.getTime() < cutoff);
      const referenced = await repo.referencedKeys(old.map((o) => o.key));
      for (const object of old) {
        if (referenced.has(object.key)) continue;
        await objects.remove(object.key);
        report.deleted += 1;
      }
    }
    return report;
  };
}

export type OrphanCollection = ReturnType<typeof createOrphanCollection>;
