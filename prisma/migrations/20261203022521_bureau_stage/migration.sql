-- CreateEnum
CREATE TYPE "BureauSubmissionStatus" AS ENUM ('PENDING', 'SUBMITTED', 'SMS_CONFIRMED', 'SMS_FAILED', 'APPROVED', 'REJECTED');

-- AlterTable
-- Submissions made before this migration keep their own id as key and their submission time as the last texting.
ALTER TABLE "SimBureauSubmission" ADD COLUMN     "autoDecisionMinutes" INTEGER,
ADD COLUMN     "codesSentAt" TIMESTAMPTZ(3),
ADD COLUMN     "failure" TEXT,
ADD COLUMN     "idempotencyKey" TEXT;
UPDATE "SimBureauSubmission" SET "codesSentAt" = "submittedAt", "idempotencyKey" = "id"::text;
ALTER TABLE "SimBureauSubmission" ALTER COLUMN "codesSentAt" SET NOT NULL, ALTER COLUMN "idempotencyKey" SET NOT NULL;

-- AlterTable
ALTER TABLE "SimBureauVerifier" ADD COLUMN     "certEndingMac" TEXT;

-- CreateTable
CREATE TABLE "BureauSubmission" (
    "id" UUID NOT NULL,
    "filingId" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "status" "BureauSubmissionStatus" NOT NULL DEFAULT 'PENDING',
    "externalId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "smsDeadline" TIMESTAMPTZ(3),
    "smsConfirmedAt" TIMESTAMPTZ(3),
    "bureauDueAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "failure" TEXT,
    "bureauReason" TEXT,
    "resubmitReason" TEXT,
    "resubmittedById" UUID,
    "lastPolledAt" TIMESTAMPTZ(3),

    CONSTRAINT "BureauSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BureauSubmission_externalId_key" ON "BureauSubmission"("externalId");

-- CreateIndex
CREATE INDEX "BureauSubmission_status_smsDeadline_idx" ON "BureauSubmission"("status", "smsDeadline");

-- CreateIndex
CREATE UNIQUE INDEX "BureauSubmission_filingId_round_key" ON "BureauSubmission"("filingId", "round");

-- CreateIndex
CREATE UNIQUE INDEX "SimBureauSubmission_idempotencyKey_key" ON "SimBureauSubmission"("idempotencyKey");

-- AddForeignKey
ALTER TABLE "BureauSubmission" ADD CONSTRAINT "BureauSubmission_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
