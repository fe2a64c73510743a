-- CreateIndex
CREATE INDEX "Filing_status_province_slaDueAt_idx" ON "Filing"("status", "province", "slaDueAt");
