// Filings taken to the bureau stage the way every filing gets there: a demo case's draft submitted, approved in the
// initial review, its curtain photo sent and the second review approving it (→ BUREAU_SMS with round 1 PENDING).
// Each filing gets principal mobiles of its own, since MIIT's page finds a check by the verifier's mobile.
import type { Prisma } from '../../src/generated/prisma/client.ts';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { IDS } from '../../src/seed/simulators/seed-identities.ts';
import type { SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { photoApplicant, postPhoto } from '../photo/photo-fixtures.ts';

let serial = 0;
const nextMobile = () => `1370000${String(1000 + serial++).padStart(4, '0')}`;

/** The principals the fixtures' filings name, with the certificate numbers the verifiers type the endings of. */
export const SUBJECT_PRINCIPAL = { name: '赵强', certNumber: IDS.zhaoQiang.certNumber };
export const WEBSITE_PRINCIPAL = { name: '韦丽', certNumber: IDS.weiLi.certNumber };

export type InBureauSms = {
  id: string;
  orderNo: string;
  version: number;
  accountId: string;
  subjectMobile: string;
  /** Set when the first website has a principal of its own. */
  websiteMobile: string | null;
};

/** An applicant, an admin and a reviewer who take drafts of the given demo cases to BUREAU_SMS. */
export async function bureauApplicant(t: SimulatorTestApp, caseIds: readonly string[] = ['pass-personal']) {
  const fx = await photoApplicant(t, caseIds);
  const jpeg = await photo('jpeg');
  const hasher = t.adapters.certHasher;

  /** Gives the filing's subject principal (and, when asked, its first website's own principal) fresh mobiles. */
  async function ownMobiles(id: string, websitePrincipal: boolean) {
    const row = await t.db.filing.findUniqueOrThrow({ where: { id } });
    const subject = row.subjectDraft as { principal: Record<string, unknown> };
    const websites = row.websites as { principal: Prisma.InputJsonValue | null }[];
    const subjectMobile = nextMobile();
    const websiteMobile = websitePrincipal ? nextMobile() : null;
    const [first] = websites;
    if (websiteMobile && first) {
      first.principal = {
        sameAsSubject: false,
        name: WEBSITE_PRINCIPAL.name,
        certType: 'RESIDENT_ID',
        certHash: hasher.hash(WEBSITE_PRINCIPAL.certNumber),
        certMasked: hasher.mask(WEBSITE_PRINCIPAL.certNumber),
        certValidFor: 'RESIDENT_ID',
        certEndingMac: hasher.ending(WEBSITE_PRINCIPAL.certNumber),
        mobile: websiteMobile,
        email: 'wei@example.cn',
        emergencyPhone: '020-87654321',
      };
    }
    await t.db.filing.update({
      where: { id },
      data: { subjectDraft: { ...subject, principal: { ...subject.principal, mobile: subjectMobile } }, websites },
    });
    return { subjectMobile, websiteMobile };
  }

  /** A filing the second review has just approved: BUREAU_SMS, its first round waiting for bureau.submit. */
  async function inBureauSms(options: { caseId?: string; websitePrincipal?: boolean } = {}): Promise<InBureauSms> {
    const pending = await fx.photoPending(options.caseId);
    const mobiles = await ownMobiles(pending.id, options.websitePrincipal ?? false);
    const sent = await postPhoto(
      fx.applicant,
      `/api/filings/${pending.id}/photo/curtain`,
      { version: String(pending.version) },
      jpeg,
    );
    if (sent.statusCode !== 200) throw new Error(`Photo refused: ${sent.body}`);
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const assigned = await fx.admin.post(`/api/review/filings/${pending.id}/assign`, {
      reviewerId: reviewer.account.id,
    });
    if (assigned.statusCode !== 200) throw new Error(`Assignment refused: ${assigned.body}`);
    const approved = await reviewer.client.post(`/api/review/filings/${pending.id}/approve`, {
      version: sent.json().version,
    });
    if (approved.statusCode !== 200) throw new Error(`Second approval refused: ${approved.body}`);
    return { ...pending, ...mobiles, version: approved.json().version };
  }

  return { ...fx, inBureauSms };
}

/** The code in the newest MIIT text to `mobile`, as the verifier reads it on the phone. */
export async function miitCode(t: SimulatorTestApp, mobile: string): Promise<string> {
  const message = await t.db.simSmsMessage.findFirstOrThrow({
    where: { mobile, template: 'MIIT_SMS_CHECK' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  const code = /核验码 (\d{6})/.exec(message.body)?.[1];
  if (!code) throw new Error(`No code in ${message.body}`);
  return code;
}

/** What a verifier types on MIIT's page (the route of that page is built elsewhere; this is the call behind it). */
export async function confirmOnMiit(t: SimulatorTestApp, mobile: string, certNumber: string, code?: string) {
  const bureau = t.adapters.simulators?.bureau;
  if (!bureau) throw new Error('The bureau is not simulated');
  return bureau.recordSmsConfirmation({
    mobile,
    code: code ?? (await miitCode(t, mobile)),
    certEnding: certNumber.slice(-6),
  });
}

/** Runs the app's bureau jobs once each, in the order a tick would reach them. */
export function bureauJobs(t: SimulatorTestApp) {
  const jobs = t.app.backgroundJobs;
  return {
    submit: () => jobs.submitToBureau(),
    poll: () => jobs.pollBureau(),
    simulate: async () => {
      if (!jobs.simulateBureau) throw new Error('The bureau is not simulated');
      return jobs.simulateBureau();
    },
  };
}

/** Sessions of 30 days, for tests whose clock moves past the default 12 hours. */
export const LONG_SESSIONS = { SESSION_TTL_HOURS: String(24 * 30) };

export const minutes = (n: number) => n * 60_000;
export const hours = (n: number) => n * 3_600_000;
