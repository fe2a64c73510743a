// The admin simulator page: read what the simulated SMS gateway, bureau and courier have seen, and decide bureau
// submissions as the bureau would. Every decision is written to the audit log.
import type {
  BureauDecisionBody,
  BureauSubmissionList,
  BureauSubmissionView,
  SimShipmentList,
  SimSmsOutbox,
  SimulatorListQuery,
} from '@beian/contracts';
import type { Simulators } from '../../adapters/index.ts';
import type { BureauSubmission } from '../../adapters/miit/miit-bureau.port.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditService } from '../audit/audit.service.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const toSubmissionView = (s: BureauSubmission): BureauSubmissionView => ({
  ...s,
  websites: s.websites.map((w) => ({ ...w, domains: [...w.domains] })),
  verifiers: s.verifiers.map((v) => ({ ...v, confirmedAt: iso(v.confirmedAt) })),
  submittedAt: s.submittedAt.toISOString(),
  smsDeadline: s.smsDeadline.toISOString(),
  smsConfirmedAt: iso(s.smsConfirmedAt),
  codesSentAt: s.codesSentAt.toISOString(),
  autoDecideAt: iso(s.autoDecideAt),
  decidedAt: iso(s.decidedAt),
});

export function createSimulatorService(deps: { simulators: Simulators; audit: AuditService; clock: Clock }) {
  const { simulators, audit, clock } = deps;
  return {
    async smsOutbox(query: SimulatorListQuery): Promise<SimSmsOutbox> {
      const messages = await simulators.sms.listOutbox(query);
      return { messages: messages.map((m) => ({ ...m, sentAt: m.sentAt.toISOString() })) };
    },

    async bureauSubmissions(query: SimulatorListQuery): Promise<BureauSubmissionList> {
      const submissions = await simulators.bureau.listSubmissions(query);
      return { submissions: submissions.map(toSubmissionView) };
    },

    async decide(input: { id: string; body: BureauDecisionBody; actorId: string; requestId: string }) {
      const { decision, reason } = input.body;
      const submission = await simulators.bureau.decide({ id: input.id, decision, reason, decidedBy: input.actorId });
      await audit.record({
        actorId: input.actorId,
        action: 'simulator.bureau.decide',
        targetType: 'SimBureauSubmission',
        targetId: submission.id,
        filingId: await audit.filingIdOf(submission.orderNo),
        // The simulator decides only a submission under review (its update is guarded on that status).
        before: { status: 'UNDER_REVIEW' },
        after: { status: submission.status },
        detail: { orderNo: submission.orderNo, decision, ...(reason ? { reason } : {}) },
        requestId: input.requestId,
        at: clock.now(),
      });
      return toSubmissionView(submission);
    },

    async shipments(query: SimulatorListQuery): Promise<SimShipmentList> {
      const shipments = await simulators.courier.listShipments(query);
      return {
        shipments: shipments.map((s) => ({
          ...s,
          timeline: s.timeline.map((t) => ({ status: t.status, at: t.at.toISOString() })),
          createdAt: s.createdAt.toISOString(),
        })),
      };
    },
  };
}

export type SimulatorService = ReturnType<typeof createSimulatorService>;
