// The people an operator checks in person for a filing: the subject's principal and each website's own principal
// (websites whose principal holds the same certificate are one person), each with the ID images uploaded in step 3.
// Certificates only as the mask the filing keeps.
import type { OperatorIdImage, OperatorPrincipal } from '@beian/contracts';
import { readSubject, readWebsites } from '../filings/filing-data.ts';

export function operatorPrincipals(
  row: { subjectDraft: unknown; websites: unknown },
  images: readonly OperatorIdImage[],
): OperatorPrincipal[] {
  const subject = readSubject(row.subjectDraft).principal;
  const websites = readWebsites(row.websites);
  const site = (w: (typeof websites)[number]) => ({ websiteFilingNo: w.websiteFilingNo, name: w.name });
  const subjectPrincipal: OperatorPrincipal = {
    role: 'SUBJECT',
    websites: websites.filter((w) => w.principal?.sameAsSubject === true).map(site),
    name: subject.name,
    certType: subject.certType,
    certMasked: subject.certMasked,
    images: images.filter((image) => image.kind.startsWith('SUBJECT_')),
  };
  // Keyed by the certificate's hash (never sent): one entry per person, whatever number of websites they run.
  const others = new Map<string, OperatorPrincipal>();
  for (const website of websites) {
    const person = website.principal;
    if (!person || person.sameAsSubject) continue;
    const own = images.filter((i) => i.kind.startsWith('WEBSITE_') && i.websiteFilingNo === website.websiteFilingNo);
    const key = person.certHash ?? `website:${website.websiteFilingNo}`;
    const known = others.get(key);
    if (known) {
      known.websites.push(site(website));
      known.images.push(...own);
      continue;
    }
    others.set(key, {
      role: 'WEBSITE',
      websites: [site(website)],
      name: person.name,
      certType: person.certType,
      certMasked: person.certMasked,
      images: own,
    });
  }
  return [subjectPrincipal, ...others.values()];
}
