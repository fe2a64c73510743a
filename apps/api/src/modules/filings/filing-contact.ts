// Where a filing's notices go: the account's email, and the subject principal's mobile once an SMS code confirmed it
// (an unconfirmed number may be a typo, and texts would reach a stranger).
import type { Filing } from '../../generated/prisma/client.ts';
import { readSubject } from './filing-data.ts';
import type { FilingsRepository } from './filings.repository.ts';

export type Contact = { email: string | null; mobile: string | null };

export function createContactOf(repo: Pick<FilingsRepository, 'accountEmail'>) {
  return async function contactOf(
    row: Pick<Filing, 'accountId' | 'subjectDraft' | 'mobileVerifiedAt'>,
  ): Promise<Contact> {
    const email = await repo.accountEmail(row.accountId);
    const mobile = row.mobileVerifiedAt === null ? null : readSubject(row.subjectDraft).principal.mobile;
    return { email, mobile };
  };
}

export type ContactOf = ReturnType<typeof createContactOf>;
