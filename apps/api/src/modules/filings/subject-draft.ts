// The subject step's autosave merged into the stored draft: a field that is sent replaces the stored value (an empty
// string clears it), a field left out keeps it, so half-typed values are saved as typed.
import type { SubjectDraft } from '@beian/contracts';
import type { Day } from '@beian/domain';
import type { CertHasher } from '../../lib/cert-hash.ts';
import type { StoredSubject } from './filing-data.ts';
import { withCertificate } from './stored-person.ts';

const field = (sent: string | undefined, stored: string | null) =>
  sent === undefined ? stored : sent === '' ? null : sent;

export function mergeSubject(stored: StoredSubject, draft: SubjectDraft, certHasher: CertHasher, today: Day) {
  const sent = draft.principal ?? {};
  const was = stored.principal;
  const principal = {
    ...was,
    name: field(sent.name, was.name),
    certType: field(sent.certType, was.certType),
    mobile: field(sent.mobile, was.mobile),
    email: field(sent.email, was.email),
    emergencyPhone: field(sent.emergencyPhone, was.emergencyPhone),
  };
  const originalPrincipalName = field(draft.originalPrincipalName, stored.originalPrincipalName);
  return {
    originalPrincipalName,
    // Checked against the registry by the service whenever the name changes; kept as it was otherwise.
    originalPrincipalMatches: originalPrincipalName === null ? null : stored.originalPrincipalMatches,
    certificateAddress: field(draft.certificateAddress, stored.certificateAddress),
    mailingAddress: field(draft.mailingAddress, stored.mailingAddress),
    principal: withCertificate(principal, sent.certNumber, certHasher, today),
  } satisfies StoredSubject;
}

/** The draft by the field names a rejection would use (the certificate number stands in as its hash). */
export const subjectFields = (s: StoredSubject) => ({
  originalPrincipalName: s.originalPrincipalName,
  certificateAddress: s.certificateAddress,
  mailingAddress: s.mailingAddress,
  principal: {
    name: s.principal.name,
    certType: s.principal.certType,
    certNumber: s.principal.certHash,
    mobile: s.principal.mobile,
    email: s.principal.email,
    emergencyPhone: s.principal.emergencyPhone,
  },
});
