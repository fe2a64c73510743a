-- CreateEnum
CREATE TYPE "PhotoMethod" AS ENUM ('APP_CHECK', 'PHOTO_POINT', 'CURTAIN');

-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "photoPointId" UUID;

-- CreateTable
CREATE TABLE "PhotoPoint" (
    "id" UUID NOT NULL,
    "province" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "hours" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PhotoPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationPhoto" (
    "id" UUID NOT NULL,
    "filingId" UUID NOT NULL,
    "method" "PhotoMethod" NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "sha256" TEXT NOT NULL,
    "objectKey" TEXT NOT NULL,
    "takenAt" TIMESTAMPTZ(3) NOT NULL,
    "takenById" UUID NOT NULL,
    "takenByRole" "ActorRole" NOT NULL,
    "photoPointId" UUID,
    "idCheckedInPerson" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "VerificationPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CurtainRequest" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "filingId" UUID NOT NULL,
    "recipient" TEXT NOT NULL,
    "mobile" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "cityCode" TEXT NOT NULL,
    "districtCode" TEXT NOT NULL,
    "addressDetail" TEXT NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL,
    "plannedDispatchDate" TEXT NOT NULL,
    "trackingNo" TEXT,
    "shippedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CurtainRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppCheckLink" (
    "id" UUID NOT NULL,
    "filingId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "endedAt" TIMESTAMPTZ(3),
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AppCheckLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PhotoPoint_province_city_idx" ON "PhotoPoint"("province", "city");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationPhoto_objectKey_key" ON "VerificationPhoto"("objectKey");

-- CreateIndex
CREATE INDEX "VerificationPhoto_filingId_takenAt_idx" ON "VerificationPhoto"("filingId", "takenAt");

-- CreateIndex
CREATE UNIQUE INDEX "CurtainRequest_accountId_key" ON "CurtainRequest"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "CurtainRequest_trackingNo_key" ON "CurtainRequest"("trackingNo");

-- CreateIndex
CREATE INDEX "CurtainRequest_plannedDispatchDate_shippedAt_idx" ON "CurtainRequest"("plannedDispatchDate", "shippedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AppCheckLink_tokenHash_key" ON "AppCheckLink"("tokenHash");

-- CreateIndex
CREATE INDEX "AppCheckLink_filingId_createdAt_idx" ON "AppCheckLink"("filingId", "createdAt");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_photoPointId_fkey" FOREIGN KEY ("photoPointId") REFERENCES "PhotoPoint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationPhoto" ADD CONSTRAINT "VerificationPhoto_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationPhoto" ADD CONSTRAINT "VerificationPhoto_photoPointId_fkey" FOREIGN KEY ("photoPointId") REFERENCES "PhotoPoint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CurtainRequest" ADD CONSTRAINT "CurtainRequest_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CurtainRequest" ADD CONSTRAINT "CurtainRequest_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppCheckLink" ADD CONSTRAINT "AppCheckLink_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
