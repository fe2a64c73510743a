// The wizard's rules for reaching a filing: only its owner sees it (another account's is a 404, like a missing id),
// writes land only in an editable state and only on the version the client read, and every answer is the detail view.
import type { FilingDetail, Rejection } from '@beian/contracts';
import { EDITABLE_STATES, isEditableState } from '@beian/domain';
import type { Filing, Prisma } from '../../generated/prisma/client.ts';
import type { Tx } from '../../infra/db.ts';
import { AppError, ConflictError, NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { assertWithinScope, type EditScope } from './edit-scope.ts';
import type { FilingReads } from './filing-reads.repository.ts';
import type { RejectionOf } from './filing-rejection.ts';
import { toFilingDetail } from './filing-view.ts';
import type { FilingsRepository } from './filings.repository.ts';
import type { PasswordLockRow } from './password-lock.repository.ts';
import { lockState, type PasswordLockState, type PasswordLocks } from './password-lock.ts';

/** `current` is the version now stored, when known. */
export const staleVersionError = (orderNo: string, sent: number, current?: number) =>
  new ConflictError(
    'STALE_VERSION',
    `Filing ${orderNo} was changed elsewhere since version ${sent}${current === undefined ? '' : ` (it is at version ${current} now)`}. Reload it and try again.`,
  );

const notEditableError = (row: Pick<Filing, 'orderNo' | 'status'>) =>
  new ConflictError(
    'FILING_NOT_EDITABLE',
    `Filing ${row.orderNo} is ${row.status}: its information can change only in ${EDITABLE_STATES.join(', ')}.`,
  );

export type FilingAccessDeps = {
  repo: FilingsRepository;
  /** The owner's filing with its lock in one read, for the detail answers. */
  reads: FilingReads;
  passwordLocks: PasswordLocks;
  clock: Clock;
  editScope: EditScope;
  /** The rejection the applicant works from, shown with the detail. */
  rejectionOf: RejectionOf;
};

export function createFilingAccess({ repo, reads, passwordLocks, clock, editScope, rejectionOf }: FilingAccessDeps) {
  const detailIn = async (row: Filing, lock: PasswordLockState) => ({
    ...toFilingDetail(row, lock),
    rejection: await rejectionOf(row),
  });
  /** The detail of `row` whose subject's lock row (read with it) is `lock`. */
  const detailWithLock = (row: Filing, lock: PasswordLockRow | null) => detailIn(row, lockState(lock, clock.now()));
  /** The detail of `row` whose lock row and rejection the caller has read with it (the reviewer's detail): no read. */
  const detailRead = (row: Filing, lock: PasswordLockRow | null, rejection: Rejection | null): FilingDetail => ({
    ...toFilingDetail(row, lockState(lock, clock.now())),
    rejection,
  });
  const detailOf = async (row: Filing) => detailIn(row, await passwordLocks.state(row.subjectFilingNo));

  /** The owner's filing as the detail view, its lock read in the same round trip; 404 like `owned`. */
  async function ownedDetail(accountId: string, id: string) {
    const found = await reads.ownedWithLock(accountId, id);
    if (!found) throw new NotFoundError(`Filing ${id}`);
    return detailWithLock(found.row, found.lock);
  }

  async function owned(accountId: string, id: string): Promise<Filing> {
    const row = await repo.findOwned(accountId, id);
    if (!row) throw new NotFoundError(`Filing ${id}`);
    return row;
  }

  return {
    owned,

    /** The owner's filing, editable, and (when the client sent one) at the version it read. */
    async editable(accountId: string, id: string, version?: number): Promise<Filing> {
      const row = await owned(accountId, id);
      if (!isEditableState(row.status)) throw notEditableError(row);
      if (version !== undefined && version !== row.version) throw staleVersionError(row.orderNo, version, row.version);
      return row;
    },

    /** Refuses changes to fields the filing's state does not open (see edit-scope.ts). */
    async assertMayChange(row: Filing, changed: readonly string[]): Promise<void> {
      if (changed.length > 0) assertWithinScope(await editScope(row), changed);
    },

    /** Writes `data` on the version `row` was read at; 409 (nothing written) when it moved on or left editing. */
    async write(row: Filing, data: Prisma.FilingUncheckedUpdateManyInput, tx?: Tx): Promise<void> {
      const count = await repo.updateEditable({ id: row.id, version: row.version, now: clock.now() }, data, tx);
      if (count === 1) return;
      const current = await repo.findById(row.id, tx);
      if (!current) throw new NotFoundError(`Filing ${row.id}`);
      throw isEditableState(current.status)
        ? staleVersionError(current.orderNo, row.version, current.version)
        : notEditableError(current);
    },

    detail: detailOf,
    detailRead,
    ownedDetail,

    /** The detail as stored now (after a write). */
    reload: ownedDetail,
  };
}

export type FilingAccess = ReturnType<typeof createFilingAccess>;

export const missingSubjectNoError = () =>
  new AppError('VALIDATION_FAILED', 400, 'This filing has no subject filing number from the registry.');
