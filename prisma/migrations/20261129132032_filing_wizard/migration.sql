-- CreateEnum
CREATE TYPE "SubjectNature" AS ENUM ('PERSONAL', 'ENTERPRISE', 'GOVERNMENT', 'PUBLIC_INSTITUTION', 'SOCIAL_ORG', 'OTHER');

-- CreateEnum
CREATE TYPE "FilingLockKind" AS ENUM ('SUBJECT', 'DOMAIN');

-- DropIndex
DROP INDEX "Filing_accountId_idx";

-- AlterTable
ALTER TABLE "Filing" DROP COLUMN "data",
ADD COLUMN     "certHash" TEXT NOT NULL,
ADD COLUMN     "certMasked" TEXT NOT NULL,
ADD COLUMN     "certType" TEXT NOT NULL,
ADD COLUMN     "cloudService" JSONB NOT NULL,
ADD COLUMN     "domainAscii" TEXT NOT NULL,
ADD COLUMN     "domainUnicode" TEXT NOT NULL,
ADD COLUMN     "mobileVerifiedAt" TIMESTAMPTZ(3),
ADD COLUMN     "nature" "SubjectNature" NOT NULL,
ADD COLUMN     "passwordVerifiedAt" TIMESTAMPTZ(3),
ADD COLUMN     "subjectDraft" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "subjectFilingNo" TEXT,
ADD COLUMN     "verifyChecks" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "websites" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "FilingLock" (
    "kind" "FilingLockKind" NOT NULL,
    "key" TEXT NOT NULL,
    "filingId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FilingLock_pkey" PRIMARY KEY ("kind","key")
);

-- CreateTable
CREATE TABLE "OrderSequence" (
    "day" TEXT NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "OrderSequence_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "SubjectPasswordLock" (
    "subjectFilingNo" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "lastFailureAt" TIMESTAMPTZ(3) NOT NULL,
    "lockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "SubjectPasswordLock_pkey" PRIMARY KEY ("subjectFilingNo")
);

-- CreateTable
CREATE TABLE "SmsCode" (
    "id" UUID NOT NULL,
    "filingId" UUID NOT NULL,
    "mobileHash" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "consumedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SmsCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FilingLock_filingId_idx" ON "FilingLock"("filingId");

-- CreateIndex
CREATE INDEX "SmsCode_mobileHash_sentAt_idx" ON "SmsCode"("mobileHash", "sentAt");

-- CreateIndex
CREATE INDEX "SmsCode_filingId_sentAt_idx" ON "SmsCode"("filingId", "sentAt");

-- CreateIndex
CREATE INDEX "Filing_accountId_createdAt_idx" ON "Filing"("accountId", "createdAt");

-- AddForeignKey
ALTER TABLE "FilingLock" ADD CONSTRAINT "FilingLock_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SmsCode" ADD CONSTRAINT "SmsCode_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
