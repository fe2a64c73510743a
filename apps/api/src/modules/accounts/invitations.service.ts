// Staff invitations: an administrator invites a reviewer, administrator or operator by email; the emailed one-time
// link (shown to the admin once, to copy) lets the invited person choose a password, which creates the account with
// that role and signs in. A link is good for INVITATION_TTL_MS, works once and can be revoked; every unusable link
// gets the same answer. Each step is audited in its own transaction.
import { randomUUID } from 'node:crypto';
import type {
  AcceptInvitationBody,
  Account,
  CreatedInvitation,
  CreateInvitationBody,
  Invitation,
  InvitationPreview,
  StaffRole,
} from '@beian/contracts';
import type { Db } from '../../infra/db.ts';
import { AppError, ConflictError, NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { AccountOutbox } from '../auth/account-mail.ts';
import type { AuthRepository } from '../auth/auth.repository.ts';
import { toAccount } from '../auth/auth.service.ts';
import type { LinkTokens } from '../auth/link-tokens.ts';
import { assertAcceptablePassword } from '../auth/password-policy.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { BrowserContext, OpenedSession, SessionOpener } from '../auth/session-opener.ts';
import { hashToken } from '../auth/session-token.ts';
import type { AdminActor } from './accounts.service.ts';
import type { InvitationsRepository } from './invitations.repository.ts';

/** How long an invitation link stays usable. */
export const INVITATION_TTL_MS = 7 * 24 * 3_600_000;

const invalid = () =>
  new AppError(
    'INVITATION_INVALID',
    404,
    'This invitation link is not valid: it has expired, was used or withdrawn, or was copied incompletely. Ask the administrator who invited you for a new one.',
  );

const emailTaken = (email: string) =>
  new ConflictError(
    'EMAIL_TAKEN',
    `An account with the email ${email} already exists. Change that account's role on the accounts page instead.`,
  );

type InvitationRow = NonNullable<Awaited<ReturnType<InvitationsRepository['findById']>>>;

export function createInvitationsService(deps: {
  db: Db;
  repo: InvitationsRepository;
  authRepo: AuthRepository;
  audit: AuditRepository;
  outbox: AccountOutbox;
  tokens: LinkTokens;
  /** The invitation link of an invitation id, under the console's public address. */
  linkFor: (invitationId: string) => string;
  openSession: SessionOpener;
  clock: Clock;
}) {
  const { db, repo, authRepo, audit, outbox, clock } = deps;

  async function views(rows: InvitationRow[]): Promise<Invitation[]> {
    const [names, points] = await Promise.all([
      repo.names(rows.map((r) => r.invitedById)),
      repo.pointNames(rows.flatMap((r) => (r.photoPointId ? [r.photoPointId] : []))),
    ]);
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      displayName: r.displayName,
      role: r.role as StaffRole,
      photoPoint: r.photoPointId ? { id: r.photoPointId, name: points.get(r.photoPointId) ?? '' } : null,
      invitedBy: names.get(r.invitedById) ?? '',
      createdAt: r.createdAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
    }));
  }

  async function usable(token: string) {
    const row = await repo.findUsableByHash(hashToken(token), clock.now());
    if (!row) throw invalid();
    return row;
  }

  return {
    async create(actor: AdminActor, body: CreateInvitationBody): Promise<CreatedInvitation> {
      const row = await db.$transaction(async (tx) => {
        const now = clock.now();
        // The same lock as registration and acceptance take for the address.
        await authRepo.lockAddress(body.email, tx);
        if (await authRepo.findAccountByEmail(body.email, tx)) throw emailTaken(body.email);
        const point = body.photoPointId
          ? (await repo.pointNames([body.photoPointId], tx)).get(body.photoPointId)
          : null;
        if (body.photoPointId && point === undefined) throw new NotFoundError('The photo point');
        const inviter = await authRepo.findAccountById(actor.accountId, tx);
        const replaced = await repo.revokeFor(body.email, now, tx);
        const id = randomUUID();
        const created = await repo.create(
          {
            id,
            tokenHash: hashToken(deps.tokens.invitation(id)),
            email: body.email,
            displayName: body.displayName,
            role: body.role,
            photoPointId: body.photoPointId ?? null,
            invitedById: actor.accountId,
            createdAt: now,
            expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
          },
          tx,
        );
        // The invited person has no account yet: the email is the inviting admin's outbox row, sent to the address.
        await outbox.email(
          {
            accountId: actor.accountId,
            to: body.email,
            template: 'STAFF_INVITATION',
            params: {
              invitationId: id,
              expiresAt: created.expiresAt.toISOString(),
              displayName: body.displayName,
              invitedBy: inviter?.displayName ?? '',
              role: body.role,
              locale: 'zh-CN',
            },
          },
          now,
          tx,
        );
        await audit.append(
          {
            actorId: actor.accountId,
            action: 'account.invite',
            targetType: 'invitation',
            targetId: id,
            after: {
              email: body.email,
              displayName: body.displayName,
              role: body.role,
              ...(point ? { photoPoint: point } : {}),
            },
            ...(replaced > 0 ? { detail: { replacedInvitations: replaced } } : {}),
            requestId: actor.requestId,
            at: now,
          },
          tx,
        );
        return created;
      });
      const [invitation] = await views([row]);
      if (!invitation) throw new Error('the new invitation went missing');
      return { invitation, link: deps.linkFor(row.id) };
    },

    async pending(): Promise<Invitation[]> {
      return views(await repo.pending(clock.now()));
    },

    async revoke(actor: AdminActor, id: string): Promise<void> {
      await db.$transaction(async (tx) => {
        const now = clock.now();
        if (!(await repo.revoke(id, now, tx))) throw new NotFoundError('The pending invitation');
        const row = await repo.findById(id, tx);
        await audit.append(
          {
            actorId: actor.accountId,
            action: 'account.inviteRevoke',
            targetType: 'invitation',
            targetId: id,
            before: { status: 'pending' },
            after: { status: 'revoked' },
            detail: { email: row?.email ?? '', role: row?.role ?? '' },
            requestId: actor.requestId,
            at: now,
          },
          tx,
        );
      });
    },

    /** What the invitation page shows: the same INVITATION_INVALID for every link that cannot be used. */
    async preview(token: string): Promise<InvitationPreview> {
      const row = await usable(token);
      const [view] = await views([row]);
      if (!view) throw invalid();
      return {
        email: view.email,
        displayName: view.displayName,
        role: view.role,
        invitedBy: view.invitedBy,
        photoPointName: view.photoPoint?.name ?? null,
        expiresAt: view.expiresAt,
      };
    },

    /** Creates the invited account with the password chosen, uses the link up, and signs this browser in. */
    async accept(
      body: AcceptInvitationBody,
      browser: BrowserContext,
      requestId: string,
    ): Promise<{ account: Account; session: OpenedSession }> {
      const found = await usable(body.token);
      await assertAcceptablePassword(body.password, found.email, 'password');
      // Hashing is slow on purpose: before the transaction, not inside it.
      const passwordHash = await hashPassword(body.password);
      const row = await db.$transaction(async (tx) => {
        const now = clock.now();
        await authRepo.lockAddress(found.email, tx);
        if (await authRepo.findAccountByEmail(found.email, tx)) throw emailTaken(found.email);
        const account = await repo.createStaffAccount(
          {
            email: found.email,
            displayName: body.displayName ?? found.displayName,
            passwordHash,
            role: found.role,
            photoPointId: found.role === 'OPERATOR' ? found.photoPointId : null,
            now,
          },
          tx,
        );
        // Whoever marks it used first wins; a second click (or a revocation in between) finds it gone.
        if (!(await repo.use(found.id, account.id, now, tx))) throw invalid();
        await audit.append(
          {
            actorId: account.id,
            action: 'account.inviteAccept',
            targetType: 'account',
            targetId: account.id,
            after: { email: account.email, role: account.role },
            detail: { invitationId: found.id },
            requestId,
            at: now,
          },
          tx,
        );
        return account;
      });
      return { account: toAccount(row), session: await deps.openSession(row.id, browser) };
    },
  };
}

export type InvitationsService = ReturnType<typeof createInvitationsService>;
