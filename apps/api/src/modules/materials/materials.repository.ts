// Prisma access for materials: the rows of a filing, one row with its filing's owner, a slot's replacement in one
// transaction, and which object keys rows still reference (for the orphan collector).
import { EDITABLE_STATES } from '@beian/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';

export function createMaterialsRepository(db: Db) {
  return {
    listForFiling: (filingId: string, tx: Tx = db) =>
      tx.material.findMany({ where: { filingId }, orderBy: [{ uploadedAt: 'asc' }, { id: 'asc' }] }),

    findWithOwner: (id: string, tx: Tx = db) =>
      tx.material.findUnique({
        where: { id },
        include: { filing: { select: { id: true, accountId: true, status: true, submittedAt: true } } },
      }),

    /**
     * Marks the filing as edited while it is editable, and takes its row lock until commit: a submission (which
     * updates the same row) waits for this transaction and then sees its result. Returns 0 when not editable.
     */
    async touchEditable(filingId: string, now: Date, tx: Tx) {
      const { count } = await tx.filing.updateMany({
        where: { id: filingId, status: { in: [...EDITABLE_STATES] } },
        data: { updatedAt: now },
      });
      return count;
    },

    findSlot: (filingId: string, slot: string, tx: Tx = db) =>
      tx.material.findUnique({ where: { filingId_slot: { filingId, slot } } }),

    create: (data: Prisma.MaterialUncheckedCreateInput, tx: Tx = db) => tx.material.create({ data }),

    delete: (id: string, tx: Tx = db) => tx.material.delete({ where: { id } }),

    async referencedKeys(keys: readonly string[], tx: Tx = db): Promise<Set<string>> {
      if (keys.length === 0) return new Set();
      // Verification photos live under the same prefix as the materials of their filing.
      const where = { objectKey: { in: [...keys] } };
      const [materials, photos] = await Promise.all([
        tx.material.findMany({ where, select: { objectKey: true } }),
        tx.verificationPhoto.findMany({ where, select: { objectKey: true } }),
      ]);
      return new Set([...materials, ...photos].map((r) => r.objectKey));
    },
  };
}

export type MaterialsRepository = ReturnType<typeof createMaterialsRepository>;
