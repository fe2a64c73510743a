-- AlterTable
ALTER TABLE "Filing" ADD COLUMN     "claimExpiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "claimedById" UUID;

-- AddForeignKey
ALTER TABLE "Filing" ADD CONSTRAINT "Filing_claimedById_fkey" FOREIGN KEY ("claimedById") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;
