// The curtain mail-out (幕布邮寄): an applicant asks for the free curtain for one of their filings waiting for its
// photo; one per account (a rejected photo is retaken in front of the curtain already received). An admin may grant
// one more (the first was lost or came back): the next request uses the grant and its postage is the applicant's
// (到付). The request records when it will ship by the 16:00 working-day rule; the admin's desk ships it on that day.
import { randomUUID } from 'node:crypto';
import type { AccountCurtainRequest, CurtainRequest, CurtainRequestInput, FirstCurtainRequest } from '@beian/contracts';
import { formatBeijing, isPhotoState, plannedDispatchDate } from '@beian/domain';
import { type AddressRegionReason, checkAddressRegion } from '@beian/domain/regions';
import type { Courier } from '../../adapters/courier/courier.port.ts';
import { AppError, ConflictError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { CalendarSource } from '../calendar/calendar-source.ts';
import type { FilingAccess } from '../filings/filing-access.ts';
import { eligibleMethodsOf } from '../photo/photo-methods.ts';
import type { RulesOf } from '../rules/rule-sets.ts';
import type { CurtainRepository, CurtainRequestRow } from './curtain.repository.ts';
import { toCurtainRequest } from './curtain-view.ts';

const REGION_ERRORS: Record<AddressRegionReason, { path: string; message: string }> = {
  REGION_PROVINCE_UNKNOWN: { path: 'provinceCode', message: 'No mainland province has this code.' },
  REGION_CITY_NOT_IN_PROVINCE: { path: 'cityCode', message: 'This city is not in the chosen province.' },
  REGION_DISTRICT_UNKNOWN: { path: 'districtCode', message: 'No district or county has this code.' },
  REGION_DISTRICT_NOT_IN_CITY: { path: 'districtCode', message: 'This district is not in the chosen city.' },
};

function firstRequestOf(row: CurtainRequestRow): FirstCurtainRequest {
  return { requestedAt: row.requestedAt.toISOString(), orderNo: row.filing.orderNo, trackingNo: row.trackingNo };
}

function alreadyRequested(row: CurtainRequestRow): AppError {
  const shipped = row.trackingNo
    ? `shipped with SF tracking number ${row.trackingNo}`
    : `not shipped yet (planned for ${row.plannedDispatchDate}), so it has no tracking number`;
  return new AppError(
    'CURTAIN_ALREADY_REQUESTED',
    409,
    `Each account gets one free curtain, and this one was requested on ${formatBeijing(row.requestedAt)} (Beijing time) for filing ${row.filing.orderNo}: ${shipped}. Take the photo in front of that curtain.`,
    { members: { firstRequest: firstRequestOf(row) } },
  );
}

type Deps = {
  access: Pick<FilingAccess, 'owned'>;
  repo: CurtainRepository;
  courier: Pick<Courier, 'getShipment'>;
  rulesOf: RulesOf;
  /** The holiday calendar the dispatch day is chosen on. */
  calendar: Pick<CalendarSource, 'current'>;
  clock: Clock;
};

export function createCurtainRequestService({ access, repo, courier, rulesOf, calendar, clock }: Deps) {
  async function view(row: CurtainRequestRow): Promise<CurtainRequest> {
    return toCurtainRequest(row, row.trackingNo ? await courier.getShipment(row.trackingNo) : null);
  }

  return {
    /** The account's newest request with where its parcel is (null before it made one), and whether one more was granted. */
    async ofAccount(accountId: string): Promise<AccountCurtainRequest> {
      const [row, grant] = await Promise.all([repo.ofAccount(accountId), repo.unusedGrant(accountId)]);
      return { request: row ? await view(row) : null, furtherRequestGranted: Boolean(row && grant) };
    },

    async request(accountId: string, filingId: string, input: CurtainRequestInput): Promise<CurtainRequest> {
      // Another account's filing is a 404 before anything else is said.
      const filing = await access.owned(accountId, filingId);
      const existing = await repo.ofAccount(accountId);
      // One free curtain per account (the domain's checkCurtainRequest), whichever filing it was for; a further one
      // only on an admin's grant that no request has used.
      const grant = existing ? await repo.unusedGrant(accountId) : null;
      if (existing && !grant) throw alreadyRequested(existing);
      if (!isPhotoState(filing.status)) {
        throw new ConflictError(
          'PHOTO_NOT_DUE',
          `Filing ${filing.orderNo} is ${filing.status}: a curtain can be requested only while its photo is pending or was rejected.`,
        );
      }
      const eligible = eligibleMethodsOf(filing, await rulesOf(filing));
      if (!eligible.includes('CURTAIN')) {
        throw new ConflictError(
          'PHOTO_METHOD_NOT_ELIGIBLE',
          `Filing ${filing.orderNo} cannot use the curtain photo method; it may use ${eligible.join(', ')}.`,
        );
      }
      const region = checkAddressRegion(input);
      if (!region.ok) {
        const error = REGION_ERRORS[region.reason as AddressRegionReason];
        throw new AppError('VALIDATION_FAILED', 400, `The address is not valid: ${error.message}`, { errors: [error] });
      }

      const workingDays = await calendar.current();
      const now = clock.now();
      const row = {
        id: randomUUID(),
        accountId,
        filingId: filing.id,
        recipient: input.recipient,
        mobile: input.mobile,
        provinceCode: input.provinceCode,
        cityCode: input.cityCode,
        districtCode: input.districtCode,
        addressDetail: input.addressDetail,
        requestedAt: now,
        plannedDispatchDate: plannedDispatchDate(now, { calendar: workingDays }),
      };
      const created =
        existing && grant
          ? await repo.createWithGrant({
              ...row,
              sequence: existing.sequence + 1,
              postagePaidByApplicant: true,
              grantId: grant.id,
            })
          : await repo.createIfFirst(row);
      const newest = await repo.ofAccount(accountId);
      if (!newest) throw new Error('A curtain request vanished right after it was written');
      // Two requests at once: the unique key (or the grant's one use) let one in, and the other is refused like any
      // further request without a grant.
      if (!created) throw alreadyRequested(newest);
      return view(newest);
    },
  };
}

export type CurtainRequestService = ReturnType<typeof createCurtainRequestService>;
