-- CreateEnum
CREATE TYPE "SimSubjectNature" AS ENUM ('PERSONAL', 'ENTERPRISE', 'GOVERNMENT', 'PUBLIC_INSTITUTION', 'SOCIAL_ORG', 'OTHER');

-- CreateEnum
CREATE TYPE "SimCloudResourceKind" AS ENUM ('CVM', 'SITE_HOSTING', 'CLB', 'BM');

-- CreateEnum
CREATE TYPE "SimBilling" AS ENUM ('PREPAID', 'POSTPAID');

-- CreateEnum
CREATE TYPE "SimBureauStatus" AS ENUM ('SMS_PENDING', 'SMS_EXPIRED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "SimMiitSubject" (
    "id" UUID NOT NULL,
    "subjectFilingNo" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "nature" "SimSubjectNature" NOT NULL,
    "name" TEXT NOT NULL,
    "certType" TEXT NOT NULL,
    "certHash" TEXT NOT NULL,
    "certMasked" TEXT NOT NULL,
    "principalName" TEXT NOT NULL,
    "certificateAddress" TEXT NOT NULL,
    "mailingAddress" TEXT NOT NULL,
    "filingPasswordHash" TEXT NOT NULL,
    "relatedPersons" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SimMiitSubject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimMiitWebsite" (
    "id" UUID NOT NULL,
    "websiteFilingNo" TEXT NOT NULL,
    "subjectId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "homepageUrl" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "accessProviders" TEXT[],

    CONSTRAINT "SimMiitWebsite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimMiitWebsiteDomain" (
    "domain" TEXT NOT NULL,
    "websiteId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SimMiitWebsiteDomain_pkey" PRIMARY KEY ("domain")
);

-- CreateTable
CREATE TABLE "SimBureauSubmission" (
    "id" UUID NOT NULL,
    "filingId" TEXT NOT NULL,
    "orderNo" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "status" "SimBureauStatus" NOT NULL DEFAULT 'SMS_PENDING',
    "snapshot" JSONB NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "smsDeadline" TIMESTAMPTZ(3) NOT NULL,
    "smsConfirmedAt" TIMESTAMPTZ(3),
    "autoDecisionDays" INTEGER NOT NULL,
    "autoDecideAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "decidedBy" TEXT,
    "reason" TEXT,

    CONSTRAINT "SimBureauSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimBureauVerifier" (
    "id" UUID NOT NULL,
    "submissionId" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mobile" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "wrongCodes" INTEGER NOT NULL DEFAULT 0,
    "confirmedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SimBureauVerifier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimDomainRecord" (
    "domain" TEXT NOT NULL,
    "registrar" TEXT NOT NULL,
    "registrarApproved" BOOLEAN NOT NULL,
    "realNameVerified" BOOLEAN NOT NULL,
    "registeredAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "registrantName" TEXT NOT NULL,
    "registrantCertType" TEXT NOT NULL,
    "registrantCertHash" TEXT NOT NULL,
    "registrantCertMasked" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SimDomainRecord_pkey" PRIMARY KEY ("domain")
);

-- CreateTable
CREATE TABLE "SimCloudAccount" (
    "accountId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "demoGrantedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SimCloudAccount_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "SimCloudResource" (
    "instanceId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "kind" "SimCloudResourceKind" NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "billing" "SimBilling" NOT NULL,
    "monthsPurchased" INTEGER NOT NULL,
    "publicBandwidthMbps" INTEGER NOT NULL,
    "publicIp" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SimCloudResource_pkey" PRIMARY KEY ("instanceId")
);

-- CreateTable
CREATE TABLE "SimAuthCode" (
    "code" TEXT NOT NULL,
    "instanceId" TEXT NOT NULL,
    "grantedToAccountId" TEXT,
    "usedByFilingId" TEXT,
    "claimedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SimAuthCode_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "SimSmsMessage" (
    "id" UUID NOT NULL,
    "mobile" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SimSmsMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimCourierShipment" (
    "id" BIGSERIAL NOT NULL,
    "trackingNo" TEXT,
    "ref" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "mobile" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "deliveredAt" TIMESTAMPTZ(3),

    CONSTRAINT "SimCourierShipment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SimMiitSubject_subjectFilingNo_key" ON "SimMiitSubject"("subjectFilingNo");

-- CreateIndex
CREATE UNIQUE INDEX "SimMiitSubject_certType_certHash_key" ON "SimMiitSubject"("certType", "certHash");

-- CreateIndex
CREATE UNIQUE INDEX "SimMiitWebsite_websiteFilingNo_key" ON "SimMiitWebsite"("websiteFilingNo");

-- CreateIndex
CREATE INDEX "SimMiitWebsite_subjectId_idx" ON "SimMiitWebsite"("subjectId");

-- CreateIndex
CREATE INDEX "SimMiitWebsiteDomain_websiteId_idx" ON "SimMiitWebsiteDomain"("websiteId");

-- CreateIndex
CREATE INDEX "SimBureauSubmission_filingId_idx" ON "SimBureauSubmission"("filingId");

-- CreateIndex
CREATE INDEX "SimBureauSubmission_status_autoDecideAt_idx" ON "SimBureauSubmission"("status", "autoDecideAt");

-- CreateIndex
CREATE INDEX "SimBureauSubmission_status_smsDeadline_idx" ON "SimBureauSubmission"("status", "smsDeadline");

-- CreateIndex
CREATE UNIQUE INDEX "SimBureauVerifier_submissionId_mobile_key" ON "SimBureauVerifier"("submissionId", "mobile");

-- CreateIndex
CREATE INDEX "SimCloudResource_accountId_idx" ON "SimCloudResource"("accountId");

-- CreateIndex
CREATE INDEX "SimAuthCode_instanceId_idx" ON "SimAuthCode"("instanceId");

-- CreateIndex
CREATE INDEX "SimAuthCode_grantedToAccountId_idx" ON "SimAuthCode"("grantedToAccountId");

-- CreateIndex
CREATE INDEX "SimSmsMessage_createdAt_idx" ON "SimSmsMessage"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SimCourierShipment_trackingNo_key" ON "SimCourierShipment"("trackingNo");

-- CreateIndex
CREATE INDEX "SimCourierShipment_ref_idx" ON "SimCourierShipment"("ref");

-- CreateIndex
CREATE INDEX "SimCourierShipment_createdAt_idx" ON "SimCourierShipment"("createdAt");

-- AddForeignKey
ALTER TABLE "SimMiitWebsite" ADD CONSTRAINT "SimMiitWebsite_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "SimMiitSubject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimMiitWebsiteDomain" ADD CONSTRAINT "SimMiitWebsiteDomain_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "SimMiitWebsite"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimBureauVerifier" ADD CONSTRAINT "SimBureauVerifier_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "SimBureauSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimAuthCode" ADD CONSTRAINT "SimAuthCode_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "SimCloudResource"("instanceId") ON DELETE CASCADE ON UPDATE CASCADE;
