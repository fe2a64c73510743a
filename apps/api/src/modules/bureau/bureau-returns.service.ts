// Filings returned by a failed MIIT SMS check (SMS_FAILED), for the reviewer console: the list, oldest failure
// first, and the resubmission to the bureau with the reviewer's reason, which writes the next round (PENDING) in
// the transition's transaction; the bureau.submit job then hands it to MIIT, which texts new codes.
import type { ResubmitToBureauBody, ReturnedFiling, ReviewDecision } from '@beian/contracts';
import type { MiitRegistry } from '../../adapters/miit/miit.port.ts';
import { ConflictError, NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { staleVersionError } from '../filings/filing-access.ts';
import type { ApplyTransition } from '../filings/filing-transitions.ts';
import type { FilingsRepository } from '../filings/filings.repository.ts';
import type { StaffAccess } from '../filings/staff-access.ts';
import type { BureauRoundsRepository } from './bureau-rounds.repository.ts';

type Deps = {
  rounds: BureauRoundsRepository;
  filings: Pick<FilingsRepository, 'findById'>;
  applyTransition: ApplyTransition;
  miit: Pick<MiitRegistry, 'findSubjectByFilingNo'>;
  staff: StaffAccess;
  clock: Clock;
};
type Reviewer = { id: string; role: 'REVIEWER' | 'ADMIN' | 'APPLICANT' | 'OPERATOR' };

const failureOf = (text: string | null): ReturnedFiling['failure'] =>
  text === 'DEADLINE' || text === 'WRONG_CODES' ? text : null;

export function createBureauReturns({ rounds, filings, applyTransition, miit, staff, clock }: Deps) {
  return {
    async list(): Promise<{ filings: ReturnedFiling[] }> {
      const rows = await rounds.returned();
      // The subject's name as the registry holds it; one look-up per subject.
      const names = new Map<string, Promise<string | null>>();
      const nameOf = (no: string | null) => {
        if (no === null) return Promise.resolve(null);
        if (!names.has(no))
          names.set(
            no,
            miit.findSubjectByFilingNo(no).then((s) => s?.name ?? null),
          );
        return names.get(no) as Promise<string | null>;
      };
      const items = await Promise.all(
        rows.map(async (row) => {
          const [round] = row.bureauSubmissions;
          const failedAt = row.events[0]?.at ?? row.updatedAt;
          return {
            id: row.id,
            orderNo: row.orderNo,
            version: row.version,
            province: row.province,
            subjectName: await nameOf(row.subjectFilingNo),
            domain: row.domainUnicode,
            round: round?.round ?? 0,
            failure: failureOf(round?.failure ?? null),
            failedAt: failedAt.toISOString(),
          };
        }),
      );
      return {
        filings: items.sort((a, b) => a.failedAt.localeCompare(b.failedAt) || a.orderNo.localeCompare(b.orderNo)),
      };
    },

    async resubmit(reviewer: Reviewer, id: string, body: ResubmitToBureauBody): Promise<ReviewDecision> {
      const row = await filings.findById(id);
      if (!row || !(await staff.mayView(row))) throw new NotFoundError(`Filing ${id}`);
      if (row.status !== 'SMS_FAILED') {
        throw new ConflictError(
          'ILLEGAL_TRANSITION',
          `Filing ${row.orderNo} is ${row.status}: only a filing whose SMS check failed goes to the bureau again.`,
        );
      }
      if (body.version !== row.version) throw staleVersionError(row.orderNo, body.version, row.version);
      const latest = await rounds.latest(row.id);
      const round = (latest?.round ?? 0) + 1;
      const now = clock.now();
      const status = await applyTransition({
        row,
        event: 'resubmitToBureau',
        actor: { role: reviewer.role, id: reviewer.id },
        at: now,
        payload: { version: row.version, reason: body.reason, round },
        // The new check's deadline becomes the due time once MIIT has the submission (bureau.submit).
        set: { slaDueAt: null },
        alsoInTransaction: async (tx) => {
          const opened = await rounds.openRound(
            { filingId: row.id, now, resubmitReason: body.reason, resubmittedById: reviewer.id },
            tx,
          );
          // Under the row lock: a round written since the read would make the event's number wrong.
          if (opened !== round) throw staleVersionError(row.orderNo, row.version);
        },
      });
      return { id: row.id, orderNo: row.orderNo, status, version: row.version + 1 };
    },
  };
}

export type BureauReturns = ReturnType<typeof createBureauReturns>;
