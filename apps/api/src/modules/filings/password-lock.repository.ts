// Prisma access for wrong filing passwords per subject (SubjectPasswordLock).
import type { SubjectPasswordLock } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';

export type PasswordLockRow = Pick<SubjectPasswordLock, 'failures' | 'lastFailureAt' | 'lockedUntil'>;

export function createPasswordLockRepository(db: Db) {
  return {
    find: (subjectFilingNo: string, tx: Tx = db) => tx.subjectPasswordLock.findUnique({ where: { subjectFilingNo } }),
    clear: (subjectFilingNo: string, tx: Tx = db) => tx.subjectPasswordLock.deleteMany({ where: { subjectFilingNo } }),

    /**
     * Reads the subject's row under a row lock and stores what `next` makes of it, so concurrent wrong tries from
     * several filings or accounts are all counted.
     */
    update(subjectFilingNo: string, next: (row: PasswordLockRow | null) => PasswordLockRow, now: Date) {
      return db.$transaction(async (tx) => {
        // A placeholder row makes the first failure lockable too; the update below always overwrites it. The no-op
        // DO UPDATE locks an existing row in the same statement, so neither a concurrent try nor the housekeeping
        // purge can change or delete it between this insert and the read.
        await tx.$executeRaw`
          INSERT INTO "SubjectPasswordLock" ("subjectFilingNo", "failures", "lastFailureAt")
          VALUES (${subjectFilingNo}, 0, ${now})
          ON CONFLICT ("subjectFilingNo") DO UPDATE SET "subjectFilingNo" = EXCLUDED."subjectFilingNo"`;
        const row = await tx.subjectPasswordLock.findUniqueOrThrow({ where: { subjectFilingNo } });
        const data = next(row.failures === 0 ? null : row);
        await tx.subjectPasswordLock.update({ where: { subjectFilingNo }, data });
        return data;
      });
    },
  };
}

export type PasswordLockRepository = ReturnType<typeof createPasswordLockRepository>;
