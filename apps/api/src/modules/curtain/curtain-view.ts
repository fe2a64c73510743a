// A curtain request as the applicant reads it: the address as the label writes it, the mobile masked, and where the
// parcel is once the courier has it.
import type { CurtainRequest } from '@beian/contracts';
import { checkAddressRegion, postalAddress } from '@beian/domain/regions';
import type { Shipment } from '../../adapters/courier/courier.port.ts';
import { maskMobile } from '../../lib/mask-mobile.ts';
import type { CurtainRequestRow } from './curtain.repository.ts';

export function addressOf(
  row: Pick<CurtainRequestRow, 'provinceCode' | 'cityCode' | 'districtCode' | 'addressDetail'>,
) {
  const region = checkAddressRegion(row);
  // Rows are checked when written; a code dropped from a later edition of the data still leaves the street line.
  return region.ok ? postalAddress(region.value, row.addressDetail) : row.addressDetail;
}

export function toCurtainRequest(row: CurtainRequestRow, shipment: Shipment | null): CurtainRequest {
  return {
    id: row.id,
    filingId: row.filingId,
    orderNo: row.filing.orderNo,
    status: row.status,
    sequence: row.sequence,
    postagePaidByApplicant: row.postagePaidByApplicant,
    recipient: row.recipient,
    mobileMasked: maskMobile(row.mobile),
    provinceCode: row.provinceCode,
    cityCode: row.cityCode,
    districtCode: row.districtCode,
    addressDetail: row.addressDetail,
    address: addressOf(row),
    requestedAt: row.requestedAt.toISOString(),
    plannedDispatchDate: row.plannedDispatchDate,
    trackingNo: row.trackingNo,
    shippedAt: row.shippedAt?.toISOString() ?? null,
    shipment: shipment
      ? {
          status: shipment.status,
          timeline: shipment.timeline.map((step) => ({ status: step.status, at: step.at.toISOString() })),
        }
      : null,
  };
}
