// A curtain request as the admin's list shows it: the mobile masked, the region codes with their names from the
// same table the applicant's form picks from.
import type { AdminCurtainRow } from '@beian/contracts';
import { checkAddressRegion } from '@beian/domain/regions';
import { maskMobile } from '../../lib/mask-mobile.ts';
import type { CurtainRequestRow } from './curtain.repository.ts';

/** The province, city and district names; empty for a code a later edition of the data dropped. */
export function regionNamesOf(row: Pick<CurtainRequestRow, 'provinceCode' | 'cityCode' | 'districtCode'>) {
  const region = checkAddressRegion(row);
  return region.ok
    ? {
        provinceName: region.value.province.name,
        cityName: region.value.city.name,
        districtName: region.value.district.name,
      }
    : { provinceName: '', cityName: '', districtName: '' };
}

export function toAdminCurtainRow(row: CurtainRequestRow): AdminCurtainRow {
  return {
    id: row.id,
    filingId: row.filingId,
    orderNo: row.filing.orderNo,
    accountId: row.accountId,
    sequence: row.sequence,
    status: row.status,
    postagePaidByApplicant: row.postagePaidByApplicant,
    recipient: row.recipient,
    mobileMasked: maskMobile(row.mobile),
    provinceCode: row.provinceCode,
    ...regionNamesOf(row),
    addressDetail: row.addressDetail,
    plannedDispatchDate: row.plannedDispatchDate,
    trackingNo: row.trackingNo,
    requestedAt: row.requestedAt.toISOString(),
    shippedAt: row.shippedAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    returnedAt: row.returnedAt?.toISOString() ?? null,
  };
}
