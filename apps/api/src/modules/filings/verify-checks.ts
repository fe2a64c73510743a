// Runs every check of the verify step and returns them all, in the order the UI lists them: certificate, domain name
// and suffix, the domain's registration record, the cloud service, the filing type, and the one-order-in-flight rule.
// Nothing short-circuits (the applicant sees every problem at once); only checks that cannot run are left out.
import type { VerifyBody } from '@beian/contracts';
import {
  type Check,
  checkCertificate,
  checkCertType,
  checkDomainName,
  checkDomainRecord,
  checkNoOrderInFlight,
  detectFilingType,
  type FilingType,
  type NormalizedDomain,
  shanghaiDay,
} from '@beian/domain';
import type { Adapters } from '../../adapters/index.ts';
import { OUR_ACCESS_PROVIDER } from '../../adapters/miit/miit.port.ts';
import { filingSubjectFor, toDomainRecord } from '../../adapters/registrar/domain-record.mapper.ts';
import { checkCloudService } from './cloud-service-checks.ts';
import type { FilingLockKey, FilingsRepository } from './filings.repository.ts';

export type VerifyAdapters = Pick<Adapters, 'miit' | 'registrar' | 'cloud' | 'certHasher'>;

export interface VerifyFindings {
  readonly checks: Check[];
  readonly detectedType: FilingType | null;
  readonly subjectFilingNo: string | null;
  /** The normalised domain; null when the typed one is not a domain at all. */
  readonly domain: NormalizedDomain | null;
  readonly certHash: string;
  /** The in-flight locks a new filing takes: its subject and its domain. */
  readonly lockKeys: FilingLockKey[];
}

export async function runVerifyChecks(
  deps: { adapters: VerifyAdapters; repo: FilingsRepository },
  body: VerifyBody,
  /** `suffixes`: the MIIT suffix list in force (its current version). */
  ctx: { accountId: string; now: Date; suffixes: readonly string[] },
): Promise<VerifyFindings> {
  const { miit, registrar, cloud, certHasher } = deps.adapters;
  const certHash = certHasher.hash(body.certNumber);
  const name = checkDomainName(body.domain, ctx.suffixes);
  const ascii = name.domain?.domain ?? null;
  const lockKeys: FilingLockKey[] = [{ kind: 'SUBJECT', key: certHash }];
  if (ascii) lockKeys.push({ kind: 'DOMAIN', key: ascii });

  // Independent look-ups, none inside a transaction.
  const [registrySubject, whois, website, cloudChecks, held] = await Promise.all([
    miit.findSubjectByCert(body.certType, body.certNumber),
    ascii ? registrar.lookup(ascii) : null,
    ascii ? miit.findWebsiteByDomain(ascii) : null,
    checkCloudService(cloud, body.cloudService, {
      accountId: ctx.accountId,
      filingId: null,
      websitesUsingCode: 1,
      now: ctx.now,
    }),
    deps.repo.findLocks(lockKeys),
  ]);

  const checks: Check[] = [
    checkCertType(body.nature, body.certType),
    checkCertificate(body.certType, body.certNumber, { today: shanghaiDay(ctx.now) }),
    ...name.checks,
  ];
  if (ascii) {
    // The verify step asks for no name: the registry's when the subject is filed, else the registrant's, so that the
    // certificate decides. Both certificate numbers go in as keyed hashes.
    const subject = filingSubjectFor(
      {
        nature: body.nature,
        certType: body.certType,
        certNumber: body.certNumber,
        name: registrySubject?.name ?? whois?.registrant.name ?? '',
        relatedPersons: registrySubject?.relatedPersons ?? [],
      },
      certHasher,
    );
    checks.push(...checkDomainRecord({ record: whois && toDomainRecord(whois), subject, now: ctx.now }));
  }
  checks.push(...cloudChecks);

  let detectedType: FilingType | null = null;
  if (ascii) {
    const detection = detectFilingType({ subject: registrySubject, website, providerId: OUR_ACCESS_PROVIDER });
    checks.push(detection.check);
    detectedType = detection.type;
  }
  const [subjectCheck, domainCheck] = checkNoOrderInFlight({
    subjectInFlight: held.some((l) => l.kind === 'SUBJECT'),
    domainInFlight: held.some((l) => l.kind === 'DOMAIN'),
  });
  if (subjectCheck) checks.push(subjectCheck);
  if (ascii && domainCheck) checks.push(domainCheck);

  return {
    checks,
    detectedType,
    subjectFilingNo: registrySubject?.subjectFilingNo ?? null,
    domain: name.domain,
    certHash,
    lockKeys,
  };
}
