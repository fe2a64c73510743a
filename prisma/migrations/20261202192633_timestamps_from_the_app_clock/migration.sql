-- AlterTable
ALTER TABLE "Account" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Session" ALTER COLUMN "createdAt" DROP DEFAULT,
ALTER COLUMN "lastSeenAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Filing" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "FilingLock" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "FilingEvent" ALTER COLUMN "at" DROP DEFAULT;

-- AlterTable
ALTER TABLE "AuditLog" ALTER COLUMN "at" DROP DEFAULT;

-- AlterTable
ALTER TABLE "SimMiitSubject" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "SimDomainRecord" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "SimCloudAccount" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "SimCloudResource" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "SimAuthCode" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "SimSmsMessage" ALTER COLUMN "createdAt" DROP DEFAULT;
