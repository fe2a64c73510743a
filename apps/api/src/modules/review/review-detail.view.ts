// The outside records a reviewer compares with what the applicant entered, as the contract shows them.
import type { ReviewFilingDetail } from '@beian/contracts';
import type { MiitSubject } from '../../adapters/miit/miit.port.ts';
import type { WhoisRecord } from '../../adapters/registrar/registrar.port.ts';
import type { FilingEvent } from '../../generated/prisma/client.ts';

export const toRegistryView = (s: MiitSubject): NonNullable<ReviewFilingDetail['registry']> => ({
  subjectFilingNo: s.subjectFilingNo,
  name: s.name,
  nature: s.nature,
  certType: s.certType,
  certMasked: s.certMasked,
  principalName: s.principalName,
  certificateAddress: s.certificateAddress,
  mailingAddress: s.mailingAddress,
  websites: s.websites.map((w) => ({
    websiteFilingNo: w.websiteFilingNo,
    name: w.name,
    domains: [...w.domains],
    homepageUrl: w.homepageUrl,
    contentType: w.contentType,
  })),
});

export const toDomainView = (r: WhoisRecord): NonNullable<ReviewFilingDetail['domainRecord']> => ({
  domain: r.domain,
  unicode: r.unicode,
  registrar: r.registrar,
  registrarApproved: r.registrarApproved,
  registeredAt: r.registeredAt.toISOString(),
  expiresAt: r.expiresAt.toISOString(),
  realNameVerified: r.realNameVerified,
  registrant: { name: r.registrant.name, certType: r.registrant.certType, certMasked: r.registrant.certMasked },
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const toEventView = (e: Omit<FilingEvent, 'id' | 'filingId'>): ReviewFilingDetail['history'][number] => ({
  event: e.event,
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  actorRole: e.actorRole,
  actorId: e.actorId,
  at: e.at.toISOString(),
  payload: isRecord(e.payload) ? e.payload : {},
});
