// What the console hands the bureau for a filing (docs/design.md §5.7): the subject as the MIIT registry names it,
// the websites, and the verifiers MIIT texts: the subject principal and each website principal with a person of
// their own (a website principal `sameAsSubject` is the subject principal, already listed).

import type { MiitSubject } from '../../adapters/miit/miit.port.ts';
import type { BureauFilingSnapshot } from '../../adapters/miit/miit-bureau.port.ts';
import type { Filing } from '../../generated/prisma/client.ts';
import { readSubject, readWebsites, type StoredPerson } from '../filings/filing-data.ts';
import { dialledMobile } from '../filings/stored-person.ts';

type Row = Pick<
  Filing,
  'id' | 'orderNo' | 'province' | 'type' | 'nature' | 'certType' | 'certMasked' | 'subjectFilingNo'
> & { subjectDraft: unknown; websites: unknown };
type Verifier = BureauFilingSnapshot['verifiers'][number];

function verifierOf(role: Verifier['role'], person: StoredPerson, orderNo: string): Verifier {
  const mobile = dialledMobile(person.mobile);
  // A submitted filing has both (the submission guard saw to it); a row without them is broken, and says so.
  if (!person.name || !mobile) throw new RangeError(`Filing ${orderNo}: a ${role} has no name or mobile`);
  return { role, name: person.name, mobile, certEndingMac: person.certEndingMac };
}

/** The snapshot of a filing in BUREAU_SMS; `registry` is its subject in the MIIT registry (for the subject's name). */
export function bureauSnapshotOf(row: Row, registry: Pick<MiitSubject, 'name'> | null): BureauFilingSnapshot {
  if (!registry) throw new RangeError(`Filing ${row.orderNo}: its subject is not in the MIIT registry`);
  const subject = readSubject(row.subjectDraft);
  const websites = readWebsites(row.websites);
  const verifiers = [verifierOf('SUBJECT_PRINCIPAL', subject.principal, row.orderNo)];
  for (const w of websites) {
    if (w.principal && !w.principal.sameAsSubject) {
      verifiers.push(verifierOf('WEBSITE_PRINCIPAL', w.principal, row.orderNo));
    }
  }
  return {
    filingId: row.id,
    orderNo: row.orderNo,
    provinceCode: row.province,
    filingType: row.type,
    subject: {
      subjectFilingNo: row.subjectFilingNo,
      name: registry.name,
      nature: row.nature,
      certType: row.certType,
      certMasked: row.certMasked,
    },
    websites: websites.map((w) => ({ websiteFilingNo: w.websiteFilingNo, name: w.name, domains: w.domains })),
    verifiers,
  };
}
