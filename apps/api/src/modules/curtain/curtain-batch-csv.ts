// Today's batch as the courier's bulk-order template (SF 批量下单): one row per parcel, our request id as the
// customer's order number (用户订单号) the tracking import matches back, the full mobile (the courier calls it), the
// free curtain on the provider's monthly account (寄付月结) and a granted further one paid on delivery (到付).
import { toCsv } from '../../lib/csv.ts';
import type { CurtainRequestRow } from './curtain.repository.ts';
import { regionNamesOf } from './curtain-desk-view.ts';

export const BATCH_CSV_HEADER = [
  '用户订单号',
  '收件人姓名',
  '收件人手机',
  '收件省',
  '收件市',
  '收件区/县',
  '收件详细地址',
  '托寄物内容',
  '件数',
  '付款方式',
  '备注',
] as const;

export const PARCEL_CONTENT = '备案幕布';
export const PAYMENT_FREE = '寄付月结';
export const PAYMENT_ON_DELIVERY = '到付';

export function batchCsv(rows: readonly CurtainRequestRow[]): string {
  return toCsv(
    BATCH_CSV_HEADER,
    rows.map((row) => {
      const names = regionNamesOf(row);
      return [
        row.id,
        row.recipient,
        row.mobile.replace(/\s+/g, ''),
        names.provinceName,
        names.cityName,
        names.districtName,
        row.addressDetail,
        PARCEL_CONTENT,
        1,
        row.postagePaidByApplicant ? PAYMENT_ON_DELIVERY : PAYMENT_FREE,
        row.postagePaidByApplicant ? `订单 ${row.filing.orderNo}，补寄幕布，运费到付` : `订单 ${row.filing.orderNo}`,
      ];
    }),
  );
}

/** The download's file name: the Beijing day the batch was cut. */
export const batchFileName = (today: string) => `curtain-batch-${today}.csv`;
