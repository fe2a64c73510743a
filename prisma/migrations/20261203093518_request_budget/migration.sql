-- CreateTable
-- Unlogged: the counts of the current minute are written by every process for every busy client and are worth nothing
-- after a crash (which empties the table: each client starts a fresh minute), so they skip the write-ahead log.
CREATE UNLOGGED TABLE "RequestBudget" (
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "bucket" TEXT NOT NULL,
    "granted" INTEGER NOT NULL,
    "lastGrant" INTEGER NOT NULL,

    CONSTRAINT "RequestBudget_pkey" PRIMARY KEY ("windowStart","bucket")
);
