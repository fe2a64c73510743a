-- CreateEnum
CREATE TYPE "CurtainStatus" AS ENUM ('REQUESTED', 'SHIPPED', 'DELIVERED', 'RETURNED');

-- CreateEnum
CREATE TYPE "RuleSetKind" AS ENUM ('PROVINCE_RULES', 'MIIT_SUFFIXES');

-- DropIndex
DROP INDEX "CurtainRequest_accountId_key";

-- AlterTable
ALTER TABLE "Filing" ADD COLUMN     "provinceRulesVersion" INTEGER,
ADD COLUMN     "suffixListVersion" INTEGER;

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "after" JSONB,
ADD COLUMN     "before" JSONB,
ADD COLUMN     "filingId" UUID;

-- AlterTable
ALTER TABLE "CurtainRequest" ADD COLUMN     "deliveredAt" TIMESTAMPTZ(3),
ADD COLUMN     "grantId" UUID,
ADD COLUMN     "postagePaidByApplicant" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "returnedAt" TIMESTAMPTZ(3),
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "status" "CurtainStatus" NOT NULL DEFAULT 'REQUESTED';
-- Curtains handed to the courier before this migration are shipped.
UPDATE "CurtainRequest" SET "status" = 'SHIPPED' WHERE "shippedAt" IS NOT NULL;

-- CreateTable
CREATE TABLE "CurtainGrant" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "grantedById" UUID NOT NULL,
    "grantedAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CurtainGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleSetVersion" (
    "id" UUID NOT NULL,
    "kind" "RuleSetKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RuleSetVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HolidayCalendarYear" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "holidays" TEXT[],
    "makeUpWorkdays" TEXT[],
    "reason" TEXT NOT NULL,
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HolidayCalendarYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffInvitation" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "photoPointId" UUID,
    "invitedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "accountId" UUID,

    CONSTRAINT "StaffInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordReset" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "accountId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PasswordReset_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CurtainGrant_accountId_usedAt_idx" ON "CurtainGrant"("accountId", "usedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RuleSetVersion_kind_version_key" ON "RuleSetVersion"("kind", "version");

-- CreateIndex
CREATE UNIQUE INDEX "HolidayCalendarYear_year_version_key" ON "HolidayCalendarYear"("year", "version");

-- CreateIndex
CREATE UNIQUE INDEX "StaffInvitation_tokenHash_key" ON "StaffInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "StaffInvitation_email_idx" ON "StaffInvitation"("email");

-- CreateIndex
CREATE INDEX "StaffInvitation_expiresAt_idx" ON "StaffInvitation"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordReset_tokenHash_key" ON "PasswordReset"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordReset_accountId_idx" ON "PasswordReset"("accountId");

-- CreateIndex
CREATE INDEX "PasswordReset_expiresAt_idx" ON "PasswordReset"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_filingId_at_idx" ON "AuditLog"("filingId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- CreateIndex
CREATE UNIQUE INDEX "CurtainRequest_grantId_key" ON "CurtainRequest"("grantId");

-- CreateIndex
CREATE INDEX "CurtainRequest_status_plannedDispatchDate_idx" ON "CurtainRequest"("status", "plannedDispatchDate");

-- CreateIndex
CREATE UNIQUE INDEX "CurtainRequest_accountId_sequence_key" ON "CurtainRequest"("accountId", "sequence");

-- AddForeignKey
ALTER TABLE "CurtainRequest" ADD CONSTRAINT "CurtainRequest_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "CurtainGrant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CurtainGrant" ADD CONSTRAINT "CurtainGrant_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordReset" ADD CONSTRAINT "PasswordReset_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The audit log is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks (the API has no such path either).
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditLog_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();

CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
