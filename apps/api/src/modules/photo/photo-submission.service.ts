// submitPhoto: the one way a verification photo reaches the second review, whoever takes it (the applicant's
// curtain selfie, the Shanghai app check on the principal's phone, an operator at a photo point). The photo streams
// into S3 while it is inspected (JPEG by content, at most 2 MB), then one transaction moves the filing to
// SECOND_REVIEW from the version the sender read, writes the photo's row and the applicant's notices. Two
// submissions at once: one moves the filing, the other is a 409 and its object is removed.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { SubmittedPhoto } from '@beian/contracts';
import {
  checkPhotoSubmission,
  isPhotoState,
  type PhotoMethod,
  REVIEW_SLA_WORKING_DAYS,
  SELF_PHOTO_MAX_BYTES,
  slaDueAt,
} from '@beian/domain';
import type { Filing } from '../../generated/prisma/client.ts';
import type { Tx } from '../../infra/db.ts';
import { AppError, ConflictError, ForbiddenError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { CalendarSource } from '../calendar/calendar-source.ts';
import { staleVersionError } from '../filings/filing-access.ts';
import type { ContactOf } from '../filings/filing-contact.ts';
import type { ApplyTransition } from '../filings/filing-transitions.ts';
import { type InspectedStore, inspectedColumns } from '../materials/inspected-store.ts';
import { MaterialUploadError } from '../materials/upload/upload.errors.ts';
import { materialObjectKey } from '../materials/upload/upload.object-key.ts';
import type { NotificationOutbox } from '../notifications/notifications.outbox.ts';
import type { RulesOf } from '../rules/rule-sets.ts';
import { eligibleMethodsOf } from './photo-methods.ts';
import type { PhotosRepository } from './photos.repository.ts';

export type PhotoFiling = Pick<
  Filing,
  | 'id'
  | 'orderNo'
  | 'status'
  | 'version'
  | 'accountId'
  | 'province'
  | 'provinceRulesVersion'
  | 'subjectDraft'
  | 'websites'
  | 'mobileVerifiedAt'
>;

export type PhotoSubmission = {
  filing: PhotoFiling;
  method: PhotoMethod;
  /** The applicant (CURTAIN, APP_CHECK: the owner of the filing) or the operator (PHOTO_POINT). */
  actor: { id: string; role: 'APPLICANT' | 'OPERATOR' };
  /** The filing's version the sender read. */
  version: number;
  file: Readable;
  /** PHOTO_POINT: the operator's point and their confirmation that the original ID was checked in person. */
  photoPointId?: string | null;
  idCheckedInPerson?: boolean;
  /**
   * The sender's own writes that belong to the submission (the app check link used, the operator's audit entry):
   * they commit with the transition, or neither does. `photoId` is the new photo's id.
   */
  alsoInTransaction?: (tx: Tx, photoId: string) => Promise<void>;
};

const MB = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The inspection's refusals in the photo's own words: the type and size rules are the photo's, not a material's. */
function photoRefusal(error: MaterialUploadError): AppError {
  switch (error.code) {
    case 'MATERIAL_TYPE_NOT_ALLOWED':
    case 'MATERIAL_HEIC_NOT_SUPPORTED':
      return new AppError(
        'PHOTO_NOT_JPEG',
        415,
        `The photo is ${error.detectedType ?? 'not a JPEG'} by its content; the verification photo must be a JPEG. Convert it to JPEG (the console page does this for you) and upload it again.`,
      );
    case 'MATERIAL_TOO_LARGE':
      return new AppError(
        'PHOTO_TOO_LARGE',
        413,
        `The photo is larger than ${MB(SELF_PHOTO_MAX_BYTES)}, the limit for the verification photo. Shrink it (the console page does this for you) and upload it again.`,
      );
    default:
      return new AppError(error.code, error.status, error.message);
  }
}

type Deps = {
  applyTransition: ApplyTransition;
  photos: PhotosRepository;
  store: InspectedStore;
  outbox: NotificationOutbox;
  contactOf: ContactOf;
  rulesOf: RulesOf;
  /** The holiday calendar the second review's SLA is counted on. */
  calendar: Pick<CalendarSource, 'current'>;
  clock: Clock;
};

export function createPhotoSubmission(deps: Deps) {
  const { applyTransition, photos, store, outbox, contactOf, rulesOf, calendar, clock } = deps;
  /** The checks that need no bytes: the filing waits for a photo, from this version, by a method it may use. */
  async function precheck(input: PhotoSubmission): Promise<readonly PhotoMethod[]> {
    const { filing } = input;
    if (!isPhotoState(filing.status)) {
      throw new ConflictError(
        'PHOTO_NOT_DUE',
        `Filing ${filing.orderNo} is ${filing.status}: a verification photo can be submitted only while the photo is pending or was rejected.`,
      );
    }
    if (input.version !== filing.version) throw staleVersionError(filing.orderNo, input.version, filing.version);
    const eligible = eligibleMethodsOf(filing, await rulesOf(filing));
    const verdict = checkPhotoSubmission({
      method: input.method,
      role: input.actor.role,
      eligibleMethods: eligible,
      photo: { mimeType: 'image/jpeg', sizeBytes: 0 },
    });
    if (!verdict.ok && verdict.reason === 'PHOTO_METHOD_ROLE') {
      throw new ForbiddenError(`Your role cannot submit a ${input.method} photo.`);
    }
    if (!verdict.ok) {
      throw new ConflictError(
        'PHOTO_METHOD_NOT_ELIGIBLE',
        `Filing ${filing.orderNo} cannot use the ${input.method} photo method; it may use ${eligible.join(', ')}.`,
      );
    }
    if (input.method === 'PHOTO_POINT' && !input.idCheckedInPerson) {
      throw new AppError(
        'ID_CHECK_NOT_CONFIRMED',
        400,
        "Confirm that you checked the principal's original ID in person before submitting the photo.",
        { errors: [{ path: 'idCheckedInPerson', message: 'Tick the confirmation.' }] },
      );
    }
    return eligible;
  }

  return async function submitPhoto(input: PhotoSubmission): Promise<SubmittedPhoto> {
    let eligible: readonly PhotoMethod[];
    try {
      eligible = await precheck(input);
    } catch (error) {
      input.file.resume(); // read and drop the refused photo, so the request ends normally
      throw error;
    }
    const { filing, actor, method } = input;
    const photoId = randomUUID();
    const objectKey = materialObjectKey({ filingId: filing.id, materialId: photoId });
    let inspection: Awaited<ReturnType<InspectedStore['store']>>;
    try {
      inspection = await store.store(input.file, objectKey, { kind: 'CURTAIN_PHOTO' });
    } catch (error) {
      throw error instanceof MaterialUploadError ? photoRefusal(error) : error;
    }
    try {
      const verdict = checkPhotoSubmission({
        method,
        role: actor.role,
        eligibleMethods: eligible,
        photo: { mimeType: inspection.contentType, sizeBytes: inspection.bytes },
      });
      if (!verdict.ok)
        throw new AppError('PHOTO_NOT_JPEG', 415, 'The verification photo must be a JPEG of at most 2 MB.');
      const workingDays = await calendar.current();
      const now = clock.now();
      const dueAt = slaDueAt(now, REVIEW_SLA_WORKING_DAYS, workingDays);
      const contact = await contactOf(filing);
      await applyTransition({
        row: filing,
        event: 'submitPhoto',
        actor,
        at: now,
        payload: { version: filing.version, method, photoId },
        set: { slaDueAt: dueAt, claimedById: null, claimExpiresAt: null },
        alsoInTransaction: async (tx) => {
          await photos.create(
            {
              id: photoId,
              filingId: filing.id,
              method,
              ...inspectedColumns(inspection),
              objectKey,
              takenAt: now,
              takenById: actor.id,
              takenByRole: actor.role,
              photoPointId: method === 'PHOTO_POINT' ? (input.photoPointId ?? null) : null,
              idCheckedInPerson: method === 'PHOTO_POINT' && input.idCheckedInPerson === true,
            },
            tx,
          );
          await outbox.notify(
            {
              accountId: filing.accountId,
              filingId: filing.id,
              template: 'PHOTO_SUBMITTED',
              params: { orderNo: filing.orderNo, method, dueAt: dueAt.toISOString() },
              ...contact,
              now,
            },
            tx,
          );
          await input.alsoInTransaction?.(tx, photoId);
        },
      });
      return {
        id: filing.id,
        orderNo: filing.orderNo,
        status: 'SECOND_REVIEW' as const,
        version: filing.version + 1,
        photoId,
        secondReviewDueAt: dueAt.toISOString(),
      };
    } catch (error) {
      await store.discard(objectKey);
      throw error;
    }
  };
}

export type SubmitPhoto = ReturnType<typeof createPhotoSubmission>;
