// The registry's subject and the domain's WHOIS record as the reviewer's detail shows them beside a filing, each
// answer kept for a minute (decision 054). Neither outside system offers an API, and a real one answers slowly and
// limits how often it is asked, while reviewers reopen a filing (and its neighbours of the same subject) many times
// an hour; the records they show change over days. The checks that gate a filing (the verify step, the hand-over to
// the bureau) ask the systems themselves.
import type { Clock } from '../lib/clock.ts';
import { createTtlCache } from '../lib/ttl-cache.ts';
import type { MiitRegistry, MiitSubject } from './miit/miit.port.ts';
import type { DomainRegistry, WhoisRecord } from './registrar/registrar.port.ts';

/** How long an answer is kept. */
export const KEPT_LOOKUP_MS = 60_000;
/** How many answers of each system are kept at most. */
export const KEPT_LOOKUP_MAX = 2_000;

type Systems = { miit: Pick<MiitRegistry, 'findSubjectByFilingNo'>; registrar: DomainRegistry; clock: Clock };

export function createKeptLookups({ miit, registrar, clock }: Systems) {
  const options = { ttlMs: KEPT_LOOKUP_MS, max: KEPT_LOOKUP_MAX, clock };
  const subjects = createTtlCache<string, MiitSubject | null>(options);
  const domains = createTtlCache<string, WhoisRecord | null>(options);
  return {
    miit: {
      findSubjectByFilingNo: (subjectFilingNo: string) =>
        subjects.get(subjectFilingNo, () => miit.findSubjectByFilingNo(subjectFilingNo)),
    },
    registrar: {
      lookup: (domainAscii: string) => {
        const domain = domainAscii.trim().toLowerCase();
        return domains.get(domain, () => registrar.lookup(domain));
      },
    } satisfies DomainRegistry,
  };
}
