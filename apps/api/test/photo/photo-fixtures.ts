// Filings at the photo step for the photo tests: a demo case's draft submitted by the applicant and approved in the
// initial review by a reviewer the admin assigned (the way every filing reaches PHOTO_PENDING), and photo uploads.
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import type { SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { type Client, signedInClient } from '../helpers/http-client.ts';
import { multipart, submitBody } from '../materials/materials-fixtures.ts';
import { submittingApplicant } from '../review/submitting-applicant.ts';

export type PhotoPending = { id: string; orderNo: string; version: number; accountId: string };

/** A fresh applicant who can take drafts of the given demo cases to PHOTO_PENDING. */
export async function photoApplicant(t: SimulatorTestApp, caseIds: readonly string[] = ['pass-personal']) {
  const applicant = await submittingApplicant(t, caseIds);
  const admin = (await signedInClient(t.app, t.db, 'ADMIN')).client;
  const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');

  /** A new draft of the case, submitted and approved in the initial review: it waits for its photo. */
  async function photoPending(caseId?: string): Promise<PhotoPending> {
    const draft = await applicant.readyDraft(caseId);
    const submitted = await applicant.applicant.post(`/api/filings/${draft.id}/submit`, submitBody(draft.version));
    if (submitted.statusCode !== 200) throw new Error(`Submission refused: ${submitted.body}`);
    const assigned = await admin.post(`/api/review/filings/${draft.id}/assign`, { reviewerId: reviewer.account.id });
    if (assigned.statusCode !== 200) throw new Error(`Assignment refused: ${assigned.body}`);
    const approved = await reviewer.client.post(`/api/review/filings/${draft.id}/approve`, {
      version: submitted.json().version,
    });
    if (approved.statusCode !== 200) throw new Error(`Approval refused: ${approved.body}`);
    return { id: draft.id, orderNo: draft.orderNo, version: approved.json().version, accountId: applicant.applicantId };
  }

  return { ...applicant, admin, reviewer, photoPending };
}

/** A real JPEG photo of about the given size in bytes (noise keeps it from compressing away). */
export async function jpegOfAbout(bytes: number): Promise<Buffer> {
  // ~0.55 bytes per pixel at quality 85 for gaussian noise; grow until large enough.
  let side = Math.ceil(Math.sqrt(bytes / 0.5));
  for (;;) {
    const jpeg = await photo('jpeg', side, side);
    if (jpeg.length >= bytes) return jpeg;
    side = Math.ceil(side * 1.1);
  }
}

/** POSTs a multipart photo (fields first, then the file) to a path. */
export function postPhoto(client: Client, path: string, fields: Record<string, string>, content: Buffer) {
  const { body, contentType } = multipart(fields, { filename: 'photo.jpg', content, contentType: 'image/jpeg' });
  return client.post(path, body, { headers: { 'content-type': contentType } });
}
