// What the API needs from the MIIT filing registry (工信部备案系统): filed subjects, websites and filing passwords.
// There is no public API for it; the simulator in this folder stands in (docs/design.md §8).
import type { RegistrySubject, RegistryWebsite, RelatedPersonRole, SubjectNature } from '@beian/domain';

/** This provider's name as the registry lists it among a website's access providers. */
export const OUR_ACCESS_PROVIDER = '本云服务商';

/** A person the business registry links to an organisation; the certificate only as keyed hash and mask. */
export interface RegistryRelatedPerson {
  readonly name: string;
  readonly certType: string;
  readonly certHash: string;
  readonly certMasked: string;
  readonly role: RelatedPersonRole;
}

export interface MiitWebsite {
  readonly websiteFilingNo: string;
  readonly name: string;
  /** ASCII (IDN as punycode), lower case, the first one is the main domain. */
  readonly domains: readonly string[];
  readonly homepageUrl: string;
  readonly contentType: string;
  /** Access providers hosting the website now, by registry name (ours is OUR_ACCESS_PROVIDER). */
  readonly accessProviders: readonly string[];
}

export interface MiitSubject extends RegistrySubject {
  readonly subjectFilingNo: string;
  /** GB/T 2260 two-digit province code. */
  readonly provinceCode: string;
  readonly nature: SubjectNature;
  readonly name: string;
  readonly certType: string;
  readonly certMasked: string;
  readonly principalName: string;
  readonly certificateAddress: string;
  readonly mailingAddress: string;
  /** Organisations only: shareholders, principal and senior managers (a registrant among them passes with a warning). */
  readonly relatedPersons: readonly RegistryRelatedPerson[];
  readonly websites: readonly MiitWebsite[];
}

/** The website holding a domain, shaped for detectFilingType, with its subject's filing number. */
export interface MiitWebsiteMatch extends MiitWebsite, RegistryWebsite {}

export interface MiitRegistry {
  /** The filed subject holding this certificate, or null when the subject has never filed. */
  findSubjectByCert(certType: string, certNumber: string): Promise<MiitSubject | null>;
  /** The filed subject with this subject filing number (e.g. 粤ICP备12345678号), or null. */
  findSubjectByFilingNo(subjectFilingNo: string): Promise<MiitSubject | null>;
  /** The filed website listing this registrable domain (ASCII), or null when the domain is in no filing. */
  findWebsiteByDomain(domainAscii: string): Promise<MiitWebsiteMatch | null>;
  /** Whether the password is the subject's filing password; false for an unknown subject too. */
  verifyFilingPassword(subjectFilingNo: string, password: string): Promise<boolean>;
}
