// The bureau simulator: takes submissions (once per idempotency key), texts verifiers their codes through the SMS
// gateway, runs the SMS check, and decides after the configured working days (or minutes, for a demo), or when an
// admin decides on the simulator page. An approval lists this provider among each website's access providers in the
// registry simulator, as the real bureau's approval of an access filing does.
import { randomInt } from 'node:crypto';
import { DEFAULT_CALENDAR, isValidMainlandMobile, slaDueAt, type WorkingDayCalendar } from '@beian/domain';
import type { Tx } from '../../infra/db.ts';
import { AppError, ConflictError, NotFoundError } from '../../lib/app-error.ts';
import type { CertHasher } from '../../lib/cert-hash.ts';
import type { SimulatorDeps } from '../simulator-deps.ts';
import type { SmsGateway } from '../sms/sms.port.ts';
import { OUR_ACCESS_PROVIDER } from './miit.port.ts';
import { storedSnapshot, submissionInclude, toBureauSubmission } from './miit-bureau.mapper.ts';
import {
  BUREAU_RESEND_SECONDS,
  BUREAU_SMS_HOURS,
  type BureauDecision,
  type BureauSubmission,
  type MiitBureau,
} from './miit-bureau.port.ts';
import { createBureauSmsCheck } from './miit-bureau-sms-check.ts';

export type BureauSimulatorDeps = Pick<SimulatorDeps, 'db' | 'clock'> & {
  sms: SmsGateway;
  /** Compares the certificate ending typed on the MIIT page with the keyed hash the console sent. */
  certHasher: CertHasher;
  /** config.SIM_BUREAU_DECISION_DAYS (working days) and, while that is 0, config.SIM_BUREAU_DECISION_MINUTES. */
  autoDecision: { days: number; minutes: number };
  /** The holiday calendar in force (the admin's published years); the built-in data when not given. */
  calendar?: () => Promise<WorkingDayCalendar>;
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

/** When the bureau decides by itself: working days after the check (end of that day), or minutes in a demo. */
export function autoDecideAt(
  confirmedAt: Date,
  row: { autoDecisionDays: number; autoDecisionMinutes: number | null },
  calendar?: WorkingDayCalendar,
) {
  if (row.autoDecisionDays > 0) return slaDueAt(confirmedAt, row.autoDecisionDays, calendar);
  return new Date(confirmedAt.getTime() + (row.autoDecisionMinutes ?? 0) * 60_000);
}

export function createBureauSimulator(deps: BureauSimulatorDeps): BureauSimulator {
  const { db, clock, sms, certHasher } = deps;
  const load = async (id: string) => {
    const row = await db.simBureauSubmission.findUnique({ where: { id }, include: submissionInclude });
    return row ? toBureauSubmission(row) : null;
  };
  const loadOrThrow = async (id: string) => {
    const found = await load(id);
    if (!found) throw new NotFoundError(`Bureau submission ${id}`);
    return found;
  };
  const calendar = deps.calendar ?? (async () => DEFAULT_CALENDAR);
  const smsCheck = createBureauSmsCheck({
    db,
    clock,
    certHasher,
    autoDecideAt: async (confirmedAt, row) => autoDecideAt(confirmedAt, row, await calendar()),
    loadOrThrow,
  });

  async function textCodes(orderNo: string, verifiers: readonly { mobile: string; code: string }[]) {
    for (const v of verifiers) {
      await sms.send({
        mobile: v.mobile,
        template: 'MIIT_SMS_CHECK',
        params: { orderNo, code: v.code },
        purpose: 'MIIT_VERIFICATION',
      });
    }
  }

  /** The approval lists this provider on each submitted website; the other providers and the numbers stay. */
  async function addUsAsAccessProvider(submission: BureauSubmission, tx: Tx) {
    const numbers = submission.websites.flatMap((w) => (w.websiteFilingNo ? [w.websiteFilingNo] : []));
    const websites = await tx.simMiitWebsite.findMany({ where: { websiteFilingNo: { in: numbers } } });
    for (const w of websites) {
      if (w.accessProviders.includes(OUR_ACCESS_PROVIDER)) continue;
      await tx.simMiitWebsite.update({
        where: { id: w.id },
        data: { accessProviders: [...w.accessProviders, OUR_ACCESS_PROVIDER] },
      });
    }
  }

  /** The decision, guarded by UNDER_REVIEW (so it is made once), with the registry change in the same transaction. */
  async function record(id: string, decision: BureauDecision, decidedBy: string, reason: string | null) {
    const submission = await loadOrThrow(id);
    return db.$transaction(async (tx) => {
      const { count } = await tx.simBureauSubmission.updateMany({
        where: { id, status: 'UNDER_REVIEW' },
        data: { status: decision, decidedAt: clock.now(), decidedBy, reason },
      });
      if (count === 1 && decision === 'APPROVED') await addUsAsAccessProvider(submission, tx);
      return count === 1;
    });
  }

  return {
    async submit(snapshot, { idempotencyKey }) {
      const existing = await db.simBureauSubmission.findUnique({ where: { idempotencyKey }, select: { id: true } });
      if (existing) return loadOrThrow(existing.id);
      const now = clock.now();
      // MIIT texts a number once, even when one person is both subject and website principal.
      const byMobile = new Map<string, { role: string; name: string; mobile: string; code: string }>();
      const endings = new Map<string, string | null>();
      for (const v of snapshot.verifiers) {
        const mobile = isValidMainlandMobile(v.mobile, { blockedPrefixes: [] });
        if (!mobile.ok) throw new RangeError(`Verifier ${v.role} has no mainland mobile (${mobile.reason})`);
        if (!byMobile.has(mobile.value.mobile)) {
          byMobile.set(mobile.value.mobile, {
            role: v.role,
            name: v.name,
            mobile: mobile.value.mobile,
            code: newCode(),
          });
          endings.set(mobile.value.mobile, v.certEndingMac);
        }
      }
      const verifiers = [...byMobile.values()];
      const created = await db.simBureauSubmission
        .create({
          data: {
            idempotencyKey,
            filingId: snapshot.filingId,
            orderNo: snapshot.orderNo,
            provinceCode: snapshot.provinceCode,
            snapshot: storedSnapshot(snapshot),
            submittedAt: now,
            codesSentAt: now,
            smsDeadline: new Date(now.getTime() + BUREAU_SMS_HOURS * 3_600_000),
            autoDecisionDays: deps.autoDecision.days,
            autoDecisionMinutes: deps.autoDecision.days > 0 ? null : deps.autoDecision.minutes,
            verifiers: {
              create: verifiers.map((v) => ({ ...v, certEndingMac: endings.get(v.mobile) ?? null })),
            },
          },
        })
        .catch(async (error: unknown) => {
          // The same key submitted twice at once: the other call made it (and texts the codes).
          const raced = await db.simBureauSubmission.findUnique({ where: { idempotencyKey }, select: { id: true } });
          if (!raced) throw error;
          return { id: raced.id, raced: true };
        });
      if ('raced' in created) return loadOrThrow(created.id);
      // Texts go out after the row is committed, never inside a transaction.
      await textCodes(snapshot.orderNo, verifiers);
      return loadOrThrow(created.id);
    },

    recordSmsConfirmation: smsCheck.confirm,

    async getSubmission(id) {
      await smsCheck.expireIfOverdue(id);
      return load(id);
    },

    async resendCodes(id) {
      await smsCheck.expireIfOverdue(id);
      const row = await db.simBureauSubmission.findUnique({ where: { id }, include: { verifiers: true } });
      if (!row) throw new NotFoundError(`Bureau submission ${id}`);
      if (row.status !== 'SMS_PENDING')
        return { outcome: 'NOT_PENDING', retryAfterSeconds: 0, submission: await loadOrThrow(id) };
      const now = clock.now();
      const next = row.codesSentAt.getTime() + BUREAU_RESEND_SECONDS * 1000;
      const tooSoon = async (retryAfterSeconds: number) => ({
        outcome: 'TOO_SOON' as const,
        retryAfterSeconds,
        submission: await loadOrThrow(id),
      });
      if (now.getTime() < next) return tooSoon(Math.ceil((next - now.getTime()) / 1000));
      // Guarded by the time it read, so two resends at once text once.
      const { count } = await db.simBureauSubmission.updateMany({
        where: { id, codesSentAt: row.codesSentAt, status: 'SMS_PENDING' },
        data: { codesSentAt: now },
      });
      if (count === 0) return tooSoon(BUREAU_RESEND_SECONDS);
      await textCodes(
        row.orderNo,
        row.verifiers.filter((v) => v.confirmedAt === null),
      );
      return { outcome: 'SENT', retryAfterSeconds: BUREAU_RESEND_SECONDS, submission: await loadOrThrow(id) };
    },

    async processDue() {
      const now = clock.now();
      const expired = await smsCheck.expireOverdue();
      const due = await db.simBureauSubmission.findMany({
        where: { status: 'UNDER_REVIEW', autoDecideAt: { lte: now } },
        select: { id: true },
      });
      const approved: string[] = [];
      for (const { id } of due) if (await record(id, 'APPROVED', 'AUTO', null)) approved.push(id);
      return Promise.all([...expired, ...approved].map(loadOrThrow));
    },

    async decide({ id, decision, reason, decidedBy }) {
      const current = await loadOrThrow(id);
      if (decision === 'REJECTED' && !reason?.trim()) {
        throw new AppError('VALIDATION_FAILED', 400, 'A rejection needs a reason the applicant can act on.', {
          errors: [{ path: 'reason', message: 'Give the reason for the rejection.' }],
        });
      }
      if (!(await record(id, decision, decidedBy, reason?.trim() || null))) {
        throw new ConflictError(
          'CONFLICT',
          `Submission ${current.orderNo} is ${current.status}: the bureau decides only after the SMS check is complete.`,
        );
      }
      return loadOrThrow(id);
    },

    async listSubmissions({ limit }) {
      await smsCheck.expireOverdue();
      const rows = await db.simBureauSubmission.findMany({
        orderBy: { submittedAt: 'desc' },
        take: limit,
        include: submissionInclude,
      });
      return rows.map(toBureauSubmission);
    },
  };
}
