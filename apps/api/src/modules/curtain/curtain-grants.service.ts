// An admin's grant of one more curtain to an applicant whose first was lost, damaged or came back: the applicant's
// next request uses it, with the postage theirs (到付). One unused grant at a time, and only once the free curtain
// was requested (before that the free one is still there to ask for).
import { randomUUID } from 'node:crypto';
import type { CurtainGrant, CurtainGrantInput } from '@beian/contracts';
import type { Db } from '../../infra/db.ts';
import { AppError, ConflictError, NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { DeskActor } from './curtain-shipping.ts';

type Deps = { db: Db; audit: AuditRepository; clock: Clock };

export function createCurtainGrantsService({ db, audit, clock }: Deps) {
  return {
    async grant(input: CurtainGrantInput, actor: DeskActor): Promise<CurtainGrant> {
      const account = await db.account.findUnique({
        where: input.accountId ? { id: input.accountId } : { email: input.email ?? '' },
        select: { id: true, email: true, role: true },
      });
      if (!account) throw new NotFoundError('Applicant account');
      if (account.role !== 'APPLICANT') {
        throw new AppError('CURTAIN_GRANT_NOT_APPLICANT', 409, 'Only an applicant account requests curtains.');
      }
      const now = clock.now();
      const id = randomUUID();
      await db.$transaction(async (tx) => {
        // Two grants for one account at once: the row lock makes the second see the first.
        await tx.$queryRaw`SELECT id FROM "Account" WHERE id = ${account.id}::uuid FOR UPDATE`;
        const requests = await tx.curtainRequest.count({ where: { accountId: account.id } });
        if (requests === 0) {
          throw new ConflictError(
            'CURTAIN_GRANT_NOT_NEEDED',
            'This account has not requested its free curtain yet; it can do so without a grant.',
          );
        }
        const unused = await tx.curtainGrant.count({ where: { accountId: account.id, usedAt: null } });
        if (unused > 0) {
          throw new ConflictError(
            'CURTAIN_GRANT_NOT_NEEDED',
            'This account already has a grant it has not used: its next request will use it.',
          );
        }
        await tx.curtainGrant.create({
          data: { id, accountId: account.id, reason: input.reason, grantedById: actor.actorId, grantedAt: now },
        });
        await audit.append(
          {
            actorId: actor.actorId,
            action: 'curtain.grant',
            targetType: 'account',
            targetId: account.id,
            after: { furtherCurtain: 'granted', postage: 'paid by the applicant' },
            detail: { grantId: id, reason: input.reason, requestsBefore: requests },
            requestId: actor.requestId,
            at: now,
          },
          tx,
        );
      });
      return {
        id,
        accountId: account.id,
        email: account.email,
        reason: input.reason,
        grantedAt: now.toISOString(),
        usedAt: null,
      };
    },
  };
}

export type CurtainGrantsService = ReturnType<typeof createCurtainGrantsService>;
