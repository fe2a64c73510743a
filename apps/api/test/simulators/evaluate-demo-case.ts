// Runs a demo case through the verify step's checks the way the verify service composes them: typed input, lookups
// in the simulators, then the @beian/domain check functions. Certificates are compared by keyed hash.
import {
  CHECK_NAMES,
  type Check,
  checkAuthCode,
  checkCertificate,
  checkCertType,
  checkCloudResource,
  checkDomainName,
  checkDomainRecord,
  detectFilingType,
  type FilingType,
  shanghaiDay,
} from '@beian/domain';
import type { Adapters } from '../../src/adapters/index.ts';
import { OUR_ACCESS_PROVIDER } from '../../src/adapters/miit/miit.port.ts';
import { filingSubjectFor, toDomainRecord } from '../../src/adapters/registrar/domain-record.mapper.ts';
import type { DemoCase } from '../../src/seed/simulators/demo-cases.ts';

export interface Evaluation {
  readonly checks: Check[];
  readonly filingType: FilingType | null;
}

export async function evaluateDemoCase(
  adapters: Adapters,
  c: DemoCase,
  ctx: { accountId: string; now: Date },
): Promise<Evaluation> {
  const { holder } = c;
  const checks: Check[] = [
    checkCertType(c.nature, holder.certType),
    checkCertificate(holder.certType, holder.certNumber, { today: shanghaiDay(ctx.now) }),
  ];

  const name = checkDomainName(c.domain);
  checks.push(...name.checks);
  const domain = name.domain?.domain ?? null;
  const registrySubject = await adapters.miit.findSubjectByCert(holder.certType, holder.certNumber);
  const whois = domain ? await adapters.registrar.lookup(domain) : null;
  if (domain) {
    const subject = filingSubjectFor(
      {
        nature: c.nature,
        certType: holder.certType,
        certNumber: holder.certNumber,
        // The verify step has no name field: the registry's name when filed, else the registrant's (cert decides).
        name: registrySubject?.name ?? whois?.registrant.name ?? '',
        relatedPersons: registrySubject?.relatedPersons ?? [],
      },
      adapters.certHasher,
    );
    checks.push(...checkDomainRecord({ record: whois && toDomainRecord(whois), subject, now: ctx.now }));
  }

  if ('resource' in c.cloud) {
    const resourceName = c.cloud.resource;
    const resource = (await adapters.cloud.listResources(ctx.accountId)).find((r) => r.name === resourceName);
    if (!resource) throw new Error(`The demo applicant has no resource named ${resourceName}`);
    checks.push(...checkCloudResource(resource, ctx.now));
  } else {
    const record = await adapters.cloud.findAuthCode(c.cloud.authCode);
    checks.push(...checkAuthCode({ record, filingId: null, websitesUsingCode: 1, now: ctx.now }));
  }

  const website = domain ? await adapters.miit.findWebsiteByDomain(domain) : null;
  const detection = detectFilingType({ subject: registrySubject, website, providerId: OUR_ACCESS_PROVIDER });
  checks.push(detection.check);
  return { checks, filingType: detection.type };
}

const order = (name: string) => CHECK_NAMES.indexOf(name as (typeof CHECK_NAMES)[number]);

/** The checks that did not pass, in the UI's check order, as demo cases list them. */
export const notPassing = (checks: readonly Check[]) =>
  checks
    .filter((c) => c.status !== 'pass')
    .sort((a, b) => order(a.name) - order(b.name))
    .map((c) => ({ check: c.name, status: c.status, reason: c.reason }));
