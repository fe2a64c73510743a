// The materials step apart from uploads: the required list with each slot's upload, deleting an upload, reading one
// back (its owner, or a reviewer), and the filing's pre-filled verification sheet.
import type { Readable } from 'node:stream';
import type { Account } from '@beian/contracts';
import type { Db } from '../../infra/db.ts';
import { ConflictError, NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { FilingAccess } from '../filings/filing-access.ts';
import type { StaffAccess } from '../filings/staff-access.ts';
import type { MaterialContexts } from './material-context.ts';
import type { MaterialObjects } from './material-objects.ts';
import type { MaterialsRepository } from './materials.repository.ts';
import { toMaterialList } from './materials.view.ts';
import { sheetInputOf } from './verification-sheet/verification-sheet.input.ts';

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};

export type MaterialContent = { stream: Readable; contentType: string; bytes: number; filename: string };

type Log = { warn: (detail: object, message: string) => void };

export type MaterialsServiceDeps = {
  db: Db;
  repo: MaterialsRepository;
  access: FilingAccess;
  contexts: MaterialContexts;
  objects: MaterialObjects;
  clock: Clock;
  log: Log;
};

type ContentDeps = MaterialsServiceDeps & { staff: StaffAccess };

export function createMaterialsService({ db, repo, access, contexts, objects, clock, log, staff }: ContentDeps) {
  return {
    async list(accountId: string, filingId: string) {
      const { row, required } = await contexts.owned(accountId, filingId);
      return toMaterialList(required, await repo.listForFiling(row.id));
    },

    async remove(accountId: string, filingId: string, materialId: string): Promise<void> {
      const filing = await access.editable(accountId, filingId);
      const removed = await db.$transaction(async (tx) => {
        if ((await repo.touchEditable(filing.id, clock.now(), tx)) === 0) {
          throw new ConflictError('FILING_NOT_EDITABLE', `Filing ${filing.orderNo} is no longer editable.`);
        }
        const material = await repo.findWithOwner(materialId, tx);
        if (!material || material.filingId !== filing.id) throw new NotFoundError(`Material ${materialId}`);
        await repo.delete(material.id, tx);
        return material;
      });
      // After commit; should it fail, the orphan collector removes the object later.
      await objects.remove(removed.objectKey).catch((error: unknown) => {
        log.warn({ err: error }, 'could not delete a material object');
      });
    },

    /**
     * The stored bytes, for the filing's owner and for staff once it reached a reviewer (staff-access.ts); anyone
     * else gets a 404 as for a missing id.
     */
    async content(account: Account, materialId: string): Promise<MaterialContent> {
      const material = await repo.findWithOwner(materialId);
      const staffRole = account.role === 'REVIEWER' || account.role === 'ADMIN';
      const mayRead =
        material !== null &&
        (material.filing.accountId === account.id || (staffRole && (await staff.mayViewMaterial(material))));
      if (!material || !mayRead) throw new NotFoundError(`Material ${materialId}`);
      return {
        stream: await objects.open(material.objectKey),
        contentType: material.contentType,
        bytes: material.bytes,
        // The kind only: a file name with a person's name in it would travel with every download.
        filename: `${material.kind}.${EXTENSIONS[material.contentType] ?? 'bin'}`,
      };
    },

    async verificationSheet(accountId: string, filingId: string) {
      const context = await contexts.owned(accountId, filingId);
      // PDF rendering (pdf-lib, fontkit, the QR code) loads on the first sheet, not at start: most processes never
      // print one, and those modules hold about 40 MB once loaded.
      const { renderVerificationSheet } = await import('./verification-sheet/verification-sheet.render.ts');
      const pdf = await renderVerificationSheet(sheetInputOf(context, clock.now()));
      return { pdf: Buffer.from(pdf), filename: `verification-sheet-${context.row.orderNo}.pdf` };
    },
  };
}

export type MaterialsService = ReturnType<typeof createMaterialsService>;
