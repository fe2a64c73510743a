// The first administrator of a new installation: the console prints a one-time link at start while no active
// administrator exists, and the link's page creates one. No password is chosen for anyone, and none is ever printed.
import type { Account, FirstAdminBody, SetupLink } from '@beian/contracts';
import { AppError, ConflictError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import { toAccount } from '../auth/auth.service.ts';
import { assertAcceptablePassword } from '../auth/password-policy.ts';
import { hashPassword } from '../auth/passwords.ts';
import { hashToken, newToken } from '../auth/session-token.ts';
import type { SetupRepository } from './setup.repository.ts';

/** How long a printed link stays usable; a restart prints a new one while there is still no administrator. */
export const SETUP_LINK_TTL_MS = 24 * 3_600_000;

const linkInvalid = () =>
  new AppError(
    'SETUP_LINK_INVALID',
    404,
    'This setup link is not valid: it was used already, has expired, or was copied incompletely. Restart the console to print a new one.',
  );

const adminExists = () =>
  new ConflictError(
    'SETUP_DONE',
    'This console already has an administrator. Sign in, or ask an administrator for an account.',
  );

export function createSetupService(deps: { repo: SetupRepository; audit: AuditRepository; clock: Clock }) {
  const { repo, audit, clock } = deps;

  return {
    /** A new one-time link for `publicUrl`, or null when an active administrator exists. */
    async issueLink(publicUrl: string): Promise<{ url: string; expiresAt: Date } | null> {
      if (await repo.activeAdminExists()) return null;
      const token = newToken();
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + SETUP_LINK_TTL_MS);
      await repo.createToken({ tokenHash: hashToken(token), createdAt: now, expiresAt });
      // The token rides in the fragment, which browsers never send: it stays out of access logs and referrers.
      return { url: `${publicUrl.replace(/\/$/, '')}/setup#token=${token}`, expiresAt };
    },

    /** Whether the link's page may show its form. */
    async checkLink(token: string): Promise<SetupLink> {
      if (await repo.activeAdminExists()) throw adminExists();
      const row = await repo.findUsableToken(hashToken(token), clock.now());
      if (!row) throw linkInvalid();
      return { expiresAt: row.expiresAt.toISOString() };
    },

    async createFirstAdmin(body: FirstAdminBody, requestId: string): Promise<Account> {
      await assertAcceptablePassword(body.password, body.email, 'password');
      // Hashing is slow on purpose: before the transaction, not inside it.
      const passwordHash = await hashPassword(body.password);
      const row = await repo.transaction(async (tx) => {
        await repo.lockFirstAdmin(tx);
        const now = clock.now();
        if (await repo.activeAdminExists(tx)) throw adminExists();
        if (!(await repo.useToken(hashToken(body.token), now, tx))) throw linkInvalid();
        if (await repo.emailTaken(body.email, tx)) {
          throw new ConflictError(
            'EMAIL_TAKEN',
            `An account with the email ${body.email} already exists. Use another address for the administrator.`,
          );
        }
        const admin = await repo.createAdmin({ ...body, passwordHash, now }, tx);
        await repo.closeOpenTokens(now, tx);
        await audit.append(
          {
            actorId: admin.id,
            action: 'setup.first-admin',
            targetType: 'Account',
            targetId: admin.id,
            requestId,
            at: now,
          },
          tx,
        );
        return admin;
      });
      return toAccount(row);
    },
  };
}

export type SetupService = ReturnType<typeof createSetupService>;
