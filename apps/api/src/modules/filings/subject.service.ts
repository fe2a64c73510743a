// Step 2.1, the subject: autosave of the draft (a changed principal mobile must be confirmed again), and the filing
// password, checked against the MIIT registry under the subject's wrong-password lock. The password is never stored.
import type { SubjectDraft } from '@beian/contracts';
import { shanghaiDay } from '@beian/domain';
import type { MiitRegistry } from '../../adapters/miit/miit.port.ts';
import { AppError } from '../../lib/app-error.ts';
import type { CertHasher } from '../../lib/cert-hash.ts';
import type { Clock } from '../../lib/clock.ts';
import { changedPaths } from './edit-scope.ts';
import { type FilingAccess, missingSubjectNoError } from './filing-access.ts';
import { readSubject, type StoredSubject } from './filing-data.ts';
import { PASSWORD_MAX_FAILURES, type PasswordLocks, subjectLockedError } from './password-lock.ts';
import { dialledMobile, samePersonName } from './stored-person.ts';
import { mergeSubject, subjectFields } from './subject-draft.ts';

export type SubjectServiceDeps = {
  access: FilingAccess;
  passwordLocks: PasswordLocks;
  miit: MiitRegistry;
  certHasher: CertHasher;
  clock: Clock;
};

export function createSubjectService({ access, passwordLocks, miit, certHasher, clock }: SubjectServiceDeps) {
  /** The original principal must be the one the registry holds for the subject (docs/design.md §5.2). */
  async function checkOriginalPrincipal(subjectFilingNo: string | null, before: StoredSubject, after: StoredSubject) {
    const name = after.originalPrincipalName;
    if (name === null || subjectFilingNo === null) return after;
    if (name === before.originalPrincipalName && before.originalPrincipalMatches !== null) return after;
    const subject = await miit.findSubjectByFilingNo(subjectFilingNo);
    return { ...after, originalPrincipalMatches: subject !== null && samePersonName(subject.principalName, name) };
  }

  return {
    async update(accountId: string, id: string, body: { version: number; subject: SubjectDraft }) {
      const row = await access.editable(accountId, id, body.version);
      const before = readSubject(row.subjectDraft);
      const merged = mergeSubject(before, body.subject, certHasher, shanghaiDay(clock.now()));
      const after = await checkOriginalPrincipal(row.subjectFilingNo, before, merged);
      await access.assertMayChange(row, changedPaths('subject', subjectFields(before), subjectFields(after)));
      const mobileChanged = dialledMobile(before.principal.mobile) !== dialledMobile(after.principal.mobile);
      await access.write(row, { subjectDraft: after, ...(mobileChanged ? { mobileVerifiedAt: null } : {}) });
      return access.reload(accountId, id);
    },

    async verifyPassword(accountId: string, id: string, password: string) {
      const row = await access.editable(accountId, id);
      const subjectFilingNo = row.subjectFilingNo;
      if (subjectFilingNo === null) throw missingSubjectNoError();
      const before = await passwordLocks.state(subjectFilingNo);
      // While locked the registry is not even asked, so a lock cannot be used to keep guessing.
      if (before.lockedUntil) throw subjectLockedError(before.lockedUntil, clock.now(), false);

      if (!(await miit.verifyFilingPassword(subjectFilingNo, password))) {
        const after = await passwordLocks.recordFailure(subjectFilingNo);
        if (after.lockedUntil) throw subjectLockedError(after.lockedUntil, clock.now(), true);
        throw new AppError(
          'FILING_PASSWORD_WRONG',
          422,
          `The filing password of ${subjectFilingNo} is not correct. ${after.triesLeft} of ${PASSWORD_MAX_FAILURES} tries left before the subject is locked for 30 minutes.`,
          { members: { triesLeft: after.triesLeft } },
        );
      }
      await passwordLocks.clear(subjectFilingNo);
      await access.write(row, { passwordVerifiedAt: clock.now() });
      return access.reload(accountId, id);
    },
  };
}

export type SubjectService = ReturnType<typeof createSubjectService>;
