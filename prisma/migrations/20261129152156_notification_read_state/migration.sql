-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "readAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Notification_accountId_channel_readAt_idx" ON "Notification"("accountId", "channel", "readAt");
