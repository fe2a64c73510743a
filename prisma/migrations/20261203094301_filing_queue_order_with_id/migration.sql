-- DropIndex
DROP INDEX "Filing_status_slaDueAt_idx";

-- DropIndex
DROP INDEX "Filing_status_province_slaDueAt_idx";

-- CreateIndex
CREATE INDEX "Filing_status_slaDueAt_id_idx" ON "Filing"("status", "slaDueAt", "id");

-- CreateIndex
CREATE INDEX "Filing_status_province_slaDueAt_id_idx" ON "Filing"("status", "province", "slaDueAt", "id");
