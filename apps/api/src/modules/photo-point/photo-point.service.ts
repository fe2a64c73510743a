// The photo-point operator's work: find a filing waiting for its photo by order number, see the principals' ID
// images to compare with the person in front of them, and submit the photo taken at their point. Every action is
// written to the audit log; filings in any other state answer exactly like unknown ones.
import type { PhotoPointOrder, SubmittedPhoto } from '@beian/contracts';
import { OperatorPhotoFieldsSchema } from '@beian/contracts';
import { isPhotoState, PRINCIPAL_ID_KINDS } from '@beian/domain';
import type { Db, Tx } from '../../infra/db.ts';
import { AppError, NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { MaterialObjects } from '../materials/material-objects.ts';
import type { UploadPart } from '../materials/material-upload.service.ts';
import type { MaterialContent } from '../materials/materials.service.ts';
import { withPhotoPart } from '../photo/photo-parts.ts';
import type { SubmitPhoto } from '../photo/photo-submission.service.ts';
import { operatorPrincipals } from './operator-principals.ts';

/** Who acts, and the request the audit entry points back to. */
export type OperatorAct = { operatorId: string; requestId: string };

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

const filingFields = {
  id: true,
  orderNo: true,
  status: true,
  version: true,
  accountId: true,
  province: true,
  provinceRulesVersion: true,
  subjectDraft: true,
  websites: true,
  mobileVerifiedAt: true,
} as const;

type Deps = {
  db: Db;
  audit: Pick<AuditRepository, 'append'>;
  objects: Pick<MaterialObjects, 'open'>;
  submitPhoto: SubmitPhoto;
  clock: Clock;
};

export function createPhotoPointService({ db, audit, objects, submitPhoto, clock }: Deps) {
  /** The operator's active point; an operator placed nowhere can do nothing here. */
  async function pointOf(operatorId: string) {
    const account = await db.account.findUnique({
      where: { id: operatorId },
      select: { photoPoint: { select: { id: true, name: true, province: true, city: true, active: true } } },
    });
    const point = account?.photoPoint;
    if (!point?.active) {
      throw new AppError(
        'OPERATOR_WITHOUT_POINT',
        403,
        'Your account is not placed at an active photo point, so you cannot take photos. Ask an administrator to place you at your point.',
      );
    }
    return { id: point.id, name: point.name, province: point.province, city: point.city };
  }

  /** A filing waiting for its photo; any other state is answered like an id that does not exist. */
  async function waitingFiling(id: string) {
    const filing = await db.filing.findUnique({ where: { id }, select: filingFields });
    if (!filing || !isPhotoState(filing.status)) throw new NotFoundError(`Filing ${id} waiting for a photo`);
    return filing;
  }

  const record = (
    act: OperatorAct,
    action: string,
    targetId: string | null,
    detail: Record<string, string | boolean>,
    tx?: Tx,
  ) =>
    audit.append(
      {
        actorId: act.operatorId,
        action,
        targetType: 'Filing',
        targetId,
        detail,
        requestId: act.requestId,
        at: clock.now(),
      },
      tx,
    );

  return {
    async findOrder(act: OperatorAct, orderNo: string): Promise<PhotoPointOrder> {
      const point = await pointOf(act.operatorId);
      const filing = await db.filing.findUnique({ where: { orderNo }, select: filingFields });
      const found = filing !== null && isPhotoState(filing.status);
      // Misses are recorded too: a run of them is what a lookup by guessed numbers looks like.
      await record(act, 'photoPoint.lookup', found ? filing.id : null, { orderNo, photoPointId: point.id, found });
      if (!found) throw new NotFoundError(`Order ${orderNo} waiting for a photo`);
      const materials = await db.material.findMany({
        where: { filingId: filing.id, kind: { in: [...PRINCIPAL_ID_KINDS] } },
        select: { id: true, kind: true, websiteFilingNo: true, contentType: true },
        orderBy: [{ kind: 'asc' }, { slot: 'asc' }],
      });
      const images = materials.map((m) => ({ ...m, kind: m.kind as (typeof PRINCIPAL_ID_KINDS)[number] }));
      return {
        filing: {
          id: filing.id,
          orderNo: filing.orderNo,
          status: filing.status,
          province: filing.province,
          version: filing.version,
          principals: operatorPrincipals(filing, images),
        },
        point,
      };
    },

    /** One of the principals' ID images, only while the filing waits for its photo. */
    async idImage(act: OperatorAct, filingId: string, materialId: string): Promise<MaterialContent> {
      const point = await pointOf(act.operatorId);
      const filing = await waitingFiling(filingId);
      const material = await db.material.findFirst({
        where: { id: materialId, filingId: filing.id, kind: { in: [...PRINCIPAL_ID_KINDS] } },
        select: { id: true, kind: true, contentType: true, bytes: true, objectKey: true },
      });
      if (!material) throw new NotFoundError(`ID image ${materialId} of filing ${filingId}`);
      await record(act, 'photoPoint.viewIdImage', filing.id, {
        orderNo: filing.orderNo,
        materialId: material.id,
        kind: material.kind,
        photoPointId: point.id,
      });
      return {
        stream: await objects.open(material.objectKey),
        contentType: material.contentType,
        bytes: material.bytes,
        filename: `${material.kind}.${EXTENSIONS[material.contentType] ?? 'bin'}`,
      };
    },

    /** The photo taken at the operator's point, with their confirmation that the original ID was checked. */
    async submit(act: OperatorAct, filingId: string, parts: AsyncIterable<UploadPart>): Promise<SubmittedPhoto> {
      // The fields are read first, so a malformed request is a 400 naming its field whoever sends it and whatever the
      // filing; the refusals after that drop the photo unread.
      return withPhotoPart(parts, OperatorPhotoFieldsSchema, async (fields, file) => {
        let point: Awaited<ReturnType<typeof pointOf>>;
        let filing: Awaited<ReturnType<typeof waitingFiling>>;
        try {
          point = await pointOf(act.operatorId);
          filing = await waitingFiling(filingId);
        } catch (error) {
          file.resume();
          throw error;
        }
        return submitPhoto({
          filing,
          method: 'PHOTO_POINT',
          actor: { id: act.operatorId, role: 'OPERATOR' },
          version: fields.version,
          file,
          photoPointId: point.id,
          idCheckedInPerson: fields.idCheckedInPerson,
          // Audited with the transition: a photo that did not go in leaves no entry saying it did.
          alsoInTransaction: (tx, photoId) =>
            record(
              act,
              'photoPoint.submitPhoto',
              filing.id,
              { orderNo: filing.orderNo, photoId, photoPointId: point.id, idCheckedInPerson: true },
              tx,
            ).then(() => undefined),
        });
      });
    },
  };
}

export type PhotoPointService = ReturnType<typeof createPhotoPointService>;
