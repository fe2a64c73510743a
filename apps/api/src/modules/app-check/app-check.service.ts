// The Shanghai app check (上海APP核验): the applicant's console makes a one-time link for the principal's phone (24
// hours, the newest link only); the phone proves it is the principal's by the last 6 characters of their ID (5 wrong
// answers end the link) and sends the photo through the one submitPhoto, as the filing's owner. Every link that cannot
// be used, for whatever reason but the lock, is answered alike: the answer tells a guesser nothing.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { AppCheckLink, AppCheckOpened, AppCheckPhotoFields, AppCheckSubmitted } from '@beian/contracts';
import { isPhotoState } from '@beian/domain';
import type { AppCheckLink as LinkRow } from '../../generated/prisma/client.ts';
import { AppError, ConflictError } from '../../lib/app-error.ts';
import type { CertHasher } from '../../lib/cert-hash.ts';
import type { Clock } from '../../lib/clock.ts';
import { sameToken } from '../../lib/keyed-mac.ts';
import { hashToken, newToken } from '../auth/session-token.ts';
import type { FilingAccess } from '../filings/filing-access.ts';
import type { FilingsRepository } from '../filings/filings.repository.ts';
import type { SubmitPhoto } from '../photo/photo-submission.service.ts';
import type { RulesOf } from '../rules/rule-sets.ts';
import type { AppCheckRepository } from './app-check.repository.ts';
import { appCheckEligible, maskedName, sharedPrincipalOf } from './app-check-principal.ts';

export const APP_CHECK_LINK_TTL_MS = 24 * 3_600_000;
/** Wrong certificate endings a link takes; the last of them ends it. */
export const APP_CHECK_MAX_FAILURES = 5;

const linkInvalid = () =>
  new AppError(
    'APP_CHECK_LINK_INVALID',
    404,
    'This app check link is not valid: it has expired, was used or replaced, or was copied incompletely. Make a new QR code in the console.',
  );

const linkLocked = () =>
  new AppError(
    'APP_CHECK_LINK_LOCKED',
    410,
    'The last 6 characters of the certificate number were wrong 5 times; this link has ended. Make a new QR code in the console.',
  );

type Deps = {
  access: Pick<FilingAccess, 'owned'>;
  filings: Pick<FilingsRepository, 'findById'>;
  repo: AppCheckRepository;
  certHasher: CertHasher;
  submitPhoto: SubmitPhoto;
  rulesOf: RulesOf;
  clock: Clock;
};

export function createAppCheckService({ access, filings, repo, certHasher, submitPhoto, rulesOf, clock }: Deps) {
  /** The link and its filing while both can still take the photo; otherwise the one refusal (or the lock). */
  async function liveLink(token: string) {
    const link = await repo.findByHash(hashToken(token));
    if (!link) throw linkInvalid();
    if (link.failures >= APP_CHECK_MAX_FAILURES) throw linkLocked();
    if (link.endedAt || link.usedAt || link.expiresAt <= clock.now()) throw linkInvalid();
    const filing = await filings.findById(link.filingId);
    if (!filing || !isPhotoState(filing.status)) throw linkInvalid();
    return { link, filing };
  }

  /** Compares the typed ending with the one kept for the principal; a wrong one is counted in the row. */
  async function checkEnding(link: LinkRow, filing: { subjectDraft: unknown; websites: unknown }, ending: string) {
    const kept = sharedPrincipalOf(filing)?.certEndingMac ?? null;
    if (kept !== null && sameToken(kept, certHasher.ending(ending))) return;
    const failures = await repo.countFailure(link.id, APP_CHECK_MAX_FAILURES, clock.now());
    // Ended meanwhile: by this answer's own count, another's, or a newer link.
    if (failures === null) {
      const now = await repo.findByHash(link.tokenHash);
      throw now && now.failures >= APP_CHECK_MAX_FAILURES ? linkLocked() : linkInvalid();
    }
    if (failures >= APP_CHECK_MAX_FAILURES) throw linkLocked();
    const triesLeft = APP_CHECK_MAX_FAILURES - failures;
    throw new AppError(
      'APP_CHECK_CERT_WRONG',
      422,
      `These are not the last 6 characters of the principal's certificate number. ${triesLeft} ${triesLeft === 1 ? 'try is' : 'tries are'} left.`,
      { members: { triesLeft }, errors: [{ path: 'certEnding', message: 'Not the last 6 characters on record.' }] },
    );
  }

  return {
    /** The owner's new link for an eligible filing whose photo is due: the phone page's path with the token. */
    async createLink(accountId: string, filingId: string): Promise<AppCheckLink> {
      const filing = await access.owned(accountId, filingId);
      if (!isPhotoState(filing.status)) {
        throw new ConflictError(
          'PHOTO_NOT_DUE',
          `Filing ${filing.orderNo} is ${filing.status}: an app check link can be made only while the photo is pending or was rejected.`,
        );
      }
      if (!appCheckEligible(filing, await rulesOf(filing))) {
        throw new ConflictError(
          'PHOTO_METHOD_NOT_ELIGIBLE',
          `Filing ${filing.orderNo} cannot use the app check: it is for Shanghai filings whose websites share one principal holding a resident ID.`,
        );
      }
      if (!sharedPrincipalOf(filing)?.certEndingMac) {
        throw new ConflictError(
          'APP_CHECK_CERT_NOT_KEPT',
          `Filing ${filing.orderNo} was saved before the app check could check the principal's certificate number on the phone. Use a photo point or the curtain photo instead.`,
        );
      }
      const token = newToken();
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + APP_CHECK_LINK_TTL_MS);
      await repo.create({
        id: randomUUID(),
        filingId: filing.id,
        tokenHash: hashToken(token),
        createdAt: now,
        expiresAt,
      });
      // The token rides in the fragment, which browsers never send: it stays out of access logs and referrers.
      return { path: `/m/app-check#token=${token}`, expiresAt: expiresAt.toISOString() };
    },

    /** What the phone page shows before anything is typed. */
    async open(token: string): Promise<AppCheckOpened> {
      const { link, filing } = await liveLink(token);
      return {
        orderNo: filing.orderNo,
        principalMasked: maskedName(sharedPrincipalOf(filing)?.name ?? null),
        expiresAt: link.expiresAt.toISOString(),
        triesLeft: APP_CHECK_MAX_FAILURES - link.failures,
      };
    },

    async verify(token: string, certEnding: string): Promise<{ verified: true }> {
      const { link, filing } = await liveLink(token);
      await checkEnding(link, filing, certEnding);
      return { verified: true };
    },

    /**
     * The photo, with the ending checked again: the link carries no state of a passed check, so a request that
     * skips the verify step still has to know it. The owner is the actor, as if they had uploaded it themselves.
     */
    async photo(fields: AppCheckPhotoFields, file: Readable): Promise<AppCheckSubmitted> {
      let live: Awaited<ReturnType<typeof liveLink>>;
      try {
        live = await liveLink(fields.token);
        await checkEnding(live.link, live.filing, fields.certEnding);
      } catch (error) {
        file.resume(); // read and drop the refused photo, so the request ends normally
        throw error;
      }
      const { link, filing } = live;
      const submitted = await submitPhoto({
        filing,
        method: 'APP_CHECK',
        actor: { id: filing.accountId, role: 'APPLICANT' },
        version: filing.version,
        file,
        // Used with the photo, or not at all: a link replaced or locked meanwhile takes no photo.
        alsoInTransaction: async (tx) => {
          if (!(await repo.markUsed(link.id, clock.now(), tx))) throw linkInvalid();
        },
      });
      return { orderNo: submitted.orderNo, secondReviewDueAt: submitted.secondReviewDueAt };
    },
  };
}

export type AppCheckService = ReturnType<typeof createAppCheckService>;
