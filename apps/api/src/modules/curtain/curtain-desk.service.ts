// The admin's curtain desk (幕布邮寄): the requests and today's batch, the batch as the courier's bulk-order CSV
// (audited: it is the one place the full mobiles leave), tracking numbers imported from the courier's file or typed one
// by one, and delivery or return, each change audited in its own transaction.
import type { AdminCurtainPage, AdminCurtainQuery, AdminCurtainRow, TrackingImportReport } from '@beian/contracts';
import { shanghaiDay } from '@beian/domain';
import { isTrackingNumber } from '../../adapters/courier/tracking-number.ts';
import type { Db } from '../../infra/db.ts';
import { AppError, ConflictError, NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { CurtainRequestRow } from './curtain.repository.ts';
import { batchCsv, batchFileName } from './curtain-batch-csv.ts';
import type { CurtainDeskRepository } from './curtain-desk.repository.ts';
import { toAdminCurtainRow } from './curtain-desk-view.ts';
import type { DeskActor, RecordShipment } from './curtain-shipping.ts';
import { readTrackingCsv } from './tracking-import.ts';

type Deps = {
  db: Db;
  desk: CurtainDeskRepository;
  audit: AuditRepository;
  recordShipment: RecordShipment;
  clock: Clock;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The form the courier writes: spaces dropped, upper case. */
const normaliseTrackingNo = (value: string) => value.replace(/\s+/g, '').toUpperCase();

function stateError(row: Pick<CurtainRequestRow, 'status' | 'trackingNo'>, wanted: string): AppError {
  switch (row.status) {
    case 'REQUESTED':
      return new ConflictError('CURTAIN_NOT_SHIPPED', `This curtain has not shipped yet, so it cannot be ${wanted}.`);
    case 'DELIVERED':
      return new ConflictError(
        'CURTAIN_ALREADY_DELIVERED',
        `This curtain was already delivered; it cannot be ${wanted}.`,
      );
    case 'RETURNED':
      return new ConflictError('CURTAIN_ALREADY_RETURNED', `This curtain already came back; it cannot be ${wanted}.`);
    default:
      return new ConflictError('CURTAIN_ALREADY_SHIPPED', `This curtain shipped with ${row.trackingNo}.`);
  }
}

/** The last planned day a batch holds: today, or a later day the admin cuts in advance (never an earlier one). */
const batchThrough = (today: string, asked: string | undefined) => (asked && asked > today ? asked : today);

export function createCurtainDeskService({ db, desk, audit, recordShipment, clock }: Deps) {
  const today = () => shanghaiDay(clock.now());

  async function found(id: string): Promise<CurtainRequestRow> {
    const row = await desk.byId(id);
    if (!row) throw new NotFoundError('Curtain request');
    return row;
  }

  /** By our request id (the export's 用户订单号) or by the filing's order number (its newest unshipped request). */
  async function byReference(reference: string): Promise<CurtainRequestRow | null> {
    if (UUID.test(reference)) return desk.byId(reference.toLowerCase());
    const rows = await desk.byOrderNo(reference);
    return rows.find((r) => r.status === 'REQUESTED') ?? rows[0] ?? null;
  }

  /** SHIPPED → DELIVERED or RETURNED, audited with the change. */
  async function close(id: string, actor: DeskActor, to: 'DELIVERED' | 'RETURNED', reason?: string) {
    const row = await found(id);
    const wanted = to === 'DELIVERED' ? 'marked delivered' : 'marked returned';
    if (row.status !== 'SHIPPED') throw stateError(row, wanted);
    const now = clock.now();
    await db.$transaction(async (tx) => {
      const changed = to === 'DELIVERED' ? await desk.markDelivered(id, now, tx) : await desk.markReturned(id, now, tx);
      if (!changed) throw stateError((await desk.byId(id, tx)) ?? row, wanted);
      await audit.append(
        {
          actorId: actor.actorId,
          action: to === 'DELIVERED' ? 'curtain.deliver' : 'curtain.return',
          targetType: 'curtainRequest',
          targetId: id,
          filingId: row.filingId,
          before: { status: 'SHIPPED' },
          after: { status: to },
          detail: { orderNo: row.filing.orderNo, trackingNo: row.trackingNo, ...(reason ? { reason } : {}) },
          requestId: actor.requestId,
          at: now,
        },
        tx,
      );
    });
    return toAdminCurtainRow(await found(id));
  }

  return {
    async list(query: AdminCurtainQuery): Promise<AdminCurtainPage> {
      const day = today();
      const through = batchThrough(day, query.through);
      const { rows, total, batchCount } = await desk.page(query, day, through);
      return {
        rows: rows.map(toAdminCurtainRow),
        total,
        page: query.page,
        pageSize: query.pageSize,
        today: day,
        batchThrough: through,
        batchCount,
      };
    },

    /**
     * Today's batch (or the batch through a later planned day) as the courier's bulk-order CSV, with the export
     * audited (who took which full mobiles).
     */
    async exportBatch(actor: DeskActor, through?: string): Promise<{ fileName: string; csv: string }> {
      const day = batchThrough(today(), through);
      const rows = await desk.batch(day);
      await audit.append({
        actorId: actor.actorId,
        action: 'curtain.export',
        targetType: 'curtainRequest',
        detail: { day, count: rows.length, requestIds: rows.map((r) => r.id) },
        requestId: actor.requestId,
        at: clock.now(),
      });
      return { fileName: batchFileName(day), csv: batchCsv(rows) };
    },

    async ship(id: string, trackingNo: string, actor: DeskActor): Promise<AdminCurtainRow> {
      const number = normaliseTrackingNo(trackingNo);
      if (!isTrackingNumber(number)) {
        throw new AppError(
          'TRACKING_NO_INVALID',
          400,
          `${number} is not an SF tracking number: SF, 13 digits, the last a check digit.`,
          { errors: [{ path: 'trackingNo', message: 'Not an SF tracking number (SF, 13 digits, check digit).' }] },
        );
      }
      const result = await recordShipment(await found(id), number, actor, 'desk');
      if (result.outcome === 'ALREADY_SHIPPED') {
        throw new ConflictError(
          'CURTAIN_ALREADY_SHIPPED',
          `This curtain already shipped with ${result.trackingNo}; a second number cannot be recorded.`,
        );
      }
      if (result.outcome === 'TRACKING_NO_TAKEN') {
        throw new ConflictError('TRACKING_NO_TAKEN', `${number} is already recorded for another curtain.`);
      }
      return toAdminCurtainRow(await found(id));
    },

    deliver: (id: string, actor: DeskActor) => close(id, actor, 'DELIVERED'),
    markReturned: (id: string, reason: string, actor: DeskActor) => close(id, actor, 'RETURNED', reason),

    /** Every good row recorded in its own transaction; the bad ones reported with their row number and why. */
    async importTracking(csv: string, actor: DeskActor): Promise<TrackingImportReport> {
      const report: TrackingImportReport = { applied: [], unchanged: [], rejected: [] };
      const seenReferences = new Map<string, number>();
      const seenNumbers = new Map<string, number>();
      for (const line of readTrackingCsv(csv)) {
        const trackingNo = normaliseTrackingNo(line.trackingNo);
        const reject = (problem: TrackingImportReport['rejected'][number]['problem'], detail: string) =>
          report.rejected.push({ row: line.row, reference: line.reference, trackingNo, problem, detail });
        if (!line.reference || !trackingNo) {
          reject('MISSING_VALUE', line.reference ? 'No tracking number.' : 'No reference.');
          continue;
        }
        if (!isTrackingNumber(trackingNo)) {
          reject('TRACKING_NO_MALFORMED', 'Not an SF tracking number (SF, 13 digits, check digit).');
          continue;
        }
        const earlier = seenReferences.get(line.reference.toLowerCase()) ?? seenNumbers.get(trackingNo);
        seenReferences.set(line.reference.toLowerCase(), seenReferences.get(line.reference.toLowerCase()) ?? line.row);
        seenNumbers.set(trackingNo, seenNumbers.get(trackingNo) ?? line.row);
        if (earlier !== undefined) {
          reject('DUPLICATE_IN_FILE', `Row ${earlier} has the same reference or tracking number.`);
          continue;
        }
        const request = await byReference(line.reference);
        if (!request) {
          reject('UNKNOWN_REFERENCE', 'No curtain request has this reference.');
          continue;
        }
        const result = await recordShipment(request, trackingNo, actor, 'import');
        if (result.outcome === 'APPLIED') {
          report.applied.push({ row: line.row, id: request.id, orderNo: request.filing.orderNo, trackingNo });
        } else if (result.outcome === 'UNCHANGED') {
          report.unchanged.push({ row: line.row, id: request.id, trackingNo });
        } else if (result.outcome === 'ALREADY_SHIPPED') {
          reject('ALREADY_SHIPPED', `Already shipped with ${result.trackingNo}.`);
        } else {
          reject('TRACKING_NO_TAKEN', 'Another curtain already has this tracking number.');
        }
      }
      return report;
    },
  };
}

export type CurtainDeskService = ReturnType<typeof createCurtainDeskService>;
