// What a rejection means for the wizard: which step each reason points to, which fields it names, and where to start.
import type { FilingDetail, RejectionReason } from '@beian/contracts';

export type ProblemStep = 'subject' | 'websites' | 'materials';
const STEP_ORDER: readonly ProblemStep[] = ['subject', 'websites', 'materials'];

/** Returned by initial review or by the bureau: the wizard is open again for a resubmission. */
export const isRejected = (filing: Pick<FilingDetail, 'status'>) =>
  filing.status === 'INITIAL_REJECTED' || filing.status === 'BUREAU_REJECTED';

export const reasonsOf = (filing: FilingDetail): RejectionReason[] =>
  isRejected(filing) ? (filing.rejection?.reasons ?? []) : [];

export const stepOfField = (field: string): ProblemStep => (field.split('.')[0] as ProblemStep) ?? 'subject';

/** The step of a reason, with the material's anchor on the materials step. */
export function reasonHref(id: string, field: string): string {
  const [step, kind] = field.split('.');
  const base = `/console/filings/${id}/${stepOfField(field)}`;
  return step === 'materials' && kind ? `${base}#material-${kind}` : base;
}

/** The first step, in wizard order, that a reason points to; undefined when nothing is named. */
export function firstProblemStep(filing: FilingDetail): ProblemStep | undefined {
  const steps = new Set(reasonsOf(filing).map((reason) => stepOfField(reason.field)));
  return STEP_ORDER.find((step) => steps.has(step));
}

/** The reasons on a field or on a parent of it (a reason on `subject.principal` names every principal field). */
export function reasonsFor(filing: FilingDetail, path: string): RejectionReason[] {
  return reasonsOf(filing).filter((reason) => path === reason.field || path.startsWith(`${reason.field}.`));
}

/** Only INITIAL_REJECTED narrows what may change (to the named fields and any material); everything else is open. */
export const isScopeLimited = (filing: FilingDetail) =>
  filing.status === 'INITIAL_REJECTED' && reasonsOf(filing).length > 0;
