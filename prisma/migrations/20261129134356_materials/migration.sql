-- CreateEnum
CREATE TYPE "MaterialKind" AS ENUM ('SUBJECT_CERT_FRONT', 'SUBJECT_CERT_BACK', 'SUBJECT_CERT_COMBINED', 'SUBJECT_PRINCIPAL_ID_FRONT', 'SUBJECT_PRINCIPAL_ID_BACK', 'SUBJECT_PRINCIPAL_ID_COMBINED', 'WEBSITE_PRINCIPAL_ID_FRONT', 'WEBSITE_PRINCIPAL_ID_BACK', 'WEBSITE_PRINCIPAL_ID_COMBINED', 'VERIFICATION_SHEET', 'HANDHELD_CERT_PHOTO', 'PRE_APPROVAL', 'CURTAIN_PHOTO');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('EMAIL', 'SMS', 'IN_APP');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "Filing" ADD COLUMN     "agreementAcceptedAt" TIMESTAMPTZ(3),
ADD COLUMN     "privacyVersion" TEXT,
ADD COLUMN     "submittedAt" TIMESTAMPTZ(3),
ADD COLUMN     "termsVersion" TEXT;

-- CreateTable
CREATE TABLE "Material" (
    "id" UUID NOT NULL,
    "filingId" UUID NOT NULL,
    "kind" "MaterialKind" NOT NULL,
    "websiteFilingNo" TEXT,
    "category" TEXT,
    "slot" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "sha256" TEXT NOT NULL,
    "objectKey" TEXT NOT NULL,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL,
    "uploadedBy" UUID NOT NULL,

    CONSTRAINT "Material_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "filingId" UUID,
    "channel" "NotificationChannel" NOT NULL,
    "recipient" TEXT,
    "template" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "status" "NotificationStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3),
    "result" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Material_objectKey_key" ON "Material"("objectKey");

-- CreateIndex
CREATE UNIQUE INDEX "Material_filingId_slot_key" ON "Material"("filingId", "slot");

-- CreateIndex
CREATE INDEX "Notification_status_nextAttemptAt_idx" ON "Notification"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Notification_accountId_channel_createdAt_idx" ON "Notification"("accountId", "channel", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_filingId_idx" ON "Notification"("filingId");

-- AddForeignKey
ALTER TABLE "Material" ADD CONSTRAINT "Material_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;
