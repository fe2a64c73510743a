// Step 2.2's entries: which websites may be listed (the subject's own, each once, the verified one always), and each
// entry as stored: the registry's website as a snapshot, the cloud service with its checks, and the principal.
import { EmailAddressSchema, type FieldError, MobileSchema, type UpdateWebsitesBody } from '@beian/contracts';
import {
  contentNotAllowedFor,
  contentTypeCategories,
  type Day,
  hostToUnicode,
  type SubjectNature,
} from '@beian/domain';
import type { MiitWebsite } from '../../adapters/miit/miit.port.ts';
import { AppError } from '../../lib/app-error.ts';
import type { CertHasher } from '../../lib/cert-hash.ts';
import { emptyPerson, type StoredPerson, type StoredWebsite, type StoredWebsitePrincipal } from './filing-data.ts';
import { withCertificate } from './stored-person.ts';

export type WebsiteEntryInput = UpdateWebsitesBody['websites'][number];

/** A registry website as the applicant reads it: IDNs in Unicode. */
export const registryView = (w: MiitWebsite) => ({
  websiteFilingNo: w.websiteFilingNo,
  name: w.name,
  domains: w.domains.map((d) => hostToUnicode(d) ?? d),
  homepageUrl: w.homepageUrl || null,
  accessProviders: [...w.accessProviders],
});

export function assertListable(
  inputs: readonly WebsiteEntryInput[],
  registry: readonly MiitWebsite[],
  verified: { subjectFilingNo: string; domainAscii: string; domainUnicode: string },
): void {
  const known = new Set(registry.map((w) => w.websiteFilingNo));
  const foreign: FieldError[] = [];
  const foreignNumbers: string[] = [];
  const twice: FieldError[] = [];
  inputs.forEach(({ websiteFilingNo }, i) => {
    const path = `websites.${i}.websiteFilingNo`;
    if (!known.has(websiteFilingNo)) {
      foreign.push({ path, message: `${websiteFilingNo} is not a website of subject ${verified.subjectFilingNo}.` });
      foreignNumbers.push(websiteFilingNo);
    } else if (inputs.findIndex((other) => other.websiteFilingNo === websiteFilingNo) < i) {
      twice.push({ path, message: `${websiteFilingNo} is listed twice.` });
    }
  });
  if (foreign.length > 0) {
    throw new AppError(
      'WEBSITE_NOT_OF_SUBJECT',
      400,
      `Only websites filed under ${verified.subjectFilingNo} can be added; not ${foreignNumbers.join(', ')}.`,
      { errors: foreign },
    );
  }
  if (twice.length > 0) {
    throw new AppError('VALIDATION_FAILED', 400, 'Each website can be listed once.', { errors: twice });
  }
  const home = registry.find((w) => w.domains.includes(verified.domainAscii));
  if (home && !inputs.some((e) => e.websiteFilingNo === home.websiteFilingNo)) {
    throw new AppError(
      'VALIDATION_FAILED',
      400,
      `The website of ${verified.domainUnicode} (${home.websiteFilingNo}) was verified in step 1 and must stay in the list.`,
      { errors: [{ path: 'websites', message: `Keep ${home.websiteFilingNo}, the website verified in step 1.` }] },
    );
  }
}

/**
 * A personal filing cannot carry a website whose filed content needs a pre-approval (news, education, …): only an
 * organisation may hold such content (docs/design.md §5.4), so the step refuses it rather than ask for a licence a
 * person cannot have.
 */
export function assertContentAllowed(
  inputs: readonly WebsiteEntryInput[],
  registry: readonly MiitWebsite[],
  nature: SubjectNature,
): void {
  const refused = inputs.flatMap(({ websiteFilingNo }, i) => {
    const website = registry.find((w) => w.websiteFilingNo === websiteFilingNo);
    const categories = contentNotAllowedFor(nature, contentTypeCategories(website?.contentType));
    return website && categories.length > 0 ? [{ i, website, categories }] : [];
  });
  if (refused.length === 0) return;
  const named = refused.map(({ website }) => `${website.name} (${website.websiteFilingNo}: ${website.contentType})`);
  throw new AppError(
    'CONTENT_NEEDS_ORGANISATION',
    422,
    `A personal filing cannot carry content that needs a pre-approval (前置审批): ${named.join('; ')}. Only an ` +
      "organisation's website may hold it. Have the website's content type changed with its current provider, or " +
      'file it under an organisation.',
    {
      errors: refused.map(({ i, website, categories }) => ({
        path: `websites.${i}.websiteFilingNo`,
        message: `${website.websiteFilingNo} is filed with content that needs a pre-approval: ${categories.join(', ')}.`,
      })),
    },
  );
}

/**
 * The website principal as stored. An own person is kept as typed so far (a field left out or empty is null), so
 * the wizard shows the choice after a reload; without a new certificate number it keeps the saved one.
 */
export function principalOf(
  input: WebsiteEntryInput['principal'],
  previous: StoredWebsitePrincipal | null,
  certHasher: CertHasher,
  today: Day,
): StoredWebsitePrincipal | null {
  if (input === null) return null;
  if (input.sameAsSubject) return { sameAsSubject: true };
  const kept = previous && !previous.sameAsSubject ? previous : null;
  const typed = (value: string | undefined) => (value === undefined || value === '' ? null : value);
  // A value that is already valid is stored as the contract normalises it (the dialled mobile, a lower-case email).
  const normalised = (schema: typeof MobileSchema | typeof EmailAddressSchema, value: string | undefined) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : typed(value);
  };
  const person: StoredPerson = {
    ...emptyPerson(),
    certHash: kept?.certHash ?? null,
    certMasked: kept?.certMasked ?? null,
    certValidFor: kept?.certValidFor ?? null,
    certEndingMac: kept?.certEndingMac ?? null,
    name: typed(input.name),
    certType: typed(input.certType),
    mobile: normalised(MobileSchema, input.mobile),
    email: normalised(EmailAddressSchema, input.email),
    emergencyPhone: typed(input.emergencyPhone),
  };
  return { ...withCertificate(person, input.certNumber, certHasher, today), sameAsSubject: false };
}

/** The entries by the field names a rejection would use (certificate numbers stand in as their hashes). */
export function websiteFields(entries: readonly StoredWebsite[]) {
  return Object.fromEntries(
    entries.map((e) => {
      const p = e.principal;
      const principal =
        p === null || p.sameAsSubject
          ? p
          : {
              name: p.name,
              certType: p.certType,
              certNumber: p.certHash,
              mobile: p.mobile,
              email: p.email,
              emergencyPhone: p.emergencyPhone,
            };
      return [e.websiteFilingNo, { confirmed: e.confirmed, cloudService: e.cloudService, principal }];
    }),
  );
}
