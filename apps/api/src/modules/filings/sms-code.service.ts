// Confirming the subject principal's mobile by SMS: send a code to the saved number (within the resend and hourly
// limits), then check the code typed back. Only hashes of codes and numbers are stored; neither is ever logged.
import { randomUUID } from 'node:crypto';
import { isValidMainlandMobile } from '@beian/domain';
import type { SmsGateway } from '../../adapters/sms/sms.port.ts';
import type { Filing } from '../../generated/prisma/client.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { maskMobile } from '../../lib/mask-mobile.ts';
import type { FilingAccess } from './filing-access.ts';
import { readSubject } from './filing-data.ts';
import type { SmsCodesRepository } from './sms-codes.repository.ts';
import {
  assertMaySend,
  newSmsCode,
  SMS_CODE_TTL_MS,
  SMS_HOUR_MS,
  SMS_MAX_WRONG,
  SMS_RESEND_MS,
  type SmsHasher,
} from './sms-codes.ts';

export type SmsCodeServiceDeps = {
  access: FilingAccess;
  repo: SmsCodesRepository;
  sms: SmsGateway;
  hasher: SmsHasher;
  clock: Clock;
};

const codeError = (code: 'SMS_CODE_WRONG' | 'SMS_CODE_EXPIRED', detail: string, triesLeft?: number) =>
  new AppError(code, 422, detail, triesLeft === undefined ? {} : { members: { triesLeft } });

/** The principal's saved mobile, if it is one MIIT can text. */
function savedMobile(row: Filing): string {
  const typed = readSubject(row.subjectDraft).principal.mobile;
  const parsed = typed === null ? null : isValidMainlandMobile(typed);
  if (!parsed?.ok) {
    throw new AppError(
      'MOBILE_NOT_SAVED',
      400,
      "Save the principal's mobile number (an 11-digit mainland mobile MIIT can text) before asking for a code.",
      { errors: [{ path: 'subject.principal.mobile', message: 'Enter and save a mainland mobile number first.' }] },
    );
  }
  return parsed.value.mobile;
}

export function createSmsCodeService({ access, repo, sms, hasher, clock }: SmsCodeServiceDeps) {
  return {
    async send(accountId: string, id: string) {
      const row = await access.editable(accountId, id);
      const mobile = savedMobile(row);
      const mobileHash = hasher.mobile(mobile);
      const code = newSmsCode();
      const codeId = randomUUID();
      const now = clock.now();
      await repo.withNumberLocked(mobileHash, async (tx) => {
        assertMaySend(await repo.sentSince(mobileHash, new Date(now.getTime() - SMS_HOUR_MS), tx), now);
        await repo.create(
          {
            id: codeId,
            filingId: row.id,
            mobileHash,
            codeHash: hasher.code(codeId, code),
            sentAt: now,
            expiresAt: new Date(now.getTime() + SMS_CODE_TTL_MS),
          },
          tx,
        );
      });
      // Sent after commit, as the gateway is another system; a text that never left must not count as sent.
      try {
        await sms.send({
          mobile,
          template: 'VERIFY_CODE',
          // The order is not in the text; it marks whose code this is for the simulated phone of the filing.
          params: { code, minutes: String(SMS_CODE_TTL_MS / 60_000), orderNo: row.orderNo },
          purpose: 'PRINCIPAL_MOBILE',
        });
      } catch {
        await repo.remove(codeId);
        throw new AppError('SERVICE_UNAVAILABLE', 503, 'The SMS gateway did not take the message. Try again shortly.');
      }
      return {
        sentTo: maskMobile(mobile),
        resendAfterSeconds: SMS_RESEND_MS / 1000,
        expiresInSeconds: SMS_CODE_TTL_MS / 1000,
      };
    },

    async verify(accountId: string, id: string, code: string) {
      const row = await access.editable(accountId, id);
      const mobile = savedMobile(row);
      const latest = await repo.latest(row.id, hasher.mobile(mobile));
      const now = clock.now();
      if (!latest || latest.expiresAt <= now || latest.attempts >= SMS_MAX_WRONG) {
        const why = !latest
          ? 'No unused code was sent to this number'
          : 'The code has expired or was entered wrongly too often';
        throw codeError('SMS_CODE_EXPIRED', `${why}. Request a new code.`);
      }
      if (!hasher.matches(latest.id, code, latest.codeHash)) {
        const tries = await repo.countWrong(latest.id);
        const left = Math.max(0, SMS_MAX_WRONG - (tries ?? SMS_MAX_WRONG));
        const then = left > 0 ? `${left} tries left for this code.` : 'The code is void now: request a new one.';
        throw codeError('SMS_CODE_WRONG', `The code is not correct. ${then}`, left);
      }
      // The code is used up only if the filing takes the confirmation (still editable, not changed meanwhile).
      await repo.transaction(async (tx) => {
        if (!(await repo.consume(latest.id, now, tx))) {
          throw codeError('SMS_CODE_EXPIRED', 'The code is no longer valid. Request a new code.');
        }
        await access.write(row, { mobileVerifiedAt: now }, tx);
      });
      return access.reload(accountId, id);
    },
  };
}

export type SmsCodeService = ReturnType<typeof createSmsCodeService>;
