// POST /api/filings/:id/materials: reads the slot from the text fields, streams the file through the inspection into
// S3 under a fresh id, and only when both the object and the inspection are done writes the row (replacing the
// slot's previous one in one transaction, and deleting the replaced object after commit). Any failure leaves no row
// and no object behind.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { type FieldError, type Material, UploadMaterialFieldsSchema } from '@beian/contracts';
import type { Db } from '../../infra/db.ts';
import { AppError, ConflictError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { findUnsafeText } from '../../plugins/validation.ts';
import { createInspectedStore, inspectedColumns } from './inspected-store.ts';
import type { MaterialContexts } from './material-context.ts';
import type { MaterialObjects } from './material-objects.ts';
import { assertOnList, type MaterialSlot, slotKey } from './material-slots.ts';
import type { MaterialsRepository } from './materials.repository.ts';
import { toMaterial } from './materials.view.ts';
import { MaterialUploadError } from './upload/upload.errors.ts';
import type { InspectionResult } from './upload/upload.inspect.ts';
import { materialObjectKey } from './upload/upload.object-key.ts';

/** A multipart part as @fastify/multipart hands it over: a text field, or the file as a stream. */
export type UploadPart =
  | { type: 'field'; fieldname: string; value: unknown }
  | { type: 'file'; fieldname: string; file: Readable };

type Log = { warn: (detail: object, message: string) => void };

export type MaterialUploadDeps = {
  db: Db;
  repo: MaterialsRepository;
  contexts: MaterialContexts;
  objects: MaterialObjects;
  clock: Clock;
  log: Log;
};

function readSlot(fields: Record<string, string>): MaterialSlot {
  // The fields are parsed here, not by the route's validator: the same check for what no person types comes first.
  const unsafe = findUnsafeText(fields);
  const parsed = UploadMaterialFieldsSchema.safeParse(fields);
  if (unsafe.length > 0 || !parsed.success) {
    const issues = unsafe.length > 0 ? unsafe : (parsed.error?.issues ?? []);
    const errors: FieldError[] = issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new AppError(
      'VALIDATION_FAILED',
      400,
      `The upload's fields are not valid: ${errors.map((e) => e.path || '(fields)').join(', ')}. Send kind (and websiteFilingNo, category where the item names them) before the file.`,
      { errors },
    );
  }
  const { kind, websiteFilingNo, category } = parsed.data;
  return { kind, websiteFilingNo: websiteFilingNo || null, category: category ?? null };
}

const refusal = (error: MaterialUploadError) => new AppError(error.code, error.status, error.message);

export function createMaterialUploads({ db, repo, contexts, objects, clock, log }: MaterialUploadDeps) {
  const inspected = createInspectedStore({ objects, log });
  const { discard } = inspected;

  /** The file into S3 while it is inspected; the inspection's result once both are done. */
  async function store(file: Readable, key: string, slot: MaterialSlot): Promise<InspectionResult> {
    try {
      return await inspected.store(file, key, { kind: slot.kind });
    } catch (error) {
      throw error instanceof MaterialUploadError ? refusal(error) : error;
    }
  }

  async function save(filingId: string, orderNo: string, slot: MaterialSlot, row: MaterialRowInput) {
    const now = clock.now();
    const slotId = slotKey(slot);
    try {
      const { created, replaced } = await db.$transaction(async (tx) => {
        if ((await repo.touchEditable(filingId, now, tx)) === 0) {
          throw new ConflictError(
            'FILING_NOT_EDITABLE',
            `Filing ${orderNo} left editing while the file was uploading; its materials cannot change now.`,
          );
        }
        const previous = await repo.findSlot(filingId, slotId, tx);
        if (previous) await repo.delete(previous.id, tx);
        const material = await repo.create({ ...row, filingId, slot: slotId, uploadedAt: now }, tx);
        return { created: material, replaced: previous };
      });
      if (replaced) await discard(replaced.objectKey);
      return created;
    } catch (error) {
      await discard(row.objectKey);
      throw error;
    }
  }

  return async function upload(
    accountId: string,
    filingId: string,
    parts: AsyncIterable<UploadPart>,
  ): Promise<Material> {
    const { row: filing, required } = await contexts.editable(accountId, filingId);
    const fields: Record<string, string> = {};
    for await (const part of parts) {
      if (part.type === 'field') {
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : '';
        continue;
      }
      let slot: MaterialSlot;
      try {
        if (part.fieldname !== 'file') throw noFile(`The file part is named "${part.fieldname}"; name it "file".`);
        slot = readSlot(fields);
        assertOnList(slot, required);
      } catch (error) {
        part.file.resume(); // read and drop the refused file, so the request ends normally
        throw error;
      }
      const id = randomUUID();
      const objectKey = materialObjectKey({ filingId: filing.id, materialId: id });
      const inspection = await store(part.file, objectKey, slot);
      const saved = await save(filing.id, filing.orderNo, slot, {
        id,
        kind: slot.kind,
        websiteFilingNo: slot.websiteFilingNo,
        category: slot.category,
        ...inspectedColumns(inspection),
        objectKey,
        uploadedBy: accountId,
      });
      return toMaterial(saved);
    }
    throw noFile('The request has no file. Send the fields first, then the file in a part named "file".');
  };
}

type MaterialRowInput = {
  id: string;
  kind: MaterialSlot['kind'];
  websiteFilingNo: string | null;
  category: string | null;
  contentType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  sha256: string;
  objectKey: string;
  uploadedBy: string;
};

const noFile = (detail: string) =>
  new AppError('VALIDATION_FAILED', 400, detail, { errors: [{ path: 'file', message: 'Attach the file.' }] });

export type MaterialUploads = ReturnType<typeof createMaterialUploads>;
