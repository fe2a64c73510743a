// The admin's accounts: search, change an account's one role (decision 030), disable and enable. An administrator
// keeps their own ADMIN role and account, and the last active administrator can be neither demoted nor disabled:
// every such change locks the active administrators' rows first. A disabled account is signed out in the same
// transaction, and an account that can review no more (disabled, or given a role that does not review) gives its
// review claims back to the queue there too. Each change is audited in it with what it was and what it became.
import type { AccountList, AccountListQuery, AdminAccount, Role } from '@beian/contracts';
import { AccountListQuerySchema, reviewsFilings } from '@beian/contracts';
import type { Db, Tx } from '../../infra/db.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { SessionEvictions } from '../auth/session-cache.ts';
import type { ReviewClaimsRepository } from '../review/review-claims.repository.ts';
import { REVIEW_STATUSES } from '../review/review-queue.view.ts';
import type { AccountsRepository, ListedAccount } from './accounts.repository.ts';
import { adminAccountOf } from './accounts.view.ts';

/** Who makes the change, and the request it came in (for the audit row). */
export type AdminActor = { accountId: string; requestId: string };

const ownAccount = () =>
  new ConflictError(
    'OWN_ADMIN_ACCOUNT',
    'You cannot remove your own administrator role or disable your own account. Ask another administrator.',
  );

const lastAdmin = () =>
  new ConflictError(
    'LAST_ADMIN',
    'This is the last active administrator. Make another account an administrator first, so the console keeps one.',
  );

export function createAccountsService(deps: {
  db: Db;
  repo: AccountsRepository;
  audit: AuditRepository;
  cache: SessionEvictions;
  claims: Pick<ReviewClaimsRepository, 'releaseAllHeldBy'>;
  clock: Clock;
}) {
  const { db, repo, audit, cache, claims, clock } = deps;

  /** Returns the account's live review claims to the queue; how many, for the audit row. */
  const releaseClaims = (reviewerId: string, now: Date, tx: Tx) =>
    claims.releaseAllHeldBy({ reviewerId, now, statuses: [...REVIEW_STATUSES] }, tx);

  /** Changes the account in a transaction, then evicts its cached sessions: after the commit, so none is read back. */
  async function changeAccount<T>(id: string, change: (tx: Tx) => Promise<T>): Promise<T> {
    const result = await db.$transaction(change);
    cache.evictAccount(id);
    return result;
  }

  /** Locks the account and, when the change takes an active administrator away, checks one stays. */
  async function lockTarget(actor: AdminActor, id: string, takesAdminAway: (a: ListedAccount) => boolean, tx: Tx) {
    // The admins' rows first, then the target's, always in this order, so two changes cannot wait on each other.
    const admins = await repo.lockActiveAdmins(tx);
    const account = await repo.lockAccount(id, tx);
    if (!account) throw new NotFoundError('The account');
    if (takesAdminAway(account)) {
      if (account.id === actor.accountId) throw ownAccount();
      if (admins.filter((a) => a !== account.id).length === 0) throw lastAdmin();
    }
    // An administrator demoted or disabled while this request waited for the locks acts no more.
    if (!admins.includes(actor.accountId)) throw new ForbiddenError();
    return account;
  }

  return {
    async list(query: AccountListQuery): Promise<AccountList> {
      const { q, role, active, page, pageSize } = AccountListQuerySchema.parse(query);
      const { rows, total } = await repo.page({
        q: q || undefined,
        role,
        active: active === undefined ? undefined : active === 'true',
        skip: (page - 1) * pageSize,
        take: pageSize,
      });
      return { accounts: rows.map(adminAccountOf), total, page, pageSize };
    },

    /** Gives the account `role`; leaving OPERATOR also leaves its photo point. */
    async changeRole(actor: AdminActor, id: string, role: Role): Promise<AdminAccount> {
      return changeAccount(id, async (tx) => {
        const now = clock.now();
        const before = await lockTarget(actor, id, (a) => a.active && a.role === 'ADMIN' && role !== 'ADMIN', tx);
        if (before.role === role) return adminAccountOf(before);
        const photoPointId = role === 'OPERATOR' ? (before.photoPoint?.id ?? null) : null;
        const after = await repo.setRole(id, role, photoPointId, now, tx);
        const releasedClaims =
          reviewsFilings(before.role) && !reviewsFilings(role) ? await releaseClaims(id, now, tx) : 0;
        await audit.append(
          {
            actorId: actor.accountId,
            action: 'account.role',
            targetType: 'account',
            targetId: id,
            before: { role: before.role, ...(before.photoPoint ? { photoPoint: before.photoPoint.name } : {}) },
            after: { role: after.role, ...(before.photoPoint ? { photoPoint: after.photoPoint?.name ?? null } : {}) },
            ...(releasedClaims > 0 ? { detail: { releasedClaims } } : {}),
            requestId: actor.requestId,
            at: now,
          },
          tx,
        );
        return adminAccountOf(after);
      });
    },

    /** Disables the account and signs it out everywhere at once; it cannot sign in until enabled again. */
    async disable(actor: AdminActor, id: string): Promise<AdminAccount> {
      return changeAccount(id, async (tx) => {
        const now = clock.now();
        if (id === actor.accountId) throw ownAccount();
        const before = await lockTarget(actor, id, (a) => a.active && a.role === 'ADMIN', tx);
        if (!before.active) return adminAccountOf(before);
        const after = await repo.setActive(id, false, now, tx);
        const { count } = await repo.endSessions(id, tx);
        const releasedClaims = await releaseClaims(id, now, tx);
        await audit.append(
          {
            actorId: actor.accountId,
            action: 'account.disable',
            targetType: 'account',
            targetId: id,
            before: { active: true },
            after: { active: false },
            detail: { endedSessions: count, releasedClaims },
            requestId: actor.requestId,
            at: now,
          },
          tx,
        );
        return adminAccountOf(after);
      });
    },

    async enable(actor: AdminActor, id: string): Promise<AdminAccount> {
      return changeAccount(id, async (tx) => {
        const now = clock.now();
        const before = await repo.lockAccount(id, tx);
        if (!before) throw new NotFoundError('The account');
        if (before.active) return adminAccountOf(before);
        const after = await repo.setActive(id, true, now, tx);
        await audit.append(
          {
            actorId: actor.accountId,
            action: 'account.enable',
            targetType: 'account',
            targetId: id,
            before: { active: false },
            after: { active: true },
            requestId: actor.requestId,
            at: now,
          },
          tx,
        );
        return adminAccountOf(after);
      });
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
