// The bureau simulator: takes submissions, texts verifiers their codes through the SMS gateway, and decides after
// the configured number of days, or when an admin decides on the simulator page.
import { randomInt } from 'node:crypto';
import { isValidMainlandMobile } from '@beian/domain';
import { AppError, ConflictError, NotFoundError } from '../../lib/app-error.ts';
import type { SimulatorDeps } from '../simulator-deps.ts';
import type { SmsGateway } from '../sms/sms.port.ts';
import { storedSnapshot, submissionInclude, toBureauSubmission } from './miit-bureau.mapper.ts';
import { BUREAU_SMS_HOURS, type BureauDecision, type BureauSubmission, type MiitBureau } from './miit-bureau.port.ts';
import { createBureauSmsCheck } from './miit-bureau-sms-check.ts';

export type BureauSimulatorDeps = Pick<SimulatorDeps, 'db' | 'clock'> & {
  sms: SmsGateway;
  /** config.SIM_BUREAU_DECISION_DAYS, stored on each submission. */
  autoDecisionDays: number;
};

export type BureauSimulator = MiitBureau & {
  /** The simulator page's admin action: the bureau's decision on a submission whose SMS check is complete. */
  decide(input: {
    id: string;
    decision: BureauDecision;
    reason?: string;
    decidedBy: string;
  }): Promise<BureauSubmission>;
  listSubmissions(query: { limit: number }): Promise<BureauSubmission[]>;
};

const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

export function createBureauSimulator(deps: BureauSimulatorDeps): BureauSimulator {
  const { db, clock, sms } = deps;
  const load = async (id: string) => {
    const row = await db.simBureauSubmission.findUnique({ where: { id }, include: submissionInclude });
    return row ? toBureauSubmission(row) : null;
  };
  const loadOrThrow = async (id: string) => {
    const found = await load(id);
    if (!found) throw new NotFoundError(`Bureau submission ${id}`);
    return found;
  };
  const smsCheck = createBureauSmsCheck({ db, clock, loadOrThrow });

  return {
    async submit(snapshot) {
      const now = clock.now();
      // MIIT texts a number once, even when one person is both subject and website principal.
      const byMobile = new Map<string, { role: string; name: string; mobile: string; code: string }>();
      for (const v of snapshot.verifiers) {
        const mobile = isValidMainlandMobile(v.mobile);
        if (!mobile.ok) throw new RangeError(`Verifier ${v.role} has no mainland mobile (${mobile.reason})`);
        if (!byMobile.has(mobile.value.mobile)) {
          byMobile.set(mobile.value.mobile, {
            role: v.role,
            name: v.name,
            mobile: mobile.value.mobile,
            code: newCode(),
          });
        }
      }
      const verifiers = [...byMobile.values()];
      const row = await db.simBureauSubmission.create({
        data: {
          filingId: snapshot.filingId,
          orderNo: snapshot.orderNo,
          provinceCode: snapshot.provinceCode,
          snapshot: storedSnapshot(snapshot),
          submittedAt: now,
          smsDeadline: new Date(now.getTime() + BUREAU_SMS_HOURS * 3_600_000),
          autoDecisionDays: deps.autoDecisionDays,
          verifiers: { create: verifiers },
        },
      });
      // Texts go out after the row is committed, never inside a transaction.
      for (const v of verifiers) {
        await sms.send({
          mobile: v.mobile,
          template: 'MIIT_SMS_CHECK',
          params: { orderNo: snapshot.orderNo, code: v.code },
          purpose: 'MIIT_VERIFICATION',
        });
      }
      return loadOrThrow(row.id);
    },

    recordSmsConfirmation: smsCheck.confirm,
    getSubmission: load,

    async processDue() {
      const now = clock.now();
      const expired = await smsCheck.expireOverdue();
      const due = await db.simBureauSubmission.findMany({
        where: { status: 'UNDER_REVIEW', autoDecideAt: { lte: now } },
        select: { id: true },
      });
      const approved: string[] = [];
      for (const { id } of due) {
        const { count } = await db.simBureauSubmission.updateMany({
          where: { id, status: 'UNDER_REVIEW' },
          data: { status: 'APPROVED', decidedAt: now, decidedBy: 'AUTO' },
        });
        if (count === 1) approved.push(id);
      }
      return Promise.all([...expired, ...approved].map(loadOrThrow));
    },

    async decide({ id, decision, reason, decidedBy }) {
      const current = await loadOrThrow(id);
      if (decision === 'REJECTED' && !reason?.trim()) {
        throw new AppError('VALIDATION_FAILED', 400, 'A rejection needs a reason the applicant can act on.', {
          errors: [{ path: 'reason', message: 'Give the reason for the rejection.' }],
        });
      }
      const { count } = await db.simBureauSubmission.updateMany({
        where: { id, status: 'UNDER_REVIEW' },
        data: { status: decision, decidedAt: clock.now(), decidedBy, reason: reason?.trim() || null },
      });
      if (count === 0) {
        throw new ConflictError(
          'CONFLICT',
          `Submission ${current.orderNo} is ${current.status}: the bureau decides only after the SMS check is complete.`,
        );
      }
      return loadOrThrow(id);
    },

    async listSubmissions({ limit }) {
      const rows = await db.simBureauSubmission.findMany({
        orderBy: { submittedAt: 'desc' },
        take: limit,
        include: submissionInclude,
      });
      return rows.map(toBureauSubmission);
    },
  };
}
