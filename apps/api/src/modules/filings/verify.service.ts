// Step 1 of the wizard: run every check and, unless one fails, open the DRAFT filing with the verify inputs locked
// in: order number, in-flight locks, the claimed auth code and the creating FilingEvent, all or nothing.
import { randomUUID } from 'node:crypto';
import type { VerifyBody, VerifyResponse } from '@beian/contracts';
import { type Check, failed, overallStatus } from '@beian/domain';
import type { Filing } from '../../generated/prisma/client.ts';
import type { Db } from '../../infra/db.ts';
import { ConflictError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { RuleSets } from '../rules/rule-sets.ts';
import { toFilingSummary } from './filing-view.ts';
import type { FilingsRepository } from './filings.repository.ts';
import { allocateOrderNo } from './order-number.ts';
import { runVerifyChecks, type VerifyAdapters, type VerifyFindings } from './verify-checks.ts';

export type VerifyServiceDeps = {
  db: Db;
  repo: FilingsRepository;
  adapters: VerifyAdapters;
  ruleSets: Pick<RuleSets, 'currentSuffixes' | 'currentProvinceRules'>;
  clock: Clock;
};

/** The rule-set versions the checks ran against, kept on the filing (docs/decisions/027). */
type CheckedUnder = { provinceRulesVersion: number; suffixListVersion: number };

/** A claim lost to another filing between the check and the claim is reported as that check failing. */
function withLostClaim(checks: readonly Check[], reason: string): Check[] {
  const name = reason === 'AUTH_CODE_NOT_FOUND' ? 'AUTH_CODE_FOUND' : 'AUTH_CODE_UNUSED';
  return checks.map((c) => (c.name === name ? failed(name, reason) : c));
}

export function createVerifyService({ db, repo, adapters, ruleSets, clock }: VerifyServiceDeps) {
  async function createDraft(
    accountId: string,
    filingId: string,
    body: VerifyBody,
    findings: VerifyFindings & { domain: NonNullable<VerifyFindings['domain']> },
    versions: CheckedUnder,
  ): Promise<Filing> {
    const now = clock.now();
    return db.$transaction(async (tx) => {
      const orderNo = await allocateOrderNo(repo, now, tx);
      const row = await repo.createFiling(
        {
          id: filingId,
          orderNo,
          accountId,
          type: findings.detectedType ?? 'ACCESS',
          status: 'DRAFT',
          province: body.province,
          nature: body.nature,
          certType: body.certType,
          certHash: findings.certHash,
          certMasked: adapters.certHasher.mask(body.certNumber),
          domainAscii: findings.domain.domain,
          domainUnicode: findings.domain.unicode,
          subjectFilingNo: findings.subjectFilingNo,
          cloudService: body.cloudService,
          verifyChecks: findings.checks.map((c) => ({ ...c })),
          ...versions,
          createdAt: now,
          updatedAt: now,
        },
        tx,
      );
      const locked = await repo.insertLocks(filingId, findings.lockKeys, now, tx);
      if (locked < findings.lockKeys.length) {
        throw new ConflictError(
          'ORDER_IN_FLIGHT',
          `Another order for this subject or for ${findings.domain.unicode} was opened at the same moment; only one may be in progress.`,
        );
      }
      await repo.appendEvent(
        {
          filingId,
          event: 'create',
          fromStatus: null,
          toStatus: 'DRAFT',
          actorId: accountId,
          actorRole: 'APPLICANT',
          at: now,
        },
        tx,
      );
      return row;
    });
  }

  return {
    /** `created` says whether a filing was opened (201) or the checks refused it (200). */
    async verify(accountId: string, body: VerifyBody): Promise<{ created: boolean; response: VerifyResponse }> {
      const [suffixes, rules] = await Promise.all([ruleSets.currentSuffixes(), ruleSets.currentProvinceRules()]);
      const versions = { provinceRulesVersion: rules.version, suffixListVersion: suffixes.version };
      const findings = await runVerifyChecks({ adapters, repo }, body, {
        accountId,
        now: clock.now(),
        suffixes: suffixes.list.suffixes,
      });
      const respond = (checks: Check[], filing: Filing | null) => ({
        created: filing !== null,
        response: {
          outcome: overallStatus(checks),
          detectedType: findings.detectedType,
          subjectFilingNo: findings.subjectFilingNo,
          checks,
          filing: filing && toFilingSummary(filing),
        },
      });
      const { domain } = findings;
      if (overallStatus(findings.checks) === 'fail' || domain === null) return respond(findings.checks, null);

      const filingId = randomUUID();
      const code = body.cloudService.kind === 'AUTH_CODE' ? body.cloudService.code : null;
      if (code) {
        const claim = await adapters.cloud.claimAuthCode(code, filingId);
        if (!claim.ok) return respond(withLostClaim(findings.checks, claim.reason), null);
      }
      try {
        return respond(
          findings.checks,
          await createDraft(accountId, filingId, body, { ...findings, domain }, versions),
        );
      } catch (error) {
        // The claim happened outside the transaction (the inventory is another system): give it back.
        if (code) await adapters.cloud.releaseAuthCode(code, filingId);
        throw error;
      }
    },
  };
}

export type VerifyService = ReturnType<typeof createVerifyService>;
