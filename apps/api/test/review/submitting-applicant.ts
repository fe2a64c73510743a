// The starting point of the review tests: a fresh applicant with a completed draft per demo case, whose copies are
// given every required material (a draft ready to submit) and, when asked, submitted through the API.
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { freshApplicant, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { completedDraft, copyOf, submitBody, uploadRequired } from '../materials/materials-fixtures.ts';

export async function submittingApplicant(t: SimulatorTestApp, caseIds: readonly string[] = ['pass-personal']) {
  const { client, account } = await freshApplicant(t);
  const templates = new Map<string, { id: string }>();
  for (const caseId of caseIds) templates.set(caseId, await completedDraft(t, client, caseId));
  const jpeg = await photo('jpeg');

  /** The case's draft as the wizard completed it (opened by the verify step), never submitted. */
  function completed(caseId = caseIds[0] ?? 'pass-personal') {
    const template = templates.get(caseId);
    if (!template) throw new Error(`No completed draft for case ${caseId}`);
    return template;
  }

  /** A copy of the case's completed draft with every required material uploaded: still a DRAFT. */
  async function readyDraft(caseId?: string) {
    const draft = await copyOf(t, completed(caseId), account.id);
    await uploadRequired(client, draft.id, jpeg);
    return draft;
  }

  /** A ready draft submitted through the API: it waits in initial review. */
  async function submitted(caseId?: string) {
    const draft = await readyDraft(caseId);
    const res = await client.post(`/api/filings/${draft.id}/submit`, submitBody(draft.version));
    if (res.statusCode !== 200) throw new Error(`Submission refused (${res.statusCode}): ${res.body}`);
    return t.db.filing.findUniqueOrThrow({ where: { id: draft.id } });
  }

  return { applicant: client, applicantId: account.id, completed, readyDraft, submitted };
}
