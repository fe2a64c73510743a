-- A review queue's first pages are kept in each API process with the snapshot they were read in, as their counts are
-- (docs/decisions/056). A page also shows each waiting filing's version, order number, submission time and claim,
-- and the claimant's name, so a transaction that changes any of these on a filing in INITIAL_REVIEW or
-- SECOND_REVIEW, or changes an account's display name, now leaves its transaction id in the log as well. Claims,
-- renewals and releases of a waiting filing are such changes; edits outside the two queues still leave nothing.

DROP TRIGGER "Filing_review_queue_update" ON "Filing";

CREATE TRIGGER "Filing_review_queue_update"
  AFTER UPDATE ON "Filing"
  FOR EACH ROW
  WHEN ((OLD."status" IN ('INITIAL_REVIEW', 'SECOND_REVIEW') OR NEW."status" IN ('INITIAL_REVIEW', 'SECOND_REVIEW'))
    AND (OLD."status", OLD."province", OLD."nature", OLD."type", OLD."slaDueAt", OLD."version", OLD."orderNo",
         OLD."submittedAt", OLD."claimedById", OLD."claimExpiresAt")
      IS DISTINCT FROM
        (NEW."status", NEW."province", NEW."nature", NEW."type", NEW."slaDueAt", NEW."version", NEW."orderNo",
         NEW."submittedAt", NEW."claimedById", NEW."claimExpiresAt"))
  EXECUTE FUNCTION "review_queue_change"();

CREATE TRIGGER "Account_review_queue_update"
  AFTER UPDATE OF "displayName" ON "Account"
  FOR EACH ROW
  WHEN (OLD."displayName" IS DISTINCT FROM NEW."displayName")
  EXECUTE FUNCTION "review_queue_change"();
